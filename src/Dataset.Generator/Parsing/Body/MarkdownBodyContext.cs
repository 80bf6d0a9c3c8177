using System.Collections.Generic;
using Markdig;

namespace Dataset.Generator.Parsing.Body;

/// <summary>
/// What the parsers of one body need while Markdig parses it: the article's text (Markdig is given all of it, and
/// <see cref="FrontMatterBlockParser"/> skips what comes before <see cref="BodyStart"/>, so source positions are
/// offsets in the text), the diagnostics, the attribute reader, and the closing brackets and characters the span
/// parser already reported, so the tree walk does not report them again.
/// </summary>
internal sealed class MarkdownBodyContext : MarkdownParserContext
{
    private readonly List<(int Start, int End)> _handled = new();

    public MarkdownBodyContext(string text, int bodyStart, DiagnosticBag diagnostics)
    {
        Text = text;
        BodyStart = bodyStart;
        Diagnostics = diagnostics;
        Attributes = new SpanAttributeReader(text, diagnostics);
    }

    public string Text { get; }

    public int BodyStart { get; }

    public DiagnosticBag Diagnostics { get; }

    public SpanAttributeReader Attributes { get; }

    /// <summary>Marks the characters from <paramref name="start"/> to <paramref name="end"/> as reported (added in text order).</summary>
    public void Handled(int start, int end) => _handled.Add((start, end));

    /// <summary>Whether the character at <paramref name="offset"/> was already reported by the span parser.</summary>
    public bool IsHandled(int offset)
    {
        var low = 0;
        var high = _handled.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var (start, end) = _handled[middle];
            if (offset < start)
            {
                high = middle - 1;
            }
            else if (offset >= end)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
