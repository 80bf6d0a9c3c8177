using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing;

/// <summary>What <see cref="NumberReader"/> read from a statistic's text.</summary>
internal readonly struct NumberReading
{
    public NumberReading(NumberReadingStatus status, decimal value, StatQualifierModel qualifier, string? unit)
    {
        Status = status;
        Value = value;
        Qualifier = qualifier;
        Unit = unit;
    }

    public NumberReadingStatus Status { get; }

    public decimal Value { get; }

    public StatQualifierModel Qualifier { get; }

    public string? Unit { get; }
}

internal enum NumberReadingStatus
{
    /// <summary>A number was read.</summary>
    Read = 0,

    /// <summary>The text holds no number that can be read.</summary>
    NoNumber = 1,

    /// <summary>The text holds a number too large to represent.</summary>
    Overflow = 2,
}
