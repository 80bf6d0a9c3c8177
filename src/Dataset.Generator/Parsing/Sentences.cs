namespace Dataset.Generator.Parsing;

/// <summary>Finds the sentence around a span of a paragraph, for a statistic's context.</summary>
internal static class Sentences
{
    /// <summary>
    /// The sentence of <paramref name="paragraph"/> that holds [<paramref name="start"/>, <paramref name="end"/>):
    /// sentences end at '.', '!' or '?' (and closing quotes after them) followed by a space. Returned as where it
    /// starts in the paragraph and its length, without the spaces around it.
    /// </summary>
    public static (int Start, int Length) Around(string paragraph, int start, int end)
    {
        var first = 0;
        for (var i = start - 1; i > 0; i--)
        {
            if (paragraph[i] == ' ' && EndsSentence(paragraph, i))
            {
                first = i + 1;
                break;
            }
        }

        var last = paragraph.Length;
        for (var i = end; i < paragraph.Length; i++)
        {
            if (paragraph[i] == ' ' && EndsSentence(paragraph, i))
            {
                last = i;
                break;
            }
        }

        while (first < last && char.IsWhiteSpace(paragraph[first]))
        {
            first++;
        }

        while (last > first && char.IsWhiteSpace(paragraph[last - 1]))
        {
            last--;
        }

        return (first, last - first);
    }

    /// <summary>Whether the text just before the space at <paramref name="space"/> ends a sentence.</summary>
    private static bool EndsSentence(string text, int space)
    {
        var i = space - 1;
        while (i >= 0 && (text[i] == '"' || text[i] == '\u201D' || text[i] == '\'' || text[i] == ')'))
        {
            i--;
        }

        return i >= 0 && (text[i] == '.' || text[i] == '!' || text[i] == '?') && !(i >= 2 && text[i - 1] == '.' && text[i - 2] == '.');
    }
}
