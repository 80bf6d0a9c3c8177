namespace Dataset.Generator.Parsing.Numbers;

/// <summary>
/// Numbers in words: <c>half</c>, fractions (<c>a third</c>, <c>two-thirds</c>), cardinals (<c>sixty-nine</c>,
/// <c>one hundred and twelve</c>, <c>two thousand million</c>) and <c>and a half</c> after a whole number.
/// </summary>
internal sealed partial class NumberGrammar
{
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
    /// (<c>a half</c>, <c>one third</c>, <c>an eighth</c>, <c>a sixteenth</c>), or two to nineteen and a plural one
    /// (<c>two-thirds</c>, <c>three quarters</c>, <c>three-sixteenths</c>).
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
        if (!singular && UnitWord(i) is not (>= 2 and <= 19))
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
}
