using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Dataset.Generator.Diagnostics;

namespace Dataset.Generator.Parsing.FrontMatter;

/// <summary>
/// Reads the YAML subset front matter is written in: block mappings by indentation (spaces only), single-line flow
/// mappings (<c>{ name: John Kerry, role: ... }</c>), plain, single-quoted and double-quoted scalars, and <c>#</c>
/// comments. Sequences, anchors, tags, multi-line and block scalars are reported as errors instead of being guessed.
/// </summary>
internal sealed class FrontMatterReader
{
    private const int MaxDepth = 16;

    /// <summary>The keys of the front matter and of an entity (see <see cref="SharedStrings"/>).</summary>
    private static readonly string[] CommonKeys = { "id", "title", "source", "dateline", "published", "people", "organizations", "places", "name", "role" };

    /// <summary>From how many entries a map's keys are looked up in a dictionary rather than along the entries.</summary>
    private const int IndexedFrom = 8;

    private readonly string _text;
    private readonly IReadOnlyList<(int Start, int End)> _lines;
    private readonly DiagnosticBag _diagnostics;
    private int _line;

    private FrontMatterReader(string text, IReadOnlyList<(int Start, int End)> lines, DiagnosticBag diagnostics)
    {
        _text = text;
        _lines = lines;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads the lines (start and end offsets, without line breaks) into the top-level mapping.</summary>
    public static YamlMap Read(string text, IReadOnlyList<(int Start, int End)> lines, DiagnosticBag diagnostics)
    {
        var reader = new FrontMatterReader(text, lines, diagnostics);
        var start = lines.Count > 0 ? lines[0].Start : 0;
        return reader.ReadBlockMap(indent: 0, depth: 0, start);
    }

    private YamlMap ReadBlockMap(int indent, int depth, int start)
    {
        var entries = new List<YamlEntry>();
        Dictionary<string, YamlEntry>? index = null;
        var end = start;
        while (_line < _lines.Count)
        {
            var (lineStart, lineEnd) = _lines[_line];
            var first = SkipSpacesAndTabs(lineStart, lineEnd);
            if (first == lineEnd || _text[first] == '#')
            {
                _line++;
                continue;
            }

            var tab = _text.IndexOf('\t', lineStart, first - lineStart);
            if (tab >= 0)
            {
                _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, tab, tab + 1, "a tab indents this line: indent with spaces, not tabs");
                _line++;
                continue;
            }

            var lineIndent = first - lineStart;
            if (lineIndent < indent)
            {
                break;
            }

            if (lineIndent > indent)
            {
                _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, first, lineEnd, "unexpected indentation: align this line with the keys above it");
                _line++;
                continue;
            }

            _line++;
            var entry = ReadEntry(first, lineEnd, indent, depth);
            if (entry is null)
            {
                continue;
            }

            end = entry.Value.End;
            if (Earlier(entries, ref index, entry.Key) is { } earlier)
            {
                Duplicate(entry.Key, entry.KeyStart, entry.KeyEnd, earlier);
            }
            else
            {
                Add(entries, index, entry);
            }
        }

        return new YamlMap(entries, start, end);
    }

    /// <summary>
    /// The entry already read for <paramref name="key"/>, or null. Most maps are small (an entity's name and role), so
    /// their keys are compared along the entries; a dictionary is built only once a map has <see cref="IndexedFrom"/>.
    /// </summary>
    private static YamlEntry? Earlier(List<YamlEntry> entries, ref Dictionary<string, YamlEntry>? index, string key)
    {
        if (index is null)
        {
            if (entries.Count < IndexedFrom)
            {
                foreach (var entry in entries)
                {
                    if (string.Equals(entry.Key, key, StringComparison.Ordinal))
                    {
                        return entry;
                    }
                }

                return null;
            }

            index = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                index.Add(entry.Key, entry);
            }
        }

        return index.TryGetValue(key, out var earlier) ? earlier : null;
    }

    private static void Add(List<YamlEntry> entries, Dictionary<string, YamlEntry>? index, YamlEntry entry)
    {
        entries.Add(entry);
        index?.Add(entry.Key, entry);
    }

    private void Duplicate(string key, int start, int end, YamlEntry earlier) =>
        _diagnostics.Add(DiagnosticDescriptors.DuplicateField, _diagnostics.Span(start, end), _diagnostics.Span(earlier.KeyStart, earlier.KeyEnd), key);

    private YamlEntry? ReadEntry(int start, int end, int indent, int depth)
    {
        var c = _text[start];
        if (c == '-' && (start + 1 == end || _text[start + 1] == ' '))
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, start, end, "lists ('- item') are not supported: use a mapping of keys");
            return null;
        }

        var colon = FindKeyColon(start, end);
        if (colon < 0)
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, start, end, $"expected 'key: value' but found '{Excerpt(start, end)}'");
            return null;
        }

        var keyEnd = colon;
        while (keyEnd > start && _text[keyEnd - 1] == ' ')
        {
            keyEnd--;
        }

        var key = SharedStrings.Substring(_text, start, keyEnd - start, CommonKeys);
        if (key.Length == 0 || key[0] is '"' or '\'' or '{' or '[' or '&' or '*' or '!' or '?')
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, start, keyEnd, $"'{Excerpt(start, keyEnd)}' is not a plain key: write keys as bare words");
            return null;
        }

        var valueStart = SkipSpaces(colon + 1, end);
        if (valueStart == end || _text[valueStart] == '#')
        {
            var nested = NextContentIndent();
            if (nested > indent)
            {
                if (depth + 1 >= MaxDepth)
                {
                    _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, start, end, "the front matter nests too deeply");
                    SkipDeeperThan(indent);
                    return null;
                }

                var map = ReadBlockMap(nested, depth + 1, colon + 1);
                return new YamlEntry(key, start, keyEnd, map);
            }

            return new YamlEntry(key, start, keyEnd, new YamlScalar(string.Empty, colon + 1, colon + 1));
        }

        var value = ReadInlineValue(valueStart, end);
        return value is null ? null : new YamlEntry(key, start, keyEnd, value);
    }

    private YamlNode? ReadInlineValue(int start, int end)
    {
        switch (_text[start])
        {
            case '{':
                return ReadFlowMap(start, end);
            case '"':
            case '\'':
                {
                    var scalar = ReadQuoted(start, end, out var next);
                    if (scalar is null)
                    {
                        return null;
                    }

                    next = SkipSpaces(next, end);
                    if (next < end && _text[next] != '#')
                    {
                        _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, next, end, "unexpected text after the closing quote");
                    }

                    return scalar;
                }

            case '[':
                _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, start, end, "lists ('[a, b]') are not supported: use a mapping of keys");
                return null;
            case '|':
            case '>':
                _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, start, end, "block scalars ('|', '>') are not supported: write the value on one line");
                return null;
            case '&':
            case '*':
            case '!':
            case '%':
            case '@':
            case '`':
                _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, start, end, $"a plain value cannot start with '{_text[start]}': put the value in double quotes");
                return null;
            default:
                return ReadPlain(start, end, stopAtFlow: false, out _);
        }
    }

    private YamlMap? ReadFlowMap(int start, int end)
    {
        var entries = new List<YamlEntry>();
        Dictionary<string, YamlEntry>? index = null;
        var i = SkipSpaces(start + 1, end);
        while (true)
        {
            if (i >= end)
            {
                _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, start, start + 1, "'{' is not closed with '}' on the same line");
                return null;
            }

            if (_text[i] == '}')
            {
                var after = SkipSpaces(i + 1, end);
                if (after < end && _text[after] != '#')
                {
                    _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, after, end, "unexpected text after '}'");
                }

                return new YamlMap(entries, start, i + 1);
            }

            var keyStart = i;
            while (i < end && _text[i] != ':' && _text[i] != ',' && _text[i] != '}')
            {
                i++;
            }

            if (i >= end || _text[i] != ':')
            {
                _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, keyStart, i, "expected 'key: value' inside '{ }'");
                return null;
            }

            var keyEnd = i;
            while (keyEnd > keyStart && _text[keyEnd - 1] == ' ')
            {
                keyEnd--;
            }

            var key = SharedStrings.Substring(_text, keyStart, keyEnd - keyStart, CommonKeys);
            i = SkipSpaces(i + 1, end);
            YamlScalar? value;
            if (i < end && (_text[i] == '"' || _text[i] == '\''))
            {
                value = ReadQuoted(i, end, out i);
            }
            else if (i < end && (_text[i] == '{' || _text[i] == '['))
            {
                _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, i, i + 1, "nested '{ }' or '[ ]' inside '{ }' is not supported");
                return null;
            }
            else
            {
                value = ReadPlain(i, end, stopAtFlow: true, out i);
            }

            if (value is null)
            {
                return null;
            }

            if (key.Length == 0)
            {
                _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, keyStart, i, "a key is missing before ':'");
            }
            else if (Earlier(entries, ref index, key) is { } earlier)
            {
                Duplicate(key, keyStart, keyEnd, earlier);
            }
            else
            {
                Add(entries, index, new YamlEntry(key, keyStart, keyEnd, value));
            }

            i = SkipSpaces(i, end);
            if (i < end && _text[i] == ',')
            {
                i = SkipSpaces(i + 1, end);
            }
            else if (i < end && _text[i] != '}')
            {
                _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, i, end, "expected ',' or '}'");
                return null;
            }
        }
    }

    private YamlScalar? ReadQuoted(int start, int end, out int next)
    {
        var quote = _text[start];
        var builder = new StringBuilder();
        var i = start + 1;
        while (i < end)
        {
            var c = _text[i];
            if (c == quote)
            {
                if (quote == '\'' && i + 1 < end && _text[i + 1] == '\'')
                {
                    builder.Append('\'');
                    i += 2;
                    continue;
                }

                next = i + 1;
                return new YamlScalar(builder.ToString(), start, next);
            }

            if (c == '\\' && quote == '"')
            {
                if (!ReadEscape(i, end, builder, out i))
                {
                    next = end;
                    return null;
                }

                continue;
            }

            builder.Append(c);
            i++;
        }

        _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, start, end, $"the string opened with {quote} is not closed on the same line");
        next = end;
        return null;
    }

    private bool ReadEscape(int backslash, int end, StringBuilder builder, out int next)
    {
        next = backslash + 2;
        if (backslash + 1 >= end)
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, backslash, end, "a '\\' ends the line: write '\\\\' for a backslash");
            return false;
        }

        var e = _text[backslash + 1];
        switch (e)
        {
            case '"': builder.Append('"'); return true;
            case '\\': builder.Append('\\'); return true;
            case '/': builder.Append('/'); return true;
            case 'n': builder.Append('\n'); return true;
            case 't': builder.Append('\t'); return true;
            case 'u':
                if (backslash + 6 <= end
                    && int.TryParse(_text.Substring(backslash + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    builder.Append((char)code);
                    next = backslash + 6;
                    return true;
                }

                break;
        }

        _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, backslash, System.Math.Min(backslash + 2, end), $"unknown escape '\\{e}': use \\\", \\\\, \\n, \\t or \\uXXXX");
        return false;
    }

    private YamlScalar? ReadPlain(int start, int end, bool stopAtFlow, out int next)
    {
        var i = start;
        while (i < end)
        {
            var c = _text[i];
            if (c == '#' && i > start && _text[i - 1] == ' ')
            {
                break;
            }

            if (stopAtFlow && (c == ',' || c == '}'))
            {
                break;
            }

            if (c == ':' && (i + 1 == end || _text[i + 1] == ' '))
            {
                _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, start, end, "a plain value cannot contain ': ': put the value in double quotes");
                next = end;
                return null;
            }

            i++;
        }

        next = i;
        var valueEnd = i;
        while (valueEnd > start && _text[valueEnd - 1] == ' ')
        {
            valueEnd--;
        }

        return new YamlScalar(_text.Substring(start, valueEnd - start), start, valueEnd);
    }

    private int FindKeyColon(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_text[i] == ':' && (i + 1 == end || _text[i + 1] == ' '))
            {
                return i;
            }

            if (_text[i] == '#' && i > start && _text[i - 1] == ' ')
            {
                return -1;
            }
        }

        return -1;
    }

    private int NextContentIndent()
    {
        for (var line = _line; line < _lines.Count; line++)
        {
            var (lineStart, lineEnd) = _lines[line];
            var first = SkipSpacesAndTabs(lineStart, lineEnd);
            if (first < lineEnd && _text[first] != '#')
            {
                return first - lineStart;
            }
        }

        return -1;
    }

    private void SkipDeeperThan(int indent)
    {
        while (_line < _lines.Count)
        {
            var (lineStart, lineEnd) = _lines[_line];
            var first = SkipSpaces(lineStart, lineEnd);
            if (first < lineEnd && first - lineStart <= indent)
            {
                return;
            }

            _line++;
        }
    }

    private int SkipSpacesAndTabs(int i, int end)
    {
        while (i < end && (_text[i] == ' ' || _text[i] == '\t'))
        {
            i++;
        }

        return i;
    }

    private int SkipSpaces(int i, int end)
    {
        while (i < end && _text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private string Excerpt(int start, int end) =>
        end - start <= 40 ? _text.Substring(start, end - start) : _text.Substring(start, 37) + "...";
}
