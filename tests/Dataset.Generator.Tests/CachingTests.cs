using System.Collections.Immutable;
using System.Reflection;
using Dataset.Generator.Checks;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generator.Tests;

/// <summary>
/// The incremental pipeline does no work it need not do: a C# edit re-runs nothing, and editing one data file re-parses
/// and re-emits that file alone. Read from the driver's tracked steps (<see cref="TrackingNames"/>).
/// </summary>
public sealed class CachingTests
{
    private static readonly string[] StepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void EveryTrackingNameIsAStepOfTheGenerator()
    {
        var driver = GeneratorHarness.CreateDriver([SmokeTests.Seed()], trackSteps: true)
            .RunGenerators(GeneratorHarness.CreateCompilation("class A { }"), TestContext.Current.CancellationToken);

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;

        // The names are read from TrackingNames (so the tests below cover every step there is), and every tracked step
        // of this generator is one of them (the driver's own inputs and outputs are tracked under its well-known names).
        Assert.Contains(TrackingNames.Articles, StepNames);
        Assert.Contains(TrackingNames.OutputFiles, StepNames);
        Assert.All(StepNames, name => Assert.True(steps.ContainsKey(name), $"no tracked step named {name}"));
        Assert.All(steps.Keys.Except(DriverStepNames), name => Assert.Contains(name, StepNames));
        Assert.All(StepNames, name => Assert.All(Outputs(steps[name]), output => Assert.Equal(IncrementalStepRunReason.New, output.Reason)));
    }

    [Fact]
    public void CSharpEditLeavesEveryStepCached()
    {
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver([SmokeTests.Seed(), Article("b", "B", 1), Article("c", "C", 1)], trackSteps: true)
            .RunGenerators(compilation, TestContext.Current.CancellationToken);
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("class A { int B => 1; }", GeneratorHarness.ParseOptions, tree.FilePath, cancellationToken: TestContext.Current.CancellationToken));

        driver = driver.RunGenerators(edited, TestContext.Current.CancellationToken);

        var result = driver.GetRunResult().Results.Single();
        Assert.All(StepNames, name =>
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"no tracked step named {name}");
            Assert.All(Outputs(result.TrackedSteps[name]), output => AssertReused(name, output.Reason));
        });
        Assert.NotEmpty(result.TrackedOutputSteps);
        Assert.All(result.TrackedOutputSteps, pair => Assert.All(Outputs(pair.Value), output => AssertReused(pair.Key, output.Reason)));
        Assert.Equal(4, result.GeneratedSources.Length);
    }

    /// <summary>
    /// After one article of three is edited, every tracked step re-runs for that article alone: a step with an output
    /// per article (or per article's file) re-runs at most the edited article's; the steps over the project's settings
    /// stay cached; a step with one output across all articles may re-run, as the articles it reads changed.
    /// </summary>
    [Fact]
    public void EditingOneArticleRerunsEveryStepForThatArticleAlone()
    {
        var (result, _) = EditSecondOfThree();
        var edited = GeneratorHarness.ProjectDirectory + "data/b.md";

        Assert.All(StepNames, name =>
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"no tracked step named {name}");
            var outputs = Outputs(result.TrackedSteps[name]).ToList();
            var rerun = outputs.Where(output => !IsReused(output.Reason)).ToList();
            if (name is TrackingNames.Options or TrackingNames.ProjectDirectory)
            {
                Assert.All(outputs, output => AssertReused(name, output.Reason));
            }
            else if (outputs.Count > 1)
            {
                Assert.Equal(3, outputs.Count);
                Assert.True(rerun.Count <= 1, $"step {name} re-ran {rerun.Count} of its {outputs.Count} outputs");
                Assert.All(rerun, output => Assert.Equal(edited, ArticleOf(name, output.Value)));
            }
            else
            {
                Assert.Single(outputs);
            }
        });

        // The edited article itself was read, parsed and emitted again.
        Assert.Contains(Outputs(result.TrackedSteps[TrackingNames.Files]), output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(Outputs(result.TrackedSteps[TrackingNames.Articles]), output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(Outputs(result.TrackedSteps[TrackingNames.OutputFiles]), output => output.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void EditingOneArticleReparsesOnlyThatArticle()
    {
        var (result, _) = EditSecondOfThree();

        var articles = Outputs(result.TrackedSteps[TrackingNames.Articles]).ToList();
        Assert.Equal(3, articles.Count);
        var modified = Assert.Single(articles, output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(GeneratorHarness.ProjectDirectory + "data/b.md", ((ArticleModel)modified.Value).FilePath);
        Assert.All(articles.Where(output => output.Reason != IncrementalStepRunReason.Modified), output => AssertReused(TrackingNames.Articles, output.Reason));
    }

    [Fact]
    public void EditingOneArticleReemitsOnlyThatArticle()
    {
        var (result, before) = EditSecondOfThree();

        var files = Outputs(result.TrackedSteps[TrackingNames.OutputFiles]).ToList();
        Assert.Equal(3, files.Count);
        var modified = (OutputFile)Assert.Single(files, output => output.Reason == IncrementalStepRunReason.Modified).Value;
        Assert.Equal("Article_B.g.cs", modified.HintName);
        Assert.Equal("B", Assert.Single(modified.Articles).Article.Id);
        Assert.All(files.Where(output => output.Reason != IncrementalStepRunReason.Modified), output => AssertReused(TrackingNames.OutputFiles, output.Reason));

        // The untouched articles' sources are the very same text; the edited one changed.
        var after = result.GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText);
        Assert.Same(before["Article_A.g.cs"], after["Article_A.g.cs"]);
        Assert.Same(before["Article_C.g.cs"], after["Article_C.g.cs"]);
        Assert.NotEqual(before["Article_B.g.cs"].ToString(), after["Article_B.g.cs"].ToString());
        Assert.Contains("Edited quote", after["Article_B.g.cs"].ToString());
    }

    [Fact]
    public void EditThatKeepsTheKeysLeavesTheIndexCached()
    {
        // Changing a quote's words (same length, so no location moves) changes the article, not its keys.
        var (result, _) = EditSecondOfThree(sameKeys: true);

        Assert.Single(Outputs(result.TrackedSteps[TrackingNames.Articles]), output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.All(Outputs(result.TrackedSteps[TrackingNames.Keys]), output => AssertReused(TrackingNames.Keys, output.Reason));
        Assert.All(Outputs(result.TrackedSteps[TrackingNames.Index]), output => AssertReused(TrackingNames.Index, output.Reason));
    }

    [Fact]
    public void MovingADuplicateMemberMovesItsErrorAndLeavesTheIndexCached()
    {
        const string duplicate = "---\nid: B\ntitle: Article B\nsource: Test Wire\npublished: 2020-01-02\npeople:\n  SpeakerA: { name: Speaker A }\n---\n\"[Again]{.quote #SpeakerA.Words cue=said},\" said someone.\n";
        var b = GeneratorHarness.Article("b.md", duplicate);
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        var driver = GeneratorHarness.CreateDriver([Article("a", "A", 1), b], trackSteps: true).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var before = Assert.Single(driver.GetRunResult().Diagnostics, diagnostic => diagnostic.Id == "DS4003");

        // Two lines above the quote: the keys are the same, the quote is two lines lower.
        var moved = duplicate.Replace("---\n\"", "---\nA first paragraph.\n\n\"", StringComparison.Ordinal);
        driver = driver.ReplaceAdditionalText(b, new InMemoryAdditionalText(b.Path, moved)).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var result = driver.GetRunResult().Results.Single();
        Assert.All(Outputs(result.TrackedSteps[TrackingNames.Keys]), output => AssertReused(TrackingNames.Keys, output.Reason));
        Assert.All(Outputs(result.TrackedSteps[TrackingNames.Index]), output => AssertReused(TrackingNames.Index, output.Reason));
        var after = Assert.Single(driver.GetRunResult().Diagnostics, diagnostic => diagnostic.Id == "DS4003");
        Assert.Equal(before.Location.GetLineSpan().StartLinePosition.Line + 2, after.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(before.Location.GetLineSpan().StartLinePosition.Character, after.Location.GetLineSpan().StartLinePosition.Character);
        Assert.Equal(before.AdditionalLocations.Single().GetLineSpan(), after.AdditionalLocations.Single().GetLineSpan());
    }

    [Fact]
    public void ParsingTheSameTextTwiceGivesEqualModels()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Data, "russia-us-syria-talks.md"));

        var first = ArticleParser.Parse("/project/data/russia-us-syria-talks.md", "data/russia-us-syria-talks.md", text, TestContext.Current.CancellationToken);
        var second = ArticleParser.Parse("/project/data/russia-us-syria-talks.md", "data/russia-us-syria-talks.md", new string(text.ToCharArray()), TestContext.Current.CancellationToken);

        Assert.NotSame(first, second);
        Assert.NotEmpty(first.Quotes);
        Assert.NotEmpty(first.Stats);
        Assert.NotEmpty(first.Mentions);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());

        var edited = ArticleParser.Parse("/project/data/russia-us-syria-talks.md", "data/russia-us-syria-talks.md", text.Replace("grave concern", "grave worries"), TestContext.Current.CancellationToken);
        Assert.NotEqual(first, edited);
    }

    [Fact]
    public void ParsingTheSameBrokenTextTwiceGivesEqualModelsWithEqualDiagnostics()
    {
        const string text = "---\ntitle: T\nsource: S\npublished: 2020-01-01\n---\n\"[Who]{.quote #Nobody.Said}\" and [unclosed.\n";

        var first = ArticleParser.Parse("/project/data/x.md", "data/x.md", text, TestContext.Current.CancellationToken);
        var second = ArticleParser.Parse("/project/data/x.md", "data/x.md", new string(text.ToCharArray()), TestContext.Current.CancellationToken);

        Assert.NotEmpty(first.Diagnostics);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void TheIndexOfEqualKeysIsEqual()
    {
        var driver = GeneratorHarness.CreateDriver([SmokeTests.Seed(), Article("b", "B", 1)], trackSteps: true)
            .RunGenerators(GeneratorHarness.CreateCompilation("class A { }"), TestContext.Current.CancellationToken);
        var keys = Outputs(driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Keys]).Select(output => (ArticleKeys)output.Value).ToImmutableArray();

        var first = DatasetIndexBuilder.Build(keys, TestContext.Current.CancellationToken);
        var second = DatasetIndexBuilder.Build([.. keys.Reverse()], TestContext.Current.CancellationToken);

        Assert.NotEmpty(first.Entities);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    /// <summary>Runs the generator over articles a, b and c, then edits b's quote and runs it again.</summary>
    private static (GeneratorRunResult Result, Dictionary<string, Microsoft.CodeAnalysis.Text.SourceText> Before) EditSecondOfThree(bool sameKeys = false)
    {
        var b = Article("b", "B", 1);
        var driver = GeneratorHarness.CreateDriver([Article("a", "A", 1), b, Article("c", "C", 1)], trackSteps: true);
        var compilation = GeneratorHarness.CreateCompilation("class A { }");
        driver = driver.RunGenerators(compilation, TestContext.Current.CancellationToken);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText);
        Assert.Equal(["Article_A.g.cs", "Article_B.g.cs", "Article_C.g.cs", "Dataset.g.cs"], before.Keys.Order(StringComparer.Ordinal));

        var editedText = sameKeys
            ? b.GetText(TestContext.Current.CancellationToken).ToString().Replace("Original quote", "Edited quote!!")
            : b.GetText(TestContext.Current.CancellationToken).ToString().Replace("Original quote", "Edited quote, now longer");
        Assert.NotEqual(b.GetText(TestContext.Current.CancellationToken).ToString(), editedText);
        driver = driver.ReplaceAdditionalText(b, new InMemoryAdditionalText(b.Path, editedText)).RunGenerators(compilation, TestContext.Current.CancellationToken);

        return (driver.GetRunResult().Results.Single(), before);
    }

    private static InMemoryAdditionalText Article(string name, string id, int day) => GeneratorHarness.Article(name + ".md", """
        ---
        id: ID
        title: Article ID
        source: Test Wire
        published: 2020-01-DAY
        people:
          SpeakerID: { name: Speaker ID }
        ---
        "[Original quote]{.quote #SpeakerID.Words cue=said}," said [the speaker]{.person ref=SpeakerID}, counting [3]{.stat #CountID.Things} things.
        """.Replace("ID", id).Replace("DAY", day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// The names the driver tracks its own inputs (the compilation, additional texts, options...) and outputs (the
    /// registered source outputs) under: not steps of this generator.
    /// </summary>
    private static readonly string[] DriverStepNames = new[] { typeof(WellKnownGeneratorInputs), typeof(WellKnownGeneratorOutputs) }
        .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    /// <summary>The data file a per-article output of step <paramref name="step"/> comes from.</summary>
    private static string ArticleOf(string step, object value) => value switch
    {
        AdditionalText file => file.Path,
        ArticleModel article => article.FilePath,
        ArticleKeys keys => keys.FilePath,
        OutputFile file => Assert.Single(file.Articles).Article.FilePath,
        _ => throw new Xunit.Sdk.XunitException($"step {step} has an output per article of type {value.GetType().Name}: say here which article it comes from"),
    };

    private static bool IsReused(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(ImmutableArray<IncrementalGeneratorRunStep> steps) =>
        steps.SelectMany(step => step.Outputs);

    private static void AssertReused(string step, IncrementalStepRunReason reason) =>
        Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"step {step} has an output that is {reason}, not Cached or Unchanged");
}
