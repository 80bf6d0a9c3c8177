using Dataset.Generator.Tests.Infrastructure;

namespace Dataset.Generator.Tests;

/// <summary>Replays every input of <c>Regressions/</c> (inputs that once broke something) through all the checks of the property suite.</summary>
public sealed class RegressionTests
{
    public static TheoryData<string> Files() =>
        new(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Tests, "Regressions"), "*.md").Select(Path.GetFileName).Where(name => name != "README.md").Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void RegressionInputPassesEveryCheck(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Tests, "Regressions", file));

        PropertyTests.CheckFile(file, text);
    }

    [Fact]
    public void TheFolderHoldsTheRegressions()
    {
        Assert.Contains("crlf-changes-offsets.md", Files().Select(row => row.Data));
        Assert.Contains("format-character-in-key.md", Files().Select(row => row.Data));
    }

    [Fact]
    public void AKeyWithAFormattingCharacterIsAnErrorNotASecondMember()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Tests, "Regressions", "format-character-in-key.md"));

        var run = ArticleText.Generate(text);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, diagnostic => diagnostic.Id == "DS1008");
        Assert.Equal(
            "'Ker\u200Bry' cannot name a generated member: a key cannot contain the invisible formatting character U+200B",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(ArticleText.CompilerProblems(run));
    }

    [Fact]
    public void CrlfLineEndingsGenerateTheSameOffsetsAsLf()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Tests, "Regressions", "crlf-changes-offsets.md")).Replace("\r\n", "\n");

        var lf = ArticleText.Generate(text).Sources["Article_Talks.g.cs"];
        var crlf = ArticleText.Generate(text.Replace("\n", "\r\n")).Sources["Article_Talks.g.cs"];

        Assert.Equal(lf, crlf);
        Assert.Contains("Agreed", lf, StringComparison.Ordinal);
    }

    [Fact]
    public void ALineBreakAtASpanEdgeIsOneSpaceLikeAnyOther()
    {
        var model = Model("space-before-line-break-at-span-edge.md");

        Assert.Empty(model.Diagnostics);
        Assert.Equal(["nested Lopez across", "plain"], model.Quotes.Select(quote => quote.Text));
        Assert.Equal(["Lopez", "Kim", "ends"], model.Mentions.Select(mention => mention.Text));
        Assert.Equal(["\"nested Lopez across,\" said Kim.", "\"plain and ends here."], model.Paragraphs);
    }

    [Fact]
    public void OnlyAsciiSpacesAreTrimmedAtSpanEdges()
    {
        var model = Model("unicode-spaces-at-span-edges.md");

        Assert.Empty(model.Diagnostics);
        Assert.Equal(["\u00A0edge\u00A0", "\u3000wide\u3000", "\u2028line\u2028"], model.Quotes.Select(quote => quote.Text));
    }

    [Fact]
    public void ALineOfANoBreakSpaceIsNotBlank()
    {
        var model = Model("no-break-space-line-is-not-blank.md");

        Assert.Empty(model.Diagnostics);
        Assert.Equal(["First line \u00A0 third line", "One \u3000 two"], model.Quotes.Select(quote => quote.Text));
        Assert.Equal(2, model.Paragraphs.Count);
    }

    private static Dataset.Generator.Model.ArticleModel Model(string file) =>
        Dataset.Generator.Parsing.ArticleParser.Parse(file, file, File.ReadAllText(Path.Combine(RepositoryPaths.Tests, "Regressions", file)));
}
