using Dataset.Generator.Model;
using static Dataset.Generator.Tests.Infrastructure.ArticleText;

namespace Dataset.Generator.Tests;

/// <summary>The body read as Markdown (CommonMark + bracketed spans): texts as Pandoc reads them, blocks, links.</summary>
public sealed class MarkdownBodyTests
{
    /// <summary>Where the body starts in a file made by <c>Article</c> (the front matter's length).</summary>
    private static readonly int BodyStart = Article(string.Empty).Length;

    [Fact]
    public void EmphasisStrongAndStrikeoutMarkersAreRemovedTheirWordsKept()
    {
        var article = Parse(Article("\"[We *will* win **this** ~~never~~ _together_]{.quote #Kerry.Win}\", [_NATO_]{.org ref=Nato} said."));

        Assert.Empty(article.Diagnostics);
        Assert.Equal("We will win this never together", Assert.Single(article.Quotes).Text);
        Assert.Equal("NATO", Assert.Single(article.Mentions).Text);
        Assert.Equal(["\"We will win this never together\", NATO said."], article.Paragraphs);
    }

    [Fact]
    public void ALinkIsALinkWithItsTextUrlTitleBlockAndLocation()
    {
        const string body = "Intro.\n\nSee [the ministry's *statement*](https://example.org/s \"The title\") today.";
        var article = Parse(Article(body));

        Assert.Empty(article.Diagnostics);
        var link = Assert.Single(article.Links);
        Assert.Equal(new LinkModel("the ministry's statement", "https://example.org/s", "The title", 2, link.Location), link);
        Assert.Equal(BodyStart + body.IndexOf('[', StringComparison.Ordinal), link.Location.Start);
        Assert.Equal(body.Length - " today.".Length - body.IndexOf('[', StringComparison.Ordinal), link.Location.Length);
        Assert.Equal(["Intro.", "See the ministry's statement today."], article.Paragraphs);
    }

    [Fact]
    public void LinksAndSpansNestBothWays()
    {
        var article = Parse(Article("[See [the report](https://example.org/r) now]{.quote #Kerry.See} and [[Kerry]{.person ref=Kerry}'s page](https://example.org/k)."));

        Assert.Empty(article.Diagnostics);
        Assert.Equal("See the report now", Assert.Single(article.Quotes).Text);
        Assert.Equal("Kerry", Assert.Single(article.Mentions).Text);
        Assert.Equal([("the report", "https://example.org/r"), ("Kerry's page", "https://example.org/k")], article.Links.Select(link => (link.Text, link.Url)));
    }

    [Fact]
    public void ASpanTakesPrecedenceOverALinkReference()
    {
        var article = Parse(Article("[Kerry]{.person ref=Kerry} and [Kerry] and [NATO][].\n\n[Kerry]: https://example.org/kerry\n[NATO]: https://example.org/nato"));

        Assert.Empty(article.Diagnostics);
        Assert.Equal("Kerry", Assert.Single(article.Mentions).Text);
        Assert.Equal(["https://example.org/kerry", "https://example.org/nato"], article.Links.Select(link => link.Url));
        Assert.Equal(["Kerry and Kerry and NATO."], article.Paragraphs);
    }

    [Fact]
    public void AutolinksEntitiesCodeAndRawHtmlReadAsPandocReadsThem()
    {
        var article = Parse(Article("At <https://example.org/a> or <me@example.org>: &amp; &#8212; &nbsp;x, `a \\[b\\] *c*` and <b>bold</b>."));

        Assert.Equal(["At https://example.org/a or me@example.org: & \u2014 \u00A0x, a \\[b\\] *c* and bold."], article.Paragraphs);
        Assert.Equal([("https://example.org/a", "https://example.org/a"), ("me@example.org", "mailto:me@example.org")], article.Links.Select(link => (link.Text, link.Url)));
    }

    [Fact]
    public void HardLineBreaksAndRunsOfSpacesAreOneSpaceAndBackslashSpaceIsANoBreakSpace()
    {
        var article = Parse(Article("One\\\ntwo  \nthree\t four   five\nsix\\ seven"));

        Assert.Equal(["One two three four five six\u00A0seven"], article.Paragraphs);
    }

    [Fact]
    public void HeadingsListItemsQuotesAndCodeAreBlocksOfTheirOwnInOrder()
    {
        const string body = "## Sub *head* ##\nA paragraph.\n\n- one\n- two\n\n  still two\n  - nested\n\n> quoted\n>\n> > deeper\n\n```\n[not]{.person ref=Kerry} *code*\n```\n\n***\n\nSetext\n===";
        var article = Parse(Article(body));

        Assert.Empty(article.Diagnostics);
        Assert.Empty(article.Mentions);
        Assert.Equal(
            [
                (Model.BlockKind.Heading, 2, "Sub head"),
                (Model.BlockKind.Paragraph, 0, "A paragraph."),
                (Model.BlockKind.ListItem, 1, "one"),
                (Model.BlockKind.ListItem, 1, "two"),
                (Model.BlockKind.ListItem, 1, "still two"),
                (Model.BlockKind.ListItem, 2, "nested"),
                (Model.BlockKind.Quote, 1, "quoted"),
                (Model.BlockKind.Quote, 2, "deeper"),
                (Model.BlockKind.Code, 0, "[not]{.person ref=Kerry} *code*"),
                (Model.BlockKind.Heading, 1, "Setext"),
            ],
            article.Blocks.Select(block => (block.Kind, block.Level, block.Text)));
        Assert.Equal(article.Blocks.Select(block => block.Text), article.Paragraphs);
        var quoted = article.Blocks[6].Location;
        Assert.Equal(BodyStart + body.IndexOf("quoted", StringComparison.Ordinal), quoted.Start);
        Assert.Equal("quoted".Length, quoted.Length);
    }

    [Fact]
    public void AQuotesParagraphIsTheIndexOfItsBlockAndItsLocationIsExactInsideContainers()
    {
        const string body = "# Title\n\nIntro.\n\n- item\n- > \"[Inside]{.quote #Kerry.In}\" said [Kerry]{.person ref=Kerry}.";
        var article = Parse(Article(body));

        Assert.Empty(article.Diagnostics);
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(4, quote.Paragraph);
        Assert.Equal(Model.BlockKind.Quote, article.Blocks[3].Kind);
        var start = body.IndexOf("[Inside]", StringComparison.Ordinal);
        Assert.Equal(BodyStart + start, quote.Location.Start);
        Assert.Equal("[Inside]{.quote #Kerry.In}".Length, quote.Location.Length);
        Assert.Equal(5, quote.Location.StartLine - Article(string.Empty).Count(c => c == '\n'));
        Assert.Equal(4 + 1, quote.Location.StartColumn);
    }

    [Fact]
    public void AnImageKeepsItsAltTextAndABangBeforeASpanIsText()
    {
        var article = Parse(Article("![a *photo*](p.png) and ![Kerry]{.person ref=Kerry}."));

        Assert.Empty(article.Diagnostics);
        Assert.Equal(["a photo and !Kerry."], article.Paragraphs);
        Assert.Equal("Kerry", Assert.Single(article.Mentions).Text);
        Assert.Empty(article.Links);
    }

    [Fact]
    public void ASpanInsideEmphasisAndEmphasisInsideASpanBothWork()
    {
        var article = Parse(Article("*[Kerry]{.person ref=Kerry} spoke* and [**NATO** agreed]{.quote #Lavrov.Agreed}"));

        Assert.Empty(article.Diagnostics);
        Assert.Equal("Kerry", Assert.Single(article.Mentions).Text);
        Assert.Equal("NATO agreed", Assert.Single(article.Quotes).Text);
        Assert.Equal(["Kerry spoke and NATO agreed"], article.Paragraphs);
    }

    [Fact]
    public void SpacesAtTheInnerEdgesOfASpanLeaveTheParagraphAsInPandoc()
    {
        var article = Parse(Article("a[ b ]{.person ref=Kerry}c and d [ e\n]{.person ref=Kerry} f"));

        Assert.Equal(["abc and d e f"], article.Paragraphs);
        Assert.Equal(["b", "e"], article.Mentions.Select(mention => mention.Text));
    }
}
