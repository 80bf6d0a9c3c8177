using System.Globalization;
using System.Text;
using CsCheck;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Generator.Parsing.Numbers;

namespace Dataset.Generator.Tests;

/// <summary>
/// Property tests of <see cref="NumberReader"/> (CsCheck): random numbers rendered in every supported style read back
/// as themselves, and no text around a number is ever ignored. The number of cases and the replay seed come from the
/// same environment variables as <see cref="PropertyTests"/> (<c>DATASET_PROPERTY_ITERATIONS</c>,
/// <c>DATASET_PROPERTY_SEED</c>); each property runs twice that many cases, the reader being cheap.
/// </summary>
public sealed class NumberPropertyTests
{
    private static readonly string[] UnitWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] TensWords = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly (long Scale, string Name)[] ScaleWords = [(1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand")];

    /// <summary>Scales written after a number: (text, value, glued to the number).</summary>
    private static readonly (string Text, decimal Value, bool Glued)[] Scales =
    [
        ("thousand", 1e3m, false), ("million", 1e6m, false), ("billion", 1e9m, false), ("trillion", 1e12m, false),
        ("lakh", 1e5m, false), ("crore", 1e7m, false), ("mn", 1e6m, false), ("mln", 1e6m, false), ("bn", 1e9m, false),
        ("bln", 1e9m, false), ("tn", 1e12m, false), ("trn", 1e12m, false), ("mn", 1e6m, true), ("bn", 1e9m, true),
        ("tn", 1e12m, true), ("k", 1e3m, true), ("m", 1e6m, true), ("M", 1e6m, true), ("K", 1e3m, true),
    ];

    private static readonly (string Text, string Code)[] CurrencyPrefixes =
        [("$", "USD"), ("US$", "USD"), ("\u00A3", "GBP"), ("\u20AC", "EUR"), ("\u00A5", "JPY"), ("\u20B9", "INR"), ("A$", "AUD"), ("HK$", "HKD"), ("USD ", "USD"), ("EUR ", "EUR"), ("GBP ", "GBP")];

    private static readonly (string Text, string Code)[] CurrencySuffixes =
        [(" dollars", "USD"), (" euros", "EUR"), (" pounds sterling", "GBP"), (" stg", "GBP"), (" dlrs", "USD"), (" Canadian dlrs", "CAD"), (" Saudi riyals", "SAR"), (" SAR", "SAR"), (" yen", "JPY"), (" yuan", "CNY"), (" USD", "USD"), (" CHF", "CHF"), (" US dollars", "USD"), (" roubles", "RUB"), ("\u20AC", "EUR"), (" \u20AC", "EUR")];

    private static readonly string[] PercentSuffixes = ["%", " %", " percent", " per cent", " pct", " Percent"];

    private static readonly (string Text, string Unit)[] MeasureSuffixes =
        [(" barrels", "barrels"), (" bpd", "bpd"), (" barrels per day", "bpd"), (" tonnes", "tonnes"), (" km", "km"), (" people", "people"), (" Years", "years"), (" megawatts", "MW"), (" shares", "shares")];

    /// <summary>Rates written after a number: (text, what the rate is per).</summary>
    private static readonly (string Text, string Per)[] Rates =
        [(" a barrel", "barrel"), (" per barrel", "barrel"), (" a year", "year"), (" per annum", "year"), (" an ounce", "ounce"), (" per share", "share"), (" each share", "share"), (" A Day", "day"), (" per capita", "person"), (" a tonne", "tonne"), (" per dlr", "USD"), (" per square foot", "square foot")];

    private static readonly (string Text, Model.StatQualifier Qualifier)[] QualifierWords =
    [
        ("over ", Model.StatQualifier.AtLeast), ("more than ", Model.StatQualifier.AtLeast), ("at least ", Model.StatQualifier.AtLeast),
        ("no fewer than ", Model.StatQualifier.AtLeast), ("no less than ", Model.StatQualifier.AtLeast), ("above ", Model.StatQualifier.AtLeast),
        ("up to ", Model.StatQualifier.AtMost), ("no more than ", Model.StatQualifier.AtMost), ("under ", Model.StatQualifier.AtMost),
        ("fewer than ", Model.StatQualifier.AtMost), ("at most ", Model.StatQualifier.AtMost), ("below ", Model.StatQualifier.AtMost),
        ("about ", Model.StatQualifier.About), ("some ", Model.StatQualifier.About), ("an estimated ", Model.StatQualifier.About),
        ("nearly ", Model.StatQualifier.Nearly), ("almost ", Model.StatQualifier.Nearly), ("just under ", Model.StatQualifier.Nearly),
        ("exactly ", Model.StatQualifier.Exact), ("Over ", Model.StatQualifier.AtLeast), ("ABOUT ", Model.StatQualifier.About),
    ];

    /// <summary>
    /// Words around a number in news copy, the reader's own words (so that they meet in odd orders), and noise. No zero:
    /// a zero before a fraction is a whole part that changes nothing (<c>0 1/2</c>).
    /// </summary>
    private static readonly string[] Around =
    [
        "people", "innocent people", "civilians", "troops", "of Russians", "in favour", "killed", "years", "or more", "and counting",
        "a day", "per day", "the", "of", "in", "to", "and", "a", "an", "some", "than", "more", "less", "no", "not", "minus", "half",
        "third", "thirds", "quarter", "dozen", "dozens", "hundreds", "thousand", "million", "bn", "m", "k", "percent", "per",
        "cent", "%", "$", "\u20AC", "dollars", "euros", "USD", "between", "from", "out", "of", "every", "first", "th", "st",
        "twenty", "five", "nineteen", "hundred", "and a half", "-", "\u2013", "/", ".", ",", "(", ")", "\"", "'", "x", "Q",
        "\u00E9t\u00E9", "\u0434\u0432\u0430", "\u00BD", "7", "40", "1/2", "2nd", "1.5",
    ];

    private static int Iterations =>
        2 * (int.TryParse(Environment.GetEnvironmentVariable(PropertyTests.IterationsVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : PropertyTests.DefaultIterations);

    private static string? Seed => Environment.GetEnvironmentVariable(PropertyTests.SeedVariable) is { Length: > 0 } seed ? seed : null;

    /// <summary>
    /// A random number written in a random supported style (digits with or without separators, decimals, words, scale
    /// words and abbreviations, fractions, signs, currencies, percent, qualifiers, ranges) reads as exactly that number,
    /// with that qualifier, unit and upper bound; and its constant's type holds it exactly.
    /// </summary>
    [Fact]
    public void EveryRenderedNumberReadsBackAsItself() =>
        Run("rendered numbers", seed =>
        {
            var expected = Render(new Random(seed));
            var reading = NumberReader.Read(expected.Text);
            Assert.True(
                reading.Status == NumberReadingStatus.Read && reading.Value == expected.Value && reading.Upper == expected.Upper && reading.Qualifier == expected.Qualifier && reading.Unit == expected.Unit,
                $"seed {seed}: '{expected.Text}' should read as {expected}, but reads as {reading.Status} {reading.Value} {reading.Upper} {reading.Qualifier} {reading.Unit} ({reading.Problem})");
        });

    /// <summary>
    /// A rendered number followed by a rate (<c>a barrel</c>, <c>per annum</c>) reads as the same number, qualifier, unit
    /// and bound, per that unit; followed by <c>a</c> or <c>per</c> and a word that is no unit, it is not read.
    /// </summary>
    [Fact]
    public void EveryRenderedNumberWithARateReadsBackPerItsUnit() =>
        Run("rates", seed =>
        {
            var random = new Random(seed);
            var expected = Render(random);
            var (rate, per) = Rates[random.Next(Rates.Length)];
            if (expected.Text.EndsWith("half", StringComparison.OrdinalIgnoreCase) && rate.StartsWith(" a", StringComparison.Ordinal))
            {
                // "half a year" is an amount, not half per year.
                return;
            }

            if (expected.Unit == "barrels" && per == "day")
            {
                // "barrels a day" is the unit bpd.
                return;
            }

            var reading = NumberReader.Read(expected.Text + rate);
            Assert.True(
                reading.Status == NumberReadingStatus.Read && reading.Value == expected.Value && reading.Upper == expected.Upper && reading.Qualifier == expected.Qualifier && reading.Unit == expected.Unit && reading.Per == per,
                $"seed {seed}: '{expected.Text}{rate}' should read as {expected} per {per}, but reads as {reading.Status} {reading.Value} {reading.Upper} {reading.Qualifier} {reading.Unit} per {reading.Per} ({reading.Problem})");

            var unknown = NumberReader.Read(expected.Text + (random.Next(2) == 0 ? " a " : " per ") + "gizmo");
            Assert.Equal(NumberReadingStatus.NoNumber, unknown.Status);
        });

    /// <summary>
    /// Text after a number or before it is never ignored: the reading of <c>number + text</c> (or <c>text + number</c>)
    /// either fails or differs from the number's own (in value, bound, qualifier or unit), so the text was read.
    /// </summary>
    [Fact]
    public void TextAroundANumberIsNeverIgnored() =>
        Run("text around numbers", seed =>
        {
            var random = new Random(seed);
            var number = Render(random);
            if (number.Value == 0m)
            {
                return;
            }

            var text = Noise(random);
            var after = random.Next(3) != 0;
            var separator = random.Next(4) == 0 ? string.Empty : " ";
            var whole = after ? number.Text + separator + text : text + separator + number.Text;
            if (separator.Length == 0 && char.IsDigit(after ? number.Text[^1] : text[^1]) && char.IsDigit(after ? text[0] : number.Text[0]))
            {
                // Digits glued to digits are one longer number (46.125 and 0 make 46.1250), not text around it.
                return;
            }

            var reading = NumberReader.Read(whole);
            var ignored = reading.Status == NumberReadingStatus.Read
                && reading.Value == number.Value && reading.Upper == number.Upper && reading.Qualifier == number.Qualifier && reading.Unit == number.Unit
                && reading.Per is null;

            // "exactly", "just", "only" and "precisely" say Exact, which a bare number is too; "from" may open "20 to 30";
            // an opening quotation mark or bracket is not part of the number.
            var before = after ? null : text.Trim(' ', '"', '\'', '(', '[').ToLowerInvariant();
            var sameMeaning = before is "exactly" or "just" or "only" or "precisely" || (before == "from" && number.Upper is not null);
            Assert.False(ignored && !sameMeaning, $"seed {seed}: '{whole}' reads as '{number.Text}' alone: {reading.Value} {reading.Qualifier} {reading.Unit}");
        });

    private static void Run(string name, Action<int> check)
    {
        var count = 0L;
        var iterations = Iterations;
        Gen.Int.Sample(
            seed =>
            {
                check(seed);
                Interlocked.Increment(ref count);
            },
            iter: iterations,
            seed: Seed,
            print: seed => $"case seed {seed}");
        TestContext.Current.TestOutputHelper?.WriteLine($"Property '{name}': {count:N0} cases passed.");
        Assert.Equal(iterations, count);
    }

    /// <summary>One to three pieces of <see cref="Around"/> or random letters and symbols, with at least one letter or digit.</summary>
    private static string Noise(Random random)
    {
        var builder = new StringBuilder();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            if (builder.Length > 0)
            {
                builder.Append(random.Next(5) == 0 ? "-" : " ");
            }

            if (random.Next(3) == 0)
            {
                const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u00E9\u00DF\u0416-.,'%$/";
                for (var k = random.Next(1, 8); k > 0; k--)
                {
                    builder.Append(letters[random.Next(letters.Length)]);
                }
            }
            else
            {
                builder.Append(Around[random.Next(Around.Length)]);
            }
        }

        var text = builder.ToString();
        return text.Any(char.IsLetterOrDigit) ? text : text + "x";
    }

    internal sealed record Expected(string Text, decimal Value, decimal? Upper, Model.StatQualifier Qualifier, string? Unit);

    internal static Expected Render(Random random)
    {
        if (random.Next(8) == 0)
        {
            return Range(random);
        }

        var (text, value, isWords, digitsFirst) = random.Next(6) switch
        {
            0 => Whole(random),
            1 => Decimal(random),
            2 => Scaled(random),
            3 => Fraction(random),
            _ => WholeInWords(random),
        };

        string? unit = null;
        var negative = value != 0m && random.Next(5) == 0;
        var glyph = random.Next(2) == 0 ? "-" : "\u2212";
        var word = random.Next(2) == 0 ? "minus " : "negative ";
        var decoration = random.Next(5);
        if (decoration == 0 && text.Length > 1 && text[^1] is 'k' or 'K' or 'm' or 'M' && char.IsDigit(text[^2]))
        {
            // A glued k or m is a scale only with a currency or a unit: alone, 1.8m may be metres.
            decoration = 1 + random.Next(4);
        }

        if (decoration == 1)
        {
            var (prefix, code) = CurrencyPrefixes[random.Next(CurrencyPrefixes.Length)];
            unit = code;
            if (!negative)
            {
                text = prefix + text;
            }
            else if (prefix.EndsWith(' ') || !digitsFirst || random.Next(3) == 0)
            {
                // A glued sign goes before digits or a currency symbol, never before a code or words: "minus USD 20".
                text = word + prefix + text;
            }
            else
            {
                text = random.Next(2) == 0 ? glyph + prefix + text : prefix + glyph + text;
            }
        }
        else
        {
            if (decoration == 2)
            {
                var (suffix, code) = CurrencySuffixes[random.Next(CurrencySuffixes.Length)];
                text += suffix;
                unit = code;
            }
            else if (decoration == 3)
            {
                text += PercentSuffixes[random.Next(PercentSuffixes.Length)];
                unit = "percent";
            }
            else if (decoration == 4)
            {
                var (suffix, measure) = MeasureSuffixes[random.Next(MeasureSuffixes.Length)];
                text += suffix;
                unit = measure;
            }

            if (negative)
            {
                text = (isWords || !digitsFirst || random.Next(2) == 0 ? word : glyph) + text;
            }
        }

        value = negative ? -value : value;

        var qualifier = Model.StatQualifier.Exact;
        if (random.Next(3) == 0)
        {
            var (words, named) = QualifierWords[random.Next(QualifierWords.Length)];
            text = words + text;
            qualifier = named;
        }

        return new Expected(text, value, null, qualifier, unit);
    }

    private static Expected Range(Random random)
    {
        var low = random.Next(0, 10_000);
        var high = low + random.Next(1, 10_000);
        string Digits(int n) => random.Next(2) == 0 ? n.ToString("N0", CultureInfo.InvariantCulture) : n.ToString(CultureInfo.InvariantCulture);
        var percent = random.Next(3) == 0;
        var unit = percent ? "%" : string.Empty;
        var text = random.Next(5) switch
        {
            0 => $"between {Digits(low)} and {Digits(high)}{unit}",
            1 => $"between {Words(low % 50, random)} and {Words(50 + (high % 50), random)}{(percent ? " per cent" : string.Empty)}",
            2 => $"{Digits(low)}{(random.Next(2) == 0 ? "-" : "\u2013")}{Digits(high)}{unit}",
            3 => $"from {Digits(low)} to {Digits(high)}{unit}",
            _ => $"{Digits(low)}{unit} to {Digits(high)}{unit}",
        };
        return text.StartsWith("between", StringComparison.Ordinal) && !char.IsDigit(text[8])
            ? new Expected(text, low % 50, 50 + (high % 50), Model.StatQualifier.Range, percent ? "percent" : null)
            : new Expected(text, low, high, Model.StatQualifier.Range, percent ? "percent" : null);
    }

    private static long Magnitude(Random random) => random.NextInt64(0, (long)Math.Pow(10, random.Next(1, 16)));

    private static (string, decimal, bool, bool) Whole(Random random)
    {
        var n = Magnitude(random);
        var text = random.Next(3) switch
        {
            0 => n.ToString(CultureInfo.InvariantCulture),
            1 => n.ToString("N0", CultureInfo.InvariantCulture),
            _ => n.ToString("N0", CultureInfo.InvariantCulture).Replace(",", new[] { " ", "\u00A0", "\u202F" }[random.Next(3)], StringComparison.Ordinal),
        };
        return (text, n, false, true);
    }

    private static (string, decimal, bool, bool) Decimal(Random random)
    {
        var value = Magnitude(random) / 1000m + (random.Next(1, 1000) / 1000m);
        value = Math.Round(value, random.Next(1, 4));
        if (decimal.Truncate(value) == value)
        {
            value += 0.5m;
        }

        var text = random.Next(2) == 0 ? value.ToString("#,##0.###", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
        if (text.StartsWith("0.", StringComparison.Ordinal) && random.Next(2) == 0)
        {
            text = text.Substring(1);
        }

        return (text, decimal.Parse(text.StartsWith('.') ? "0" + text : text, NumberStyles.Number, CultureInfo.InvariantCulture), false, true);
    }

    private static (string, decimal, bool, bool) Scaled(Random random)
    {
        var mantissa = random.Next(1, 1000) + (random.Next(2) == 0 ? 0m : random.Next(1, 10) / 10m);
        var (scale, value, glued) = Scales[random.Next(Scales.Length)];
        if (random.Next(3) == 0 && mantissa == decimal.Truncate(mantissa) && mantissa < 1000m && !glued)
        {
            return (Words((long)mantissa, random) + " " + scale, mantissa * value, true, false);
        }

        var digits = mantissa.ToString(CultureInfo.InvariantCulture);
        return (digits + (glued ? string.Empty : " ") + scale, mantissa * value, false, true);
    }

    private static (string, decimal, bool, bool) Fraction(Random random)
    {
        var denominator = random.Next(2, 17);
        var numerator = random.Next(1, denominator);
        var whole = random.Next(3) == 0 ? 0 : random.Next(1, 100);
        // 15 significant digits, the midpoint away from zero (a double's G15 may round 9.545454545454545 down).
        var expected = NumberReader.RoundToSignificantDigits((whole * denominator + numerator) / (decimal)denominator);
        string[] names = ["", "", "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"];
        var inWords = numerator == 1
            ? (denominator is 8 or 11 ? "an" : random.Next(2) == 0 ? "a" : "one") + " " + names[denominator]
            : UnitWords[numerator] + (random.Next(2) == 0 ? "-" : " ") + (denominator == 2 ? "halves" : names[denominator] + "s");
        var mixed = random.Next(2) == 0 ? " " : "-";
        return random.Next(3) switch
        {
            0 => ((whole == 0 ? string.Empty : whole.ToString(CultureInfo.InvariantCulture) + mixed) + $"{numerator}/{denominator}", expected, false, true),
            1 => (whole == 0 ? inWords : Words(whole, random) + " and " + inWords, expected, true, false),
            _ => (whole == 0 ? inWords : whole.ToString(CultureInfo.InvariantCulture) + " and " + inWords, expected, whole == 0, whole != 0),
        };
    }

    private static (string, decimal, bool, bool) WholeInWords(Random random)
    {
        var n = Magnitude(random);
        var text = Words(n, random);
        if (random.Next(4) == 0)
        {
            text = char.ToUpperInvariant(text[0]) + text.Substring(1);
        }

        return (text, n, true, false);
    }

    /// <summary>English words for <paramref name="n"/> (below 10^15), in a random one of the styles docs/statistics.md lists.</summary>
    internal static string Words(long n, Random random)
    {
        if (n == 0)
        {
            return "zero";
        }

        if (n is >= 1_100 and <= 9_999 && n % 1000 >= 100 && random.Next(3) == 0)
        {
            // twenty-five hundred and six
            var rest = n % 100;
            return Under100((int)(n / 100), random) + " hundred" + (rest == 0 ? string.Empty : (random.Next(2) == 0 ? " and " : " ") + Under100((int)rest, random));
        }

        var parts = new List<string>();
        var first = true;
        foreach (var (scale, name) in ScaleWords)
        {
            var group = (int)(n / scale % 1000);
            if (group > 0)
            {
                parts.Add(Group(group, first && random.Next(3) == 0, random) + " " + name);
                first = false;
            }
        }

        var last = (int)(n % 1000);
        if (last > 0)
        {
            parts.Add((!first && last < 100 && random.Next(2) == 0 ? "and " : string.Empty) + Group(last, false, random));
        }

        return string.Join(" ", parts);
    }

    /// <summary>1 to 999; <paramref name="a"/> writes a leading one as "a" (before hundred, or before a scale the caller adds).</summary>
    private static string Group(int group, bool a, Random random)
    {
        var hundreds = group / 100;
        var rest = group % 100;
        if (hundreds == 0)
        {
            return a && rest == 1 ? "a" : Under100(rest, random);
        }

        var text = (a && hundreds == 1 ? "a" : UnitWords[hundreds]) + " hundred";
        return rest == 0 ? text : text + (random.Next(2) == 0 ? " and " : " ") + Under100(rest, random);
    }

    private static string Under100(int n, Random random) =>
        n < 20 ? UnitWords[n] : TensWords[n / 10] + (n % 10 == 0 ? string.Empty : (random.Next(2) == 0 ? "-" : " ") + UnitWords[n % 10]);
}
