using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing.Numbers;

/// <summary>
/// The whole text: an optional qualifier (<c>more than</c>, <c>about</c>) and one amount, or a range of two
/// (<c>between 20 and 30</c>, <c>from 20 to 30</c>, <c>20 to 30</c>, <c>20-30</c>) whose bounds agree, then an optional
/// rate (<c>15-18 dlrs a barrel</c>).
/// </summary>
internal sealed partial class NumberGrammar
{
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

        if (!ReadRate(lower.First, lower.IsBareHalf, out var per))
        {
            return Failure();
        }

        if (_p < Count)
        {
            return Failure(Trailing(lower.First));
        }

        var unit = lower.Unit ?? lower.Currency;
        if (GluedScaleProblem(unit) is { } doubt)
        {
            return Failure(doubt);
        }

        if (_parenthesized && lower.Currency is not null)
        {
            // ($99.99): the accounting negative.
            if (lower.Numerator < 0m)
            {
                return Failure($"'{Span(lower.First, Count)}' has a sign inside the parentheses that make a sum of money negative");
            }

            lower.Numerator = -lower.Numerator;
        }

        return new NumberReading(NumberReadingStatus.Read, lower.Value, null, qualifier, unit, per, null);
    }

    /// <summary>Two bounds: one currency, one unit, the upper bound's scale for a lower bound without one (<c>1.5 to 2 million</c>).</summary>
    private NumberReading Range(Amount lower, Amount upper)
    {
        if (!ReadRate(lower.First, upper.IsBareHalf, out var per))
        {
            return Failure();
        }

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

        if (GluedScaleProblem(unit ?? currency) is { } doubt)
        {
            return Failure(doubt);
        }

        if (_parenthesized && currency is not null)
        {
            return Failure("a range of money in parentheses may be an accounting negative or an aside");
        }

        if (!lower.UsedScale && upper.Scale != 1m)
        {
            lower.Numerator = checked(lower.Numerator * upper.Scale);
        }

        if (lower.Currency is null && upper.Exponent > 0)
        {
            // 15-18 cts: the minor unit on the upper bound is the lower bound's too.
            lower.Numerator = MinorToMajor(lower.Numerator, upper.Exponent);
        }

        var low = lower.Value;
        var high = upper.Value;
        if (low >= high)
        {
            return Failure($"the range '{Span(lower.First, Count)}' does not go from a lower to a higher number");
        }

        return new NumberReading(NumberReadingStatus.Read, low, high, StatQualifier.Range, unit ?? currency, per, null);
    }

    private static bool IsRangeSeparator(NumberToken token, Amount lower) =>
        token.IsWord("to")
        || (lower.FromDigits && (token.IsSymbol('-') || token.IsSymbol('\u2013') || token.IsSymbol('\u2014')));
}
