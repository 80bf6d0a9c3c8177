using System;
using System.Collections.Generic;
using System.Globalization;
using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing.Numbers;

/// <summary>
/// Reads the number a statistic's text states, or says which part of the text it cannot read. The whole text must be
/// accounted for: an optional qualifier, one number (or a range of two), an optional scale and an optional unit or
/// currency, nothing else (the grammar is in docs/statistics.md; the words are in <see cref="NumberWords"/>).
/// One pass over the tokens with a lookahead of at most four tokens: linear, no backtracking.
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
    public static NumberReading Read(string text, string? declaredUnit = null)
    {
        var tokens = NumberTokenizer.Tokenize(text, out _, out var end);
        return new Grammar(text, tokens, end, declaredUnit).ReadStatistic();
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

    /// <summary>One number of the text: the lower or upper bound of a range, or the only one.</summary>
    private struct Amount
    {
        public int First;
        public decimal Numerator;
        public decimal Denominator;
        public decimal Scale;
        public string? Currency;
        public string? Unit;
        public bool FromDigits;
        public bool IsFraction;
        public bool IsBareHalf;
        public bool IsRatio;
        public bool UsedScale;
        public bool UsedHundred;
        public bool NeedsScale;

        public readonly decimal Value => Denominator == 1m ? Numerator : RoundToSignificantDigits(Numerator / Denominator);
    }

    private enum WordState
    {
        Start,
        AfterA,
        AfterUnit,
        AfterTens,
        AfterHundred,
        AfterScale,
        AfterAnd,
    }

    /// <summary>The reading of one text: the tokens, where the reader is, and what went wrong.</summary>
    private sealed class Grammar
    {
        private const string Advice = "leave words that are not part of the number outside the brackets, or name the unit with unit=";

        private readonly string _text;
        private readonly List<NumberToken> _tokens;
        private readonly int _end;
        private readonly string? _declaredUnit;
        private int _p;
        private string? _problem;
        private bool _overflow;

        public Grammar(string text, List<NumberToken> tokens, int end, string? declaredUnit)
        {
            _text = text;
            _tokens = tokens;
            _end = end;
            _declaredUnit = declaredUnit is null ? null : declaredUnit.Trim();
        }

        private int Count => _tokens.Count;

        public NumberReading ReadStatistic()
        {
            if (Count == 0)
            {
                return NumberReading.Failed(NumberReadingStatus.NoNumber, "it holds no number");
            }

            try
            {
                return Read();
            }
            catch (OverflowException)
            {
                return NumberReading.Failed(NumberReadingStatus.Overflow, "the number is too large");
            }
        }

        private NumberReading Read()
        {
            var qualifierLength = NumberWords.Match(_tokens, 0, NumberWords.Qualifiers, out var qualifier);
            _p = qualifierLength;
            if (qualifierLength > 0 && _p == Count)
            {
                return Failure($"no number follows '{Span(0, qualifierLength)}'");
            }

            Amount lower;
            Amount upper;
            if (Word(_p) is "between" or "from")
            {
                var opener = Word(_p)!;
                var joiner = opener == "between" ? "and" : "to";
                if (qualifierLength > 0)
                {
                    return Failure($"'{Span(0, qualifierLength)}' cannot qualify a range");
                }

                _p++;
                if (!ReadAmount(out lower))
                {
                    return Failure();
                }

                if (Word(_p) != joiner)
                {
                    return Failure($"'{opener}' needs '{joiner}' and a second number, as in '{opener} 20 {joiner} 30'");
                }

                _p++;
                if (!ReadAmount(out upper))
                {
                    return Failure();
                }

                return Range(lower, upper);
            }

            if (!ReadAmount(out lower))
            {
                return Failure();
            }

            if (_p < Count && IsRangeSeparator(_tokens[_p], lower))
            {
                if (qualifierLength > 0)
                {
                    return Failure($"'{Span(0, qualifierLength)}' cannot qualify a range");
                }

                var separator = _tokens[_p];
                _p++;
                if (!ReadAmount(out upper))
                {
                    return Failure();
                }

                if (separator.Kind == NumberTokenKind.Symbol && !upper.FromDigits)
                {
                    return Failure($"a range written with '{separator.Text}' takes digits on both sides, as in '20-30'");
                }

                return Range(lower, upper);
            }

            if (_p < Count)
            {
                return Failure(Trailing(lower.First));
            }

            var unit = lower.Unit ?? lower.Currency;
            return new NumberReading(NumberReadingStatus.Read, lower.Value, null, qualifier, unit, null);
        }

        /// <summary>Two bounds: one currency, one unit, the upper bound's scale for a lower bound without one (<c>1.5 to 2 million</c>).</summary>
        private NumberReading Range(Amount lower, Amount upper)
        {
            if (_p < Count)
            {
                return Failure(Trailing(upper.First));
            }

            if (lower.IsRatio || upper.IsRatio)
            {
                return Failure("a ratio such as 'one in five' cannot be a bound of a range");
            }

            if (lower.Currency is not null && upper.Currency is not null && lower.Currency != upper.Currency)
            {
                return Failure("the bounds of the range are in different currencies");
            }

            if (lower.Unit is not null && upper.Unit is not null && lower.Unit != upper.Unit)
            {
                return Failure("the bounds of the range have different units");
            }

            var currency = lower.Currency ?? upper.Currency;
            var unit = lower.Unit ?? upper.Unit;
            if (currency is not null && unit is not null)
            {
                return Failure($"a sum of money cannot be in {unit}");
            }

            if (!lower.UsedScale && upper.Scale != 1m)
            {
                lower.Numerator = checked(lower.Numerator * upper.Scale);
            }

            var low = lower.Value;
            var high = upper.Value;
            if (low >= high)
            {
                return Failure($"the range '{Span(lower.First, Count)}' does not go from a lower to a higher number");
            }

            return new NumberReading(NumberReadingStatus.Read, low, high, StatQualifier.Range, unit ?? currency, null);
        }

        private static bool IsRangeSeparator(NumberToken token, Amount lower) =>
            token.IsWord("to")
            || (lower.FromDigits && (token.IsSymbol('-') || token.IsSymbol('\u2013') || token.IsSymbol('\u2014')));

        /// <summary>An optional sign and currency (either order), a number, then a scale and a unit, or a ratio.</summary>
        private bool ReadAmount(out Amount amount)
        {
            amount = default;
            amount.First = _p;
            amount.Denominator = 1m;
            amount.Scale = 1m;
            var negative = false;
            var signed = false;
            for (var k = 0; k < 2; k++)
            {
                if (!signed && ReadSign(ref negative))
                {
                    signed = true;
                }
                else if (amount.Currency is null && ReadCurrencyPrefix(out var currency))
                {
                    amount.Currency = currency;
                }
                else
                {
                    break;
                }
            }

            if (!ReadNumber(ref amount))
            {
                return false;
            }

            if (Word(_p) == "in" || (Word(_p) == "out" && Word(_p + 1) == "of"))
            {
                if (signed || amount.Currency is not null)
                {
                    return Fail($"'{Span(amount.First, _p + 1)}' cannot start a ratio");
                }

                if (!ReadRatio(ref amount))
                {
                    return false;
                }
            }
            else if (!ReadScale(ref amount) || !ReadUnit(ref amount))
            {
                return false;
            }

            if (negative)
            {
                amount.Numerator = -amount.Numerator;
            }

            return true;
        }

        /// <summary><c>-3</c>, <c>−3</c> (U+2212), <c>+3</c> glued to what follows; <c>minus 3</c>, <c>negative 3</c>.</summary>
        private bool ReadSign(ref bool negative)
        {
            if (_p >= Count)
            {
                return false;
            }

            var token = _tokens[_p];
            if (token.IsWord("minus") || token.IsWord("negative"))
            {
                negative = true;
                _p++;
                return true;
            }

            if ((token.IsSymbol('-') || token.IsSymbol('\u2212') || token.IsSymbol('+')) && _p + 1 < Count && _tokens[_p + 1].Glued
                && (_tokens[_p + 1].Kind == NumberTokenKind.Digits || NumberWords.CurrencySymbols.ContainsKey(_tokens[_p + 1].Text) || IsDollarPrefix(_p + 1)))
            {
                negative = !token.IsSymbol('+');
                _p++;
                return true;
            }

            return false;
        }

        /// <summary><c>$</c>, <c>£</c>, <c>€</c>, ...; <c>US$</c>, <c>HK$</c>, ...; an ISO code before the number (<c>USD 20</c>).</summary>
        private bool ReadCurrencyPrefix(out string? currency)
        {
            currency = null;
            if (_p >= Count)
            {
                return false;
            }

            var token = _tokens[_p];
            if (token.Kind == NumberTokenKind.Symbol && NumberWords.CurrencySymbols.TryGetValue(token.Text, out currency))
            {
                _p++;
                return true;
            }

            if (IsDollarPrefix(_p) && NumberWords.DollarPrefixes.TryGetValue(token.Text, out currency))
            {
                _p += 2;
                return true;
            }

            if (token.Kind == NumberTokenKind.Word && NumberWords.CurrencyCodes.TryGetValue(token.Text, out currency))
            {
                _p++;
                return true;
            }

            return false;
        }

        /// <summary><c>US$</c>, <c>HK$</c>, ...: letters glued to a dollar sign.</summary>
        private bool IsDollarPrefix(int i) =>
            i + 1 < Count && _tokens[i].Kind == NumberTokenKind.Word && NumberWords.DollarPrefixes.ContainsKey(_tokens[i].Text)
            && _tokens[i + 1].Glued && _tokens[i + 1].IsSymbol('$');

        /// <summary>Digits (<c>40,000</c>, <c>.5</c>), a fraction (<c>1/4</c>, <c>2 1/2</c>, <c>2½</c>), or number words.</summary>
        private bool ReadNumber(ref Amount amount)
        {
            if (_p >= Count)
            {
                return Fail($"no number follows '{Span(0, Count)}'");
            }

            var token = _tokens[_p];
            if (token.Kind == NumberTokenKind.Digits)
            {
                if (token.Problem == NumberDigitsProblem.TooLarge)
                {
                    _overflow = true;
                    return false;
                }

                if (token.Problem == NumberDigitsProblem.TooPrecise)
                {
                    return Fail($"'{token.Text}' has more digits than can be kept exactly");
                }

                _p++;
                amount.FromDigits = true;
                amount.Numerator = token.Value;
                if (!token.IsInteger)
                {
                    return true;
                }

                if (_p < Count && _tokens[_p].Glued && _tokens[_p].Kind == NumberTokenKind.Word && NumberWords.OrdinalSuffixes.Contains(_tokens[_p].Text))
                {
                    return Fail($"'{Span(_p - 1, _p + 1)}' is an ordinal, not a quantity");
                }

                if (IsGluedFractionBar(_p))
                {
                    // 1/4
                    return SetFraction(ref amount, 0m, token.Value, _tokens[_p + 1].Value, _p + 2);
                }

                if (_p < Count && _tokens[_p].Glued && NumberWords.VulgarFractions.TryGetValue(_tokens[_p].Text, out var glued))
                {
                    // 2½
                    return SetFraction(ref amount, token.Value, glued.Numerator, glued.Denominator, _p + 1);
                }

                if (_p < Count && !_tokens[_p].Glued && _tokens[_p].Kind == NumberTokenKind.Digits && _tokens[_p].IsInteger && IsGluedFractionBar(_p + 1))
                {
                    // 2 1/2: a proper fraction after the whole number.
                    var numerator = _tokens[_p].Value;
                    var denominator = _tokens[_p + 2].Value;
                    if (numerator >= denominator)
                    {
                        return Fail($"'{Span(_p - 1, _p + 3)}' is not a whole number and a fraction below one");
                    }

                    return SetFraction(ref amount, token.Value, numerator, denominator, _p + 3);
                }

                ReadAndFraction(ref amount);
                return true;
            }

            if (NumberWords.VulgarFractions.TryGetValue(token.Text, out var vulgar) && token.Kind == NumberTokenKind.Symbol)
            {
                amount.FromDigits = true;
                return SetFraction(ref amount, 0m, vulgar.Numerator, vulgar.Denominator, _p + 1);
            }

            if (token.Kind == NumberTokenKind.Word)
            {
                return ReadWords(ref amount);
            }

            return Fail($"'{Span(_p, _p + 1)}' is not a number");
        }

        private bool IsGluedFractionBar(int i) =>
            i + 1 < Count && _tokens[i].Glued && _tokens[i].IsSymbol('/') && _tokens[i + 1].Glued
            && _tokens[i + 1].Kind == NumberTokenKind.Digits && _tokens[i + 1].IsInteger && _tokens[i + 1].Problem == NumberDigitsProblem.None;

        private bool SetFraction(ref Amount amount, decimal whole, decimal numerator, decimal denominator, int next)
        {
            if (denominator == 0m)
            {
                return Fail($"'{Span(amount.First, next)}' divides by zero");
            }

            amount.Numerator = checked((whole * denominator) + numerator);
            amount.Denominator = denominator;
            amount.IsFraction = whole == 0m;
            _p = next;
            return true;
        }

        /// <summary>Number words: <c>half</c>, a fraction (<c>a third</c>, <c>two-thirds</c>), or a cardinal and an optional <c>and a half</c>.</summary>
        private bool ReadWords(ref Amount amount)
        {
            var word = _tokens[_p].Text;
            if (word == "half")
            {
                amount.IsBareHalf = true;
                return SetFraction(ref amount, 0m, 1m, 2m, _p + 1);
            }

            if (ReadFractionAt(_p, out var numerator, out var denominator, out var next))
            {
                return SetFraction(ref amount, 0m, numerator, denominator, next);
            }

            if (NumberWords.Multitudes.Contains(word))
            {
                return Fail($"'{Span(_p, _p + 1)}' is not a figure");
            }

            if (IsOrdinal(word))
            {
                return Fail($"'{Span(_p, _p + 1)}' is an ordinal, not a quantity");
            }

            if (!ReadCardinal(ref amount))
            {
                return false;
            }

            ReadAndFraction(ref amount);
            return true;
        }

        /// <summary>
        /// A cardinal in words: <c>sixty-nine</c>, <c>one hundred and twelve</c>, <c>a hundred and fifty</c>,
        /// <c>two thousand and fifteen</c>, <c>twenty-five hundred</c>, <c>two thousand million</c>. Words that cannot
        /// follow each other in a cardinal (<c>nineteen eighty</c>, <c>one fifty</c>) end it, and the rest is then unread.
        /// </summary>
        private bool ReadCardinal(ref Amount amount)
        {
            var total = 0m;
            var group = 0m;
            var lastScale = 0m;
            var hundredInGroup = false;
            var state = WordState.Start;
            while (_p < Count)
            {
                var token = _tokens[_p];
                if (token.IsSymbol('-'))
                {
                    // sixty-nine
                    if (state == WordState.AfterTens && token.Glued && _p + 1 < Count && _tokens[_p + 1].Glued && UnitWord(_p + 1) is >= 1 and <= 9)
                    {
                        _p++;
                        continue;
                    }

                    break;
                }

                if (token.Kind != NumberTokenKind.Word)
                {
                    break;
                }

                var word = token.Text;
                if (state == WordState.Start && word == "a")
                {
                    group = 1m;
                    state = WordState.AfterA;
                }
                else if (NumberWords.Units.TryGetValue(word, out var unit))
                {
                    if (state == WordState.AfterTens && unit is >= 1 and <= 9)
                    {
                        group += unit;
                    }
                    else if (state == WordState.Start || (unit > 0 && state is WordState.AfterHundred or WordState.AfterScale or WordState.AfterAnd))
                    {
                        group += unit;
                    }
                    else
                    {
                        break;
                    }

                    state = WordState.AfterUnit;
                }
                else if (NumberWords.Tens.TryGetValue(word, out var tens) && state is WordState.Start or WordState.AfterHundred or WordState.AfterScale or WordState.AfterAnd)
                {
                    group += tens;
                    state = WordState.AfterTens;
                }
                else if (word == "hundred" && state is WordState.AfterA or WordState.AfterUnit or WordState.AfterTens && !hundredInGroup && group is >= 1m and <= 99m)
                {
                    group *= 100m;
                    hundredInGroup = true;
                    amount.UsedHundred = true;
                    state = WordState.AfterHundred;
                }
                else if (NumberWords.Scales.TryGetValue(word, out var scale)
                    && state is WordState.AfterA or WordState.AfterUnit or WordState.AfterTens or WordState.AfterHundred
                    && group > 0m && (lastScale == 0m || scale < lastScale))
                {
                    total = checked(total + (group * scale));
                    group = 0m;
                    lastScale = scale;
                    hundredInGroup = false;
                    amount.UsedScale = true;
                    state = WordState.AfterScale;
                }
                else if (NumberWords.Scales.TryGetValue(word, out scale) && state == WordState.AfterScale && scale > lastScale)
                {
                    // A larger scale right after a scale multiplies the whole: "two thousand million" is 2,000,000,000.
                    total = checked(total * scale);
                    lastScale = scale;
                }
                else if (word == "and" && state is WordState.AfterHundred or WordState.AfterScale && SubHundredFollows(_p + 1, lastScale))
                {
                    state = WordState.AfterAnd;
                }
                else
                {
                    break;
                }

                _p++;
            }

            if (state == WordState.Start)
            {
                return Fail($"'{Span(_p, _p + 1)}' is not a number");
            }

            amount.NeedsScale = state == WordState.AfterA;
            amount.Numerator = checked(total + group);
            if (group == 0m && lastScale > 0m)
            {
                // "ten thousand" ends in its scale, which a bare lower bound shares: "five to ten thousand".
                amount.Scale = lastScale;
            }

            return true;
        }

        /// <summary>
        /// After <c>and</c>: a number below a hundred that could continue the cardinal, that is, not followed by
        /// <c>hundred</c> nor by a scale as large as the last one (<c>one hundred and twelve</c>, <c>one hundred and five
        /// thousand</c>; but <c>between one hundred and two hundred</c> and <c>between two thousand and three thousand</c>
        /// are ranges).
        /// </summary>
        private bool SubHundredFollows(int i, decimal lastScale)
        {
            if (Word(i) is not { } word)
            {
                return false;
            }

            if (NumberWords.Tens.ContainsKey(word))
            {
                i++;
                if (i + 1 < Count && _tokens[i].IsSymbol('-') && _tokens[i].Glued && _tokens[i + 1].Glued && UnitWord(i + 1) is >= 1 and <= 9)
                {
                    i += 2;
                }
                else if (UnitWord(i) is >= 1 and <= 9)
                {
                    i++;
                }
            }
            else if (NumberWords.Units.TryGetValue(word, out var unit) && unit >= 1)
            {
                i++;
            }
            else
            {
                return false;
            }

            return Word(i) is not { } after
                || (after != "hundred" && !(lastScale > 0m && NumberWords.Scales.TryGetValue(after, out var scale) && scale >= lastScale));
        }

        /// <summary>
        /// A fraction in words at <paramref name="i"/>: <c>a</c>/<c>an</c>/<c>one</c> and a singular denominator
        /// (<c>a half</c>, <c>one third</c>, <c>an eighth</c>), or two to nine and a plural one (<c>two-thirds</c>,
        /// <c>three quarters</c>).
        /// </summary>
        private bool ReadFractionAt(int i, out decimal numerator, out decimal denominator, out int next)
        {
            numerator = 0m;
            denominator = 0m;
            next = i;
            var word = Word(i);
            if (word is null)
            {
                return false;
            }

            var singular = word is "a" or "an" or "one";
            if (!singular && UnitWord(i) is not (>= 2 and <= 9))
            {
                return false;
            }

            var d = i + 1;
            if (d + 1 < Count && _tokens[d].IsSymbol('-') && _tokens[d].Glued && _tokens[d + 1].Glued)
            {
                d++;
            }

            if (Word(d) is not { } name)
            {
                return false;
            }

            int value;
            if (singular ? !NumberWords.Denominators.TryGetValue(name, out value) : !NumberWords.PluralDenominators.TryGetValue(name, out value))
            {
                return false;
            }

            numerator = singular ? 1m : UnitWord(i)!.Value;
            denominator = value;
            next = d + 1;
            return true;
        }

        /// <summary><c>two and a half</c>, <c>1 and three quarters</c>: a whole number, <c>and</c>, a fraction.</summary>
        private void ReadAndFraction(ref Amount amount)
        {
            if (amount.Denominator != 1m || amount.NeedsScale || amount.UsedScale || decimal.Truncate(amount.Numerator) != amount.Numerator
                || Word(_p) != "and" || !ReadFractionAt(_p + 1, out var numerator, out var denominator, out var next))
            {
                return;
            }

            amount.Numerator = checked((amount.Numerator * denominator) + numerator);
            amount.Denominator = denominator;
            _p = next;
        }

        /// <summary>
        /// A scale after the number: <c>hundred</c> after digits (<c>5 hundred</c>), then <c>thousand</c>, <c>million</c>,
        /// <c>billion</c>, <c>trillion</c>, <c>lakh</c>, <c>crore</c>, <c>dozen</c> or an abbreviation (<c>bn</c>,
        /// <c>mln</c>, glued <c>m</c> and <c>k</c>); after a fraction, through <c>of a</c> (<c>half a million</c>,
        /// <c>two-thirds of a billion</c>).
        /// </summary>
        private bool ReadScale(ref Amount amount)
        {
            if (amount.UsedScale)
            {
                return true;
            }

            var i = _p;
            if (amount.IsFraction && Word(i) == "of" && Word(i + 1) == "a")
            {
                i += 2;
            }
            else if (amount.IsBareHalf && Word(i) == "a")
            {
                i++;
            }

            var scale = 1m;
            if (amount.FromDigits && !amount.UsedHundred && amount.Denominator == 1m && amount.Numerator is >= 1m and <= 99m
                && decimal.Truncate(amount.Numerator) == amount.Numerator && Word(i) == "hundred")
            {
                scale = 100m;
                i++;
            }

            if (i < Count && _tokens[i].Kind == NumberTokenKind.Word)
            {
                var token = _tokens[i];
                if (NumberWords.Scales.TryGetValue(token.Text, out var big)
                    || NumberWords.Abbreviations.TryGetValue(token.Text, out big)
                    || (token.Glued && NumberWords.GluedAbbreviations.TryGetValue(token.Text, out big)))
                {
                    scale *= big;
                    i++;
                }
                else if (token.Text == "dozen" && scale == 1m)
                {
                    scale = NumberWords.Dozen;
                    i++;
                }
            }

            if (scale == 1m)
            {
                return !amount.NeedsScale || Fail($"'{Span(amount.First, Math.Min(_p + 1, Count))}' is not a number");
            }

            amount.Scale = scale;
            amount.Numerator = checked(amount.Numerator * scale);
            amount.UsedScale = true;
            _p = i;
            return true;
        }

        /// <summary>
        /// A unit after the number: <c>%</c>, <c>percent</c>, <c>per cent</c>, <c>pct</c>, <c>percentage points</c>; a
        /// currency (symbol, ISO code or name); or the declared <c>unit=</c> ending the text.
        /// </summary>
        private bool ReadUnit(ref Amount amount)
        {
            if (_p >= Count)
            {
                return true;
            }

            var token = _tokens[_p];
            string? currency = null;
            int length;
            if (token.IsSymbol('%'))
            {
                amount.Unit = NumberWords.Percent;
                _p++;
            }
            else if ((length = NumberWords.Match(_tokens, _p, NumberWords.PercentNames, out var percent)) > 0)
            {
                amount.Unit = percent;
                _p += length;
            }
            else if (token.Kind == NumberTokenKind.Symbol && NumberWords.CurrencySymbols.TryGetValue(token.Text, out currency))
            {
                _p++;
            }
            else if (token.Kind == NumberTokenKind.Word && NumberWords.CurrencyCodes.TryGetValue(token.Text, out currency))
            {
                _p++;
            }
            else if ((length = NumberWords.Match(_tokens, _p, NumberWords.CurrencyNames, out var name)) > 0)
            {
                currency = name;
                _p += length;
            }
            else if (IsDeclaredUnit(token.Start))
            {
                _p = Count;
                return true;
            }
            else
            {
                return true;
            }

            if (currency is not null)
            {
                if (amount.Currency is not null)
                {
                    return Fail($"'{Span(amount.First, _p)}' names a currency twice");
                }

                amount.Currency = currency;
            }
            else if (amount.Currency is not null)
            {
                return Fail($"a sum of money cannot be in {amount.Unit}");
            }

            if (_p < Count && IsDeclaredUnit(_tokens[_p].Start))
            {
                _p = Count;
            }

            return true;
        }

        /// <summary>The text from <paramref name="start"/> to its end is the declared unit, in the singular or the plural, in any case.</summary>
        private bool IsDeclaredUnit(int start)
        {
            if (_declaredUnit is not { Length: > 0 } unit)
            {
                return false;
            }

            var length = _end - start;
            return Same(start, length, unit, unit.Length)
                || Same(start, length, unit + "s", unit.Length + 1)
                || (unit.Length > 1 && unit[unit.Length - 1] is 's' or 'S' && Same(start, length, unit, unit.Length - 1));
        }

        private bool Same(int start, int length, string unit, int unitLength) =>
            length == unitLength && string.Compare(_text, start, unit, 0, length, StringComparison.OrdinalIgnoreCase) == 0;

        /// <summary><c>six in 10</c>, <c>one in every five</c>, <c>nine out of ten</c>: a percentage.</summary>
        private bool ReadRatio(ref Amount amount)
        {
            var start = amount.First;
            if (amount.Denominator != 1m || amount.UsedScale || amount.Numerator < 0m || decimal.Truncate(amount.Numerator) != amount.Numerator)
            {
                return Fail($"'{Span(start, _p + 1)}' does not start a ratio of whole numbers");
            }

            _p += Word(_p) == "in" ? 1 : 2;
            if (Word(_p) == "every")
            {
                _p++;
            }

            var whole = default(Amount);
            whole.First = _p;
            whole.Denominator = 1m;
            whole.Scale = 1m;
            if (!ReadNumber(ref whole) || !ReadScale(ref whole))
            {
                return false;
            }

            if (whole.Denominator != 1m || whole.Numerator <= 0m || decimal.Truncate(whole.Numerator) != whole.Numerator || whole.Numerator < amount.Numerator)
            {
                return Fail($"'{Span(start, _p)}' is not a ratio of a whole number to a larger one");
            }

            amount.Numerator = checked(amount.Numerator * 100m);
            amount.Denominator = whole.Numerator;
            amount.Unit = NumberWords.Percent;
            amount.IsRatio = true;
            return true;
        }

        /// <summary>Why the text after a number cannot be read: an ordinal (<c>twenty-first</c>), or words that are no scale or unit.</summary>
        private string Trailing(int numberStart)
        {
            var i = _p;
            if (_tokens[i].IsSymbol('-') && _tokens[i].Glued && i + 1 < Count && _tokens[i + 1].Glued)
            {
                i++;
            }

            if (Word(i) is { } word && (IsOrdinal(word) || (word != "half" && NumberWords.Denominators.ContainsKey(word))))
            {
                return $"'{Span(numberStart, i + 1)}' is an ordinal, not a quantity";
            }

            if (Word(i) is { } multitude && NumberWords.Multitudes.Contains(multitude))
            {
                return $"'{Span(numberStart, i + 1)}' is not a figure";
            }

            return $"'{_text.Substring(_tokens[_p].Start, _end - _tokens[_p].Start)}' after the number is not a scale or a unit: {Advice}";
        }

        private static bool IsOrdinal(string word)
        {
            if (NumberWords.Ordinals.Contains(word))
            {
                return true;
            }

            if (word.Length < 5 || !word.EndsWith("th", StringComparison.Ordinal))
            {
                return false;
            }

            var stem = word.Substring(0, word.Length - 2);
            return NumberWords.Units.ContainsKey(stem)
                || stem is "hundred" or "thousand" or "million" or "billion" or "trillion"
                || (stem.EndsWith("ie", StringComparison.Ordinal) && NumberWords.Tens.ContainsKey(stem.Substring(0, stem.Length - 2) + "y"));
        }

        private string? Word(int i) => i < Count && _tokens[i].Kind == NumberTokenKind.Word ? _tokens[i].Text : null;

        private int? UnitWord(int i) => Word(i) is { } word && NumberWords.Units.TryGetValue(word, out var unit) ? unit : null;

        /// <summary>The text of tokens <paramref name="first"/> to <paramref name="end"/> (exclusive), as written.</summary>
        private string Span(int first, int end)
        {
            if (first >= Count)
            {
                return _text.Substring(_tokens[Count - 1].Start, _tokens[Count - 1].End - _tokens[Count - 1].Start);
            }

            var last = Math.Min(end, Count) - 1;
            return last < first ? _tokens[first].Text : _text.Substring(_tokens[first].Start, _tokens[last].End - _tokens[first].Start);
        }

        private bool Fail(string problem)
        {
            _problem ??= problem;
            return false;
        }

        private NumberReading Failure(string? problem = null)
        {
            if (_overflow)
            {
                return NumberReading.Failed(NumberReadingStatus.Overflow, "the number is too large");
            }

            return NumberReading.Failed(NumberReadingStatus.NoNumber, problem ?? _problem ?? "it is not a number");
        }
    }
}
