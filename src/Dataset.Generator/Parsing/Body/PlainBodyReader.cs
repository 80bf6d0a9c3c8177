using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing.Body;

/// <summary>
/// The fallback reader of an article body nested too deeply for Markdown (see <see cref="NestingPreScan"/>): splits
/// it into paragraphs at blank lines and finds its <c>[text]{attributes}</c> annotations, without any other Markdown.
/// Produces each paragraph's plain text (annotations removed, escapes resolved, every run of spaces, tabs and line
/// breaks read as one space, as the Markdown reader does). Spans nest to any depth: open spans are kept on an
/// explicit stack, so deep nesting cannot overflow the call stack.
/// </summary>
internal sealed class PlainBodyReader
{
    private readonly string _text;
    private readonly LineMap _lines;
    private readonly DiagnosticBag _diagnostics;
    private readonly SpanAttributeReader _attributes;
    private readonly BodyReading _reading = new();
    private readonly List<RawAnnotation> _annotations;

    private PlainBodyReader(string text, LineMap lines, DiagnosticBag diagnostics)
    {
        _text = text;
        _lines = lines;
        _diagnostics = diagnostics;
        _attributes = new SpanAttributeReader(text, diagnostics);
        _annotations = _reading.Annotations;
    }

    /// <summary>Reads the body from <paramref name="bodyStart"/>; <paramref name="cancellationToken"/> is checked per line.</summary>
    public static BodyReading Read(string text, int bodyStart, LineMap lines, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var reader = new PlainBodyReader(text, lines, diagnostics);
        reader.ReadBody(bodyStart, cancellationToken);
        reader._annotations.Sort((left, right) => left.Start.CompareTo(right.Start));
        return reader._reading;
    }

    private void ReadBody(int position, CancellationToken cancellationToken)
    {
        var lines = new List<(int Start, int End)>();
        while (position < _text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (start, end, next) = TextLines.At(_text, position);
            if (IsBlank(start, end))
            {
                ReadParagraph(lines, next >= _text.Length);
                lines.Clear();
            }
            else
            {
                lines.Add((start, end));
            }

            position = next;
        }

        ReadParagraph(lines, atEndOfFile: true);
    }

    private void ReadParagraph(List<(int Start, int End)> lines, bool atEndOfFile)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var paragraph = _reading.Blocks.Count;
        var firstAnnotation = _annotations.Count;
        var plain = new StringBuilder();
        var open = new Stack<(int Start, int TextStart)>();
        var pending = new List<(int Offset, char Character, int Depth)>();
        for (var l = 0; l < lines.Count; l++)
        {
            var (start, end) = lines[l];
            // A line break is one space, and a run of spaces, tabs and line breaks is one space (as Pandoc reads it).
            AppendSpace(plain);
            var i = start;

            while (i < end)
            {
                var c = _text[i];
                switch (c)
                {
                    case '\\' when i + 1 < end && IsAsciiPunctuation(_text[i + 1]):
                        plain.Append(_text[i + 1]);
                        i += 2;
                        break;
                    case '[':
                        open.Push((i, plain.Length));
                        i++;
                        break;
                    case ']' when open.Count == 0:
                        // A ']{...}' without its '[' (opened in an earlier paragraph, say) is one mistake, not three.
                        i = Stray(c, i, plain);
                        i = i < end && _text[i] == '{' ? _attributes.SkipAttributes(i, end) : i;
                        break;
                    case ']':
                        ReportStraysInside(pending, open.Count);
                        i = CloseSpan(open.Pop(), i, end, paragraph, plain);
                        break;
                    case '{' when open.Count > 0:
                    case '}' when open.Count > 0:
                        // Inside an open span a brace is most likely its attribute list after a forgotten ']':
                        // report it only if the span turns out to be closed, else DS2001 alone says what is wrong.
                        pending.Add((i, c, open.Count));
                        plain.Append(c);
                        i++;
                        break;
                    case '{':
                    case '}':
                        i = Stray(c, i, plain);
                        break;
                    case ' ':
                    case '\t':
                        AppendSpace(plain);
                        i++;
                        break;
                    default:
                        plain.Append(c);
                        i++;
                        break;
                }
            }
        }

        while (plain.Length > 0 && plain[plain.Length - 1] == ' ')
        {
            plain.Length--;
        }

        // A span of nothing but whitespace ("[ ]{...}") has an empty text that can sit in whitespace trimmed since:
        // keep it inside the paragraph. (Other spans end at their last non-whitespace character, which stays.)
        for (var k = firstAnnotation; k < _annotations.Count; k++)
        {
            if (_annotations[k] is { } annotation && annotation.TextEnd > plain.Length)
            {
                var textStart = Math.Min(annotation.TextStart, plain.Length);
                _annotations[k] = annotation.WithText(textStart, textStart);
            }
        }

        var where = atEndOfFile ? "the end of the file" : "the blank line that ends its paragraph";
        foreach (var (start, _) in open)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnclosedSpan, start, start + 1, where);
        }

        var location = _lines.Span(lines[0].Start, lines[lines.Count - 1].End);
        _reading.Blocks.Add(new BlockModel(BlockKind.Paragraph, 0, plain.ToString(), location));
    }

    private static void AppendSpace(StringBuilder plain)
    {
        if (plain.Length > 0 && plain[plain.Length - 1] != ' ')
        {
            plain.Append(' ');
        }
    }

    /// <summary>Reports the braces held back inside the span at <paramref name="depth"/> (or deeper), now that it is closed.</summary>
    private void ReportStraysInside(List<(int Offset, char Character, int Depth)> pending, int depth)
    {
        // Depths only grow along the list (shallower entries were reported when their span closed), so the
        // entries to report are its tail.
        var first = pending.Count;
        while (first > 0 && pending[first - 1].Depth >= depth)
        {
            first--;
        }

        for (var k = first; k < pending.Count; k++)
        {
            _diagnostics.Add(DiagnosticDescriptors.StrayBracket, pending[k].Offset, pending[k].Offset + 1, pending[k].Character.ToString());
        }

        pending.RemoveRange(first, pending.Count - first);
    }

    private int Stray(char c, int i, StringBuilder plain)
    {
        _diagnostics.Add(DiagnosticDescriptors.StrayBracket, i, i + 1, c.ToString());
        plain.Append(c);
        return i + 1;
    }

    /// <summary>Handles the <c>]</c> at <paramref name="close"/>; returns where scanning goes on.</summary>
    private int CloseSpan((int Start, int TextStart) span, int close, int lineEnd, int paragraph, StringBuilder plain)
    {
        var textEnd = plain.Length;
        var brace = close + 1;
        if (brace >= lineEnd || _text[brace] != '{')
        {
            var spaced = brace;
            while (spaced < lineEnd && _text[spaced] == ' ')
            {
                spaced++;
            }

            var hint = spaced > brace && spaced < lineEnd && _text[spaced] == '{' ? " (remove the space between ']' and '{')" : string.Empty;
            _diagnostics.Add(DiagnosticDescriptors.MissingAttributes, span.Start, close + 1, Excerpt(plain, span.TextStart, textEnd), hint);
            return hint.Length > 0 ? _attributes.SkipAttributes(spaced, lineEnd) : close + 1;
        }

        var closing = _attributes.FindClosingBrace(brace, lineEnd);
        if (closing < 0)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnclosedAttributes, brace, brace + 1, "the end of the line");
            return lineEnd;
        }

        var attributes = _attributes.Read(brace + 1, closing);
        if (attributes is not null)
        {
            // Spaces at the edges of a span are not part of its text (only the ASCII space a run of spaces, tabs and
            // line breaks became: a no-break space is text, as in Pandoc).
            var textStart = span.TextStart;
            while (textStart < textEnd && plain[textStart] == ' ')
            {
                textStart++;
            }

            while (textEnd > textStart && plain[textEnd - 1] == ' ')
            {
                textEnd--;
            }

            _annotations.Add(new RawAnnotation(span.Start, close, closing + 1, paragraph, textStart, textEnd, attributes));
        }

        return closing + 1;
    }

    /// <summary>A blank line holds only spaces and tabs (a no-break space or U+3000 is content, as in Markdown).</summary>
    private bool IsBlank(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_text[i] != ' ' && _text[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiPunctuation(char c) =>
        c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';

    /// <summary>The text of <paramref name="plain"/> from <paramref name="start"/> to <paramref name="end"/>, cut to 40 characters (without copying the rest: spans nest).</summary>
    private static string Excerpt(StringBuilder plain, int start, int end) =>
        end - start <= 40 ? plain.ToString(start, end - start) : plain.ToString(start, 37) + "...";
}
