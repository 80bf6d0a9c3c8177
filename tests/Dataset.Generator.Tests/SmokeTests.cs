using Dataset.Generator.Tests.Infrastructure;

namespace Dataset.Generator.Tests;

public sealed class SmokeTests
{
    private const string ConstUse = "internal static class Use { internal const int Against = Sample.Stats.LevadaPoll.Against; }";

    [Theory]
    [InlineData("internal")]
    [InlineData("public")]
    public void SeedArticleCompilesWithoutAnyDiagnosticUnderWarningsAsErrorsAndDocumentationChecks(string visibility)
    {
        var run = GeneratorHarness.Run([Seed()], ConstUse, properties: new Dictionary<string, string> { ["DatasetVisibility"] = visibility });

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        // A public dataset is a library other projects' catalogs can read: it carries the attribute that says so.
        Assert.Equal(
            visibility == "public" ? ["Article_RussiaUsSyriaTalks.g.cs", "Dataset.g.cs", "DatasetLibrary.g.cs"] : ["Article_RussiaUsSyriaTalks.g.cs", "Dataset.g.cs"],
            run.Sources.Keys.Order());
    }

    internal static InMemoryAdditionalText Seed() =>
        GeneratorHarness.Article("russia-us-syria-talks.md", File.ReadAllText(Path.Combine(RepositoryPaths.Data, "russia-us-syria-talks.md")));
}
