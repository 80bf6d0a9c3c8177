using System;

namespace Dataset.Generator.Parsing;

/// <summary>
/// Short words nearly every article repeats (front matter keys, annotation kinds and value names) are taken from a
/// list of common ones rather than copied out of the text again and again.
/// </summary>
internal static class SharedStrings
{
    /// <summary>The <paramref name="length"/> characters at <paramref name="start"/>: the instance in <paramref name="common"/> when they spell one.</summary>
    public static string Substring(string text, int start, int length, string[] common)
    {
        foreach (var word in common)
        {
            if (word.Length == length && string.CompareOrdinal(text, start, word, 0, length) == 0)
            {
                return word;
            }
        }

        return text.Substring(start, length);
    }
}
