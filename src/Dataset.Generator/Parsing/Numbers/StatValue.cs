using System;
using System.Globalization;
using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing.Numbers;

/// <summary>
/// A statistic's value as its generated constant holds it: one number, or the two bounds of a range. Owns the rules
/// that keep the constant and <c>Statistic.Value</c> equal: the C# type that holds every bound, the precision a
/// <c>double</c> keeps, and the invariant literal each bound is written with.
/// </summary>
internal readonly struct StatValue
{
    public StatValue(decimal value, decimal? upper)
    {
        Value = value;
        Upper = upper;
    }

    public decimal Value { get; }

    /// <summary>The upper bound of a range; null for one number.</summary>
    public decimal? Upper { get; }

    /// <summary>The smallest of int, long and double that holds every bound; null when an integer bound is beyond a long.</summary>
    public StatValueKind? Kind
    {
        get
        {
            var kind = KindOf(Value);
            if (kind is not null && Upper is { } upper)
            {
                kind = KindOf(upper) is { } upperKind ? (StatValueKind)Math.Max((int)kind, (int)upperKind) : null;
            }

            return kind;
        }
    }

    /// <summary>
    /// The number of significant digits of the first fractional bound that a double constant cannot hold exactly
    /// (more than <see cref="NumberReader.SignificantDigits"/>), or null when every bound fits.
    /// </summary>
    public int? TooPrecise => TooPreciseDigits(Value) ?? (Upper is { } upper ? TooPreciseDigits(upper) : null);

    /// <summary>The literal of <see cref="Value"/>.</summary>
    public string Literal => Format(Value);

    /// <summary>The literal of <see cref="Upper"/>, or null.</summary>
    public string? UpperLiteral => Upper is { } upper ? Format(upper) : null;

    /// <summary>The value as a message shows it: <c>5</c>, or <c>5 to 10</c> for a range.</summary>
    public override string ToString() => Upper is { } upper ? Literal + " to " + Format(upper) : Literal;

    /// <summary>The invariant literal of <paramref name="value"/>: no trailing zeros, no decimal point for an integer.</summary>
    private static string Format(decimal value)
    {
        if (decimal.Truncate(value) == value)
        {
            return decimal.Truncate(value).ToString("0", CultureInfo.InvariantCulture);
        }

        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.TrimEnd('0');
    }

    private static StatValueKind? KindOf(decimal value)
    {
        if (decimal.Truncate(value) != value)
        {
            return StatValueKind.Double;
        }

        if (value >= int.MinValue && value <= int.MaxValue)
        {
            return StatValueKind.Int;
        }

        return value >= long.MinValue && value <= long.MaxValue ? StatValueKind.Long : null;
    }

    private static int? TooPreciseDigits(decimal value)
    {
        if (decimal.Truncate(value) == value)
        {
            return null;
        }

        var digits = 0;
        var leading = true;
        foreach (var c in Format(value))
        {
            if (c is >= '1' and <= '9' || (c == '0' && !leading))
            {
                digits++;
                leading = false;
            }
        }

        return digits > NumberReader.SignificantDigits ? digits : null;
    }
}
