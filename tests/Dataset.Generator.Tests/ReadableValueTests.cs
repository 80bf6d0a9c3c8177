using System.Globalization;
using CsCheck;
using Dataset.Generator.Emitting;

namespace Dataset.Generator.Tests;

/// <summary>
/// A statistic's value in its docs (<c>14,000</c>): whole numbers are grouped by hand, every other value by the decimal
/// format; both ways must write the same text, and a year is never grouped.
/// </summary>
public sealed class ReadableValueTests
{
    [Fact]
    public void WholeNumbersReadAsTheDecimalFormatWritesThem()
    {
        Gen.OneOf(Gen.Long[0, long.MaxValue], Gen.Long[0, 100_000], Gen.Int[-1_000, 1_000].Select(value => (long)value))
            .Sample(value =>
            {
                var text = value.ToString(CultureInfo.InvariantCulture);
                Assert.Equal(Formatted(text), ArticleEmitter.Readable(text, null));
            }, iter: 10_000);
    }

    [Theory]
    [InlineData("14000", "14,000")]
    [InlineData("240000", "240,000")]
    [InlineData("1234567", "1,234,567")]
    [InlineData("999", "999")]
    [InlineData("0", "0")]
    [InlineData("007", "7")]
    [InlineData("-2500", "-2,500")]
    [InlineData("1234.50", "1,234.5")]
    [InlineData("0.25", "0.25")]
    [InlineData("12345678901234567890123", "12,345,678,901,234,567,890,123")]
    [InlineData("not a number", "not a number")]
    public void ValuesAreGroupedInThousands(string value, string expected)
    {
        Assert.Equal(expected, ArticleEmitter.Readable(value, null));
        Assert.Equal(expected, Formatted(value));
    }

    [Fact]
    public void AYearIsNeverGrouped() => Assert.Equal("1979", ArticleEmitter.Readable("1979", "year"));

    /// <summary>The decimal format, which every value but a plain whole number goes through.</summary>
    private static string Formatted(string value) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("#,0.############################", CultureInfo.InvariantCulture)
            : value;
}
