using System.Collections.Generic;
using System.Text;
using Dataset.Generator.Diagnostics;

namespace Dataset.Generator.Parsing.Body;

/// <summary>
/// Reads the attribute list of a bracketed span, <c>{.kind #Id name=value name="quoted value"}</c>, from the text at
/// its offsets (an attribute list stays on one line, so its characters are the file's own even inside a block quote).
/// </summary>
internal sealed class SpanAttributeReader
{
    /// <summary>The kinds and value names nearly every list uses (see <see cref="SharedStrings"/>).</summary>
    private static readonly string[] CommonNames = { "quote", "stat", "person", "org", "place", "cue", "unit", "per", "value", "ref" };

    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>The list being read, reused from list to list: each list is kept as an array of its exact size.</summary>
    private readonly List<RawAttribute> _attributes = new();

    public SpanAttributeReader(string text, DiagnosticBag diagnostics)
    {
        _text = text;
        _diagnostics = diagnostics;
    }

    /// <summary>The last line end found, and the offset it was searched from: every offset between them is on that line.</summary>
    private int _lineFrom = -1;
    private int _lineEnd = -1;

    /// <summary>A stretch of a line after a <c>{</c> known to hold no <c>}</c>.</summary>
    private int _noBraceFrom = -1;
    private int _noBraceUntil = -1;

    /// <summary>The offset of the end of the line <paramref name="position"/> is on (remembered, so that many spans on one long line stay linear).</summary>
    public int LineEnd(int position)
    {
        if (position < _lineFrom || position > _lineEnd)
        {
            var end = _text.IndexOf('\n', position);
            _lineFrom = position;
            _lineEnd = end < 0 ? _text.Length : end;
        }

        return _lineEnd;
    }

    /// <summary>Where reading goes on after the list opened at <paramref name="brace"/>: past its <c>}</c>, or the line's end.</summary>
    public int SkipAttributes(int brace, int lineEnd)
    {
        var closing = FindClosingBrace(brace, lineEnd);
        return closing < 0 ? lineEnd : closing + 1;
    }

    /// <summary>The offset of the <c>}</c> that closes the list opened at <paramref name="brace"/>, skipping quoted values.</summary>
    public int FindClosingBrace(int brace, int lineEnd)
    {
        if (brace > _noBraceFrom && brace < _noBraceUntil)
        {
            return -1;
        }

        var closing = ScanForClosingBrace(brace, lineEnd);
        if (closing < 0 && _text.IndexOf('}', brace + 1, lineEnd - brace - 1) < 0)
        {
            // No '}' at all up to the line's end: many unclosed lists on one line are one scan, not one each.
            _noBraceFrom = brace;
            _noBraceUntil = lineEnd;
        }

        return closing;
    }

    private int ScanForClosingBrace(int brace, int lineEnd)
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

    /// <summary>The attributes between <paramref name="start"/> and <paramref name="end"/>, or null (reported) when one is invalid.</summary>
    public RawAttribute[]? Read(int start, int end)
    {
        var attributes = _attributes;
        attributes.Clear();
        var i = start;
        while (true)
        {
            while (i < end && (_text[i] == ' ' || _text[i] == '\t'))
            {
                i++;
            }

            if (i >= end)
            {
                return attributes.ToArray();
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

                var word = c == '.' ? SharedStrings.Substring(_text, nameStart, i - nameStart, CommonNames) : _text.Substring(nameStart, i - nameStart);
                attributes.Add(new RawAttribute(c, word, null, attributeStart, i));
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

            var name = SharedStrings.Substring(_text, attributeStart, i - attributeStart, CommonNames);
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

    private RawAttribute[]? Invalid(int start, int end, string reason)
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

    private static bool IsNameChar(char c, bool allowDot) =>
        char.IsLetterOrDigit(c) || c == '_' || c == '-' || (allowDot && c == '.');
}
