using System;

namespace Dataset.Generator.Parsing.Numbers;

/// <summary>
/// What follows a number: a scale (<c>million</c>, <c>bn</c>, <c>dozen</c>), a unit (<c>percent</c>, a currency,
/// the declared <c>unit=</c>) or the second half of a ratio (<c>one in five</c>).
/// </summary>
internal sealed partial class NumberGrammar
{
    /// <summary>
    /// A scale after the number: <c>hundred</c> after digits (<c>5 hundred</c>), then <c>thousand</c>, <c>million</c>,
    /// <c>billion</c>, <c>trillion</c>, <c>lakh</c>, <c>crore</c>, <c>dozen</c> or an abbreviation (<c>bn</c>,
    /// <c>mln</c>, glued <c>m</c> and <c>k</c>, which <see cref="GluedScaleProblem"/> doubts when no currency or unit
    /// follows); after a fraction, through <c>of a</c> (<c>half a million</c>,
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
            if (NumberWords.Scales.TryGetValue(token.Text, out var big) || NumberWords.Abbreviations.TryGetValue(token.Text, out big))
            {
                scale *= big;
                i++;
            }
            else if (token.Glued && NumberWords.GluedAbbreviations.TryGetValue(token.Text, out big) && !IsDeclaredUnit(token.Start))
            {
                // 1.8m: a million, or 1.8 metres when no currency or unit follows; the statistic's end decides.
                if (_gluedScale < 0)
                {
                    _gluedScale = i;
                    _gluedScaleNumber = amount.First;
                }

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
    /// A unit after the number: <c>%</c>, <c>percent</c>, <c>per cent</c>, <c>pct</c>, <c>percentage points</c>; the
    /// declared <c>unit=</c> ending the text; a currency (symbol, ISO code or name, <see cref="Currencies"/>); or a
    /// unit of measure or count (<see cref="MeasureUnits"/>).
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
        else if (IsDeclaredUnit(token.Start))
        {
            _p = Count;
            return true;
        }
        else if ((currency = Currencies.Code(_tokens, _p, _text)) is not null)
        {
            _p++;
        }
        else if ((length = Currencies.Match(_tokens, _p, out var name)) > 0)
        {
            if (amount.Currency is not null)
            {
                // £25 pounds: the symbol has said which currency; a second name is one too many, not a weight.
                return Fail($"'{Span(amount.First, _p + length)}' names a currency twice");
            }

            if (!CurrencyOf(name!, out currency))
            {
                return false;
            }

            amount.Exponent = name!.Exponent;
            amount.Numerator = MinorToMajor(amount.Numerator, name.Exponent);
            _p += length;
        }
        else if ((length = MeasureUnits.Match(_tokens, _p, out var measure)) > 0)
        {
            amount.Unit = measure;
            _p += length;
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

    /// <summary>
    /// The currency of a name: its own, or, for a name several currencies share, the one whose ISO code <c>unit=</c>
    /// gives (<c>5 francs</c> with <c>unit=CHF</c>); otherwise the text is not read, and the message says what settles it.
    /// </summary>
    private bool CurrencyOf(CurrencyName name, out string? currency)
    {
        currency = name.Code;
        if (currency is not null)
        {
            return true;
        }

        var declared = _declaredUnit?.ToUpperInvariant();
        if (declared is not null && Array.IndexOf(name.Candidates, declared) >= 0)
        {
            currency = declared;
            return true;
        }

        if (name.Text is "pound" or "pounds")
        {
            return Fail($"'{name.Text}' may be a weight or money: name the unit with unit={name.Text} for the weight, or unit=GBP for pounds sterling");
        }

        var first = Currencies.Find(name.Candidates[0])!;
        if (name.Candidates.Length == 1)
        {
            return Fail($"'{name.Text}' alone may not be the {first.EnglishName}: name the currency with unit={first.Code}");
        }

        var codes = string.Join(", ", name.Candidates, 0, Math.Min(4, name.Candidates.Length)) + (name.Candidates.Length > 4 ? ", ..." : string.Empty);
        return Fail($"'{name.Text}' is the name of several currencies ({codes}): put the country before it, as in '{first.Adjectives[0]} {name.Text}', or name the currency with unit= and its ISO code");
    }

    /// <summary><paramref name="value"/> in a minor unit (<c>15 cts</c>) as a fraction of the major one (0.15), or as it is for a major unit.</summary>
    private static decimal MinorToMajor(decimal value, int exponent)
    {
        for (var k = 0; k < exponent; k++)
        {
            value /= 10m;
        }

        return value;
    }

    /// <summary>
    /// Why a glued <c>m</c> or <c>k</c> with no currency and no unit is not read: <c>1.8m</c> may be 1.8 million or
    /// 1.8 metres, <c>573.15K</c> 573,150 or 573.15 kelvin; <c>unit=</c> or <c>value=</c> settles it. Null when there is
    /// no such letter, or the statistic has a <paramref name="unit"/> (a currency, <c>percent</c>, <c>people</c>).
    /// </summary>
    private string? GluedScaleProblem(string? unit)
    {
        if (_gluedScale < 0 || unit is not null)
        {
            return null;
        }

        var letter = _tokens[_gluedScale];
        var written = _text.Substring(letter.Start, letter.End - letter.Start);
        var number = Span(_gluedScaleNumber, _gluedScale);
        var (scale, example) = letter.Text == "m" ? ("million", "metres") : ("thousand", "kelvin");
        return $"'{number}{written}' may be {number} {scale} or {number} {written} in a unit such as {example}: name the unit with unit={written}";
    }

    /// <summary>The text from <paramref name="start"/> to its end is the declared unit, in the singular or the plural, in any case.</summary>
    private bool IsDeclaredUnit(int start) => IsDeclared(start, _declaredUnit);

    /// <summary>The text from <paramref name="start"/> to its end is <paramref name="declared"/> (<c>unit=</c>, <c>per=</c>), in the singular or the plural, in any case.</summary>
    private bool IsDeclared(int start, string? declared)
    {
        if (declared is not { Length: > 0 } unit)
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
}
