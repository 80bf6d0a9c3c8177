using System;

namespace Dataset.Generator.Parsing.Numbers;

/// <summary>
/// A rate after the statistic's amount or range: <c>a</c>, <c>an</c>, <c>per</c>, <c>each</c> or a glued <c>/</c>, then
/// what the amount is per (<c>16.00 dlrs a barrel</c>, <c>.125 dlrs per share</c>, <c>3 pct a year</c>,
/// <c>5 dlrs/share</c>, <c>1.50 marks per dollar</c>): a unit of <see cref="MeasureUnits"/>, a currency, or the
/// declared <c>per=</c> ending the text.
/// </summary>
internal sealed partial class NumberGrammar
{
    /// <summary>
    /// Reads the rate at the reader's position into <paramref name="per"/>; true with <paramref name="per"/> null when
    /// there is none (what follows is then reported as trailing words), false when the rate's unit cannot be read.
    /// </summary>
    private bool ReadRate(int numberStart, bool bareHalf, out string? per)
    {
        per = null;
        if (_p + 1 >= Count || !IsRateWord(_p, bareHalf) || _tokens[_p + 1].Kind != NumberTokenKind.Word)
        {
            return true;
        }

        var start = _p + 1;
        int length;
        if (IsDeclared(_tokens[start].Start, _declaredPer))
        {
            per = _declaredPer;
            _p = Count;
            return true;
        }

        if ((length = MeasureUnits.MatchRate(_tokens, start, out var unit)) > 0)
        {
            per = unit;
        }
        else if ((per = Currencies.Code(_tokens, start, _text)) is not null)
        {
            length = 1;
        }
        else if ((length = Currencies.Match(_tokens, start, out var name)) > 0 && name!.Exponent == 0)
        {
            if (!RateCurrencyOf(name, numberStart, out per))
            {
                return false;
            }
        }
        else
        {
            var what = Span(start, Count);
            return Fail($"'{Span(numberStart, Count)}' is a rate, but '{what}' is not a unit the reader knows: name it with per=\"{what}\", or annotate the amount alone, as in '{Span(numberStart, _p)}'");
        }

        _p = start + length;
        return true;
    }

    /// <summary>
    /// <c>a</c>, <c>an</c>, <c>per</c>, <c>each</c>, or <c>/</c> glued to both sides (<c>dlrs/share</c>); not the
    /// <c>a</c> of a bare <c>half a</c>, which is an amount (<c>half a year</c>), never a rate (but <c>one and a half a
    /// day</c> is one).
    /// </summary>
    private bool IsRateWord(int i, bool bareHalf)
    {
        if (_tokens[i].IsSymbol('/'))
        {
            return _tokens[i].Glued && _tokens[i + 1].Glued;
        }

        return Word(i) switch
        {
            "a" or "an" => !bareHalf || Word(i - 1) != "half",
            "per" or "each" => true,
            _ => false,
        };
    }

    /// <summary>
    /// The currency a rate is per (<c>1.50 marks per dollar</c> is per <c>USD</c>): the name's own, or for a shared name
    /// the ISO code <c>per=</c> gives; <c>per pound</c> may be a weight or sterling, and <c>per=lb</c> or <c>per=GBP</c> settles it.
    /// </summary>
    private bool RateCurrencyOf(CurrencyName name, int numberStart, out string? per)
    {
        per = name.Code;
        if (per is not null)
        {
            return true;
        }

        var declared = _declaredPer?.Trim();
        if (declared is not null && (Array.IndexOf(name.Candidates, declared.ToUpperInvariant()) >= 0 || (name.Text is "pound" or "pounds" && declared == "lb")))
        {
            per = declared == "lb" ? declared : declared.ToUpperInvariant();
            return true;
        }

        var rate = Span(numberStart, Count);
        if (name.Text is "pound" or "pounds")
        {
            return Fail($"'{rate}' may be per pound weight or per pound sterling: name it with per=lb for the weight, or per=GBP for sterling");
        }

        return Fail($"'{rate}' is per '{name.Text}', the name of several currencies: put the country before it, or name the currency with per= and its ISO code");
    }
}
