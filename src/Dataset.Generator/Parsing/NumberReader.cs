using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing;

/// <summary>
/// Reads the number a statistic's text states: digits with thousands separators and decimals (<c>240,000</c>,
/// <c>1.5</c>), English number words (<c>Sixty-nine</c>, <c>one hundred and twelve</c>), a scale word after either
/// (<c>1.5 million</c>), a qualifier before it (<c>over</c>, <c>at least</c>, <c>up to</c>, <c>about</c>,
/// <c>nearly</c>, ...) and the unit <c>percent</c> (<c>%</c>, <c>per cent</c>) after it.
/// </summary>
internal static class NumberReader
{
    private static readonly Dictionary<string, int> Small = new()
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    };

    private static readonly Dictionary<string, decimal> Scales = new()
    {
        ["thousand"] = 1_000m,
        ["million"] = 1_000_000m,
        ["billion"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m,
    };

    private static readonly (string[] Words, StatQualifierModel Qualifier)[] Qualifiers =
    {
        (new[] { "more", "than" }, StatQualifierModel.AtLeast),
        (new[] { "at", "least" }, StatQualifierModel.AtLeast),
        (new[] { "over" }, StatQualifierModel.AtLeast),
        (new[] { "up", "to" }, StatQualifierModel.AtMost),
        (new[] { "less", "than" }, StatQualifierModel.AtMost),
        (new[] { "fewer", "than" }, StatQualifierModel.AtMost),
        (new[] { "under" }, StatQualifierModel.AtMost),
        (new[] { "about" }, StatQualifierModel.About),
        (new[] { "around" }, StatQualifierModel.About),
        (new[] { "approximately" }, StatQualifierModel.About),
        (new[] { "roughly" }, StatQualifierModel.About),
        (new[] { "some" }, StatQualifierModel.About),
        (new[] { "nearly" }, StatQualifierModel.Nearly),
        (new[] { "almost" }, StatQualifierModel.Nearly),
    };

    /// <summary>Digits, optionally grouped by thousands with commas, optionally with decimals.</summary>
    private static readonly Regex Digits = new(@"^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?$", RegexOptions.CultureInvariant);

    public static NumberReading Read(string text)
    {
        var tokens = Tokenize(text);
        for (var start = 0; start < tokens.Count; start++)
        {
            var status = ReadNumber(tokens, start, out var value, out var next);
            if (status == NumberReadingStatus.NoNumber)
            {
                continue;
            }

            if (status == NumberReadingStatus.Overflow)
            {
                return new NumberReading(status, 0m, StatQualifierModel.Exact, null);
            }

            return new NumberReading(NumberReadingStatus.Read, value, QualifierBefore(tokens, start), UnitAfter(tokens, next));
        }

        return new NumberReading(NumberReadingStatus.NoNumber, 0m, StatQualifierModel.Exact, null);
    }

    /// <summary>An explicit <c>value=</c>: an optional '-', digits, optionally a '.' and more digits.</summary>
    private static readonly Regex Explicit = new(@"^-?[0-9]+(?:\.[0-9]+)?$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Parses an explicit <c>value=</c>: optional '-', digits, optional decimals. <see cref="NumberReadingStatus.NoNumber"/>
    /// when it is not written that way, <see cref="NumberReadingStatus.Overflow"/> when it is too large to represent.
    /// </summary>
    public static NumberReadingStatus ParseExplicit(string value, out decimal parsed)
    {
        parsed = 0m;
        if (!Explicit.IsMatch(value))
        {
            return NumberReadingStatus.NoNumber;
        }

        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out parsed)
            ? NumberReadingStatus.Read
            : NumberReadingStatus.Overflow;
    }

    private static NumberReadingStatus ReadNumber(List<string> tokens, int start, out decimal value, out int next)
    {
        value = 0m;
        next = start;
        var token = tokens[start];
        try
        {
            if (char.IsDigit(token[0]))
            {
                if (!TryParseDigits(token, out value, out var overflow))
                {
                    return overflow ? NumberReadingStatus.Overflow : NumberReadingStatus.NoNumber;
                }

                next = start + 1;
                if (next < tokens.Count && Scales.TryGetValue(tokens[next], out var scale))
                {
                    value = checked(value * scale);
                    next++;
                }

                return NumberReadingStatus.Read;
            }

            return ReadWords(tokens, start, out value, out next);
        }
        catch (OverflowException)
        {
            return NumberReadingStatus.Overflow;
        }
    }

    private static NumberReadingStatus ReadWords(List<string> tokens, int start, out decimal value, out int next)
    {
        decimal total = 0m;
        decimal current = 0m;
        var read = false;
        var i = start;
        for (; i < tokens.Count; i++)
        {
            var word = tokens[i];
            if (Small.TryGetValue(word, out var small))
            {
                current = checked(current + small);
                read = true;
            }
            else if (word == "hundred" && read)
            {
                current = checked((current == 0m ? 1m : current) * 100m);
            }
            else if (Scales.TryGetValue(word, out var scale) && read)
            {
                // A scale right after a scale multiplies the whole: "two thousand million" is 2,000,000,000.
                total = current == 0m && total > 0m ? checked(total * scale) : checked(total + ((current == 0m ? 1m : current) * scale));
                current = 0m;
            }
            else if (word == "and" && read && i + 1 < tokens.Count && Small.ContainsKey(tokens[i + 1]))
            {
                continue;
            }
            else
            {
                break;
            }
        }

        value = checked(total + current);
        next = i;
        return read ? NumberReadingStatus.Read : NumberReadingStatus.NoNumber;
    }

    private static bool TryParseDigits(string token, out decimal value, out bool overflow)
    {
        value = 0m;
        overflow = false;
        if (!Digits.IsMatch(token))
        {
            return false;
        }

        var plain = token.Replace(",", string.Empty);
        if (plain.Length > 40 || !decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            overflow = true;
            return false;
        }

        return true;
    }

    private static StatQualifierModel QualifierBefore(List<string> tokens, int start)
    {
        foreach (var (words, qualifier) in Qualifiers)
        {
            var first = start - words.Length;
            if (first < 0)
            {
                continue;
            }

            var matches = true;
            for (var i = 0; i < words.Length; i++)
            {
                matches &= tokens[first + i] == words[i];
            }

            if (matches)
            {
                return qualifier;
            }
        }

        return StatQualifierModel.Exact;
    }

    private static string? UnitAfter(List<string> tokens, int next)
    {
        if (next >= tokens.Count)
        {
            return null;
        }

        var word = tokens[next];
        if (word is "percent" or "%" or "pct" || (word == "per" && next + 1 < tokens.Count && tokens[next + 1] == "cent"))
        {
            return "percent";
        }

        return null;
    }

    /// <summary>Lower-case words and numbers: hyphens between words split, '%' stands alone, edge punctuation goes.</summary>
    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var word = new System.Text.StringBuilder();

        void Flush()
        {
            var token = word.ToString().Trim('.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '\u2018', '\u2019', '\u201C', '\u201D');
            if (token.Length > 0)
            {
                tokens.Add(token);
            }

            word.Clear();
        }

        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2011' or '\u2013' or '\u2014' or '/')
            {
                Flush();
            }
            else if (c == '%')
            {
                Flush();
                tokens.Add("%");
            }
            else
            {
                word.Append(c);
            }
        }

        Flush();
        return tokens;
    }
}
