using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing.Numbers;

/// <summary>What <see cref="NumberReader"/> read from a statistic's text.</summary>
internal readonly struct NumberReading
{
    public NumberReading(NumberReadingStatus status, decimal value, decimal? upper, StatQualifier qualifier, string? unit, string? per, string? problem, string? unread = null)
    {
        Unread = unread;
        Per = per;
        Status = status;
        Value = value;
        Upper = upper;
        Qualifier = qualifier;
        Unit = unit;
        Problem = problem;
    }

    public NumberReadingStatus Status { get; }

    /// <summary>The number; for a range, its lower bound.</summary>
    public decimal Value { get; }

    /// <summary>The upper bound of a range (<see cref="StatQualifier.Range"/>); otherwise <see langword="null"/>.</summary>
    public decimal? Upper { get; }

    public StatQualifier Qualifier { get; }

    /// <summary><c>percent</c>, <c>percentage points</c>, an ISO currency code, the declared unit, or <see langword="null"/>.</summary>
    public string? Unit { get; }

    /// <summary>For a rate (<c>16 dlrs a barrel</c>, <c>3 pct a year</c>), what the amount is per: <c>barrel</c>, <c>year</c>, a currency's code, or the declared <c>per=</c>; otherwise <see langword="null"/>.</summary>
    public string? Per { get; }

    /// <summary>When nothing was read: which part of the text could not be read, and why, for the DS3001 message.</summary>
    public string? Problem { get; }

    /// <summary>When nothing was read because one word after the number is no scale or unit (<c>18.5 poct</c>): that word, for a hint.</summary>
    public string? Unread { get; }

    public static NumberReading Failed(NumberReadingStatus status, string problem, string? unread = null) =>
        new(status, 0m, null, StatQualifier.Exact, null, null, problem, unread);
}

internal enum NumberReadingStatus
{
    /// <summary>A number was read.</summary>
    Read = 0,

    /// <summary>The text is not exactly a number the reader understands (<see cref="NumberReading.Problem"/> says why).</summary>
    NoNumber = 1,

    /// <summary>The text holds a number too large to represent.</summary>
    Overflow = 2,
}
