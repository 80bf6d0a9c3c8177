using System;
using System.Collections.Generic;

namespace Dataset.Generator.Parsing;

/// <summary>"Did you mean" hints: the closest known name within a small edit distance.</summary>
internal static class Suggestions
{
    /// <summary>
    /// How many candidates are compared at most, so that a file declaring huge numbers of names stays linear:
    /// the hint then comes from the first ones.
    /// </summary>
    public const int MaxCandidates = 1000;

    /// <summary>Returns <c>: did you mean 'X'?</c> for the closest candidate, or an empty string; at most <paramref name="maxDistance"/> edits away.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates, int maxDistance = int.MaxValue) =>
        Closest(typed, candidates, maxDistance) is { } best ? $": did you mean '{best}'?" : string.Empty;

    /// <summary>The candidate closest to <paramref name="typed"/> (ignoring case) within a small edit distance (and <paramref name="maxDistance"/>), or null.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates, int maxDistance = int.MaxValue)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var lower = typed.ToLowerInvariant();
        var compared = 0;
        foreach (var candidate in candidates)
        {
            if (++compared > MaxCandidates)
            {
                break;
            }

            var distance = Distance(lower, candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Min(maxDistance, Math.Max(1, Math.Min(3, typed.Length / 3)));
        return best is not null && bestDistance <= allowed ? best : null;
    }

    /// <summary>Levenshtein distance, with a cut-off so long strings cost nothing.</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3 || a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
