using Dataset.Generator.Parsing;
using Dataset.Generator.Parsing.Numbers;

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
    [InlineData("one hundred and twelve", "112")]
    [InlineData("one hundred twelve", "112")]
    [InlineData("hundred", null)]
    [InlineData("two thousand five hundred", "2500")]
    [InlineData("twenty-five hundred", "2500")]
    [InlineData("one million two hundred thousand", "1200000")]
    [InlineData("ten million", "10000000")]
    [InlineData("two thousand million", "2000000000")]
    [InlineData("(36)", "36")]
    [InlineData("a dozen", "12")]
    [InlineData("one and a half million", "1500000")]
    [InlineData("$4.5 billion", "4500000000")]
    [InlineData("-3", "-3")]
    [InlineData("36.", "36")]
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
    [InlineData("14", null)]
    public void ReadsPercentAfterTheNumber(string text, string? unit)
    {
        var reading = NumberReader.Read(text);

        Assert.Equal(NumberReadingStatus.Read, reading.Status);
        Assert.Equal(unit, reading.Unit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("many")]
    [InlineData("the 36 civilians")]
    [InlineData("one of them")]
    [InlineData("36 innocent people")]
    [InlineData("14 civilians")]
    [InlineData("percent of 14")]
    [InlineData("40 or more")]
    [InlineData("twenty\u2013one")]
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
    [InlineData("79228162514264337593543950335 thousand")]
    public void ReportsOverflowForNumbersTooLargeToRepresent(string text)
    {
        Assert.Equal(NumberReadingStatus.Overflow, NumberReader.Read(text).Status);
    }

    [Fact]
    public void ReadsARangeAsItsTwoBounds()
    {
        var reading = NumberReader.Read("between 10 and 20 percent");

        Assert.Equal((NumberReadingStatus.Read, 10m, (decimal?)20m, "Range", "percent"), (reading.Status, reading.Value, reading.Upper, reading.Qualifier.ToString(), reading.Unit));
    }

    [Fact]
    public void NamesThePartItCannotRead()
    {
        var reading = NumberReader.Read("36 innocent people");

        Assert.Equal(NumberReadingStatus.NoNumber, reading.Status);
        Assert.StartsWith("'innocent people' after the number", reading.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("300 sorties", "sorties")]
    [InlineData("one flight", "flights")]
    [InlineData("20 flight missions", "flight missions")]
    public void TheDeclaredUnitAccountsForTheWordsThatEndTheText(string text, string unit)
    {
        Assert.Equal(NumberReadingStatus.NoNumber, NumberReader.Read(text).Status);
        Assert.Equal(NumberReadingStatus.Read, NumberReader.Read(text, unit).Status);
    }

    [Theory]
    [InlineData("0.6666666666666666666666666667", "0.666666666666667")]
    [InlineData("666666.66666666666666666666667", "666666.666666667")]
    [InlineData("-0.3333333333333333333333333333", "-0.333333333333333")]
    [InlineData("0.00012345678901234567", "0.000123456789012346")]
    [InlineData("1234567890123456789", "1234567890123460000")]
    [InlineData("0.25", "0.25")]
    [InlineData("0", "0")]
    public void RoundsQuotientsToFifteenSignificantDigits(string value, string expected)
    {
        var rounded = NumberReader.RoundToSignificantDigits(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rounded);
        Assert.Equal(rounded, (decimal)(double)rounded);
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
