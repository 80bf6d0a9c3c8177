using System.Globalization;
using System.Text;
using Dataset.Generator.Emitting;
using Dataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dataset.Generator.Tests;

/// <summary>
/// Each article's long texts share one literal that its storage class slices: with a literal per text, a large
/// dataset gives the compiler's data-section class more fields than the runtime loads ("too many fields").
/// </summary>
public sealed class TextPoolTests
{
    private const int Paragraphs = 40;

    [Fact]
    public void AnArticleWithManyLongTextsHasOneLongLiteralAndEveryTextRoundTrips()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Article("long-texts.md", LongArticle())], csharp: "static class Uses { static string S => Sample.Quotes.Kerry.Q39.Text; }");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var code = GeneratedCode.Read(run.Driver.GetRunResult());
        var storage = code.Trees.SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            .Single(type => type.Identifier.ValueText == "Article_LongTexts");
        var longLiterals = storage.DescendantTokens()
            .Where(token => token.IsKind(SyntaxKind.StringLiteralToken) && token.ValueText.Length > TextPool.LongLength)
            .ToList();
        Assert.Single(longLiterals);

        var quotes = code.Creations<global::Dataset.Quote>().Select(quote => (string?)quote["text"]).ToList();
        Assert.Equal(Enumerable.Range(0, Paragraphs).Select(QuoteText), quotes);
        var sentences = code.Creations<global::Dataset.Statistic>().Select(stat => (string?)stat["sentence"]).ToList();
        Assert.Equal(Enumerable.Range(0, Paragraphs).Select(Sentence), sentences);
        Assert.Equal(Enumerable.Range(0, Paragraphs).Select(Paragraph), code.ArrayStrings<global::Dataset.Article>());
    }

    [Fact]
    public void ShortTextsStayLiteralsAndIdenticalLongTextsArePooledOnce()
    {
        var pool = new TextPool();
        var longText = new string('a', TextPool.LongLength + 1);
        var shortText = new string('b', TextPool.LongLength);

        pool.Add(longText);
        pool.Add(shortText);
        pool.Add(longText);
        pool.Add(null);

        Assert.Equal(longText, pool.Text);
        Assert.Equal($"{TextPool.FieldName}.Substring(0, {longText.Length})", pool.Expression(longText));
        Assert.Equal(Literals.String(shortText), pool.Expression(shortText));
        Assert.Equal("null", pool.Expression(null));
    }

    [Fact]
    public void AnArticleWithOnlyShortTextsHasNoPool()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Article("short.md", "---\ntitle: Short\nsource: Wire\npublished: 2020-01-01\n---\nA short paragraph.\n")]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain(TextPool.FieldName, string.Concat(run.Sources.Values), StringComparison.Ordinal);
    }

    private static string QuoteText(int i) => $"Quote {i} says that the talks must go on for as long as it takes, whatever the cost and whatever the critics say";

    private static string Sentence(int i) => $"The ministry counted {i + 1} convoys on the road between the two cities in the last week of the month.";

    private static string Paragraph(int i) => $"“{QuoteText(i)},” said Kerry. {Sentence(i)}";

    private static string LongArticle()
    {
        var text = new StringBuilder("---\ntitle: Long texts\nsource: Wire\npublished: 2020-01-01\npeople:\n  Kerry: { name: John Kerry }\n---\n");
        for (var i = 0; i < Paragraphs; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"“[{QuoteText(i)}]{{.quote #Kerry.Q{i}}},” said Kerry. The ministry counted [{i + 1}]{{.stat #Counts.C{i}}} convoys on the road between the two cities in the last week of the month.\n\n");
        }

        return text.ToString();
    }
}
