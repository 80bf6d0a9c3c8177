using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace Dataset.Tool.Preview;

/// <summary>
/// One article as a page: its paragraphs with every annotation highlighted by kind, each focusable and showing its id,
/// speaker, value or entity; the diagnostics after the paragraph they are in (front-matter ones at the top).
/// </summary>
internal static class ArticlePage
{
    public static string Render(ParsedArticle parse, IReadOnlyList<Diagnostic> diagnostics, PreviewLinks links)
    {
        var article = parse.Model;
        var body = new StringBuilder();
        var title = article.Title.Length > 0 ? article.Title : article.RelativePath;
        body.Append("<article>\n<h1>").Append(Html.Escape(title)).Append("</h1>\n");
        if (article.IsEmittable)
        {
            body.Append("<p class=\"meta\">").Append(Html.Escape(article.Source));
            if (article.Dateline is { } dateline)
            {
                body.Append(" · ").Append(Html.Escape(dateline));
            }

            body.Append(" · <time datetime=\"").Append(Date(article)).Append("\">").Append(Date(article)).Append("</time>")
                .Append(" · <code>Articles.").Append(Html.Escape(article.Id)).Append("</code>")
                .Append(" · <code>").Append(Html.Escape(article.RelativePath)).Append("</code></p>\n");
        }
        else
        {
            body.Append("<p class=\"meta\"><code>").Append(Html.Escape(article.RelativePath)).Append("</code> is not generated: see its errors.</p>\n");
        }

        body.Append("<p class=\"legend\" aria-label=\"Legend\"><span class=\"ann quote\">quote</span><span class=\"ann stat\">statistic</span><span class=\"ann person\">person</span><span class=\"ann org\">organization</span><span class=\"ann place\">place</span><span class=\"ann invalid\">not generated</span></p>\n");
        body.Append("<p class=\"counts\">").Append(Count(article.Quotes.Count, "quote")).Append(", ").Append(Count(article.Stats.Count, "statistic")).Append(", ")
            .Append(Count(article.Mentions.Count, "mention")).Append(", ").Append(Count(diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error), "error")).Append(", ")
            .Append(Count(diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning), "warning")).Append(". Tab through the annotations to read each one's details.</p>\n");

        var placed = new HashSet<Diagnostic>();
        if (!article.IsEmittable)
        {
            WriteDiagnostics(body, diagnostics, placed);
            body.Append("<pre>").Append(Html.Escape(parse.Text)).Append("</pre>\n");
        }
        else
        {
            // Each block with its annotations, then the diagnostics on its lines (or before the next block's).
            var blocks = parse.Blocks;
            var firstBodyLine = blocks.Count > 0 ? blocks[0].Location.StartLine : int.MaxValue;
            WriteDiagnostics(body, diagnostics.Where(d => Line(d) < firstBodyLine), placed);
            var items = Items(article);
            var annotations = parse.Annotations.ToLookup(annotation => annotation.Block);
            for (var p = 0; p < blocks.Count; p++)
            {
                body.Append("<p id=\"p").Append(p + 1).Append("\">");
                WriteParagraph(body, blocks[p].Text, annotations[p], items, links);
                body.Append("</p>\n");
                var (first, last) = (blocks[p].Location.StartLine, blocks[p].Location.EndLine);
                var next = p + 1 < blocks.Count ? blocks[p + 1].Location.StartLine : int.MaxValue;
                WriteDiagnostics(body, diagnostics.Where(d => Line(d) >= first && (Line(d) <= last || Line(d) < next)), placed);
            }

            WriteDiagnostics(body, diagnostics, placed);
        }

        body.Append("</article>\n");
        return Html.Page(title, "../", body.ToString());
    }

    /// <summary>What each valid annotation generates, by the offset of its '[' (the models' locations count in the same text).</summary>
    private static Dictionary<int, object> Items(ArticleModel article)
    {
        var items = new Dictionary<int, object>();
        foreach (var quote in article.Quotes)
        {
            items[quote.Location.Start] = quote;
        }

        foreach (var stat in article.Stats)
        {
            items[stat.Location.Start] = stat;
        }

        foreach (var mention in article.Mentions)
        {
            items[mention.Location.Start] = mention;
        }

        return items;
    }

    private static void WriteParagraph(StringBuilder body, string text, IEnumerable<ParsedAnnotation> annotations, Dictionary<int, object> items, PreviewLinks links)
    {
        var ordered = annotations.OrderBy(a => a.TextStart).ThenByDescending(a => a.TextEnd).ToList();
        var open = new Stack<int>();
        var position = 0;
        foreach (var annotation in ordered)
        {
            var start = Math.Clamp(annotation.TextStart, 0, text.Length);
            while (open.Count > 0 && open.Peek() <= start)
            {
                body.Append(Html.Escape(text[position..open.Peek()])).Append("</mark>");
                position = open.Pop();
            }

            var end = Math.Clamp(annotation.TextEnd, start, open.Count > 0 ? open.Peek() : text.Length);
            body.Append(Html.Escape(text[position..start]));
            position = start;
            OpenMark(body, annotation, items.GetValueOrDefault(annotation.Span.Start), links);
            open.Push(end);
        }

        while (open.Count > 0)
        {
            body.Append(Html.Escape(text[position..open.Peek()])).Append("</mark>");
            position = open.Pop();
        }

        body.Append(Html.Escape(text[position..]));
    }

    private static void OpenMark(StringBuilder body, ParsedAnnotation annotation, object? item, PreviewLinks links)
    {
        var (kind, details) = item switch
        {
            QuoteModel quote => (AnnotationKind.Quote.Name(), $"Quote {quote.Speaker}.{quote.Key} · speaker {links.PersonName(quote.Speaker)}" + (quote.Cue is null ? string.Empty : $" · cue “{quote.Cue}”")),
            StatModel stat => (AnnotationKind.Stat.Name(), $"Statistic {stat.Group}.{stat.Key} · value {stat.Value}" + (stat.Unit is null ? string.Empty : " " + stat.Unit) + (stat.Per is null ? string.Empty : " per " + stat.Per) + $" · {stat.Qualifier}"),
            MentionModel mention => (AnnotationKinds.Mention(mention.Kind).Name(), $"{mention.Kind} {mention.EntityKey} · {links.EntityName(mention.Kind, mention.EntityKey)}"),
            _ => ("invalid", "Not generated: " + string.Join(" ", annotation.Attributes.Select(a => a.Prefix == '=' ? a.Name + "=" + a.Value : a.Prefix + a.Name)) + " (see the diagnostics)"),
        };
        var id = "a" + annotation.Span.Start.ToString(CultureInfo.InvariantCulture);
        body.Append("<mark class=\"ann ").Append(kind).Append("\" id=\"").Append(id).Append("\" tabindex=\"0\" aria-describedby=\"").Append(id).Append("-tip\">")
            .Append("<span class=\"tip\" role=\"tooltip\" id=\"").Append(id).Append("-tip\">").Append(Html.Escape(details)).Append("</span>");
    }

    private static void WriteDiagnostics(StringBuilder body, IEnumerable<Diagnostic> diagnostics, HashSet<Diagnostic> placed)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (!placed.Add(diagnostic))
            {
                continue;
            }

            var severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
            var span = diagnostic.Location.GetLineSpan();
            body.Append("<p class=\"diagnostic ").Append(severity).Append("\" role=\"note\"><strong>").Append(severity).Append(' ').Append(Html.Escape(diagnostic.Id))
                .Append("</strong> at line ").Append(span.StartLinePosition.Line + 1).Append(", column ").Append(span.StartLinePosition.Character + 1).Append(": ")
                .Append(Html.Escape(diagnostic.GetMessage(CultureInfo.InvariantCulture))).Append("</p>\n");
        }
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line;

    public static string Date(ArticleModel article) =>
        string.Create(CultureInfo.InvariantCulture, $"{article.Year:0000}-{article.Month:00}-{article.Day:00}");

    private static string Count(int count, string noun) => Checking.CompilerFormat.Count(count, noun);
}
