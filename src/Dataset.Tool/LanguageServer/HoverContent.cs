using System.Collections.Generic;
using System.Linq;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Tool.LanguageServer.Protocol;

namespace Dataset.Tool.LanguageServer;

/// <summary>
/// What a hover shows: for an annotation, the member it generates and what it holds (a statistic's value as read, a
/// quote's speaker and cue, a mention's entity); for a declared entity in the front matter, its name and role; and
/// the message and help link of every diagnostic whose span holds the position.
/// </summary>
internal static class HoverContent
{
    public static Hover? At(WorkspaceDocument document, int offset, IReadOnlyList<DocumentDiagnostic> diagnostics)
    {
        var parts = new List<string>();
        LspRange? range = null;
        if (ArticleItems.AnnotationAt(document.Parse, offset) is { } annotation)
        {
            parts.Add(Describe(document.Model, annotation));
            range = document.Positions.Range(annotation.Span);
        }
        else if (document.Model.Entities.FirstOrDefault(entity => Holds(document.Positions.Offsets(entity.Location), offset)) is { } entity)
        {
            parts.Add(Describe(entity));
            range = document.Positions.Range(entity.Location);
        }

        foreach (var diagnostic in diagnostics.Where(diagnostic => Holds((diagnostic.Start, diagnostic.End), offset)))
        {
            parts.Add($"**{diagnostic.Lsp.Code}**: {diagnostic.Message}" + (diagnostic.HelpLink is { } link ? $" ([{diagnostic.Lsp.Code}]({link}))" : string.Empty));
        }

        return parts.Count == 0 ? null : new Hover(MarkupContent.Markdown(string.Join("\n\n---\n\n", parts)), range);
    }

    private static bool Holds((int Start, int End) span, int offset) => span.Start <= offset && (offset < span.End || offset == span.Start);

    private static string Describe(ArticleModel article, ParsedAnnotation annotation)
    {
        switch (ArticleItems.ModelOf(article, annotation))
        {
            case StatModel stat:
                return $"`Stats.{stat.Group}.{stat.Key} = {stat.Value}`\n\n{ArticleItems.Reading(stat)}";
            case QuoteModel quote:
                var speaker = ArticleItems.Entity(article, EntityKind.Person, quote.Speaker);
                var lines = new List<string> { $"`Quotes.{quote.Speaker}.{quote.Key}`", "Speaker: " + (speaker is null ? quote.Speaker : ArticleItems.NameAndRole(speaker)) };
                if (quote.Cue is { } cue)
                {
                    lines.Add("Cue: " + cue);
                }

                return string.Join("\n\n", lines);
            case MentionModel mention when ArticleItems.Entity(article, mention.Kind, mention.EntityKey) is { } entity:
                return Describe(entity);
            default:
                return annotation.Kind >= AnnotationKind.Quote
                    ? $"`.{annotation.Kind.Name()}` annotation: it generates nothing until its errors are fixed"
                    : "An annotation without a known kind: it generates nothing";
        }
    }

    private static string Describe(EntityModel entity) => $"`{ArticleItems.ClassOf(entity.Kind)}.{entity.Key}`: {ArticleItems.NameAndRole(entity)}";
}
