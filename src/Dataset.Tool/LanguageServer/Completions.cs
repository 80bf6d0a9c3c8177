using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Tool.LanguageServer.Protocol;

namespace Dataset.Tool.LanguageServer;

/// <summary>
/// Completion at a position, read from the text around it (what is being typed is rarely a whole annotation yet):
/// inside <c>[text]{...}</c> the kinds after <c>.</c>, the speakers after <c>.quote #</c>, the statistics groups
/// after <c>.stat #</c>, the declared entities of the kind after <c>ref=</c>, and the kind's attribute names; in the
/// front matter's <c>people:</c>, <c>organizations:</c> and <c>places:</c> maps, the entities other articles declare.
/// </summary>
internal static class Completions
{
    private static readonly Dictionary<AnnotationKind, string[]> AttributeNames = new()
    {
        [AnnotationKind.Quote] = new[] { "cue" },
        [AnnotationKind.Stat] = new[] { "value", "unit", "per" },
        [AnnotationKind.Person] = new[] { "ref" },
        [AnnotationKind.Organization] = new[] { "ref" },
        [AnnotationKind.Place] = new[] { "ref" },
    };

    private static readonly Dictionary<string, string> KindHelp = new(StringComparer.Ordinal)
    {
        ["quote"] = "A quote: `#Speaker.Key`, the speaker a declared person; `cue=` the reporting verb",
        ["stat"] = "A statistic: `#Group.Key`; the text must read as a number (`value=`, `unit=`, `per=` to say it)",
        ["person"] = "A mention of a declared person: `ref=Key`",
        ["org"] = "A mention of a declared organization: `ref=Key`",
        ["place"] = "A mention of a declared place: `ref=Key`",
    };

    public static CompletionList At(IReadOnlyList<WorkspaceDocument> workspace, WorkspaceDocument document, int offset, string newLine = "\n")
    {
        var text = document.Text;
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var items = document.Parse.FrontMatter is { } frontMatter && offset < document.Positions.Offsets(frontMatter).End
            ? InFrontMatter(workspace, document, lineStart, offset)
            : OpenBrace(text, lineStart, offset) is { } open ? InAttributes(workspace, document, open, offset, newLine) : Array.Empty<CompletionItem>();
        return new CompletionList(false, items);
    }

    /// <summary>The <c>{</c> of a span's attributes the offset is in (after its <c>]</c>, not closed before the offset), or null.</summary>
    private static int? OpenBrace(string text, int lineStart, int offset)
    {
        for (var i = offset - 1; i >= lineStart; i--)
        {
            if (text[i] == '}')
            {
                return null;
            }

            if (text[i] == '{')
            {
                return i > 0 && text[i - 1] == ']' ? i : null;
            }
        }

        return null;
    }

    private static IReadOnlyList<CompletionItem> InAttributes(IReadOnlyList<WorkspaceDocument> workspace, WorkspaceDocument document, int open, int offset, string newLine)
    {
        var text = document.Text;
        var tokenStart = offset;
        while (tokenStart > open + 1 && !char.IsWhiteSpace(text[tokenStart - 1]))
        {
            tokenStart--;
        }

        var token = text.Substring(tokenStart, offset - tokenStart);
        var kind = KindOf(text, open);
        var article = document.Model;
        CompletionItem Item(string label, int replaceFrom, string? documentation, int itemKind, string? newText = null) => new()
        {
            Label = label,
            Kind = itemKind,
            Documentation = documentation is null ? null : MarkupContent.Markdown(documentation),
            TextEdit = new TextEdit(document.Positions.Range(replaceFrom, offset), newText ?? label),
        };

        if (token.StartsWith('.'))
        {
            return AnnotationKinds.Names.Select(name => Item(name, tokenStart + 1, KindHelp[name], CompletionItemKinds.Keyword)).ToList();
        }

        if (token.StartsWith('#') && !token.Contains('.', StringComparison.Ordinal))
        {
            if (kind == AnnotationKind.Quote)
            {
                return Keys(workspace, document, EntityKind.Person, tokenStart + 1, offset, newLine);
            }

            if (kind == AnnotationKind.Stat)
            {
                return workspace.SelectMany(other => other.Model.Stats.Select(stat => stat.Group))
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)
                    .Select(group => Item(group, tokenStart + 1, $"Statistics group `Stats.{group}`", CompletionItemKinds.Module))
                    .ToList();
            }

            return Array.Empty<CompletionItem>();
        }

        if (token.StartsWith("ref=", StringComparison.Ordinal))
        {
            return kind.Entity() is { } entityKind ? Keys(workspace, document, entityKind, tokenStart + 4, offset, newLine) : Array.Empty<CompletionItem>();
        }

        if (token.Contains('=', StringComparison.Ordinal) || token.StartsWith('#'))
        {
            return Array.Empty<CompletionItem>();
        }

        var names = AttributeNames.TryGetValue(kind, out var known) ? known : AttributeNames.Values.SelectMany(list => list).Distinct().ToArray();
        return names.Select(name => Item(name + "=", tokenStart, $"The `{name}=` attribute", CompletionItemKinds.Property)).ToList();
    }

    /// <summary>
    /// The keys of <paramref name="kind"/> the article declares, then those only other articles declare: choosing one of
    /// those also declares it in this article's front matter, with the name and role the other article gives it.
    /// </summary>
    private static IReadOnlyList<CompletionItem> Keys(IReadOnlyList<WorkspaceDocument> workspace, WorkspaceDocument document, EntityKind kind, int replaceFrom, int offset, string newLine)
    {
        var range = document.Positions.Range(replaceFrom, offset);
        var here = document.Model.Entities.Where(entity => entity.Kind == kind).ToList();
        var declaredHere = new HashSet<string>(here.Select(entity => entity.Key), StringComparer.Ordinal);
        var items = here.Select(entity => new CompletionItem
        {
            Label = entity.Key,
            Kind = CompletionItemKinds.Reference,
            Documentation = MarkupContent.Markdown(ArticleItems.NameAndRole(entity)),
            TextEdit = new TextEdit(range, entity.Key),
            SortText = "0" + entity.Key,
        }).ToList();
        var elsewhere = workspace.Where(other => other != document)
            .SelectMany(other => other.Model.Entities.Where(entity => entity.Kind == kind && !declaredHere.Contains(entity.Key)).Select(entity => (Document: other, Entity: entity)))
            .GroupBy(pair => pair.Entity.Key, StringComparer.Ordinal)
            .Select(group => group.First())
            .OrderBy(pair => pair.Entity.Key, StringComparer.Ordinal);
        foreach (var (other, entity) in elsewhere)
        {
            var declaration = FrontMatterDeclarations.Edit(document, kind, entity.Name, entity.Role, entity.Key, newLine);
            items.Add(new CompletionItem
            {
                Label = entity.Key,
                Kind = CompletionItemKinds.Reference,
                Detail = "declared in " + other.Model.RelativePath,
                Documentation = MarkupContent.Markdown(
                    $"{ArticleItems.NameAndRole(entity)}\n\nDeclared in `{other.Model.RelativePath}`" +
                    (declaration is null ? string.Empty : $"; choosing it declares it under `{ArticleItems.SectionOf(kind)}:` here too")),
                TextEdit = new TextEdit(range, entity.Key),
                AdditionalTextEdits = declaration is null ? null : new[] { declaration },
                SortText = "1" + entity.Key,
            });
        }

        return items;
    }

    /// <summary>The kind the attributes opened at <paramref name="open"/> give (the first <c>.kind</c> up to the <c>}</c> or the line's end).</summary>
    private static AnnotationKind KindOf(string text, int open)
    {
        var end = text.IndexOfAny(new[] { '}', '\n' }, open);
        var attributes = text.Substring(open + 1, (end < 0 ? text.Length : end) - open - 1);
        var kind = attributes.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(part => part.StartsWith('.') && part.Length > 1);
        return kind is null ? AnnotationKind.None : AnnotationKinds.FromName(kind.Substring(1));
    }

    private static IReadOnlyList<CompletionItem> InFrontMatter(IReadOnlyList<WorkspaceDocument> workspace, WorkspaceDocument document, int lineStart, int offset)
    {
        var text = document.Text;
        var typed = text.Substring(lineStart, offset - lineStart);
        if (typed.Length == 0 || typed[0] != ' ' || typed.Contains(':', StringComparison.Ordinal) || SectionAbove(text, lineStart) is not { } kind)
        {
            return Array.Empty<CompletionItem>();
        }

        var declaredHere = new HashSet<string>(document.Model.Entities.Where(entity => entity.Kind == kind).Select(entity => entity.Key), StringComparer.Ordinal);
        var replaceFrom = lineStart + (typed.Length - typed.TrimStart().Length);
        return workspace.Where(other => other != document)
            .SelectMany(other => other.Model.Entities)
            .Where(entity => entity.Kind == kind && !declaredHere.Contains(entity.Key))
            .GroupBy(entity => entity.Key, StringComparer.Ordinal)
            .Select(group => group.First())
            .OrderBy(entity => entity.Key, StringComparer.Ordinal)
            .Select(entity => new CompletionItem
            {
                Label = entity.Key,
                Kind = CompletionItemKinds.Field,
                Detail = ArticleItems.NameAndRole(entity),
                Documentation = MarkupContent.Markdown($"`{ArticleItems.ClassOf(kind)}.{entity.Key}`: {ArticleItems.NameAndRole(entity)}"),
                TextEdit = new TextEdit(document.Positions.Range(replaceFrom, offset), FrontMatterDeclarations.Declaration(entity.Key, entity.Name, entity.Role)),
            })
            .ToList();
    }

    /// <summary>The entity kind of the front-matter map the line at <paramref name="lineStart"/> is in, or null.</summary>
    private static EntityKind? SectionAbove(string text, int lineStart)
    {
        for (var end = lineStart - 1; end > 0;)
        {
            var start = text.LastIndexOf('\n', end - 1) + 1;
            var line = text.Substring(start, end - start);
            if (line.Length > 0 && line[0] != ' ' && line[0] != '#')
            {
                var key = line.Split(':')[0].Trim();
                return new[] { EntityKind.Person, EntityKind.Organization, EntityKind.Place }.Cast<EntityKind?>().FirstOrDefault(kind => ArticleItems.SectionOf(kind!.Value) == key);
            }

            end = start - 1;
        }

        return null;
    }
}
