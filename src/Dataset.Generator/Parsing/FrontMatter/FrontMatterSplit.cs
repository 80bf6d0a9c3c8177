using System.Collections.Generic;
using System.Threading;

namespace Dataset.Generator.Parsing.FrontMatter;

/// <summary>
/// Where an article's front matter is, found before anything is read: the <c>---</c> of its first line, its lines, and
/// the <c>---</c> or <c>...</c> line that closes it, after which the body starts. The parser reads the lines as YAML
/// and the body from <see cref="BodyStart"/>; tools get the same split through <see cref="ParsedArticle"/>.
/// </summary>
internal sealed class FrontMatterSplit
{
    private FrontMatterSplit(bool isOpened, int openEnd, IReadOnlyList<(int Start, int End)> lines, int closeEnd, int bodyStart)
    {
        IsOpened = isOpened;
        OpenEnd = openEnd;
        Lines = lines;
        CloseEnd = closeEnd;
        BodyStart = bodyStart;
    }

    /// <summary>Whether the first line is the opening <c>---</c>: without it the file has no front matter.</summary>
    public bool IsOpened { get; }

    /// <summary>The end of the first line (its line break excluded): errors about the front matter as a whole are placed on that line.</summary>
    public int OpenEnd { get; }

    /// <summary>The lines between the fences (start and end offsets, line breaks excluded); to the end of the text when no line closes them.</summary>
    public IReadOnlyList<(int Start, int End)> Lines { get; }

    /// <summary>Whether a <c>---</c> or <c>...</c> line closes the front matter.</summary>
    public bool IsClosed => BodyStart >= 0;

    /// <summary>The end of the closing line (its line break excluded), or -1 when none closes the front matter.</summary>
    public int CloseEnd { get; }

    /// <summary>The offset after the closing line, where the body starts, or -1 when none closes the front matter.</summary>
    public int BodyStart { get; }

    /// <summary>Splits <paramref name="text"/>; <paramref name="cancellationToken"/> is checked per line.</summary>
    public static FrontMatterSplit Find(string text, CancellationToken cancellationToken)
    {
        var (openStart, openEnd, position) = TextLines.At(text, 0);
        var lines = new List<(int Start, int End)>();
        if (!IsFence(text, openStart, openEnd, "---"))
        {
            return new FrontMatterSplit(isOpened: false, openEnd, lines, -1, -1);
        }

        while (position < text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (lineStart, lineEnd, next) = TextLines.At(text, position);
            if (IsFence(text, lineStart, lineEnd, "---") || IsFence(text, lineStart, lineEnd, "..."))
            {
                return new FrontMatterSplit(isOpened: true, openEnd, lines, lineEnd, next);
            }

            lines.Add((lineStart, lineEnd));
            position = next;
        }

        return new FrontMatterSplit(isOpened: true, openEnd, lines, -1, -1);
    }

    /// <summary>Whether the line from <paramref name="start"/> to <paramref name="end"/> is <paramref name="fence"/> and trailing spaces or tabs.</summary>
    private static bool IsFence(string text, int start, int end, string fence)
    {
        while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        {
            end--;
        }

        return end - start == fence.Length && string.CompareOrdinal(text, start, fence, 0, fence.Length) == 0;
    }
}
