using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dataset.Generator.Parsing.Numbers;

internal enum NumberTokenKind
{
    /// <summary>Digits, with thousands separators and decimals already resolved into <see cref="NumberToken.Value"/>.</summary>
    Digits = 0,

    /// <summary>A run of letters, lower-cased in <see cref="NumberToken.Text"/>.</summary>
    Word = 1,

    /// <summary>Any other single character (<c>%</c>, <c>$</c>, <c>-</c>, <c>/</c>, <c>½</c>, ...).</summary>
    Symbol = 2,
}

/// <summary>One token of a statistic's text, with where it is in the text.</summary>
internal readonly struct NumberToken
{
    public NumberToken(NumberTokenKind kind, int start, int end, bool glued, string text, decimal value, bool isInteger, NumberDigitsProblem problem)
    {
        Kind = kind;
        Start = start;
        End = end;
        Glued = glued;
        Text = text;
        Value = value;
        IsInteger = isInteger;
        Problem = problem;
    }

    public NumberTokenKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>No white space between this token and the one before it (<c>3.5bn</c>, <c>£3m</c>, <c>21st</c>).</summary>
    public bool Glued { get; }

    /// <summary>A word lower-cased, a symbol as written, digits as written.</summary>
    public string Text { get; }

    /// <summary>The value of <see cref="NumberTokenKind.Digits"/>.</summary>
    public decimal Value { get; }

    /// <summary>Digits written without a decimal point.</summary>
    public bool IsInteger { get; }

    public NumberDigitsProblem Problem { get; }

    public bool IsWord(string word) => Kind == NumberTokenKind.Word && Text == word;

    public bool IsSymbol(char symbol) => Kind == NumberTokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;
}

internal enum NumberDigitsProblem
{
    None = 0,

    /// <summary>More integer digits than a <see cref="decimal"/> holds.</summary>
    TooLarge = 1,

    /// <summary>More significant digits than a <see cref="decimal"/> keeps exactly.</summary>
    TooPrecise = 2,
}

/// <summary>
/// Splits a statistic's text into digits, words and symbols in one pass, without backtracking. A pair of enclosing
/// brackets or quotation marks and trailing sentence punctuation are not part of the number and are left out
/// (<c>(36)</c>, <c>“36”</c>, <c>36.</c>).
/// </summary>
internal static class NumberTokenizer
{
    /// <param name="parenthesized">A pair of round brackets enclosed the text (<c>($99.99)</c>).</param>
    public static List<NumberToken> Tokenize(string text, out int start, out int end, out bool parenthesized)
    {
        start = 0;
        end = text.Length;
        parenthesized = false;
        while (true)
        {
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?'))
            {
                end--;
            }

            // Brackets and quotation marks only in pairs: a lone 5" or 5' may be inches or feet.
            if (end - start >= 2 && Closing(text[start]) is { } closing && text[end - 1] == closing)
            {
                parenthesized |= closing == ')';
                start++;
                end--;
                continue;
            }

            break;
        }

        var tokens = new List<NumberToken>();
        var digits = new StringBuilder();
        var previousEnd = -1;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var tokenStart = i;
            var glued = tokenStart == previousEnd;
            if (IsDigit(c) || (c == '.' && i + 1 < end && IsDigit(text[i + 1])))
            {
                i = ScanDigits(text, i, end, digits, out var value, out var isInteger, out var problem);
                tokens.Add(new NumberToken(NumberTokenKind.Digits, tokenStart, i, glued, text.Substring(tokenStart, i - tokenStart), value, isInteger, problem));
            }
            else if (char.IsLetter(c))
            {
                while (i < end && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new NumberToken(NumberTokenKind.Word, tokenStart, i, glued, text.Substring(tokenStart, i - tokenStart).ToLowerInvariant(), 0m, false, NumberDigitsProblem.None));
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new NumberToken(NumberTokenKind.Symbol, tokenStart, i, glued, text.Substring(tokenStart, i - tokenStart), 0m, false, NumberDigitsProblem.None));
            }

            previousEnd = i;
        }

        return tokens;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static char? Closing(char opening) => opening switch
    {
        '(' => ')',
        '[' => ']',
        '"' => '"',
        '\'' => '\'',
        '\u201C' => '\u201D',
        '\u2018' => '\u2019',
        _ => null,
    };

    /// <summary>
    /// Digits from <paramref name="i"/>: a group of one to three digits (not starting with 0) followed by groups of exactly three
    /// after one kind of separator (<c>,</c>, space, no-break space U+00A0 or narrow no-break space U+202F), or plain
    /// digits; then optionally a point and decimals. A leading point (<c>.5</c>) is read as <c>0.5</c>.
    /// </summary>
    private static int ScanDigits(string text, int i, int end, StringBuilder digits, out decimal value, out bool isInteger, out NumberDigitsProblem problem)
    {
        digits.Clear();
        var runStart = i;
        while (i < end && IsDigit(text[i]))
        {
            digits.Append(text[i]);
            i++;
        }

        // Thousands groups follow a first group of one to three digits that does not start with 0 ("0,500" is not 500).
        if (i - runStart is >= 1 and <= 3 && text[runStart] != '0')
        {
            var separator = '\0';
            while (i < end && (separator == '\0' ? IsSeparator(text[i]) : text[i] == separator) && IsGroup(text, i + 1, end))
            {
                separator = text[i];
                digits.Append(text, i + 1, 3);
                i += 4;
            }
        }

        isInteger = true;
        if (i + 1 < end && text[i] == '.' && IsDigit(text[i + 1]))
        {
            isInteger = false;
            if (digits.Length == 0)
            {
                digits.Append('0');
            }

            digits.Append('.');
            i++;
            while (i < end && IsDigit(text[i]))
            {
                digits.Append(text[i]);
                i++;
            }
        }

        problem = Check(digits);
        value = 0m;
        if (problem == NumberDigitsProblem.None
            && !decimal.TryParse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            problem = NumberDigitsProblem.TooLarge;
        }

        return i;
    }

    private static bool IsSeparator(char c) => c is ',' or ' ' or '\u00A0' or '\u202F';

    /// <summary>Exactly three digits at <paramref name="i"/>, then no further digit and no fraction bar (<c>2 1/2</c> is not 21/2).</summary>
    private static bool IsGroup(string text, int i, int end) =>
        i + 3 <= end && IsDigit(text[i]) && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && (i + 3 == end || (!IsDigit(text[i + 3]) && text[i + 3] != '/'));

    /// <summary>A decimal holds 28 significant digits and integers below 7.9e28: more would be rounded, so say so.</summary>
    private static NumberDigitsProblem Check(StringBuilder digits)
    {
        var integerDigits = 0;
        var significant = 0;
        var inFraction = false;
        for (var k = 0; k < digits.Length; k++)
        {
            var c = digits[k];
            if (c == '.')
            {
                inFraction = true;
            }
            else if (significant > 0 || c != '0')
            {
                significant++;
                if (!inFraction)
                {
                    integerDigits++;
                }
            }
        }

        if (integerDigits > 29)
        {
            return NumberDigitsProblem.TooLarge;
        }

        // Trailing zeros after the point carry no value.
        if (inFraction)
        {
            var k = digits.Length - 1;
            while (significant > 0 && digits[k] == '0')
            {
                significant--;
                k--;
            }
        }

        return inFraction && significant > 28 ? NumberDigitsProblem.TooPrecise : NumberDigitsProblem.None;
    }
}
