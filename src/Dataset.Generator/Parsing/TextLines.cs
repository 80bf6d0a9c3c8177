namespace Dataset.Generator.Parsing;

/// <summary>
/// The lines of a text as the front matter splitter and the plain body reader walk them: ended by LF, CRLF or CR
/// (the parser's text has only LF; NEL, LS and PS are text to them, as to Markdown).
/// </summary>
internal static class TextLines
{
    /// <summary>The line that starts at <paramref name="position"/>: its start, its end (before its line break) and the start of the next one.</summary>
    public static (int Start, int End, int Next) At(string text, int position)
    {
        var end = position;
        while (end < text.Length && text[end] != '\n' && text[end] != '\r')
        {
            end++;
        }

        var next = end;
        if (next < text.Length)
        {
            next += text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1;
        }

        return (position, end, next);
    }
}
