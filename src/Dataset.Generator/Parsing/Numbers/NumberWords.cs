using System.Collections.Generic;
using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing.Numbers;

/// <summary>
/// The words and symbols <see cref="NumberReader"/> understands, lower-cased, but for the currency names
/// (<see cref="Currencies"/>) and the units (<see cref="MeasureUnits"/>). docs/statistics.md lists the same; a word
/// in none of them is never guessed at.
/// </summary>
internal static class NumberWords
{
    /// <summary><c>zero</c> to <c>nineteen</c>.</summary>
    public static readonly Dictionary<string, int> Units = new()
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
    };

    public static readonly Dictionary<string, int> Tens = new()
    {
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    };

    /// <summary>Scale words after digits or inside number words: <c>1.5 million</c>, <c>two thousand</c>, <c>25 lakh</c>.</summary>
    public static readonly Dictionary<string, decimal> Scales = new()
    {
        ["thousand"] = 1_000m,
        ["lakh"] = 100_000m,
        ["million"] = 1_000_000m,
        ["crore"] = 10_000_000m,
        ["billion"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m,
    };

    /// <summary>Abbreviated scales, glued to the number or after a space: <c>3.5bn</c>, <c>10 bln</c>.</summary>
    public static readonly Dictionary<string, decimal> Abbreviations = new()
    {
        ["mn"] = 1_000_000m,
        ["mln"] = 1_000_000m,
        ["bn"] = 1_000_000_000m,
        ["bln"] = 1_000_000_000m,
        ["tn"] = 1_000_000_000_000m,
        ["trn"] = 1_000_000_000_000m,
    };

    /// <summary>One-letter scales, only glued to the number (<c>£3m</c>, <c>10k</c>): spaced, <c>3 m</c> may be metres.</summary>
    public static readonly Dictionary<string, decimal> GluedAbbreviations = new()
    {
        ["k"] = 1_000m,
        ["m"] = 1_000_000m,
    };

    public const decimal Dozen = 12m;

    /// <summary>Fraction denominators, singular (after <c>a</c> or <c>one</c>) and plural (after two or more).</summary>
    public static readonly Dictionary<string, int> Denominators = new()
    {
        ["half"] = 2,
        ["third"] = 3,
        ["quarter"] = 4,
        ["fourth"] = 4,
        ["fifth"] = 5,
        ["sixth"] = 6,
        ["seventh"] = 7,
        ["eighth"] = 8,
        ["ninth"] = 9,
        ["tenth"] = 10,
        ["eleventh"] = 11,
        ["twelfth"] = 12,
        ["thirteenth"] = 13,
        ["fourteenth"] = 14,
        ["fifteenth"] = 15,
        ["sixteenth"] = 16,
        ["seventeenth"] = 17,
        ["eighteenth"] = 18,
        ["nineteenth"] = 19,
        ["twentieth"] = 20,
    };

    public static readonly Dictionary<string, int> PluralDenominators = new()
    {
        ["halves"] = 2,
        ["thirds"] = 3,
        ["quarters"] = 4,
        ["fourths"] = 4,
        ["fifths"] = 5,
        ["sixths"] = 6,
        ["sevenths"] = 7,
        ["eighths"] = 8,
        ["ninths"] = 9,
        ["tenths"] = 10,
        ["elevenths"] = 11,
        ["twelfths"] = 12,
        ["thirteenths"] = 13,
        ["fourteenths"] = 14,
        ["fifteenths"] = 15,
        ["sixteenths"] = 16,
        ["seventeenths"] = 17,
        ["eighteenths"] = 18,
        ["nineteenths"] = 19,
        ["twentieths"] = 20,
    };

    /// <summary>Unicode vulgar fractions: <c>2½</c>, <c>¾</c>.</summary>
    public static readonly Dictionary<string, (int Numerator, int Denominator)> VulgarFractions = new()
    {
        ["\u00BD"] = (1, 2),
        ["\u2153"] = (1, 3),
        ["\u2154"] = (2, 3),
        ["\u00BC"] = (1, 4),
        ["\u00BE"] = (3, 4),
        ["\u2155"] = (1, 5),
        ["\u2156"] = (2, 5),
        ["\u2157"] = (3, 5),
        ["\u2158"] = (4, 5),
        ["\u2159"] = (1, 6),
        ["\u215A"] = (5, 6),
        ["\u215B"] = (1, 8),
        ["\u215C"] = (3, 8),
        ["\u215D"] = (5, 8),
        ["\u215E"] = (7, 8),
    };

    /// <summary>Words that name a vague multitude, not a figure: <c>thousands of</c>.</summary>
    public static readonly HashSet<string> Multitudes = new()
    {
        "dozens", "hundreds", "thousands", "millions", "billions", "trillions", "tens", "scores", "lakhs", "crores",
    };

    /// <summary>Suffixes that make digits an ordinal: <c>21st</c>, <c>2nd</c>, <c>3rd</c>, <c>4th</c>.</summary>
    public static readonly HashSet<string> OrdinalSuffixes = new() { "st", "nd", "rd", "th" };

    /// <summary>Ordinal words (<c>first</c>, <c>twenty-first</c>'s last part); any other word ending in "th" after a number word is one too.</summary>
    public static readonly HashSet<string> Ordinals = new() { "first", "second", "third", "fifth", "eighth", "ninth", "twelfth" };

    /// <summary>
    /// Qualifiers before the number, with the direction each gives. Longest match first, so <c>no more than</c> is
    /// <see cref="StatQualifier.AtMost"/> while <c>more than</c> is <see cref="StatQualifier.AtLeast"/>.
    /// </summary>
    public static readonly (string[] Words, StatQualifier Qualifier)[] Qualifiers =
    {
        (new[] { "no", "fewer", "than" }, StatQualifier.AtLeast),
        (new[] { "no", "less", "than" }, StatQualifier.AtLeast),
        (new[] { "not", "fewer", "than" }, StatQualifier.AtLeast),
        (new[] { "not", "less", "than" }, StatQualifier.AtLeast),
        (new[] { "no", "more", "than" }, StatQualifier.AtMost),
        (new[] { "not", "more", "than" }, StatQualifier.AtMost),
        (new[] { "a", "minimum", "of" }, StatQualifier.AtLeast),
        (new[] { "a", "maximum", "of" }, StatQualifier.AtMost),
        (new[] { "in", "excess", "of" }, StatQualifier.AtLeast),
        (new[] { "as", "many", "as" }, StatQualifier.AtMost),
        (new[] { "as", "much", "as" }, StatQualifier.AtMost),
        (new[] { "just", "shy", "of" }, StatQualifier.Nearly),
        (new[] { "more", "than" }, StatQualifier.AtLeast),
        (new[] { "greater", "than" }, StatQualifier.AtLeast),
        (new[] { "at", "least" }, StatQualifier.AtLeast),
        (new[] { "upwards", "of" }, StatQualifier.AtLeast),
        (new[] { "just", "over" }, StatQualifier.AtLeast),
        (new[] { "just", "above" }, StatQualifier.AtLeast),
        (new[] { "less", "than" }, StatQualifier.AtMost),
        (new[] { "fewer", "than" }, StatQualifier.AtMost),
        (new[] { "up", "to" }, StatQualifier.AtMost),
        (new[] { "at", "most" }, StatQualifier.AtMost),
        (new[] { "just", "under" }, StatQualifier.Nearly),
        (new[] { "just", "below" }, StatQualifier.Nearly),
        (new[] { "an", "estimated" }, StatQualifier.About),
        (new[] { "over" }, StatQualifier.AtLeast),
        (new[] { "above" }, StatQualifier.AtLeast),
        (new[] { "under" }, StatQualifier.AtMost),
        (new[] { "below" }, StatQualifier.AtMost),
        (new[] { "about" }, StatQualifier.About),
        (new[] { "around" }, StatQualifier.About),
        (new[] { "approximately" }, StatQualifier.About),
        (new[] { "roughly" }, StatQualifier.About),
        (new[] { "some" }, StatQualifier.About),
        (new[] { "estimated" }, StatQualifier.About),
        (new[] { "nearly" }, StatQualifier.Nearly),
        (new[] { "almost" }, StatQualifier.Nearly),
        (new[] { "exactly" }, StatQualifier.Exact),
        (new[] { "precisely" }, StatQualifier.Exact),
        (new[] { "just" }, StatQualifier.Exact),
        (new[] { "only" }, StatQualifier.Exact),
    };

    /// <summary>Currency symbols, before or after the number: <c>$20</c>, <c>20 €</c>.</summary>
    public static readonly Dictionary<string, string> CurrencySymbols = new()
    {
        ["$"] = "USD",
        ["\u00A3"] = "GBP",
        ["\u20AC"] = "EUR",
        ["\u00A5"] = "JPY",
        ["\u20B9"] = "INR",
        ["\u20BD"] = "RUB",
    };

    /// <summary>Letters glued before <c>$</c>: <c>US$</c>, <c>A$</c>, <c>C$</c>, <c>HK$</c>, <c>NZ$</c>, <c>S$</c>.</summary>
    public static readonly Dictionary<string, string> DollarPrefixes = new()
    {
        ["us"] = "USD",
        ["a"] = "AUD",
        ["c"] = "CAD",
        ["hk"] = "HKD",
        ["nz"] = "NZD",
        ["s"] = "SGD",
    };

    public const string Percent = "percent";

    public const string PercentagePoints = "percentage points";

    /// <summary>Percent written in words after the number (the symbol <c>%</c> is read apart). Longest match first.</summary>
    public static readonly (string[] Words, string Unit)[] PercentNames =
    {
        (new[] { "percentage", "points" }, PercentagePoints),
        (new[] { "percentage", "point" }, PercentagePoints),
        (new[] { "per", "cent" }, Percent),
        (new[] { "percent" }, Percent),
        (new[] { "pct" }, Percent),
    };

    /// <summary>The length of the longest phrase of <paramref name="phrases"/> that the words at <paramref name="start"/> spell, and its value.</summary>
    public static int Match<T>(List<NumberToken> tokens, int start, (string[] Words, T Value)[] phrases, out T value)
    {
        value = default!;
        var best = 0;
        foreach (var (words, candidate) in phrases)
        {
            if (words.Length <= best || start + words.Length > tokens.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < words.Length && matches; k++)
            {
                matches = tokens[start + k].IsWord(words[k]);
            }

            if (matches)
            {
                best = words.Length;
                value = candidate;
            }
        }

        return best;
    }
}
