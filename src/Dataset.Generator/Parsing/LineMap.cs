using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing;

/// <summary>
/// Turns character offsets into line and column positions. Recognizes the line breaks Roslyn's <c>SourceText</c>
/// does (LF, CRLF, CR, U+0085, U+2028 and U+2029), so reported positions match what the compiler and editors show.
/// </summary>
internal sealed class LineMap
{
    /// <summary>The characters that end a line (CR, LF, NEL, LS, PS); a CR and the LF after it end one line.</summary>
    private static readonly char[] LineBreaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };

    /// <summary>The offset of every line's first character (counted first, so the array is made once at its size).</summary>
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        var count = 1;
        for (var next = NextLineStart(text, 0); next >= 0; next = NextLineStart(text, next))
        {
            count++;
        }

        _lineStarts = new int[count];
        var line = 1;
        for (var next = NextLineStart(text, 0); next >= 0; next = NextLineStart(text, next))
        {
            _lineStarts[line++] = next;
        }
    }

    public TextLocation Span(int start, int end)
    {
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new TextLocation(start, end - start, startLine, startColumn, endLine, endColumn);
    }

    private (int Line, int Column) Position(int offset)
    {
        var low = 0;
        var high = _lineStarts.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_lineStarts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return (low, offset - _lineStarts[low]);
    }

    /// <summary>The start of the line after the first line break at or after <paramref name="from"/>, or -1 when there is none.</summary>
    private static int NextLineStart(string text, int from)
    {
        var i = text.IndexOfAny(LineBreaks, from);
        if (i < 0)
        {
            return -1;
        }

        return text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
    }
}
