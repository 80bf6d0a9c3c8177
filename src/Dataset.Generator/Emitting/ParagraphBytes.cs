using System.Collections.Generic;

namespace Dataset.Generator.Emitting;

/// <summary>
/// Where a character of an article's paragraph falls in that paragraph's UTF-8 bytes, as <see cref="BlockWriter"/>
/// counts them. Each paragraph is counted once, on first use (an ASCII paragraph needs no table): counting from the
/// paragraph's start for every slice would make a paragraph of n annotations cost n².
/// </summary>
internal sealed class ParagraphBytes
{
    private readonly IReadOnlyList<string> _paragraphs;
    private readonly int[]?[] _offsets;
    private readonly bool[] _counted;
    private (int Paragraph, int Start, string? Text) _lastMatch;

    public ParagraphBytes(IReadOnlyList<string> paragraphs)
    {
        _paragraphs = paragraphs;
        _offsets = new int[]?[paragraphs.Count];
        _counted = new bool[paragraphs.Count];
    }

    /// <summary>The UTF-8 offset of character <paramref name="at"/> of paragraph <paramref name="paragraph"/> (0-based), which no surrogate pair straddles.</summary>
    public int Offset(int paragraph, int at)
    {
        if (!_counted[paragraph])
        {
            _offsets[paragraph] = Count(_paragraphs[paragraph]);
            _counted[paragraph] = true;
        }

        return _offsets[paragraph] is { } offsets ? offsets[at] : at;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is paragraph <paramref name="paragraph"/>'s characters from <paramref name="start"/>;
    /// the same text object at the same place as last time is not compared again (a sentence several statistics share).
    /// </summary>
    public bool Holds(int paragraph, int start, string text)
    {
        if (_lastMatch.Paragraph == paragraph && _lastMatch.Start == start && ReferenceEquals(_lastMatch.Text, text))
        {
            return true;
        }

        var source = _paragraphs[paragraph];
        if (start < 0 || start > source.Length - text.Length || string.CompareOrdinal(source, start, text, 0, text.Length) != 0)
        {
            return false;
        }

        _lastMatch = (paragraph, start, text);
        return true;
    }

    /// <summary>Whether a cut at <paramref name="at"/> falls between the two halves of a surrogate pair (a slice of bytes cannot hold half a character).</summary>
    public bool SplitsPair(int paragraph, int at)
    {
        var text = _paragraphs[paragraph];
        return at > 0 && at < text.Length && char.IsHighSurrogate(text[at - 1]) && char.IsLowSurrogate(text[at]);
    }

    /// <summary>Every character's UTF-8 offset and the end's, or null when the text is ASCII (offsets are indexes).</summary>
    private static int[]? Count(string text)
    {
        var ascii = true;
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return null;
        }

        var offsets = new int[text.Length + 1];
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            offsets[i] = bytes;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                bytes += 4;
                offsets[++i] = bytes - 2; // inside the pair: no slice starts or ends here (see SplitsPair)
                continue;
            }

            bytes += BlockWriter.ByteCount(text, i, 1);
        }

        offsets[text.Length] = bytes;
        return offsets;
    }
}
