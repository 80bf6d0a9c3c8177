using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Generator.Parsing.Body;

namespace Dataset.Tool.Preview;

/// <summary>
/// Where an article's annotations sit in its paragraphs' plain text, and which lines each paragraph covers: the
/// generator's own body reader run again over the article's text (LF line breaks, no BOM, as the parser reads it).
/// Only the body's start is found here (after the front matter's closing line), and the result is used only when the
/// reader's paragraphs are exactly the model's; otherwise the article is shown without highlights.
/// </summary>
internal sealed class ArticleLayout
{
    private ArticleLayout(string text, int bodyStart, IReadOnlyList<string> paragraphs, IReadOnlyList<RawAnnotation> annotations, IReadOnlyList<(int FirstLine, int LastLine)> paragraphLines)
    {
        Text = text;
        BodyStart = bodyStart;
        Paragraphs = paragraphs;
        Annotations = annotations;
        ParagraphLines = paragraphLines;
    }

    /// <summary>The article's text as the parser reads it (LF line breaks, no BOM): the models' offsets count in it.</summary>
    public string Text { get; }

    /// <summary>The offset of the body, after the front matter.</summary>
    public int BodyStart { get; }

    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>Every well-formed <c>[text]{...}</c>, valid or not, sorted by position.</summary>
    public IReadOnlyList<RawAnnotation> Annotations { get; }

    /// <summary>The 0-based first and last line of each paragraph.</summary>
    public IReadOnlyList<(int FirstLine, int LastLine)> ParagraphLines { get; }

    /// <summary>The layout of <paramref name="article"/>, or null when the body cannot be laid out as the model has it.</summary>
    public static ArticleLayout? Read(ArticleModel article, string fileText)
    {
        if (!article.IsEmittable)
        {
            return null;
        }

        var text = new NormalizedText(fileText).Text;
        var bodyStart = FindBodyStart(text);
        if (bodyStart < 0)
        {
            return null;
        }

        // The same body reader as the generator's (Markdown, with its plain fallback), so the layout matches the model.
        var lineMap = new LineMap(text);
        var body = MarkdownBodyReader.Read(text, bodyStart, lineMap, new DiagnosticBag(article.FilePath, lineMap));
        var paragraphs = body.Blocks.Select(block => block.Text).ToList();
        var annotations = body.Annotations;
        if (!paragraphs.SequenceEqual(article.Paragraphs, StringComparer.Ordinal))
        {
            return null;
        }

        var lines = ParagraphLineRanges(text, bodyStart);
        return new ArticleLayout(text, bodyStart, paragraphs, annotations, lines.Count == paragraphs.Count ? lines : Array.Empty<(int, int)>());
    }

    /// <summary>The annotation's kind (<c>quote</c>, <c>stat</c>, <c>person</c>, ...), or null when it has none.</summary>
    public static string? Kind(RawAnnotation annotation) =>
        annotation.Attributes.FirstOrDefault(attribute => attribute.Prefix == '.').Name;

    /// <summary>Where the annotation's text is in <see cref="Text"/>: after its '[' and before the ']' of its ']{...}'.</summary>
    public (int Start, int End) TextRegion(RawAnnotation annotation)
    {
        // The attribute list is the last '{' before the first attribute (or before the closing '}' when it is empty).
        var searchFrom = annotation.Attributes.Count > 0 ? annotation.Attributes.Min(attribute => attribute.Start) - 1 : annotation.End - 1;
        var brace = Text.LastIndexOf('{', Math.Clamp(searchFrom, annotation.Start, Text.Length - 1));
        var end = brace > annotation.Start ? brace - 1 : annotation.End;
        return (annotation.Start + 1, Math.Max(annotation.Start + 1, end));
    }

    /// <summary>The offset after the line that closes the front matter (<c>---</c> or <c>...</c>), or -1.</summary>
    private static int FindBodyStart(string text)
    {
        var position = 0;
        var first = true;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var next = end < 0 ? text.Length : end + 1;
            var line = text.Substring(position, (end < 0 ? text.Length : end) - position).TrimEnd(' ', '\t');
            if (first ? line != "---" : line is "---" or "...")
            {
                return first ? -1 : next;
            }

            first = false;
            position = next;
        }

        return -1;
    }

    /// <summary>The line ranges of the body's blocks of non-blank lines.</summary>
    private static List<(int FirstLine, int LastLine)> ParagraphLineRanges(string text, int bodyStart)
    {
        var ranges = new List<(int, int)>();
        var line = text.Take(bodyStart).Count(c => c == '\n');
        var start = -1;
        var position = bodyStart;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var content = text.Substring(position, (end < 0 ? text.Length : end) - position);
            if (string.IsNullOrWhiteSpace(content))
            {
                if (start >= 0)
                {
                    ranges.Add((start, line - 1));
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = line;
            }

            line++;
            position = end < 0 ? text.Length : end + 1;
        }

        if (start >= 0)
        {
            ranges.Add((start, line - 1));
        }

        return ranges;
    }
}
