using System.Collections.Immutable;
using Dataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Tests;

/// <summary>
/// A project with no articles gets no generated types: nothing named <c>Articles</c>, <c>People</c>, <c>Stats</c>...
/// appears in its namespace to collide with its own types. The first article generates everything.
/// </summary>
public sealed class EmptyDatasetTests
{
    /// <summary>A project's own types with every name the generator uses at namespace level.</summary>
    private const string OwnTypes = """
        namespace Sample
        {
            internal sealed class Articles { }
            internal sealed class Quotes { }
            internal sealed class Stats { }
            internal sealed class Statistics { }
            internal sealed class People { }
            internal sealed class Organizations { }
            internal sealed class Places { }
            internal sealed class DatasetStorage { }
        }
        """;

    private const string Kerry = """
        ---
        title: Kerry calls for talks
        source: Test Wire
        published: 2015-09-30
        people:
          Kerry: { name: John Kerry }
        ---
        "[We agreed on talks]{.quote #Kerry.Talks}," he said, after [20]{.stat #Strikes.Missions} missions.
        """;

    [Fact]
    public void NoArticlesGenerateNothingAndTheProjectsOwnTypesOfTheSameNamesCompile()
    {
        var run = GeneratorHarness.Run([], OwnTypes);

        Assert.Empty(run.Sources);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void ArticlesThatCannotBeGeneratedGenerateNothingButTheirDiagnostics()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Article("notes.md", "# Just notes\n"), GeneratorHarness.Article("half.md", "---\ntitle: Half\n")], OwnTypes);

        Assert.Empty(run.Sources);
        Assert.Equal(["DS1001", "DS1002"], run.GeneratorDiagnostics.Select(diagnostic => diagnostic.Id).Order());
        Assert.Empty(run.CompilationDiagnostics.Where(diagnostic => diagnostic.Id.StartsWith("CS", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheFirstArticleGeneratesEverythingAndRemovingItRemovesEverything()
    {
        var article = GeneratorHarness.Article("kerry.md", Kerry);
        var uses = GeneratorHarness.CreateCompilation(
            "internal static class Use { internal static object[] Members => new object[] { Sample.Quotes.Kerry.Talks, Sample.People.Kerry, Sample.Articles.All, Sample.Statistics.Strikes.Missions, Sample.Places.All, Sample.Organizations.All }; internal const int Missions = Sample.Stats.Strikes.Missions; }");
        var driver = GeneratorHarness.CreateDriver([article]).RemoveAdditionalTexts([article]);

        driver = driver.RunGeneratorsAndUpdateCompilation(uses, out var empty, out var diagnostics, TestContext.Current.CancellationToken);
        Assert.Empty(driver.GetRunResult().GeneratedTrees);
        Assert.Empty(diagnostics);
        Assert.Contains(empty.GetDiagnostics(TestContext.Current.CancellationToken), diagnostic => diagnostic.Id == "CS0103");

        driver = driver.AddAdditionalTexts([article]).RunGeneratorsAndUpdateCompilation(uses, out var full, out diagnostics, TestContext.Current.CancellationToken);
        Assert.Equal(["Article_Kerry.g.cs", "Dataset.g.cs"], driver.GetRunResult().Results.Single().GeneratedSources.Select(source => source.HintName).Order());
        Assert.Empty(diagnostics);
        Assert.Empty(full.GetDiagnostics(TestContext.Current.CancellationToken).Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));

        driver = driver.RemoveAdditionalTexts([article]).RunGenerators(uses, TestContext.Current.CancellationToken);
        Assert.Empty(driver.GetRunResult().GeneratedTrees);
    }
}
