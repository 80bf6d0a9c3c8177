using Dataset.Generator.Parsing.Numbers;

namespace Dataset.Generator.Tests;

/// <summary>Every currency of the ISO 4217 table reads by its code and by its name, and a shared name is never guessed at.</summary>
public sealed class CurrencyTests
{
    [Fact]
    public void TheTableHoldsEveryActiveCurrencyOnce()
    {
        Assert.True(Currencies.All.Length >= 170, $"only {Currencies.All.Length} currencies");
        Assert.Equal(Currencies.All.Length, Currencies.All.Select(currency => currency.Code).Distinct().Count());
        Assert.All(Currencies.All, currency => Assert.Matches("^[A-Z]{3}$", currency.Code));
        Assert.All(Currencies.All, currency => Assert.InRange(currency.Exponent, -1, 3));
    }

    [Fact]
    public void TheHistoricCurrenciesOfOldWireCopyAreMarkedAndReadAsTheirOwnCodes()
    {
        string[] historic = ["ANG", "ATS", "BEF", "BGN", "CYP", "DEM", "EEK", "ESP", "FIM", "FRF", "GRD", "HRK", "IEP", "ITL", "LTL", "LUF", "LVL", "MTL", "NLG", "PTE", "SIT", "SKK", "XEU"];
        Assert.Equal(historic, Currencies.All.Where(currency => currency.Historic).Select(currency => currency.Code).Order(StringComparer.Ordinal));
        Assert.True(Currencies.All.Count(currency => !currency.Historic) >= 150);
        Assert.Equal((NumberReadingStatus.Read, 500_000_000_000m, "ITL"), Read("500 billion lire"));
        Assert.Equal((NumberReadingStatus.Read, 5m, "FRF"), Read("5 French francs"));
        Assert.Equal((NumberReadingStatus.Read, 5m, "DEM"), Read("5 Deutsche marks"));
        Assert.Equal((NumberReadingStatus.Read, 5m, "SEK"), Read("5 Swedish crowns"));
        Assert.Equal(NumberReadingStatus.NoNumber, Read("5 crowns").Status);
        Assert.Equal(NumberReadingStatus.NoNumber, Read("5 marks").Status);
    }

    [Fact]
    public void EveryCodeReadsBeforeAndAfterTheNumber()
    {
        foreach (var currency in Currencies.All)
        {
            Assert.Equal((NumberReadingStatus.Read, 5m, currency.Code), Read($"5 {currency.Code}"));
            Assert.Equal((NumberReadingStatus.Read, 5m, currency.Code), Read($"{currency.Code} 5"));
            Assert.Equal((NumberReadingStatus.Read, 2_500_000m, currency.Code), Read($"{currency.Code} 2.5 mln"));
        }
    }

    [Fact]
    public void EveryNameWithItsCountryAdjectiveReadsAsItsCode()
    {
        foreach (var currency in Currencies.All)
        {
            foreach (var adjective in currency.Adjectives)
            {
                foreach (var name in currency.Names.Concat(currency.Plurals))
                {
                    Assert.Equal((NumberReadingStatus.Read, 5m, currency.Code), Read($"5 {adjective} {name}"));
                }
            }
        }
    }

    [Fact]
    public void EveryDollarReadsInTheWiresDlrsAndItsCents()
    {
        var dollars = Currencies.All.Where(currency => currency.Names[0] == "dollar").ToList();
        Assert.True(dollars.Count >= 20);
        foreach (var currency in dollars)
        {
            var adjective = currency.Adjectives[0];
            Assert.Equal((NumberReadingStatus.Read, 1.5m, currency.Code), Read($"1.5 {adjective} dlrs"));
            Assert.Equal((NumberReadingStatus.Read, 1m, currency.Code), Read($"1 {adjective} dlr"));
            Assert.Equal((NumberReadingStatus.Read, 0.64m, currency.Code), Read($"64 {adjective} cts"));
            Assert.Equal((NumberReadingStatus.Read, 0.01m, currency.Code), Read($"one {adjective} cent"));
        }
    }

    [Fact]
    public void ANameSeveralCurrenciesShareIsNoCurrencyWithoutItsCountry()
    {
        var shared = Currencies.All.SelectMany(currency => currency.Plurals.Select(plural => (plural, currency.Code)))
            .GroupBy(pair => pair.plural)
            .Where(group => group.Count() > 1 && group.Key is not ("dollars" or "rupees" or "roubles" or "rubles" or "yuan"))
            .ToList();
        Assert.Contains(shared, group => group.Key == "francs");
        foreach (var group in shared)
        {
            var (status, _, _) = Read($"5 {group.Key}");
            Assert.Equal(NumberReadingStatus.NoNumber, status);
            foreach (var (_, code) in group)
            {
                Assert.Equal((NumberReadingStatus.Read, 5m, code), ReadAs($"5 {group.Key}", code));
            }
        }
    }

    [Fact]
    public void ACodeOtherThanTheCommonOnesReadsOnlyInCapitals()
    {
        Assert.Equal(NumberReadingStatus.NoNumber, Read("5 all").Status);
        Assert.Equal(NumberReadingStatus.NoNumber, Read("top 5").Status);
        Assert.Equal((NumberReadingStatus.Read, 5m, "TOP"), Read("TOP 5"));
        Assert.Equal((NumberReadingStatus.Read, 5m, "USD"), Read("5 usd"));
    }

    private static (NumberReadingStatus Status, decimal Value, string? Unit) Read(string text) => ReadAs(text, null);

    private static (NumberReadingStatus Status, decimal Value, string? Unit) ReadAs(string text, string? unit)
    {
        var reading = NumberReader.Read(text, unit);
        Assert.True(reading.Status == NumberReadingStatus.Read || reading.Problem is not null, text);
        return (reading.Status, reading.Value, reading.Status == NumberReadingStatus.Read ? reading.Unit : null);
    }
}
