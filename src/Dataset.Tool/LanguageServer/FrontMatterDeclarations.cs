using System;
using Dataset.Generator.Model;
using Dataset.Tool.LanguageServer.Protocol;

namespace Dataset.Tool.LanguageServer;

/// <summary>
/// An entity declaration as the front matter writes it (<c>Kerry: { name: John Kerry, role: US Secretary of State }</c>),
/// and where a new one goes: at the end of its <c>people:</c>, <c>organizations:</c> or <c>places:</c> map, or in a new
/// map before the closing <c>---</c> when the front matter has none.
/// </summary>
internal static class FrontMatterDeclarations
{
    public static string Declaration(string key, string name, string? role) =>
        role is { Length: > 0 }
            ? $"{key}: {{ name: {Scalar(name)}, role: {Scalar(role)} }}"
            : $"{key}: {{ name: {Scalar(name)} }}";

    /// <summary>The edit that declares <paramref name="key"/> in the document's front matter, its lines ending with <paramref name="newLine"/>; null where <see cref="Insertion"/> finds no place.</summary>
    public static TextEdit? Edit(WorkspaceDocument document, EntityKind kind, string name, string? role, string key, string newLine) =>
        Insertion(document, kind, Declaration(key, name, role)) is var (offset, text)
            ? new TextEdit(document.Positions.Range(offset, offset), text.Replace("\n", newLine, StringComparison.Ordinal))
            : null;

    /// <summary>
    /// Where <paramref name="declaration"/> is inserted in the document's front matter and the text inserted there, or
    /// null when the front matter is not closed or writes the map in a form other than a block (<c>people: {}</c>).
    /// </summary>
    public static (int Offset, string Text)? Insertion(WorkspaceDocument document, EntityKind kind, string declaration)
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
                return line.Split('#')[0].TrimEnd() == section + ":" ? AtEndOfMap(text, lineEnd, closing, declaration) : null;
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

    private static string Scalar(string value) =>
        value.IndexOfAny(new[] { ':', '{', '}', '[', ']', ',', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' }) < 0 && value.Trim() == value
            ? value
            : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
