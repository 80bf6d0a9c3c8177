namespace Dataset.Generator.Parsing.Numbers;

/// <summary>
/// One amount: an optional sign and currency before it, then digits (<c>40,000</c>, <c>.5</c>), a fraction
/// (<c>1/4</c>, <c>2 1/2</c>, <c>2½</c>) or number words, then a ratio or a scale and a unit.
/// </summary>
internal sealed partial class NumberGrammar
{
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

        /// <summary>Above 0 for a minor unit of a currency (<c>cts</c>): the power of ten the amount was divided by.</summary>
        public int Exponent;

        public readonly decimal Value => Denominator == 1m ? Numerator : NumberReader.RoundToSignificantDigits(Numerator / Denominator);
    }

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

        if ((currency = Currencies.Code(_tokens, _p, _text)) is not null)
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

            if (_p < Count && !_tokens[_p].Glued && IsIntegerDigits(_p) && IsGluedFractionBar(_p + 1))
            {
                // 2 1/2: a proper fraction after the whole number.
                return SetMixedFraction(ref amount, token.Value, _p);
            }

            if (_p + 1 < Count && _tokens[_p].Glued && _tokens[_p].IsSymbol('-') && _tokens[_p + 1].Glued && IsIntegerDigits(_p + 1) && IsGluedFractionBar(_p + 2))
            {
                // 72-5/8, the wire's mixed fraction: a hyphen before a proper fraction is no range.
                return SetMixedFraction(ref amount, token.Value, _p + 1);
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

    private bool IsIntegerDigits(int i) => i < Count && _tokens[i].Kind == NumberTokenKind.Digits && _tokens[i].IsInteger;

    /// <summary>The whole number before a proper fraction whose numerator is at <paramref name="numeratorAt"/>.</summary>
    private bool SetMixedFraction(ref Amount amount, decimal whole, int numeratorAt)
    {
        var numerator = _tokens[numeratorAt].Value;
        var denominator = _tokens[numeratorAt + 2].Value;
        if (numerator >= denominator)
        {
            return Fail($"'{Span(_p - 1, numeratorAt + 3)}' is not a whole number and a fraction below one");
        }

        return SetFraction(ref amount, whole, numerator, denominator, numeratorAt + 3);
    }

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
}
