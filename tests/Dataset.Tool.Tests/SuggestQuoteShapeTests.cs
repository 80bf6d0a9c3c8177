using Dataset.Tool.Suggesting;

namespace Dataset.Tool.Tests;

/// <summary>
/// suggest's quotes in the shapes of wire copy, in sentences written for the test: where the verb and the speaker are,
/// who a pronoun or a title is, quotes that go on over sentences and paragraphs, partial quotes, and quoted words that
/// are no quote.
/// </summary>
public sealed class SuggestQuoteShapeTests
{
    private const string People =
        "people:\n  Ruiz: { name: Ann Ruiz }\n  Halvorsen: { name: Per Halvorsen, role: oil minister }\n  Lind: { name: Eva Lind, role: Bellmark spokeswoman }\n" +
        "organizations:\n  Bellmark: { name: Bellmark Ltd }\n  Reuters: { name: Reuters }\n";

    [Theory]
    [InlineData("\"Prices will firm by spring,\" said Ann Ruiz of Bellmark Ltd.", "Prices will firm by spring", "Ruiz")]
    [InlineData("\"Prices will firm by spring,\" Ruiz said.", "Prices will firm by spring", "Ruiz")]
    [InlineData("Ann Ruiz of Bellmark said: \"Prices will firm by spring.\"", "Prices will firm by spring", "Ruiz")]
    [InlineData("Ruiz met traders on Monday. \"Prices will firm by spring,\" she told Reuters in a telephone interview.", "Prices will firm by spring", "Ruiz")]
    [InlineData("Ruiz met traders on Monday. Later she said \"prices will firm by spring.\"", "prices will firm by spring", "Ruiz")]
    [InlineData("Per Halvorsen flew in on Monday. \"We will not cut output,\" the minister said.", "We will not cut output", "Halvorsen")]
    [InlineData("\"We will not cut output,\" the oil minister told a news conference.", "We will not cut output", "Halvorsen")]
    [InlineData("Halvorsen was quoted by the paper as saying \"we will not cut output this year.\"", "we will not cut output this year", "Halvorsen")]
    [InlineData("Ruiz said the merger would \"make us the biggest trader in the region\" within a year.", "make us the biggest trader in the region", "Ruiz")]
    [InlineData("According to Ruiz, \"the market has turned for good.\"", "the market has turned for good", "Ruiz")]
    [InlineData("Ruiz, who heads the unit, said: \"We will sell it.\" Halvorsen disagreed.", "We will sell it", "Ruiz")]
    [InlineData("Ruiz spoke first. Halvorsen disagreed. \"We will not sell,\" he said.", "We will not sell", "Halvorsen")]
    [InlineData("Mrs Ann Ruiz met Mr Per Halvorsen. \"We agreed on a price,\" she said.", "We agreed on a price", "Ruiz")]
    [InlineData("Ms. Ruiz met Halvorsen. \"We agreed on a price,\" he said.", "We agreed on a price", "Halvorsen")]
    [InlineData("Eva Lind met Halvorsen on Monday. \"We agreed on a price,\" she said.", "We agreed on a price", "Lind")]
    public void TheQuoteAndItsSpeakerAreFoundInEveryWireShape(string sentence, string quote, string speaker)
    {
        var quotes = Quotes(sentence);

        Assert.Equal([(quote, speaker)], quotes.Select(item => (item.Text, Speaker(item))));
    }

    [Fact]
    public void AQuoteGoesOnOverSentencesAndParagraphsWithItsSpeaker()
    {
        var quotes = Quotes(
            "Ann Ruiz spoke after the meeting.\n\n\"We will sell the unit,\" she said. \"The price is right.\n\n\"We expect a deal by June,\" she added, \"and a second one later.\"");

        Assert.Equal(
            [("We will sell the unit", "Ruiz"), ("The price is right", "Ruiz"), ("We expect a deal by June", "Ruiz"), ("and a second one later", "Ruiz")],
            quotes.Select(item => (item.Text, Speaker(item))));
    }

    [Fact]
    public void QuotedWordsInsideTheNextSentenceAreNotTheLastSpeakers()
    {
        var quotes = Quotes("\"We will sell,\" Ruiz said. The buyer called the offer \"a very fair price\" on Monday.");

        Assert.Equal([("We will sell", "Ruiz")], quotes.Select(item => (item.Text, Speaker(item))));
    }

    [Fact]
    public void ATitleNoDeclaredPersonHoldsIsLeftToTheEditorWithTheCandidates()
    {
        var quote = Assert.Single(Quotes("Ruiz and Halvorsen met on Monday. \"The talks went well,\" an aide said."));

        Assert.Equal("Speaker", Speaker(quote));
        Assert.Contains("'aide' is no declared person", quote.Description, StringComparison.Ordinal);
        Assert.Contains("People.Halvorsen or People.Ruiz", quote.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void ADocumentAsTheSourceIsLeftToTheEditor()
    {
        var quote = Assert.Single(Quotes("The report notes that \"output fell in every region last year.\""));

        Assert.Equal("Speaker", Speaker(quote));
        Assert.Contains("a document ('report') speaks", quote.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("This so-called \"bridge\" loan will be repaid, Bellmark said.")]
    [InlineData("Bellmark called the offer \"final\" on Monday.")]
    [InlineData("\"We will grow by buying,\" Bellmark said.")]
    [InlineData("\"We will grow by buying,\" Quillon Shipping Inc said in a statement.")]
    [InlineData("They said they would spend more \"to make the hotel the finest in the region.\"")]
    public void QuotedWordsOfAnOrganizationOrATermAreNoQuote(string sentence)
    {
        Assert.Empty(Quotes(sentence));
    }

    private static string Speaker(Suggestion quote) => quote.Attributes.Split(' ')[1][1..].Split('.')[0];

    private static List<Suggestion> Quotes(string body) =>
        SuggestWireCopyTests.Suggest(body, People).Where(suggestion => suggestion.Kind == SuggestionKind.Quote).ToList();
}
