using Dataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Tests;

/// <summary>
/// <c>DatasetCatalog</c>: a project that references dataset libraries (compiled here in memory, referenced by their
/// images) gets one list of each kind over its own data and theirs, read at compile time from the libraries'
/// attributes and at run time through their generated members.
/// </summary>
public sealed class CatalogTests
{
    private const string Reader = """
        internal static class Reader
        {
            public static string Read()
            {
                var lines = new System.Collections.Generic.List<string>();
                foreach (var library in Sample.DatasetCatalog.Libraries)
                {
                    lines.Add(library.ToString());
                }

                lines.Add("articles " + Sample.DatasetCatalog.Articles.Count + ", quotes " + Sample.DatasetCatalog.Quotes.Count + ", statistics " + Sample.DatasetCatalog.Statistics.Count);
                foreach (var quote in Sample.DatasetCatalog.Quotes)
                {
                    lines.Add(quote.ArticleId + ": " + quote.Text + " (" + quote.Speaker.Name + ")");
                }

                foreach (var person in Sample.DatasetCatalog.People)
                {
                    lines.Add("person " + person.Key + " " + person.Name + ": " + person.Quotes.Count + " quotes, " + person.Mentions.Count + " mentions");
                }

                foreach (var place in Sample.DatasetCatalog.Places)
                {
                    lines.Add("place " + place.Key + ": " + place.Mentions.Count + " mentions");
                }

                lines.Add("typed: " + Shard2.Quotes.Lavrov.Q0.Text);
                lines.Add("same person object: " + object.ReferenceEquals(Sample.DatasetCatalog.People[0], Sample.People.Haddad));
                return string.Join("\n", lines);
            }
        }
        """;

    [Fact]
    public void TheCatalogListsTheOwnDataFirstThenTheLibrariesByNameAndAKeyOfSeveralLibrariesOnce()
    {
        var shard1 = DatasetLibraries.Build("Shard1", ("alpha.md", DatasetLibraries.Article("Alpha", "Kerry", "John Kerry", 2)));
        var shard2 = DatasetLibraries.Build("Shard2", ("beta.md", DatasetLibraries.Article("Beta", "Kerry", "John Kerry", 1)), ("gamma.md", DatasetLibraries.Article("Gamma", "Lavrov", "Sergei Lavrov", 1)));
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("own.md", DatasetLibraries.Article("Own", "Haddad", "Amina Haddad", 1, place: "Homs"))],
            Reader,
            // Referenced in the other order: the catalog orders the libraries by name, as MSBuild's order is by path.
            references: [MetadataReference.CreateFromImage(shard2), MetadataReference.CreateFromImage(shard1)]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var read = DatasetLibraries.Invoke(run.Compilation, new Dictionary<string, byte[]> { ["Shard1"] = shard1, ["Shard2"] = shard2 }, "Reader", "Read");
        Assert.Equal(
            """
            Consumer: 1 articles, 1 quotes, 0 statistics, 1 people, 0 organizations, 1 places
            Shard1: 1 articles, 2 quotes, 0 statistics, 1 people, 0 organizations, 1 places
            Shard2: 2 articles, 2 quotes, 0 statistics, 2 people, 0 organizations, 1 places
            articles 4, quotes 5, statistics 0
            Own: Words Own 0 (Amina Haddad)
            Alpha: Words Alpha 0 (John Kerry)
            Alpha: Words Alpha 1 (John Kerry)
            Beta: Words Beta 0 (John Kerry)
            Gamma: Words Gamma 0 (Sergei Lavrov)
            person Haddad Amina Haddad: 1 quotes, 1 mentions
            person Kerry John Kerry: 3 quotes, 3 mentions
            person Lavrov Sergei Lavrov: 1 quotes, 1 mentions
            place Geneva: 4 mentions
            place Homs: 1 mentions
            typed: Words Gamma 0
            same person object: True
            """.ReplaceLineEndings("\n"),
            read);
    }

    [Fact]
    public void TheCatalogsListsByIndexAreTheSourcesItemsAcrossTheirBoundaries()
    {
        var shard1 = DatasetLibraries.Build("Shard1", ("alpha.md", DatasetLibraries.Article("Alpha", "Kerry", "John Kerry", 2)));
        var shard2 = DatasetLibraries.Build("Shard2", ("beta.md", DatasetLibraries.Article("Beta", "Kerry", "John Kerry", 1)), ("gamma.md", DatasetLibraries.Article("Gamma", "Lavrov", "Sergei Lavrov", 3)));
        const string byIndex = """
            internal static class Reader
            {
                public static string Read()
                {
                    var lines = new System.Collections.Generic.List<string>();
                    var quotes = Sample.DatasetCatalog.Quotes;
                    for (var i = quotes.Count - 1; i >= 0; i--)
                    {
                        lines.Add(i + " " + quotes[i].ArticleId + ": " + quotes[i].Text);
                    }

                    var articles = Sample.DatasetCatalog.Articles;
                    for (var i = 0; i < articles.Count; i++)
                    {
                        lines.Add("article " + i + " " + articles[i].Id);
                    }

                    lines.Add("same quote object: " + object.ReferenceEquals(quotes[6], Shard2.Quotes.Lavrov.Q2));
                    return string.Join("\n", lines);
                }
            }
            """;
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("own.md", DatasetLibraries.Article("Own", "Haddad", "Amina Haddad", 1))],
            byIndex,
            references: [MetadataReference.CreateFromImage(shard2), MetadataReference.CreateFromImage(shard1)]);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(
            """
            6 Gamma: Words Gamma 2
            5 Gamma: Words Gamma 1
            4 Gamma: Words Gamma 0
            3 Beta: Words Beta 0
            2 Alpha: Words Alpha 1
            1 Alpha: Words Alpha 0
            0 Own: Words Own 0
            article 0 Own
            article 1 Alpha
            article 2 Beta
            article 3 Gamma
            same quote object: True
            """.ReplaceLineEndings("\n"),
            DatasetLibraries.Invoke(run.Compilation, new Dictionary<string, byte[]> { ["Shard1"] = shard1, ["Shard2"] = shard2 }, "Reader", "Read"));
    }

    [Fact]
    public void ALibraryOfOtherCountsAtRunTimeThanAtCompileTimeIsReportedWhenItIsRead()
    {
        var built = DatasetLibraries.Build("Shard1", ("alpha.md", DatasetLibraries.Article("Alpha", "Kerry", "John Kerry", 2)));
        var shipped = DatasetLibraries.Build("Shard1", ("alpha.md", DatasetLibraries.Article("Alpha", "Kerry", "John Kerry", 2)), ("beta.md", DatasetLibraries.Article("Beta", "Lavrov", "Sergei Lavrov", 1)));
        const string reader = """
            internal static class Reader
            {
                public static string Read()
                {
                    try
                    {
                        return Sample.DatasetCatalog.Quotes.Count + " " + Sample.DatasetCatalog.Quotes[0].Text;
                    }
                    catch (System.InvalidOperationException exception)
                    {
                        return Sample.DatasetCatalog.Quotes.Count + " " + exception.Message;
                    }
                }
            }
            """;
        var run = GeneratorHarness.Run([], reader, references: [MetadataReference.CreateFromImage(built)]);

        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("2 Words Alpha 0", DatasetLibraries.Invoke(run.Compilation, new Dictionary<string, byte[]> { ["Shard1"] = built }, "Reader", "Read"));
        Assert.Equal(
            "2 DatasetCatalog was compiled against the dataset library 'Shard1' with 2 quotes, and the library loaded holds 3: build this project again against the version of the library it runs with.",
            DatasetLibraries.Invoke(run.Compilation, new Dictionary<string, byte[]> { ["Shard1"] = shipped }, "Reader", "Read"));
    }

    [Theory]
    [InlineData(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest)]
    [InlineData(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3)]
    public void AProjectWithoutDataOfItsOwnGetsACatalogOfItsLibrariesOnly(Microsoft.CodeAnalysis.CSharp.LanguageVersion version)
    {
        var shard = DatasetLibraries.Build("Shard1", ("alpha.md", DatasetLibraries.Article("Alpha", "Kerry", "John Kerry", 2)));
        var run = GeneratorHarness.Run(
            [],
            "internal static class Reader { public static string Read() { return Sample.DatasetCatalog.Quotes.Count + \" \" + Sample.DatasetCatalog.Libraries[0].Name + \" \" + Sample.DatasetCatalog.People[0].Quotes[1].Text; } }",
            references: [MetadataReference.CreateFromImage(shard)],
            languageVersion: version);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(["DatasetCatalog.g.cs"], run.Sources.Keys);
        Assert.Equal("2 Shard1 Words Alpha 1", DatasetLibraries.Invoke(run.Compilation, new Dictionary<string, byte[]> { ["Shard1"] = shard }, "Reader", "Read"));
    }

    [Fact]
    public void OnlyAPublicDatasetIsALibraryAndAProjectWithoutLibrariesHasNoCatalog()
    {
        var articles = new[] { GeneratorHarness.Article("alpha.md", DatasetLibraries.Article("Alpha", "Kerry", "John Kerry", 1)) };
        var internalRun = GeneratorHarness.Run(articles);
        var publicRun = GeneratorHarness.Run(articles, properties: new Dictionary<string, string> { ["DatasetVisibility"] = "public" });

        Assert.DoesNotContain("DatasetLibrary.g.cs", internalRun.Sources.Keys);
        Assert.DoesNotContain("DatasetCatalog.g.cs", internalRun.Sources.Keys);
        Assert.Contains("DatasetLibrary.g.cs", publicRun.Sources.Keys);
        Assert.DoesNotContain("DatasetCatalog.g.cs", publicRun.Sources.Keys);
        var attribute = Assert.Single(publicRun.Compilation.Assembly.GetAttributes(), attribute => attribute.AttributeClass?.Name == nameof(global::Dataset.Storage.DatasetLibraryAttribute));
        Assert.Equal("Sample.Articles", attribute.ConstructorArguments[0].Value!.ToString());
        Assert.Equal(DatasetLibraries.GeneratorFormatVersion, attribute.NamedArguments.Single(argument => argument.Key == nameof(global::Dataset.Storage.DatasetLibraryAttribute.FormatVersion)).Value.Value);
        Assert.Equal("P\tKerry\tJohn Kerry\nL\tGeneva\tGeneva\n", attribute.NamedArguments.Single(argument => argument.Key == nameof(global::Dataset.Storage.DatasetLibraryAttribute.Entities)).Value.Value);
    }

    [Fact]
    public void ACSharpEditInAProjectThatReferencesALibraryLeavesTheCatalogCached()
    {
        var shard = MetadataReference.CreateFromImage(DatasetLibraries.Build("Shard1", ("alpha.md", DatasetLibraries.Article("Alpha", "Kerry", "John Kerry", 2))));
        var compilation = GeneratorHarness.CreateCompilation("class A { }").AddReferences(shard);
        var driver = GeneratorHarness.CreateDriver([], trackSteps: true).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class A { int B => 1; }", GeneratorHarness.ParseOptions, tree.FilePath, cancellationToken: TestContext.Current.CancellationToken));

        var result = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        // The generator reads the references, not the compilation: a C# edit changes none, so nothing is read again.
        Assert.DoesNotContain("Compilation", result.TrackedSteps.Keys);
        var libraries = Assert.Single(result.TrackedSteps[TrackingNames.Libraries]);
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(libraries.Outputs).Reason);
        var sources = Assert.Single(result.TrackedSteps[TrackingNames.CatalogSources]);
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(sources.Outputs).Reason);
        Assert.All(result.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Equal(["DatasetCatalog.g.cs"], result.GeneratedSources.Select(source => source.HintName));
    }

    [Fact]
    public void TheGeneratorReadsTheAttributeByTheRuntimesNames()
    {
        Assert.Equal(LibraryReferences.AttributeNamespace, typeof(global::Dataset.Storage.DatasetLibraryAttribute).Namespace);
        Assert.Equal(LibraryReferences.AttributeName, nameof(global::Dataset.Storage.DatasetLibraryAttribute));
        Assert.Equal(LibraryReferences.RuntimeAssembly, typeof(global::Dataset.Storage.DatasetLibraryAttribute).Assembly.GetName().Name);
    }
}
