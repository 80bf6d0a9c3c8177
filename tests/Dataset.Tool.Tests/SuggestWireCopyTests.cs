using Dataset.Generator.Parsing;
using Dataset.Tool.Suggesting;

namespace Dataset.Tool.Tests;

/// <summary>
/// suggest on the shapes of wire copy, each in sentences written for the test: the statistic spans an editor writes and
/// the numbers that are no figure, the short forms of a company's name, and the quotes' attributions.
/// </summary>
public sealed class SuggestWireCopyTests
{
    private const string FrontMatter = "---\ntitle: Wire\nsource: Reuters\npublished: 1988-05-04\n";

    [Theory]
    [InlineData("Halvard Mining Co said it earned 2.4 mln dlrs in the quarter.", "2.4 mln dlrs")]
    [InlineData("The shares rose 5-1/2 dlrs on the news.", "5-1/2 dlrs")]
    [InlineData("The bid values each share at 410p in cash.", "410p")]
    [InlineData("It will buy not less than 51 pct of the stock.", "not less than 51 pct")]
    [InlineData("The unit adds between five and 10 pct to earnings.", "between five and 10 pct")]
    [InlineData("Analysts value the stock at 38 to 42 dlrs, a dealer said.", "38 to 42 dlrs")]
    [InlineData("Exports make up about two-thirds of its sales.", "about two-thirds")]
    [InlineData("The mill employs some 1,250 workers on two sites.", "some 1,250 workers")]
    [InlineData("The warrants pay 9-3/8 pct until then.", "9-3/8 pct")]
    [InlineData("The group paid 12.5 mln Canadian dlrs for the mine.", "12.5 mln Canadian dlrs")]
    [InlineData("Crude rose to 16.00 dlrs a barrel on Monday.", "16.00 dlrs a barrel")]
    [InlineData("It offered 31.25 dlrs per share in cash.", "31.25 dlrs per share")]
    public void AStatisticIsProposedWithTheSpanAnEditorWrites(string sentence, string span)
    {
        var stats = Suggest(sentence).Where(suggestion => suggestion.Kind == SuggestionKind.Stat).Select(suggestion => suggestion.Text).ToList();

        Assert.Equal([span], stats);
    }

    [Theory]
    [InlineData("The plant opened in 1986 near the river.")]
    [InlineData("The offer expires on Dec 31, 1989 unless extended.")]
    [InlineData("The offer expires at 1630 EST on Friday.")]
    [InlineData("The company expects a profit in 1988/89 after all.")]
    [InlineData("The balance is due over the next six years.")]
    [InlineData("The tender expires 20 business days after it starts.")]
    [InlineData("It bought the 310-room hotel outright.")]
    [InlineData("The company will focus on its three profitable divisions.")]
    [InlineData("It said two directors will join the board on March Four.")]
    [InlineData("The fourth quarter was the first since the merger.")]
    public void ANumberThatIsNoFigureIsNotProposed(string sentence)
    {
        Assert.DoesNotContain(Suggest(sentence), suggestion => suggestion.Kind == SuggestionKind.Stat);
    }

    [Fact]
    public void EveryNumberAlsoProposesYearsDurationsAndCountsInWords()
    {
        var stats = Suggest("The plant opened in 1986 and ran for six years with three furnaces.", everyNumber: true)
            .Where(suggestion => suggestion.Kind == SuggestionKind.Stat).Select(suggestion => suggestion.Annotated).ToList();

        Assert.Equal(3, stats.Count);
        Assert.Contains("[1986]{.stat #Wire.Year1986 unit=year}", stats);
        Assert.Contains(stats, annotated => annotated.StartsWith("[six]{", StringComparison.Ordinal) && annotated.EndsWith(" unit=years}", StringComparison.Ordinal));
        Assert.Contains(stats, annotated => annotated.StartsWith("[three]{", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Computer Terminal Systems Inc", "Computer Terminal said it would sell the unit.", "Computer Terminal")]
    [InlineData("Halvard Mining Corp", "The board of Halvard rejected the bid.", "Halvard")]
    [InlineData("Brontide Lawn Corp", "Brontide's shares rose on the news.", "Brontide")]
    [InlineData("Quenby Dredging Co", "Analysts said quenby dredging was for sale.", "quenby dredging")]
    [InlineData("Quenby Dredging Co", "QUENBY DREDGING SAID IT WAS FOR SALE.", "QUENBY DREDGING")]
    [InlineData("Bellweather and Castleton Shipping Co Plc", "B and C said it would buy the rest.", "B and C")]
    [InlineData("Imperial Tallow Industries Plc", "ITI said its profit rose.", "ITI")]
    [InlineData("Halvard Tremont Gas Association", "HT Gas said it noted the offer.", "HT Gas")]
    [InlineData("AB Skogsvik", "The stake gives Skogsvik control.", "Skogsvik")]
    [InlineData("Union Marlowe Corp", "Marlowe said it would keep the plant.", "Marlowe")]
    [InlineData("Ostberg family", "The Ostbergs sold their stake.", "Ostbergs")]
    public void AnOrganizationIsFoundByItsShortForms(string name, string sentence, string mention)
    {
        var mentions = Suggest(sentence, "organizations:\n  Org: { name: \"" + name + "\" }\n")
            .Where(suggestion => suggestion.Kind == SuggestionKind.Mention).Select(suggestion => (suggestion.Text, suggestion.Attributes)).ToList();

        Assert.Equal([(mention, ".org ref=Org")], mentions);
    }

    [Theory]
    [InlineData("American Express Co", "American officials said so.")]
    [InlineData("Russian Tractor Works", "Russian farmers bought more.")]
    [InlineData("Circuit Boards Inc", "The firm makes circuit boards for cars.")]
    [InlineData("Ferrand Steel Co", "Ferrand Steel Co \\<FRSC.N\\> said so.")]
    public void ACommonFirstWordALowerCaseWordAndAStockSymbolAreNoMention(string name, string sentence)
    {
        var mentions = Suggest(sentence, "organizations:\n  Org: { name: \"" + name + "\" }\n")
            .Where(suggestion => suggestion.Kind == SuggestionKind.Mention).Select(suggestion => suggestion.Text).ToList();

        Assert.DoesNotContain(mentions, text => text is "American" or "Russian" or "circuit" or "FRSC");
    }

    [Fact]
    public void AShortFormIsTheOrganizationWhoseWholeNameItIs()
    {
        var mentions = Suggest(
            "Pellam said its unit Pellam Buyout would lead the deal.",
            "organizations:\n  Buyout: { name: \"J.K. Pellam Buyout Inc\" }\n  Pellam: { name: \"J.K. Pellam Group Inc\" }\n")
            .Where(suggestion => suggestion.Kind == SuggestionKind.Mention).Select(suggestion => (suggestion.Text, suggestion.Attributes, suggestion.CanApply)).ToList();

        Assert.Equal([("Pellam", ".org ref=Pellam", true), ("Pellam Buyout", ".org ref=Buyout", true)], mentions);
    }

    [Theory]
    [InlineData("Massachusetts", "It is based in Dedham, Mass., near Boston.", "Mass.")]
    [InlineData("California", "It is based in Fresno, Calif.", "Calif.")]
    [InlineData("Rhode Island", "It is based in Warwick, R.I., and Boston.", "R.I.")]
    public void AStateIsFoundByItsWireAbbreviation(string state, string sentence, string mention)
    {
        var mentions = Suggest(sentence, "places:\n  State: { name: \"" + state + "\" }\n")
            .Where(suggestion => suggestion.Kind == SuggestionKind.Mention).Select(suggestion => suggestion.Text).ToList();

        Assert.Equal([mention], mentions);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"\"\"\" said \" he said \"")]
    [InlineData("He said: \"")]
    [InlineData("\u201CUnclosed, she said.\n\n\u201D\u201D told \u201C")]
    [InlineData("99999999999999999999999999999999/7 and 1986-87 and 3-1/0 dlrs and .5.5.5 and 1,000,00 pct")]
    [InlineData("between and 10 pct to to 5 - - -3 dlrs $ US$ 7")]
    [InlineData("Ann Ruiz said")]
    public void OddTextGivesSuggestionsInsideTheTextAndNoException(string body)
    {
        var text = FrontMatter + "people:\n  Ruiz: { name: Ann Ruiz }\n---\n\n" + body + "\n";
        var parse = ArticleParser.Read("odd.md", "odd.md", text, TestContext.Current.CancellationToken);

        var suggestions = parse.Model.IsEmittable ? Suggester.Suggest(parse, everyNumber: true).Concat(Suggester.Suggest(parse)).ToList() : [];

        Assert.All(suggestions, suggestion => Assert.Equal(suggestion.Text, text[suggestion.Start..suggestion.End]));
    }

    internal static List<Suggestion> Suggest(string body, string declarations = "", bool everyNumber = false)
    {
        var text = FrontMatter + declarations + "---\n\n" + body + "\n";
        var parse = ArticleParser.Read("wire.md", "wire.md", text, TestContext.Current.CancellationToken);
        Assert.True(parse.Model.IsEmittable, text);
        return Suggester.Suggest(parse, everyNumber: everyNumber).ToList();
    }
}
