using Dataset.Generator.Tests.Infrastructure;

namespace Dataset.Generator.Tests;

/// <summary>
/// A text the reader does not guess at (<c>1.8m</c>, <c>25 pounds</c>, <c>5 francs</c>) is DS3001, and the
/// <c>value=</c> or <c>unit=</c> its message names settles it, with no diagnostic left.
/// </summary>
public sealed class AmbiguousNumberTests
{
    [Theory]
    [InlineData("1.8m", "")]
    [InlineData("32K", "")]
    [InlineData("25 pounds", "")]
    [InlineData("5 francs", "")]
    [InlineData("16.00 dlrs a barrel", "")]
    [InlineData("1.8m", "unit=metres")]
    public void TheAmbiguousTextIsAnError(string text, string attributes)
    {
        var model = ArticleText.Parse(ArticleText.Article($"[{text}]{{.stat #G.K {attributes}}}\n"));

        Assert.Equal("DS3001", Assert.Single(model.Diagnostics).Id);
        Assert.Empty(model.Stats);
    }

    [Theory]
    [InlineData("1.8m", "value=1800000", "1800000", null)]
    [InlineData("1.8m", "unit=m", "1.8", "m")]
    [InlineData("32K", "unit=K", "32", "K")]
    [InlineData("32K", "value=32000", "32000", null)]
    [InlineData("25 pounds", "unit=pounds", "25", "pounds")]
    [InlineData("25 pounds", "unit=GBP", "25", "GBP")]
    [InlineData("5 francs", "unit=CHF", "5", "CHF")]
    [InlineData("5 pesos", "unit=MXN", "5", "MXN")]
    [InlineData("16.00 dlrs a barrel", "value=16", "16", null)]
    public void TheValueOrUnitTheMessageNamesSettlesIt(string text, string attributes, string value, string? unit)
    {
        var model = ArticleText.Parse(ArticleText.Article($"[{text}]{{.stat #G.K {attributes}}}\n"));

        Assert.Empty(model.Diagnostics);
        var stat = Assert.Single(model.Stats);
        Assert.Equal((value, unit), (stat.Value, stat.Unit));
    }
}
