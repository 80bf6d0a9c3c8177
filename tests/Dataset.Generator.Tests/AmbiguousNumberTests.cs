using Dataset.Generator.Tests.Infrastructure;

namespace Dataset.Generator.Tests;

/// <summary>
/// A text the reader does not guess at (<c>1.8m</c>, <c>25 pounds</c>, <c>5 francs</c>) is DS3001, and the
/// <c>value=</c>, <c>unit=</c> or <c>per=</c> its message names settles it, with no diagnostic left.
/// </summary>
public sealed class AmbiguousNumberTests
{
    [Theory]
    [InlineData("1.8m", "")]
    [InlineData("32K", "")]
    [InlineData("25 pounds", "")]
    [InlineData("5 francs", "")]
    [InlineData("5 dlrs a widget", "")]
    [InlineData("60 cts a pound", "")]
    [InlineData("5 dlrs per franc", "")]
    [InlineData("1.8m", "unit=metres")]
    public void TheAmbiguousTextIsAnError(string text, string attributes)
    {
        var model = ArticleText.Parse(ArticleText.Article($"[{text}]{{.stat #G.K {attributes}}}\n"));

        Assert.Equal("DS3001", Assert.Single(model.Diagnostics).Id);
        Assert.Empty(model.Stats);
    }

    [Theory]
    [InlineData("1.8m", "value=1800000", "1800000", null, null)]
    [InlineData("1.8m", "unit=m", "1.8", "m", null)]
    [InlineData("32K", "unit=K", "32", "K", null)]
    [InlineData("32K", "value=32000", "32000", null, null)]
    [InlineData("25 pounds", "unit=pounds", "25", "pounds", null)]
    [InlineData("25 pounds", "unit=GBP", "25", "GBP", null)]
    [InlineData("5 francs", "unit=CHF", "5", "CHF", null)]
    [InlineData("5 pesos", "unit=MXN", "5", "MXN", null)]
    [InlineData("5 dlrs a widget", "per=widget", "5", "USD", "widget")]
    [InlineData("60 cts a pound", "per=lb", "0.6", "USD", "lb")]
    [InlineData("60 cts a pound", "per=GBP", "0.6", "USD", "GBP")]
    [InlineData("5 dlrs per franc", "per=CHF", "5", "USD", "CHF")]
    public void TheValueOrUnitTheMessageNamesSettlesIt(string text, string attributes, string value, string? unit, string? per)
    {
        var model = ArticleText.Parse(ArticleText.Article($"[{text}]{{.stat #G.K {attributes}}}\n"));

        Assert.Empty(model.Diagnostics);
        var stat = Assert.Single(model.Stats);
        Assert.Equal((value, unit, per), (stat.Value, stat.Unit, stat.Per));
    }
}
