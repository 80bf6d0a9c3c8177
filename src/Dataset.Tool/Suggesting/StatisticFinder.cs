using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing.Numbers;

namespace Dataset.Tool.Suggesting;

/// <summary>A number in the text with the span an editor would annotate and what the reader reads there.</summary>
internal sealed record StatisticSpan(int Start, int End, NumberReading Reading, string? Unit);

/// <summary>
/// Finds the statistics of an article's text: each number (digits, a fraction, number words), widened to the longest
/// span the generator's <see cref="NumberReader"/> reads around it: a qualifier before (<c>about</c>, <c>not less
/// than</c>, <c>between ... and</c>), a range, the scale, currency or unit after (<c>[2.4 mln dlrs]</c>, <c>[700p]</c>,
/// <c>[5-1/2 dlrs]</c>, <c>[1,100 workers]</c>). By default only figures are proposed, as a wire desk annotates them:
/// never a year, a date, a time of day, a fiscal year (<c>1986/87</c>), a duration (<c>six years</c>, <c>30-day</c>), a
/// number that is part of a compound word (<c>228-room</c>) or a count written in words with no unit (<c>three
/// divisions</c>). <c>everyNumber</c> keeps years, durations and counts in words (with <c>unit=</c> for a year or a
/// duration), as the seed annotates them.
/// </summary>
internal static class StatisticFinder
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private const string NumberWord = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    private const string FractionWord = "halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|twelfths?|sixteenths?";

    /// <summary>
    /// The number itself: digits (thousands groups, decimals, a leading point, a fraction or a wire mixed fraction such as
    /// <c>5-1/2</c>, a hyphen range, a glued scale or unit such as <c>700p</c> or <c>3.5bn</c>), number words (fractions
    /// such as <c>two-thirds</c> included), or <c>half</c>. Not inside a word, a code, a time (<c>16:30</c>) or a date.
    /// </summary>
    private static readonly Regex Core = new(
        @"(?<![\p{L}\p{N}_.,'’/:-])" +
        @"(?:[-+\u2212]?(?:US\$|HK\$|NZ\$|[ACS]\$|[$£€¥₹₽])?\.?[0-9](?:[0-9]|,(?=[0-9]{3}(?![0-9]))|\.(?=[0-9]))*(?:-[0-9]+/[0-9]+|/[0-9]+|-[0-9][0-9,.]*(?<=[0-9]))?(?:%|[a-zA-Z]{1,3}(?![\p{L}]))?" +
        @"|(?:" + NumberWord + @")(?:(?:-|\s+|\s+and\s+)(?:" + NumberWord + "|hundred|thousand|" + FractionWord + @")(?![\p{L}]))*" +
        @"|half)" +
        @"(?![\p{L}\p{N}_]|[.,:][0-9])",
        Options | RegexOptions.IgnoreCase);

    /// <summary>A word of the span around the number: an abbreviation with its points (<c>U.S.</c>), or letters, digits and signs with a point or comma only between digits.</summary>
    private static readonly Regex Token = new(
        @"\G[ \t]+((?:\p{L}\.){2,}|[\p{L}\p{N}$%£€¥](?:[\p{L}\p{N}$%£€¥/'’-]|[.,](?=[0-9]))*)",
        Options);

    private static readonly Regex WordBefore = new(@"(?:^|[ \t])([\p{L}$£€¥]+)[ \t]+$", Options);

    private static readonly Regex Month = new(
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*$",
        Options);

    private static readonly Regex MonthAfter = new(
        @"^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
        Options);

    /// <summary>After a time of day: a time zone or a clock word.</summary>
    private static readonly Regex ClockAfter = new(@"^(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|GMT|gmt|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST|local\s+time))", Options);

    private static readonly Regex Year = new("^(?:1[89][0-9]{2}|20[0-9]{2})$", Options);

    /// <summary>A duration's unit: the number states how long, a time span rather than a figure.</summary>
    private static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "quarter", "quarters", "decade", "decades",
    };

    private static readonly HashSet<string> ScaleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hundred", "thousand", "million", "billion", "trillion", "mln", "bln", "mn", "bn", "dozen",
    };

    /// <summary>Words before a number that make a change (from one figure to another), not a range.</summary>
    private static readonly HashSet<string> ChangeWords = new(StringComparer.OrdinalIgnoreCase) { "from" };

    public static List<StatisticSpan> Find(string text, int from, Func<int, int, bool> isFree, bool everyNumber)
    {
        var found = new List<StatisticSpan>();
        var takenEnd = from;
        foreach (Match core in Core.Matches(text, from))
        {
            var (coreStart, coreEnd) = (core.Index, core.Index + core.Length);
            if (coreStart < takenEnd || !isFree(coreStart, coreEnd))
            {
                continue;
            }

            // A day of a month, a time of day and a fiscal or calendar year pair are dates, never figures.
            var before = text[Math.Max(from, coreStart - 12)..coreStart];
            var after = text[coreEnd..Math.Min(text.Length, coreEnd + 16)];
            if (Month.IsMatch(before) || MonthAfter.IsMatch(after) || ClockAfter.IsMatch(after) || IsYearPair(core.Value))
            {
                continue;
            }

            if (!everyNumber && after.Length > 1 && after[0] == '-' && char.IsLetter(after[1]))
            {
                continue; // a compound word: "228-room", "six-month"
            }

            // A year takes no qualifier, scale or range: "between 1979 and 1989" is a period, two years.
            var best = Year.IsMatch(core.Value) ? Alone(core.Value, coreStart, coreEnd) : Widest(text, from, coreStart, coreEnd, isFree);
            if (best is null)
            {
                continue;
            }

            var (start, end, reading) = best.Value;
            var span = text[start..end];
            string? unit = null;
            var next = NextWords(text, end, 2);
            var isDuration = (reading.Unit is { } readUnit && TimeUnits.Contains(readUnit))
                || (next.Count > 0 && TimeUnits.Contains(next[0]))
                || (next.Count > 1 && reading.Unit is null && TimeUnits.Contains(next[1]) && !char.IsUpper(next[0][0]) && next[0] is not ("of" or "a" or "the" or "and" or "or"));
            if (!everyNumber)
            {
                if ((Year.IsMatch(span) && reading.Unit is null) || isDuration || IsCountInWords(span, reading))
                {
                    continue;
                }
            }
            else
            {
                // The seed's style: a count of people or a duration is the number alone, with its unit named.
                if (reading.Unit is "people" || (reading.Unit is { } timeUnit && TimeUnits.Contains(timeUnit)))
                {
                    var alone = NumberReader.Read(text[start..coreEnd]);
                    if (alone.Status != NumberReadingStatus.Read)
                    {
                        continue;
                    }

                    (end, reading) = (coreEnd, alone);
                    span = text[start..end];
                    next = NextWords(text, end, 1);
                }

                if (IsCountingWord(span, text, start, end))
                {
                    continue;
                }

                unit = reading.Unit is null ? Year.IsMatch(span) ? "year" : next.Count > 0 && TimeUnits.Contains(next[0]) && next[0].EndsWith('s') ? next[0].ToLowerInvariant() : null : null;
            }

            found.Add(new StatisticSpan(start, end, reading, unit));
            takenEnd = end;
        }

        return found;
    }

    /// <summary>The longest span around the number that the reader reads, if any: up to three words before, six after.</summary>
    private static (int Start, int End, NumberReading Reading)? Widest(string text, int from, int coreStart, int coreEnd, Func<int, int, bool> isFree)
    {
        var starts = new List<int> { coreStart };
        var position = coreStart;
        for (var i = 0; i < 3; i++)
        {
            var window = Math.Max(from, position - 40);
            var word = WordBefore.Match(text[window..position]);
            if (!word.Success)
            {
                break;
            }

            position = window + word.Groups[1].Index;
            starts.Add(position);
        }

        var ends = new List<int> { coreEnd };
        foreach (Match token in Token.Matches(text[coreEnd..Math.Min(text.Length, coreEnd + 120)]))
        {
            ends.Add(coreEnd + token.Index + token.Length);
            if (ends.Count == 7)
            {
                break;
            }
        }

        (int Start, int End, NumberReading Reading)? best = null;
        foreach (var start in starts)
        {
            var first = FirstWord(text, start, coreStart);
            if (first is not null && ChangeWords.Contains(first))
            {
                continue;
            }

            var afterChange = start == coreStart && PreviousWord(text, from, coreStart) is { } previous && ChangeWords.Contains(previous);
            foreach (var end in ends)
            {
                if (best is { } known && end - start <= known.End - known.Start)
                {
                    continue;
                }

                var span = text[start..end];
                var reading = NumberReader.Read(span);
                if (reading.Status != NumberReadingStatus.Read || !isFree(start, end))
                {
                    continue;
                }

                // A qualifier joins the figure only when it qualifies it ("just 14 percent" is "14 percent").
                if (start != coreStart && reading.Qualifier == StatQualifier.Exact)
                {
                    continue;
                }

                // "20 pct to 30 pct" and "from 5 to 10" are two figures of a change, not a range.
                var to = IndexOfWord(span, "to", coreEnd - start);
                if (to >= 0 && (afterChange || to != coreEnd - start + 1))
                {
                    continue;
                }

                best = (start, end, reading);
            }
        }

        return best;
    }

    private static (int Start, int End, NumberReading Reading)? Alone(string value, int start, int end) =>
        NumberReader.Read(value) is { Status: NumberReadingStatus.Read } reading ? (start, end, reading) : null;

    private static int IndexOfWord(string span, string word, int from)
    {
        var match = Regex.Match(span[Math.Min(from, span.Length)..], @"(?<![\p{L}])" + word + @"(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return match.Success ? from + match.Index : -1;
    }

    private static string? FirstWord(string text, int start, int coreStart) =>
        start == coreStart ? null : Regex.Match(text[start..coreStart], @"^[\p{L}$£€¥]+").Value;

    private static string? PreviousWord(string text, int from, int position)
    {
        var word = WordBefore.Match(text[Math.Max(from, position - 40)..position]);
        return word.Success ? word.Groups[1].Value : null;
    }

    /// <summary><c>1986/87</c>, <c>1986-87</c>: a fiscal year or a pair of years; also any fraction above one written with a slash.</summary>
    private static bool IsYearPair(string value)
    {
        var parts = value.Split('/', '-');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0 || !parts.All(part => part.All(char.IsAsciiDigit)))
        {
            return false;
        }

        if (!decimal.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first) || !decimal.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var second))
        {
            return true; // digits past any figure: no statistic
        }

        return value.Contains('/', StringComparison.Ordinal) ? first >= second : Year.IsMatch(parts[0]) && parts[1].Length is 2 or 4;
    }

    /// <summary>A whole count written in words with no currency, percent, unit or scale: "three divisions", "at least one".</summary>
    private static bool IsCountInWords(string span, NumberReading reading) =>
        !span.Any(char.IsAsciiDigit) && reading.Unit is null && reading.Upper is null && reading.Value == decimal.Truncate(reading.Value)
        && !Regex.Matches(span, @"\p{L}+").Any(word => ScaleWords.Contains(word.Value));

    /// <summary>
    /// Number words that count things rather than state a figure: "no one", "one of", "the two delegations", "these three
    /// men" (a number written in digits is a figure even after "the": "the 240,000 deaths").
    /// </summary>
    private static bool IsCountingWord(string value, string text, int start, int end)
    {
        if (!char.IsLetter(value[0]))
        {
            return false;
        }

        var previous = Regex.Match(text[Math.Max(0, start - 12)..start], @"([\p{L}]+)\s+$");
        var before = previous.Success ? previous.Groups[1].Value.ToLowerInvariant() : string.Empty;
        if (before is "the" or "these" or "those" or "all" or "every")
        {
            return true;
        }

        if (!value.Equals("one", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var next = NextWords(text, end, 1);
        return (next.Count > 0 && next[0] is "of" or "another" or "day") || before is "no" or "any" or "each" or "some" or "this" or "that" or "which";
    }

    /// <summary>Up to <paramref name="count"/> words after <paramref name="position"/> in the same sentence (a hyphen joins, as in "four-year-long").</summary>
    public static List<string> NextWords(string text, int position, int count)
    {
        var words = new List<string>();
        foreach (Match word in Regex.Matches(text[position..Math.Min(text.Length, position + 80)], @"\G[\s\-]*([\p{L}]+)"))
        {
            words.Add(word.Groups[1].Value);
            if (words.Count == count)
            {
                break;
            }
        }

        return words;
    }
}
