using Dataset.Generator.Emitting;
using Dataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dataset.Generator.Tests;

/// <summary>
/// Every generated class carries <c>[GeneratedCode("Dataset.Generator", version)]</c> once, whichever files declare
/// its parts: the attribute allows one use per class (CS0579 otherwise), and the speaker and group classes, like the
/// root classes, are declared again in every file whose articles have members in them.
/// </summary>
public sealed class GeneratedCodeAttributeTests
{
    [Fact]
    public void EveryClassCarriesTheAttributeOnceWhenTwoArticlesQuoteOneSpeaker()
    {
        var run = GeneratorHarness.Run(
            NumberedArticles.Articles(2, speaker: _ => "Common", group: _ => "Shared"),
            "static class Uses { static string S => Sample.Quotes.Common.Words000.Text + Sample.Quotes.Common.Words001.Text; }");

        Assert.Equal(["Article_N000.g.cs", "Article_N001.g.cs", "Dataset.g.cs"], run.Sources.Keys.Order(StringComparer.Ordinal));
        var classes = AssertAttributedOnce(run);
        Assert.Contains("Sample.Quotes.Common", classes);
        Assert.Contains("Sample.DatasetStorage.Article_N001", classes);
    }

    [Fact]
    public void EveryClassCarriesTheAttributeOnceWhenArticlesShareBuckets()
    {
        var count = OutputFiles.FilePerArticleLimit + 44;
        var run = GeneratorHarness.Run(NumberedArticles.Articles(count, speaker: _ => "Common", group: _ => "Shared"));
        var bucket = OutputFiles.Bucket(NumberedArticles.Id(0), OutputFiles.BucketCount(count));

        Assert.Contains(OutputFiles.BucketHintName(bucket), run.Sources.Keys);
        var classes = AssertAttributedOnce(run);
        Assert.Contains("Sample.Stats.Shared", classes);
        Assert.Contains("Sample.Statistics.Shared", classes);
        Assert.Contains("Sample.DatasetStorage.Articles_" + bucket.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), classes);
    }

    /// <summary>
    /// Asserts that the consumer compiles (no CS0579 among the errors) and that every class the generated files declare
    /// has one <c>[GeneratedCode]</c>, naming the generator and its assembly's version; returns the classes' names.
    /// </summary>
    private static ISet<string> AssertAttributedOnce(GeneratorRun run)
    {
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain(run.Compilation.GetDiagnostics(TestContext.Current.CancellationToken), diagnostic => diagnostic.Id == "CS0579");
        Assert.Empty(run.CompilationDiagnostics);

        var version = typeof(DatasetGenerator).Assembly.GetName().Version!.ToString();
        var classes = run.Compilation.SyntaxTrees
            .Where(tree => tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal))
            .SelectMany(tree => tree.GetRoot(TestContext.Current.CancellationToken).DescendantNodes().OfType<ClassDeclarationSyntax>()
                .Select(declaration => (INamedTypeSymbol)run.Compilation.GetSemanticModel(tree).GetDeclaredSymbol(declaration, TestContext.Current.CancellationToken)!))
            .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default)
            .ToList();
        Assert.All(classes, type =>
        {
            var attribute = Assert.Single(type.GetAttributes(), attribute => attribute.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute");
            Assert.Equal(["Dataset.Generator", version], attribute.ConstructorArguments.Select(argument => (string?)argument.Value));
        });
        return classes.Select(type => type.ToDisplayString()).ToHashSet(StringComparer.Ordinal);
    }
}
