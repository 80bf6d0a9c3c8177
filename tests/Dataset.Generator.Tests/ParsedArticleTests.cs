using Dataset.Generator.Checks;
using Dataset.Generator.Parsing;
using Dataset.Generator.Parsing.Body;
using Dataset.Generator.Tests.Infrastructure;

namespace Dataset.Generator.Tests;

/// <summary>
/// What <c>ArticleParser.Read</c> hands tools beside the model: the text offsets count in, the front matter and body,
/// and every annotation, valid or not, with its kind, id, attributes, spans, block and parent.
/// </summary>
public sealed class ParsedArticleTests
{
    private const string Path = GeneratorHarness.ProjectDirectory + "data/talks.md";

    [Fact]
    public void ReadKeepsTheNormalizedTextTheFrontMatterAndEveryAnnotationBesideTheSameModel()
    {
        var body = "\n# Talks\n\n\"[We agreed [in Russia]{.place ref=Russia}]{.quote #Kerry.Agreed cue=said}\", with [a typo]{.qoute #Kerry.Typo} and [no kind]{#Kerry.None}.\n\n- [20]{.stat #Strikes.Missions} missions\n";
        var file = "\uFEFF" + ArticleText.Article(body).Replace("\n", "\r\n", StringComparison.Ordinal);

        var parsed = Read(file);

        Assert.Equal(Parse(file), parsed.Model);
        Assert.Equal(ArticleText.Article(body), parsed.Text);
        var closing = parsed.Text.IndexOf("---\n\n# Talks", StringComparison.Ordinal);
        Assert.Equal((0, closing + 3), (parsed.FrontMatter!.Value.Start, parsed.FrontMatter.Value.End));
        Assert.Equal(closing + 4, parsed.BodyStart);

        Assert.Equal(
            [AnnotationKind.Quote, AnnotationKind.Place, AnnotationKind.Unknown, AnnotationKind.None, AnnotationKind.Stat],
            parsed.Annotations.Select(annotation => annotation.Kind));
        Assert.Equal(["Kerry.Agreed", null, "Kerry.Typo", "Kerry.None", "Strikes.Missions"], parsed.Annotations.Select(annotation => annotation.Id));
        Assert.Equal([0, 1, 2, 3, 4], parsed.Annotations.Select(annotation => annotation.Index));
        Assert.Equal([null, parsed.Annotations[0], null, null, null], parsed.Annotations.Select(annotation => annotation.Parent));

        var (quote, place, stat) = (parsed.Annotations[0], parsed.Annotations[1], parsed.Annotations[4]);
        Assert.Equal("[in Russia]{.place ref=Russia}", Written(parsed, place.Span));
        Assert.Equal("We agreed [in Russia]{.place ref=Russia}", Written(parsed, quote.TextSpan));
        Assert.Equal("in Russia", Written(parsed, place.TextSpan));
        Assert.Equal([".quote", "#Kerry.Agreed", "cue=said"], quote.Attributes.Select(attribute => parsed.Text[attribute.Start..attribute.End]));
        Assert.Equal(".quote", parsed.Text[quote.KindAttribute!.Value.Start..quote.KindAttribute.Value.End]);

        // Blocks: the heading, the paragraph, the list item; annotations index them and their plain text.
        Assert.Equal((1, 2), (quote.Block, stat.Block));
        Assert.Equal("We agreed in Russia", parsed.Blocks[1].Text[quote.TextStart..quote.TextEnd]);
        var item = parsed.Text.IndexOf("- [20]", StringComparison.Ordinal);
        var itemLine = parsed.Text[..item].Count(c => c == '\n');
        Assert.Equal((itemLine, itemLine), (parsed.Blocks[2].Location.StartLine, parsed.Blocks[2].Location.EndLine));
        Assert.Equal(item + 2, parsed.Blocks[2].Location.Start);
    }

    [Fact]
    public void AFileWithoutFrontMatterOrWithAnUnclosedOneHasNoBody()
    {
        var missing = Read("Just text [here]{.person ref=Kerry}.\n");
        Assert.Null(missing.FrontMatter);
        Assert.Null(missing.BodyStart);
        Assert.Empty(missing.Annotations);
        Assert.False(missing.Model.IsEmittable);

        var unclosed = Read("---\ntitle: Talks\n");
        Assert.Equal((0, unclosed.Text.Length), (unclosed.FrontMatter!.Value.Start, unclosed.FrontMatter.Value.End));
        Assert.Null(unclosed.BodyStart);
        Assert.Empty(unclosed.Blocks);
    }

    [Fact]
    public void AFileThatCannotBeReadKeepsOnlyItsFailure()
    {
        var parsed = ArticleParser.ReadFile(Path, "data/talks.md", () => throw new IOException("gone"), TestContext.Current.CancellationToken);

        Assert.Equal("DS9999", Assert.Single(parsed.Model.Diagnostics).Id);
        Assert.Equal(string.Empty, parsed.Text);
        Assert.Empty(parsed.Annotations);
        Assert.Null(parsed.BodyStart);
    }

    [Fact]
    public void KindNamesAreTheOnesArticlesAreWrittenWith()
    {
        Assert.Equal(
            ["quote", "stat", "person", "org", "place"],
            new[] { AnnotationKind.Quote, AnnotationKind.Stat, AnnotationKind.Person, AnnotationKind.Organization, AnnotationKind.Place }.Select(kind => kind.Name()));
        Assert.All(Enum.GetValues<AnnotationKind>().Where(kind => kind >= AnnotationKind.Quote), kind => Assert.Equal(kind, AnnotationKinds.FromName(kind.Name())));
        Assert.Equal(AnnotationKind.Unknown, AnnotationKinds.FromName("qoute"));
        Assert.Equal(AnnotationKind.Organization, AnnotationKinds.Mention(Model.EntityKind.Organization));
    }

    [Fact]
    public void BodyReadsAreCountedPerFileInsideTheirScopeOnly()
    {
        var text = ArticleText.Article("[Kerry]{.person ref=Kerry} spoke.\n");
        Parse(text);
        using (var reads = BodyReads.Count())
        {
            Parse(text);
            Read(text);
            Parse("no front matter, no body");
            Assert.Equal((2, 2), (reads.Of(Path), reads.Total));
        }

        using var after = BodyReads.Count();
        Assert.Equal(0, after.Total);
    }

    private static ParsedArticle Read(string text) => ArticleParser.Read(Path, "data/talks.md", text, TestContext.Current.CancellationToken);

    private static Model.ArticleModel Parse(string text) => ArticleParser.Parse(Path, "data/talks.md", text, TestContext.Current.CancellationToken);

    private static string Written(ParsedArticle parsed, Model.TextLocation span) => parsed.Text.Substring(span.Start, span.Length);
}
