using Dataset.Generator.Model;
using Dataset.Generator.Tests.Infrastructure;
using static Dataset.Generator.Tests.Infrastructure.ArticleText;

namespace Dataset.Generator.Tests;

/// <summary>The body of an article as <c>ArticleParser</c> reads it: paragraphs, quotes, statistics and mentions.</summary>
public sealed class ParserTests
{
    [Fact]
    public void SeedArticleParsesWithoutDiagnostics()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Data, "russia-us-syria-talks.md"));
        var article = Parse(text, "data/russia-us-syria-talks.md");

        Assert.Empty(article.Diagnostics);
        Assert.True(article.IsEmittable);
        Assert.Equal("RussiaUsSyriaTalks", article.Id);
        Assert.Equal("Russia and US call urgent talks after Syria strikes", article.Title);
        Assert.Equal("Agence France-Presse", article.Source);
        Assert.Equal("UNITED NATIONS, United States", article.Dateline);
        Assert.Equal((2015, 9, 30), (article.Year, article.Month, article.Day));
        Assert.Equal(30, article.Paragraphs.Count);
        Assert.Equal(10, article.Entities.Count(entity => entity.Kind == Model.EntityKind.Person));
        Assert.Equal(8, article.Quotes.Count);
        Assert.Equal(17, article.Stats.Count);

        var deconfliction = Assert.Single(article.Quotes, quote => quote.Key == "Deconfliction");
        Assert.Equal("Kerry", deconfliction.Speaker);
        Assert.Equal("said", deconfliction.Cue);
        Assert.Equal(8, deconfliction.Paragraph);
        Assert.Equal(
            "We agreed on the imperative of as soon as possible -- perhaps even as soon as tomorrow, but as soon as possible -- having a military to military de-confliction discussion",
            deconfliction.Text);

        var homs = Assert.Single(article.Quotes, quote => quote.Key == "HomsStrike");
        Assert.Equal("The Russians struck northern Homs today and killed 36 innocent people... who fought against extremism", homs.Text);
        Assert.Equal("told AFP", Assert.Single(article.Quotes, quote => quote.Key == "AfghanLesson").Cue);

        var soviet = Assert.Single(article.Stats, stat => stat.Key == "SovietDeaths");
        Assert.Equal(("14000", StatValueKind.Int, Model.StatQualifier.AtLeast, "over 14,000"), (soviet.Value, soviet.ValueKind, soviet.Qualifier, soviet.Text));

        var against = Assert.Single(article.Stats, stat => stat.Key == "Against");
        Assert.Equal(("LevadaPoll", "69", "percent"), (against.Group, against.Value, against.Unit));
        Assert.Equal(
            "Sixty-nine percent of Russians are against Moscow's deployment of troops in Syria, with just 14 percent in favour, according to a recent poll by the Levada Centre.",
            against.Sentence);
        Assert.Equal(
            "Sixty-nine percent of Russians are against Moscow's deployment of troops in Syria, with just 14 percent in favour, according to a recent poll by the Levada Centre.",
            article.Paragraphs[^1]);
    }

    [Fact]
    public void ParagraphsAreSeparatedByBlankLinesAndALineBreakReadsAsOneSpace()
    {
        var article = Parse(Article("First line   \n   goes on.\n\n\n  \nSecond paragraph.\n"));

        Assert.Empty(article.Diagnostics);
        Assert.Equal(["First line goes on.", "Second paragraph."], article.Paragraphs);
    }

    [Fact]
    public void ParagraphTextDropsMarkupAndResolvesEscapes()
    {
        var article = Parse(Article(@"[Kerry]{.person ref=Kerry} wrote \[sic\] \{braces\} and a \\ backslash."));

        Assert.Empty(article.Diagnostics);
        Assert.Equal([@"Kerry wrote [sic] {braces} and a \ backslash."], article.Paragraphs);
    }

    [Fact]
    public void QuoteTextIsTheSpanTextWithEscapesResolvedMarkupRemovedAndNoTypographicRewriting()
    {
        var body = "\"[We agree -- \\[with [Russia]{.place ref=Russia}\\] \"now\"\nand 'later'...]{.quote #Kerry.Agree cue=said}\"";
        var article = Parse(Article(body));

        Assert.Empty(article.Diagnostics);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("We agree -- [with Russia] \"now\" and 'later'...", quote.Text);
        Assert.Equal(("Kerry", "Agree", "said", 1), (quote.Speaker, quote.Key, quote.Cue, quote.Paragraph));
        var mention = Assert.Single(article.Mentions);
        Assert.Equal((Model.EntityKind.Place, "Russia", "Russia"), (mention.Kind, mention.EntityKey, mention.Text));
    }

    [Fact]
    public void QuotedAttributeValuesResolveEscapedQuotesAndBackslashes()
    {
        var article = Parse(Article(@"[Yes]{.quote #Kerry.Yes cue=""told \""AFP\"" {on} \\ record""}"));

        Assert.Empty(article.Diagnostics);
        Assert.Equal(@"told ""AFP"" {on} \ record", Assert.Single(article.Quotes).Cue);
    }

    [Fact]
    public void AQuoteWithoutCueHasNoCue()
    {
        var quote = Assert.Single(Parse(Article("[Yes]{.quote #Lavrov.Yes}")).Quotes);

        Assert.Null(quote.Cue);
        Assert.Equal("Lavrov", quote.Speaker);
    }

    [Fact]
    public void LocationsAreZeroBasedLinesAndColumnsOfTheWholeAnnotation()
    {
        var text = Article("Intro.\n\nSaid [yes\nindeed]{.quote #Kerry.Yes} today.");
        var article = Parse(text);

        var quote = Assert.Single(article.Quotes);
        var start = text.IndexOf("[yes", StringComparison.Ordinal);
        var end = text.IndexOf("} today", StringComparison.Ordinal) + 1;
        Assert.Equal(new TextLocation(start, end - start, 14, 5, 15, 26), quote.Location);
        Assert.Equal(2, quote.Paragraph);
        Assert.Equal("yes indeed", quote.Text);
    }

    [Fact]
    public void CrlfLineEndingsGiveTheSameModelAsLf()
    {
        var lf = Article("Said [yes\nindeed]{.quote #Kerry.Yes}.\n\n[20]{.stat #Strikes.Missions} missions.\n");
        var crlf = Parse(lf.Replace("\n", "\r\n"));
        var expected = Parse(lf);

        Assert.Empty(crlf.Diagnostics);
        Assert.Equal(expected.Paragraphs, crlf.Paragraphs);
        Assert.Equal(expected.Quotes[0].Text, crlf.Quotes[0].Text);
        Assert.Equal(
            (expected.Quotes[0].Location.StartLine, expected.Quotes[0].Location.StartColumn, expected.Quotes[0].Location.EndLine, expected.Quotes[0].Location.EndColumn),
            (crlf.Quotes[0].Location.StartLine, crlf.Quotes[0].Location.StartColumn, crlf.Quotes[0].Location.EndLine, crlf.Quotes[0].Location.EndColumn));
        Assert.Equal(expected.Stats[0].Location.StartLine, crlf.Stats[0].Location.StartLine);
    }

    [Fact]
    public void AByteOrderMarkIsIgnored()
    {
        var article = Parse("\uFEFF" + Article("Text."));

        Assert.Empty(article.Diagnostics);
        Assert.Equal("Talks", article.Title);
    }

    [Fact]
    public void SpansNestAndEveryLevelIsKept()
    {
        var article = Parse(Article("[[[Kerry]{.person ref=Kerry} and [NATO]{.org ref=Nato} agree on [5]{.stat #Deal.Points} points]{.quote #Lavrov.Outer}]{.place ref=Russia}"));

        Assert.Empty(article.Diagnostics);
        Assert.Equal("Kerry and NATO agree on 5 points", Assert.Single(article.Quotes).Text);
        Assert.Equal(["Kerry and NATO agree on 5 points", "Kerry", "NATO"], article.Mentions.Select(mention => mention.Text));
        Assert.Equal([Model.EntityKind.Place, Model.EntityKind.Person, Model.EntityKind.Organization], article.Mentions.Select(mention => mention.Kind));
        Assert.Equal("5", Assert.Single(article.Stats).Value);
    }

    [Fact]
    public void DeepNestingDoesNotOverflowTheStack()
    {
        const int depth = 20_000;
        var body = string.Concat(Enumerable.Repeat("[", depth)) + "Kerry" + string.Concat(Enumerable.Repeat("]{.person ref=Kerry}", depth));
        var article = Parse(Article(body));

        // Deeper than Markdown is read: the plain scanner reads the spans, and says so.
        Assert.Equal("DS2015", Assert.Single(article.Diagnostics).Id);
        Assert.Equal(depth, article.Mentions.Count);
        Assert.All(article.Mentions, mention => Assert.Equal("Kerry", mention.Text));
    }

    [Theory]
    [InlineData("[Kerry ]{.person ref=Kerry}")]
    [InlineData("[Kerry  ]{.person ref=Kerry}\nsaid")]
    [InlineData("[ Kerry\n]{.person ref=Kerry}")]
    [InlineData("Then [Kerry\t]{.person ref=Kerry}")]
    public void WhitespaceAtTheEdgesOfASpanIsNotPartOfItsText(string body)
    {
        var article = Parse(Article(body));

        Assert.Empty(article.Diagnostics);
        Assert.Equal("Kerry", Assert.Single(article.Mentions).Text);
    }

    [Fact]
    public void ASpanMayCrossOneLineBreakButNotABlankLine()
    {
        var crossing = Parse(Article("[John\nKerry]{.person ref=Kerry}"));
        Assert.Empty(crossing.Diagnostics);
        Assert.Equal("John Kerry", Assert.Single(crossing.Mentions).Text);

        var broken = Parse(Article("[John\n\nKerry]{.person ref=Kerry}"));
        Assert.Equal(["DS2001", "DS2006"], broken.Diagnostics.Select(diagnostic => diagnostic.Id));
        Assert.Equal(["[John", "Kerry]{.person ref=Kerry}"], broken.Paragraphs);
        Assert.Empty(broken.Mentions);
    }

    [Theory]
    [InlineData("[240,000]{.stat #War.Deaths}", "240000", "Int", null, "Exact")]
    [InlineData("[Sixty-nine percent]{.stat #Poll.Against}", "69", "Int", "percent", "Exact")]
    [InlineData("[14%]{.stat #Poll.For}", "14", "Int", "percent", "Exact")]
    [InlineData("[1.5 million]{.stat #People.Displaced}", "1500000", "Int", null, "Exact")]
    [InlineData("[1.5]{.stat #Growth.Rate unit=percent}", "1.5", "Double", "percent", "Exact")]
    [InlineData("[3 billion]{.stat #Budget.Total unit=USD}", "3000000000", "Long", "USD", "Exact")]
    [InlineData("[over 14,000]{.stat #War.Soviet}", "14000", "Int", null, "AtLeast")]
    [InlineData("[more than 300]{.stat #War.Sorties}", "300", "Int", null, "AtLeast")]
    [InlineData("[at least eight]{.stat #War.Targets}", "8", "Int", null, "AtLeast")]
    [InlineData("[up to five]{.stat #War.Days}", "5", "Int", null, "AtMost")]
    [InlineData("[about one hundred and twelve]{.stat #War.Planes}", "112", "Int", null, "About")]
    [InlineData("[nearly 2.5 percent]{.stat #War.Share}", "2.5", "Double", "percent", "Nearly")]
    [InlineData("[a dozen]{.stat #War.Dozen value=12}", "12", "Int", null, "Exact")]
    [InlineData("[10 years]{.stat #War.Years unit=years}", "10", "Int", "years", "Exact")]
    [InlineData("[9,223,372,036,854,775,807]{.stat #Big.Max}", "9223372036854775807", "Long", null, "Exact")]
    [InlineData("[2,147,483,647]{.stat #Big.IntMax}", "2147483647", "Int", null, "Exact")]
    [InlineData("[2,147,483,648]{.stat #Big.IntMaxPlusOne}", "2147483648", "Long", null, "Exact")]
    [InlineData("[freezing]{.stat #Temp.Low value=-5}", "-5", "Int", null, "Exact")]
    public void StatisticsReadTheirValueUnitAndQualifier(string body, string value, string kind, string? unit, string qualifier)
    {
        var article = Parse(Article(body));

        Assert.Empty(article.Diagnostics);
        var stat = Assert.Single(article.Stats);
        Assert.Equal((value, kind, unit, qualifier), (stat.Value, stat.ValueKind.ToString(), stat.Unit, stat.Qualifier.ToString()));
    }

    [Fact]
    public void AnExplicitUnitOverridesTheOneReadFromTheText()
    {
        var stat = Assert.Single(Parse(Article("[14 percent]{.stat #Poll.For unit=points}")).Stats);

        Assert.Equal("points", stat.Unit);
    }

    [Fact]
    public void AnExplicitValueThatContradictsTheTextWinsWithAWarning()
    {
        var article = Parse(Article("[over 14,000]{.stat #War.Soviet value=15000}"));

        Assert.Equal("DS3002", Assert.Single(article.Diagnostics).Id);
        var stat = Assert.Single(article.Stats);
        Assert.Equal(("15000", Model.StatQualifier.AtLeast), (stat.Value, stat.Qualifier));
    }

    [Fact]
    public void AnExplicitValueThatAgreesWithTheTextIsQuiet()
    {
        var article = Parse(Article("[1.5 million]{.stat #People.Displaced value=1500000.0}"));

        Assert.Empty(article.Diagnostics);
        Assert.Equal("1500000", Assert.Single(article.Stats).Value);
    }

    [Fact]
    public void AStatisticKeepsItsTextSentenceAndParagraph()
    {
        var article = Parse(Article("Intro.\n\nThe war began. It killed [240,000]{.stat #War.Deaths} people, say monitors! Peace is far."));

        var stat = Assert.Single(article.Stats);
        Assert.Equal(("240,000", "It killed 240,000 people, say monitors!", 2), (stat.Text, stat.Sentence, stat.Paragraph));
    }

    [Fact]
    public void MentionsReferToDeclaredEntitiesOfEachKind()
    {
        var article = Parse(Article("[John Kerry]{.person ref=Kerry} of the [alliance]{.org ref=Nato} in [Moscow]{.place ref=Russia}."));

        Assert.Empty(article.Diagnostics);
        Assert.Equal(
            [(Model.EntityKind.Person, "Kerry", "John Kerry", 1), (Model.EntityKind.Organization, "Nato", "alliance", 1), (Model.EntityKind.Place, "Russia", "Moscow", 1)],
            article.Mentions.Select(mention => (mention.Kind, mention.EntityKey, mention.Text, mention.Paragraph)));
    }

    [Fact]
    public void AMentionMustReferToAnEntityOfItsOwnKind()
    {
        var article = Parse(Article("[Russia]{.person ref=Russia}"));

        Assert.Equal("DS2010", Assert.Single(article.Diagnostics).Id);
        Assert.Empty(article.Mentions);
    }

    [Fact]
    public void AnnotationsAreKeptInTheOrderTheyOpen()
    {
        var article = Parse(Article("[a]{.quote #Kerry.A} [b]{.quote #Lavrov.B}\n\n[c]{.quote #Kerry.C}"));

        Assert.Equal(["A", "B", "C"], article.Quotes.Select(quote => quote.Key));
        Assert.Equal([1, 1, 2], article.Quotes.Select(quote => quote.Paragraph));
    }

    [Fact]
    public void KeywordsAreValidKeysAndStayUnescapedInTheModel()
    {
        var front = "people:\n  class: Class Person\n  event: { name: Event Person }\n";
        var article = Parse(Article("[Yes]{.quote #event.return} [1]{.stat #int.double}", front));

        Assert.Empty(article.Diagnostics);
        Assert.Equal(["class", "event"], article.Entities.Select(entity => entity.Key));
        Assert.Equal(("event", "return"), (article.Quotes[0].Speaker, article.Quotes[0].Key));
        Assert.Equal(("int", "double"), (article.Stats[0].Group, article.Stats[0].Key));
    }

    [Fact]
    public void ABrokenAnnotationIsDroppedAndTheRestOfTheArticleIsKept()
    {
        var article = Parse(Article("[bad]{.quote}\n\n" + ValidParagraph + "\n\nLast [x]{.nope} words."));

        Assert.Equal(["DS2005", "DS2004"], article.Diagnostics.Select(diagnostic => diagnostic.Id));
        Assert.True(article.IsEmittable);
        Assert.Equal(["bad", "\"We agreed\" in Russia after 20 missions.", "Last x words."], article.Paragraphs);
        Assert.Equal("Agreed", Assert.Single(article.Quotes).Key);
        Assert.Equal("Missions", Assert.Single(article.Stats).Key);
        Assert.Single(article.Mentions);
    }

    [Fact]
    public void TheSameSourceParsesToAnEqualModel()
    {
        var text = Article(ValidParagraph);

        Assert.Equal(Parse(text), Parse(text));
        Assert.NotEqual(Parse(text), Parse(text.Replace("20", "21")));
    }
}
