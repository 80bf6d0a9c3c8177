using System;
using System.Collections.Generic;
using System.Globalization;

namespace Dataset.Generator.Parsing.Numbers;

/// <summary>
/// Reads the number a statistic's text states, or says which part of the text it cannot read. The whole text must be
/// accounted for: an optional qualifier, one number (or a range of two), an optional scale, an optional unit or
/// currency and an optional rate (<c>a barrel</c>), nothing else (the grammar is in docs/statistics.md; the words are in <see cref="NumberWords"/>).
/// One pass over the tokens with a lookahead bounded by the longest phrase of a table (a currency name such as
/// <c>Bosnia and Herzegovina convertible marks</c>): linear, no backtracking.
/// </summary>
internal static class NumberReader
{
    /// <summary>
    /// A quotient that does not end (<c>two-thirds</c>, <c>one in three</c>) is rounded to this many significant digits,
    /// as many as a <c>double</c> keeps exactly, so the <c>double</c> constant and the <c>decimal</c> value agree.
    /// </summary>
    public const int SignificantDigits = 15;

    /// <param name="text">The span's text.</param>
    /// <param name="declaredUnit">The <c>unit=</c> attribute: when the text ends with it (<c>10 years</c>, <c>unit=years</c>), that part is accounted for.</param>
    /// <param name="declaredPer">The <c>per=</c> attribute: when the text ends with a rate of it (<c>5 dlrs a widget</c>, <c>per=widget</c>), that part is accounted for.</param>
    public static NumberReading Read(string text, string? declaredUnit = null, string? declaredPer = null)
    {
        var tokens = NumberTokenizer.Tokenize(text, out _, out var end, out var parenthesized);
        return new NumberGrammar(text, tokens, end, declaredUnit, declaredPer, parenthesized).ReadStatistic();
    }

    /// <summary>
    /// The one-word scales and units that may follow a number (<c>pct</c>, <c>mln</c>, <c>dlrs</c>, <c>barrels</c>), for
    /// the hint of a word the reader cannot read (<c>18.5 poct</c>: did you mean 'pct'?).
    /// </summary>
    public static IEnumerable<string> WordsAfterANumber()
    {
        foreach (var (words, _) in NumberWords.PercentNames)
        {
            if (words.Length == 1)
            {
                yield return words[0];
            }
        }

        foreach (var scale in NumberWords.Scales.Keys)
        {
            yield return scale;
        }

        foreach (var abbreviation in NumberWords.Abbreviations.Keys)
        {
            yield return abbreviation;
        }

        foreach (var word in new[] { "dlr", "dlrs", "cts", "stg", "cents" })
        {
            yield return word;
        }

        foreach (var form in MeasureUnits.Words())
        {
            yield return form;
        }
    }

    /// <summary>A word the reader knows: a number word, a scale, or one of <see cref="WordsAfterANumber"/>.</summary>
    public static bool IsKnownWord(string word)
    {
        if (NumberWords.Units.ContainsKey(word) || NumberWords.Tens.ContainsKey(word) || NumberWords.Denominators.ContainsKey(word) || NumberWords.PluralDenominators.ContainsKey(word))
        {
            return true;
        }

        foreach (var known in WordsAfterANumber())
        {
            if (string.Equals(known, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Parses an explicit <c>value=</c>: optional '-', digits, optional '.' and decimals. <see cref="NumberReadingStatus.NoNumber"/>
    /// when it is not written that way, <see cref="NumberReadingStatus.Overflow"/> when it is too large to represent.
    /// </summary>
    public static NumberReadingStatus ParseExplicit(string value, out decimal parsed)
    {
        parsed = 0m;
        var i = value.Length > 0 && value[0] == '-' ? 1 : 0;
        var digits = i;
        while (i < value.Length && value[i] >= '0' && value[i] <= '9')
        {
            i++;
        }

        if (i == digits)
        {
            return NumberReadingStatus.NoNumber;
        }

        if (i < value.Length && value[i] == '.')
        {
            var decimals = ++i;
            while (i < value.Length && value[i] >= '0' && value[i] <= '9')
            {
                i++;
            }

            if (i == decimals)
            {
                return NumberReadingStatus.NoNumber;
            }
        }

        if (i != value.Length)
        {
            return NumberReadingStatus.NoNumber;
        }

        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out parsed)
            ? NumberReadingStatus.Read
            : NumberReadingStatus.Overflow;
    }

    /// <summary><paramref name="value"/> rounded to <see cref="SignificantDigits"/> significant digits.</summary>
    public static decimal RoundToSignificantDigits(decimal value)
    {
        if (value == 0m)
        {
            return 0m;
        }

        var magnitude = Math.Abs(value);
        var integerDigits = 0;
        for (var rest = magnitude; rest >= 1m; rest /= 10m)
        {
            integerDigits++;
        }

        var decimals = SignificantDigits - integerDigits;
        if (integerDigits == 0)
        {
            // 0.00ddd: the zeros after the point are not significant.
            for (var scaled = magnitude * 10m; scaled < 1m; scaled *= 10m)
            {
                decimals++;
            }
        }

        if (decimals >= 0)
        {
            return Math.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        }

        var unit = 1m;
        for (var k = decimals; k < 0; k++)
        {
            unit *= 10m;
        }

        return Math.Round(value / unit, MidpointRounding.AwayFromZero) * unit;
    }
}
