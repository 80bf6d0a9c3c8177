using System;
using System.Collections.Generic;

namespace Dataset.Generator.Parsing.Numbers;

/// <summary>
/// The reading of one statistic's text by <see cref="NumberReader"/>: the tokens, where the reader is, and what went
/// wrong. Its rules are split by what they read: the whole text, with its qualifier or range (NumberGrammar.Ranges.cs),
/// one amount with its sign, currency and digits (NumberGrammar.Amounts.cs), numbers in words
/// (NumberGrammar.Words.cs), the scale, unit or ratio after a number (NumberGrammar.Units.cs), and the rate after the
/// amount (NumberGrammar.Rates.cs). This file holds
/// the state, the entry point and the helpers every rule uses.
/// </summary>
internal sealed partial class NumberGrammar
{
    private const string Advice = "leave words that are not part of the number outside the brackets, or name the unit with unit=";

    private readonly string _text;
    private readonly List<NumberToken> _tokens;
    private readonly int _end;
    private readonly string? _declaredUnit;
    private readonly string? _declaredPer;

    /// <summary>The text was in parentheses: a sum of money there is the accounting negative, <c>($99.99)</c>.</summary>
    private readonly bool _parenthesized;
    private int _p;

    /// <summary>The first glued <c>m</c> or <c>k</c> read as a scale, and where its amount starts; -1 for none.</summary>
    private int _gluedScale = -1;
    private int _gluedScaleNumber;
    private string? _problem;

    /// <summary>The one word after the number that is no scale or unit, when that is why nothing was read.</summary>
    private string? _unread;
    private bool _overflow;

    public NumberGrammar(string text, List<NumberToken> tokens, int end, string? declaredUnit, string? declaredPer, bool parenthesized)
    {
        _declaredPer = declaredPer is null ? null : declaredPer.Trim();
        _text = text;
        _tokens = tokens;
        _end = end;
        _declaredUnit = declaredUnit is null ? null : declaredUnit.Trim();
        _parenthesized = parenthesized;
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

        if (_p == Count - 1 && _tokens[_p].Kind == NumberTokenKind.Word)
        {
            _unread = _tokens[_p].Text;
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

        return NumberReading.Failed(NumberReadingStatus.NoNumber, problem ?? _problem ?? "it is not a number", _unread);
    }
}
