using Dataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Dataset.Generator.Tests.Infrastructure.ArticleText;

namespace Dataset.Generator.Tests;

/// <summary>
/// Every hostile token in every data field: it must round-trip exactly, add no member, and keep the generated code
/// compiling with no diagnostic (XML docs included). The property suite does the same on random articles; these are
/// the fixed cases.
/// </summary>
public sealed class InjectionTests
{
    public static TheoryData<int> Tokens() => new(Enumerable.Range(0, ArticleFactory.Hostile.Length));

    [Theory]
    [MemberData(nameof(Tokens))]
    public void HostileTextInEveryFieldRoundTripsAndAddsNothing(int index)
    {
        var token = ArticleFactory.Hostile[index];
        var random = new Random(index);
        string Q(string value) => ArticleFactory.YamlQuoted(value, random);
        var text = "---\n"
            + $"title: {Q("T " + token)}\nsource: {Q(token + " S")}\ndateline: {Q(token)}\npublished: 2015-09-30\n"
            + $"people:\n  Kerry: {{ name: {Q(token + " Kerry")}, role: {Q("role " + token)} }}\n"
            + $"organizations:\n  Nato:\n    name: {Q(token)}\n"
            + $"places:\n  Homs: {Q("Homs " + token)}\n---\n"
            + $"[{ArticleFactory.BodyEscaped("said " + token)} [{ArticleFactory.BodyEscaped(token)} 12]{{.stat #War.Count value=12 unit={ArticleFactory.AttributeQuoted(token)}}}]{{.quote #Kerry.Said cue={ArticleFactory.AttributeQuoted(token)}}}"
            + $" {ArticleFactory.BodyEscaped(token)} [{ArticleFactory.BodyEscaped(token)}]{{.org ref=Nato}} [Homs]{{.place ref=Homs}}\n";

        var model = Parse(text);

        Assert.Empty(model.Diagnostics);
        Assert.Equal(("T " + token, token + " S", token), (model.Title, model.Source, model.Dateline));
        var quote = Assert.Single(model.Quotes);
        // Body text reads as Markdown does (a tab is a space, U+0000 is U+FFFD); attribute values stay as written.
        var body = ArticleFactory.Reads(token);
        Assert.Equal(("said " + body + " " + body + " 12", token), (quote.Text, quote.Cue));
        var stat = Assert.Single(model.Stats);
        Assert.Equal((token, "12"), (stat.Unit, stat.Value));
        PropertyTests.CheckFile("talks.md", text);
    }

    [Theory]
    [InlineData("evil\".md")]
    [InlineData("evil\"\"\"{0}.md")]
    [InlineData("evil */ #line 1.md")]
    [InlineData("evil\u2028#error x.md")]
    [InlineData("evil\n#error x.md")]
    [InlineData("</summary>.md")]
    public void HostileFileNamesCannotInjectCode(string name)
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Article(name, Article(ValidParagraph).Replace("title: Talks\n", "id: Talks\ntitle: Talks\n", StringComparison.Ordinal))], UsesValidMembers);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var code = GeneratedCode.Read(run.Driver.GetRunResult());
        Assert.Empty(code.ParseDiagnostics);
        Assert.Equal("data/" + name, Assert.Single(code.Decode().Articles).Location.File);
        Assert.Equal(["Articles.Talks", "Quotes.Kerry", "Quotes.Kerry.Agreed", "Stats.Strikes", "Stats.Strikes.Missions", "Statistics.Strikes", "Statistics.Strikes.Missions", "People.Kerry", "People.Lavrov", "Organizations.Nato", "Places.Russia"], code.MemberPaths().OrderBy(path => path.Split('.')[0] switch { "Articles" => 0, "Quotes" => 1, "Stats" => 2, "Statistics" => 3, "People" => 4, "Organizations" => 5, _ => 6 }).ThenBy(path => path, StringComparer.Ordinal));
    }

    [Fact]
    public void AFileNameIsEscapedOnceInEveryDocComment()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Article("a&b.md", Article(ValidParagraph).Replace("title: Talks\n", "id: Talks\ntitle: Talks\n", StringComparison.Ordinal))], UsesValidMembers);

        Assert.Empty(run.CompilationDiagnostics);
        var comments = GeneratedCode.Read(run.Driver.GetRunResult()).Trees
            .SelectMany(tree => tree.GetRoot().DescendantTrivia())
            .Where(trivia => trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia))
            .Select(trivia => trivia.ToFullString())
            .Where(comment => comment.Contains("a&", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(comments);
        Assert.All(comments, comment =>
        {
            Assert.Contains("a&amp;b.md", comment, StringComparison.Ordinal);
            Assert.DoesNotContain("&amp;amp;", comment, StringComparison.Ordinal);
        });
    }
}
