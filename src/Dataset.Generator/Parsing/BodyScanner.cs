using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Dataset.Generator.Diagnostics;

namespace Dataset.Generator.Parsing;

/// <summary>
/// Splits an article body into paragraphs and finds its <c>[text]{attributes}</c> annotations. Produces each
/// paragraph's plain text (annotations removed, escapes resolved, a line break read as one space). Spans nest to
/// any depth: open spans are kept on an explicit stack, so deep nesting cannot overflow the call stack.
/// </summary>
internal sealed class BodyScanner
{
    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<string> _paragraphs = new();
    private readonly List<RawAnnotation> _annotations = new();

    private BodyScanner(string text, DiagnosticBag diagnostics)
    {
        _text = text;
        _diagnostics = diagnostics;
    }

    /// <summary>Scans the body from <paramref name="bodyStart"/>; <paramref name="cancellationToken"/> is checked per line.</summary>
    public static (List<string> Paragraphs, List<RawAnnotation> Annotations) Scan(string text, int bodyStart, DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        var scanner = new BodyScanner(text, diagnostics);
        scanner.ScanBody(bodyStart, cancellationToken);
        scanner._annotations.Sort((left, right) => left.Start.CompareTo(right.Start));
        return (scanner._paragraphs, scanner._annotations);
    }

    private void ScanBody(int position, CancellationToken cancellationToken)
    {
        var lines = new List<(int Start, int End)>();
        while (position < _text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (start, end, next) = NextLine(position);
            if (IsBlank(start, end))
            {
                ScanParagraph(lines, next >= _text.Length);
                lines.Clear();
            }
            else
            {
                lines.Add((start, end));
            }

            position = next;
        }

        ScanParagraph(lines, atEndOfFile: true);
    }

    private void ScanParagraph(List<(int Start, int End)> lines, bool atEndOfFile)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var paragraph = _paragraphs.Count;
        var firstAnnotation = _annotations.Count;
        var plain = new StringBuilder();
        var open = new Stack<(int Start, int TextStart)>();
        var pending = new List<(int Offset, char Character, int Depth)>();
        for (var l = 0; l < lines.Count; l++)
        {
            var (start, end) = lines[l];
            if (l > 0)
            {
                var floor = open.Count > 0 ? open.Peek().TextStart : 0;
                while (plain.Length > floor && char.IsWhiteSpace(plain[plain.Length - 1]))
                {
                    plain.Length--;
                }

                plain.Append(' ');
            }

            var i = start;
            while (i < end && (_text[i] == ' ' || _text[i] == '\t'))
            {
                i++;
            }

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
                        i = i < end && _text[i] == '{' ? SkipAttributes(i, end) : i;
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
                    default:
                        plain.Append(c);
                        i++;
                        break;
                }
            }
        }

        while (plain.Length > 0 && char.IsWhiteSpace(plain[plain.Length - 1]))
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
                _annotations[k] = new RawAnnotation(annotation.Start, annotation.End, annotation.Paragraph, textStart, textStart, annotation.Attributes);
            }
        }

        var where = atEndOfFile ? "the end of the file" : "the blank line that ends its paragraph";
        foreach (var (start, _) in open)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnclosedSpan, start, start + 1, where);
        }

        _paragraphs.Add(plain.ToString());
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
            return hint.Length > 0 ? SkipAttributes(spaced, lineEnd) : close + 1;
        }

        var closing = FindClosingBrace(brace, lineEnd);
        if (closing < 0)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnclosedAttributes, brace, brace + 1, "the end of the line");
            return lineEnd;
        }

        var attributes = ReadAttributes(brace + 1, closing);
        if (attributes is not null)
        {
            // Whitespace at the edges of a span is not part of its text. Trimming it here also keeps the text's end
            // inside the paragraph, whose trailing whitespace is removed at a line break and at its end.
            var textStart = span.TextStart;
            while (textStart < textEnd && char.IsWhiteSpace(plain[textStart]))
            {
                textStart++;
            }

            while (textEnd > textStart && char.IsWhiteSpace(plain[textEnd - 1]))
            {
                textEnd--;
            }

            _annotations.Add(new RawAnnotation(span.Start, closing + 1, paragraph, textStart, textEnd, attributes));
        }

        return closing + 1;
    }

    private int SkipAttributes(int brace, int lineEnd)
    {
        var closing = FindClosingBrace(brace, lineEnd);
        return closing < 0 ? lineEnd : closing + 1;
    }

    /// <summary>The offset of the <c>}</c> that closes the list opened at <paramref name="brace"/>, skipping quoted values.</summary>
    private int FindClosingBrace(int brace, int lineEnd)
    {
        var quoted = false;
        for (var i = brace + 1; i < lineEnd; i++)
        {
            var c = _text[i];
            if (quoted && c == '\\')
            {
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '}')
            {
                return i;
            }
        }

        return -1;
    }

    private List<RawAttribute>? ReadAttributes(int start, int end)
    {
        var attributes = new List<RawAttribute>();
        var i = start;
        while (true)
        {
            while (i < end && (_text[i] == ' ' || _text[i] == '\t'))
            {
                i++;
            }

            if (i >= end)
            {
                return attributes;
            }

            var attributeStart = i;
            var c = _text[i];
            if (c == '.' || c == '#')
            {
                i++;
                var nameStart = i;
                while (i < end && IsNameChar(_text[i], allowDot: c == '#'))
                {
                    i++;
                }

                if (i == nameStart || (i < end && _text[i] != ' ' && _text[i] != '\t'))
                {
                    return Invalid(attributeStart, end, c == '.' ? "a kind is a word after '.', such as .quote" : "an id is a word after '#', such as #Kerry.Deconfliction");
                }

                attributes.Add(new RawAttribute(c, _text.Substring(nameStart, i - nameStart), null, attributeStart, i));
                continue;
            }

            if (!IsNameChar(c, allowDot: false))
            {
                return Invalid(attributeStart, end, $"unexpected '{c}': write .kind, #Id or key=value");
            }

            while (i < end && IsNameChar(_text[i], allowDot: false))
            {
                i++;
            }

            var name = _text.Substring(attributeStart, i - attributeStart);
            if (i >= end || _text[i] != '=')
            {
                return Invalid(attributeStart, end, $"expected '=' after '{name}': write {name}=value");
            }

            i++;
            string value;
            if (i < end && _text[i] == '"')
            {
                var builder = new StringBuilder();
                i++;
                while (i < end && _text[i] != '"')
                {
                    if (_text[i] == '\\' && i + 1 < end && (_text[i + 1] == '"' || _text[i + 1] == '\\'))
                    {
                        i++;
                    }

                    builder.Append(_text[i]);
                    i++;
                }

                if (i >= end)
                {
                    return Invalid(attributeStart, end, "the quoted value is not closed with '\"'");
                }

                i++;
                value = builder.ToString();
            }
            else
            {
                var valueStart = i;
                while (i < end && _text[i] != ' ' && _text[i] != '\t' && _text[i] != '"')
                {
                    i++;
                }

                if (i == valueStart || (i < end && _text[i] == '"'))
                {
                    return Invalid(attributeStart, end, "a value is a bare word or a double-quoted string");
                }

                value = _text.Substring(valueStart, i - valueStart);
            }

            attributes.Add(new RawAttribute('=', name, value, attributeStart, i));
        }
    }

    private List<RawAttribute>? Invalid(int start, int end, string reason)
    {
        var stop = start;
        while (stop < end && _text[stop] != ' ' && _text[stop] != '\t')
        {
            stop++;
        }

        stop = stop == start ? start + 1 : stop;
        _diagnostics.Add(DiagnosticDescriptors.InvalidAttribute, start, stop, _text.Substring(start, stop - start), reason);
        return null;
    }

    private (int Start, int End, int Next) NextLine(int position)
    {
        var i = position;
        while (i < _text.Length && _text[i] != '\n' && _text[i] != '\r')
        {
            i++;
        }

        var next = i;
        if (next < _text.Length)
        {
            next += _text[next] == '\r' && next + 1 < _text.Length && _text[next + 1] == '\n' ? 2 : 1;
        }

        return (position, i, next);
    }

    private bool IsBlank(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameChar(char c, bool allowDot) =>
        char.IsLetterOrDigit(c) || c == '_' || c == '-' || (allowDot && c == '.');

    private static bool IsAsciiPunctuation(char c) =>
        c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~';

    /// <summary>The text of <paramref name="plain"/> from <paramref name="start"/> to <paramref name="end"/>, cut to 40 characters (without copying the rest: spans nest).</summary>
    private static string Excerpt(StringBuilder plain, int start, int end) =>
        end - start <= 40 ? plain.ToString(start, end - start) : plain.ToString(start, 37) + "...";
}
