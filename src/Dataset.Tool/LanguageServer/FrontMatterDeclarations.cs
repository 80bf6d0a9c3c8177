using System;
using Dataset.Generator.Model;
using Dataset.Tool.LanguageServer.Protocol;

namespace Dataset.Tool.LanguageServer;

/// <summary>
/// An entity declaration as the front matter writes it (<c>Kerry: { name: John Kerry, role: US Secretary of State }</c>),
/// and where a new one goes: at the end of its <c>people:</c>, <c>organizations:</c> or <c>places:</c> map, or in a new
/// map before the closing <c>---</c> when the front matter has none. A map written on one line
/// (<c>places: { Rome: Rome }</c>, or <c>places: {}</c>) gets the short form <c>Paris: Paris</c> before its closing
/// brace, since a flow map holds no nested map; a declaration with a role does not fit there and gets no edit.
/// </summary>
internal static class FrontMatterDeclarations
{
    public static string Declaration(string key, string name, string? role) =>
        role is { Length: > 0 }
            ? $"{key}: {{ name: {Scalar(name)}, role: {Scalar(role)} }}"
            : $"{key}: {{ name: {Scalar(name)} }}";

    /// <summary>The edit that declares <paramref name="key"/> in the document's front matter, its lines ending with <paramref name="newLine"/>; null where <see cref="Insertion"/> finds no place.</summary>
    public static TextEdit? Edit(WorkspaceDocument document, EntityKind kind, string name, string? role, string key, string newLine) =>
        Insertion(document, kind, Declaration(key, name, role), role is { Length: > 0 } ? null : $"{key}: {Scalar(name)}") is var (offset, text)
            ? new TextEdit(document.Positions.Range(offset, offset), text.Replace("\n", newLine, StringComparison.Ordinal))
            : null;

    /// <summary>
    /// Where <paramref name="declaration"/> (or, in a one-line map, <paramref name="shortDeclaration"/>) is inserted in the
    /// document's front matter and the text inserted there; null when the front matter is not closed, the map is one line
    /// and there is no short form, or the map is written in a form the front matter does not read.
    /// </summary>
    private static (int Offset, string Text)? Insertion(WorkspaceDocument document, EntityKind kind, string declaration, string? shortDeclaration)
    {
        if (document.Parse.FrontMatter is not { } frontMatter)
        {
            return null;
        }

        var text = document.Text;
        var (_, end) = document.Positions.Offsets(frontMatter);
        var closing = text.LastIndexOf('\n', Math.Max(0, end - 1)) + 1;
        if (closing == 0 || text.Substring(closing, end - closing).TrimEnd() != "---")
        {
            return null;
        }

        var section = ArticleItems.SectionOf(kind);
        var lineStart = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        while (lineStart < closing)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var line = text.Substring(lineStart, lineEnd - lineStart);
            if (line.StartsWith(section + ":", StringComparison.Ordinal))
            {
                return line.Split('#')[0].TrimEnd() == section + ":"
                    ? AtEndOfMap(text, lineEnd, closing, declaration)
                    : shortDeclaration is null ? null : InFlowMap(line, lineStart, section.Length + 1, shortDeclaration);
            }

            lineStart = lineEnd + 1;
        }

        return (closing, section + ":\n  " + declaration + "\n");
    }

    /// <summary>After the last indented line of the map whose key line ends at <paramref name="keyLineEnd"/>, indented as its first entry.</summary>
    private static (int Offset, string Text) AtEndOfMap(string text, int keyLineEnd, int closing, string declaration)
    {
        var insertAt = keyLineEnd;
        string? indent = null;
        for (var lineStart = keyLineEnd + 1; lineStart < closing;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var line = text.Substring(lineStart, lineEnd - lineStart);
            if (line.Trim().Length > 0)
            {
                if (line[0] != ' ')
                {
                    break;
                }

                indent ??= line.Substring(0, line.Length - line.TrimStart(' ').Length);
                insertAt = lineEnd;
            }

            lineStart = lineEnd + 1;
        }

        return (insertAt, "\n" + (indent ?? "  ") + declaration);
    }

    /// <summary>
    /// Before the closing brace of the one-line flow map that follows the key of <paramref name="line"/> (which starts
    /// at <paramref name="lineStart"/>) from <paramref name="from"/>, after a comma when the map has entries; null when
    /// the rest of the line is no flow map closed on it, followed by nothing but a comment.
    /// </summary>
    private static (int Offset, string Text)? InFlowMap(string line, int lineStart, int from, string declaration)
    {
        var open = from;
        while (open < line.Length && line[open] is ' ' or '\t')
        {
            open++;
        }

        if (open == line.Length || line[open] != '{' || ClosingBrace(line, open) is not { } close)
        {
            return null;
        }

        var rest = line.Substring(close + 1).TrimEnd('\r').Trim();
        if (rest.Length > 0 && rest[0] != '#')
        {
            return null;
        }

        var last = close - 1;
        while (last > open && line[last] is ' ' or '\t')
        {
            last--;
        }

        return last == open
            ? (lineStart + open + 1, " " + declaration + " ")
            : (lineStart + last + 1, ", " + declaration);
    }

    /// <summary>The index of the brace that closes the one at <paramref name="open"/>, skipping quoted scalars; null when the line does not close it.</summary>
    private static int? ClosingBrace(string line, int open)
    {
        var depth = 0;
        for (var i = open; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '"':
                case '\'':
                    var quote = line[i];
                    for (i++; i < line.Length && line[i] != quote; i++)
                    {
                        if (quote == '"' && line[i] == '\\')
                        {
                            i++;
                        }
                    }

                    break;
                case '{':
                    depth++;
                    break;
                case '}' when --depth == 0:
                    return i;
            }
        }

        return null;
    }

    private static string Scalar(string value) =>
        value.IndexOfAny(new[] { ':', '{', '}', '[', ']', ',', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' }) < 0 && value.Trim() == value
            ? value
            : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
