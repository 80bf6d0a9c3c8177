using System.Collections.Generic;
using System.Text;

namespace Dataset.Generator.Parsing.Numbers;

/// <summary>
/// Phrases of one or more tokens (<c>Hong Kong dlrs</c>, <c>U.S. dlrs</c>, <c>barrels per day</c>), each with a value,
/// indexed by their first token: <see cref="Match"/> finds the longest at a position by looking only at the phrases
/// that start with the word there, so a large table costs a lookup, not a scan.
/// </summary>
internal sealed class PhraseTable<T>
    where T : class
{
    private readonly Dictionary<string, List<(string[] Words, T Value, bool GluedOnly)>> _byFirst = new();

    /// <summary>
    /// Adds <paramref name="phrase"/> as the tokenizer splits it: runs of letters lower-cased, any other character
    /// alone, spaces dropped (<c>U.S. dlrs</c> is <c>u . s . dlrs</c>); a symbol inside the phrase must be glued to the
    /// token before it. With <paramref name="gluedOnly"/>, the phrase is read only glued to the number (<c>50p</c>).
    /// </summary>
    public void Add(string phrase, T value, bool gluedOnly = false)
    {
        var words = Split(phrase);
        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            _byFirst[words[0]] = list = new List<(string[], T, bool)>();
        }

        list.Add((words, value, gluedOnly));
    }

    /// <summary>The length in tokens of the longest phrase at <paramref name="start"/>, and its value (the first added among equals).</summary>
    public int Match(List<NumberToken> tokens, int start, out T? value)
    {
        value = null;
        if (start >= tokens.Count || tokens[start].Kind == NumberTokenKind.Digits || !_byFirst.TryGetValue(tokens[start].Text, out var candidates))
        {
            return 0;
        }

        var best = 0;
        foreach (var (words, candidate, gluedOnly) in candidates)
        {
            if (words.Length <= best || start + words.Length > tokens.Count || (gluedOnly && !tokens[start].Glued))
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < words.Length && matches; k++)
            {
                var token = tokens[start + k];
                matches = token.Kind != NumberTokenKind.Digits && token.Text == words[k] && (token.Kind == NumberTokenKind.Word || token.Glued);
            }

            if (matches)
            {
                best = words.Length;
                value = candidate;
            }
        }

        return best;
    }

    private static string[] Split(string phrase)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in phrase)
        {
            if (char.IsLetter(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }

            if (!char.IsWhiteSpace(c))
            {
                words.Add(c.ToString());
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words.ToArray();
    }
}
