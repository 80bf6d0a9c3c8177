using Dataset.Generator.Parsing;

namespace Dataset.Generator.Tests;

/// <summary>How a statistic's text becomes a number, a qualifier and a unit.</summary>
public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("20", "20")]
    [InlineData("240,000", "240000")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("1.5", "1.5")]
    [InlineData("0.25", "0.25")]
    [InlineData("2,500.75", "2500.75")]
    [InlineData("1.5 million", "1500000")]
    [InlineData("3 billion", "3000000000")]
    [InlineData("2 trillion", "2000000000000")]
    [InlineData("40 thousand", "40000")]
    [InlineData("five", "5")]
    [InlineData("Eight", "8")]
    [InlineData("zero", "0")]
    [InlineData("Sixty-nine", "69")]
    [InlineData("sixty nine", "69")]
    [InlineData("twenty\u2013one", "21")]
    [InlineData("one hundred and twelve", "112")]
    [InlineData("one hundred twelve", "112")]
    [InlineData("hundred", null)]
    [InlineData("two thousand five hundred", "2500")]
    [InlineData("twenty-five hundred", "2500")]
    [InlineData("one million two hundred thousand", "1200000")]
    [InlineData("ten million", "10000000")]
    [InlineData("two thousand million", "2000000000")]
    [InlineData("the 36 civilians", "36")]
    [InlineData("(36)", "36")]
    [InlineData("36.", "36")]
    [InlineData("one of them", "1")]
    public void ReadsDigitsAndEnglishNumberWords(string text, string? expected)
    {
        var reading = NumberReader.Read(text);

        if (expected is null)
        {
            Assert.Equal(NumberReadingStatus.NoNumber, reading.Status);
            return;
        }

        Assert.Equal(NumberReadingStatus.Read, reading.Status);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reading.Value);
    }

    [Theory]
    [InlineData("over 14,000", "AtLeast")]
    [InlineData("Over 14,000", "AtLeast")]
    [InlineData("more than 300", "AtLeast")]
    [InlineData("at least eight", "AtLeast")]
    [InlineData("up to five", "AtMost")]
    [InlineData("less than 10", "AtMost")]
    [InlineData("fewer than 10", "AtMost")]
    [InlineData("under 10", "AtMost")]
    [InlineData("about 1.5 million", "About")]
    [InlineData("around 40", "About")]
    [InlineData("approximately 40", "About")]
    [InlineData("roughly 40", "About")]
    [InlineData("some 40", "About")]
    [InlineData("nearly one hundred", "Nearly")]
    [InlineData("almost 40", "Nearly")]
    [InlineData("40", "Exact")]
    [InlineData("exactly 40", "Exact")]
    [InlineData("40 or more", "Exact")]
    public void KeepsTheQualifierJustBeforeTheNumber(string text, string qualifier)
    {
        var reading = NumberReader.Read(text);

        Assert.Equal(NumberReadingStatus.Read, reading.Status);
        Assert.Equal(qualifier, reading.Qualifier.ToString());
    }

    [Theory]
    [InlineData("14 percent", "percent")]
    [InlineData("Sixty-nine percent", "percent")]
    [InlineData("14%", "percent")]
    [InlineData("14 %", "percent")]
    [InlineData("14 per cent", "percent")]
    [InlineData("14 pct", "percent")]
    [InlineData("14 people", null)]
    [InlineData("14", null)]
    [InlineData("percent of 14", null)]
    public void ReadsPercentAfterTheNumber(string text, string? unit)
    {
        var reading = NumberReader.Read(text);

        Assert.Equal(NumberReadingStatus.Read, reading.Status);
        Assert.Equal(unit, reading.Unit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a dozen")]
    [InlineData("many")]
    [InlineData("tens of thousands")]
    [InlineData("1,5")]
    [InlineData("12,34")]
    public void ReportsNoNumberWhenThereIsNoneToRead(string text)
    {
        Assert.Equal(NumberReadingStatus.NoNumber, NumberReader.Read(text).Status);
    }

    [Theory]
    [InlineData("99,999,999,999,999,999,999,999,999,999")]
    [InlineData("100000000000000000000000000000000000000000000")]
    [InlineData("79228162514264337593543950335 trillion")]
    [InlineData("one trillion trillion trillion")]
    public void ReportsOverflowForNumbersTooLargeToRepresent(string text)
    {
        Assert.Equal(NumberReadingStatus.Overflow, NumberReader.Read(text).Status);
    }

    [Fact]
    public void ReadsTheFirstNumberOfTheText()
    {
        var reading = NumberReader.Read("between 10 and 20 percent");

        Assert.Equal(10m, reading.Value);
        Assert.Null(reading.Unit);
    }

    [Theory]
    [InlineData("1500000", "1500000")]
    [InlineData("1.5", "1.5")]
    [InlineData("-5", "-5")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("007", "7")]
    [InlineData("9223372036854775808", "9223372036854775808")]
    public void ParsesExplicitValues(string value, string expected)
    {
        Assert.Equal(NumberReadingStatus.Read, NumberReader.ParseExplicit(value, out var parsed));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1,500")]
    [InlineData("1.5.2")]
    [InlineData("1e6")]
    [InlineData("+5")]
    [InlineData("--5")]
    [InlineData("5-")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("five")]
    [InlineData(" 5")]
    [InlineData("\u0665")]
    public void RejectsExplicitValuesThatAreNotPlainNumbers(string value)
    {
        Assert.Equal(NumberReadingStatus.NoNumber, NumberReader.ParseExplicit(value, out _));
    }

    [Fact]
    public void ReportsOverflowForExplicitValuesTooLargeToRepresent()
    {
        Assert.Equal(NumberReadingStatus.Overflow, NumberReader.ParseExplicit(new string('9', 30), out _));
    }
}
