using System.Collections.Immutable;
using System.Text;
using Dataset.Generator.Checks;
using Dataset.Generator.Emitting;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Generator.Parsing.Body;
using Dataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generator.Tests;

/// <summary>
/// The IDE cancels generator runs on every keystroke: the token reaches the parser's, scanner's and emitters' loops,
/// so a large article stops being parsed or emitted as soon as it is cancelled, with an
/// <see cref="OperationCanceledException"/> and never a DS9999 (which would also be cached as the article's result).
/// </summary>
public sealed class CancellationTests
{
    private const int Paragraphs = 2_000;

    [Fact]
    public void ARunCancelledWhileALargeArticleIsParsedStopsInTheParserAndTheNextRunIsComplete()
    {
        using var cancellation = new CancellationTokenSource();
        var article = new CancellingText(GeneratorHarness.ProjectDirectory + "data/large.md", LargeArticle(), cancellation);
        var compilation = GeneratorHarness.CreateCompilation("internal static class Use { internal static object Q => Sample.Quotes.Kerry.Q1999; }");
        var driver = GeneratorHarness.CreateDriver([article]);

        var exception = Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(compilation, cancellation.Token));

        // Cancelled as the text was read: the parser's first check stops it (it did not parse the article to the end).
        Assert.Contains("Dataset.Generator.Parsing.ArticleParser.Parse", exception.StackTrace, StringComparison.Ordinal);
        Assert.Equal(1, article.Reads);

        // Nothing of the cancelled run is kept: the next run parses the article and generates all of it.
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, TestContext.Current.CancellationToken);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken).Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        Assert.Contains("Q1999", driver.GetRunResult().Results.Single().GeneratedSources.Single(source => source.HintName == "Article_Large.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheParserAndTheScannerStopOnACancelledToken()
    {
        var cancelled = new CancellationToken(canceled: true);
        var text = LargeArticle();

        Assert.ThrowsAny<OperationCanceledException>(() => ArticleParser.Parse("/project/data/large.md", "data/large.md", text, cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => PlainBodyReader.Read(text, text.IndexOf("---\n\n", 4, StringComparison.Ordinal) + 4, new LineMap(text), new DiagnosticBag("/project/data/large.md", new LineMap(text), new NormalizedText(text)), cancelled));
    }

    [Fact]
    public void EveryEmitterStopsOnACancelledToken()
    {
        var cancelled = new CancellationToken(canceled: true);
        var driver = GeneratorHarness.CreateDriver([GeneratorHarness.Article("large.md", LargeArticle())], trackSteps: true)
            .RunGenerators(GeneratorHarness.CreateCompilation(string.Empty), TestContext.Current.CancellationToken);
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        var article = (ArticleModel)steps[TrackingNames.Articles].Single().Outputs.Single().Value;
        var index = (DatasetIndex)steps[TrackingNames.Index].Single().Outputs.Single().Value;
        var options = new GeneratorOptions("Sample", false, GeneratorHarness.ProjectDirectory, EquatableArray<PathMapping>.Empty, new LanguageLevel(1400), EquatableArray<DiagnosticInfo>.Empty, true, string.Empty);
        var chunk = new DataEncoder.ChunkArticle(article, article.Quotes.Items, article.Stats.Items);

        var members = ArticleEmitter.Plan(article, EquatableArray<Skip>.Empty, options);
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleEmitter.Write(new CodeWriter(), [members], "Article_Large", options, cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => ChunkEmitter.Write(new CodeWriter(), "Article_Large", "data/large.md", [chunk], options, cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => DataEncoder.Chunk([chunk], cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => IndexEmitter.Emit(index, options, cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => DatasetIndexBuilder.Build([DatasetChecks.Keys(article)], cancelled));

        // The same calls with a live token complete.
        var written = new CodeWriter();
        ArticleEmitter.Write(written, [members], "Article_Large", options, TestContext.Current.CancellationToken);
        Assert.Contains("public static global::Dataset.Quote ", written.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(IndexEmitter.Emit(index, options, TestContext.Current.CancellationToken));
    }

    /// <summary>An article of <see cref="Paragraphs"/> paragraphs, each with a quote, a statistic and a mention (about 200 KB).</summary>
    private static string LargeArticle()
    {
        var text = new StringBuilder("---\ntitle: Large\nsource: Wire\npublished: 2020-01-01\npeople:\n  Kerry: { name: John Kerry }\n---\n\n");
        for (var i = 0; i < Paragraphs; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\"[Quote number {i}]{{.quote #Kerry.Q{i}}},\" said [Kerry]{{.person ref=Kerry}} after [{i + 1}]{{.stat #Counts.C{i}}} rounds.\n\n");
        }

        return text.ToString();
    }

    /// <summary>A data file that cancels the run as the generator reads it (as the IDE does when the user types on).</summary>
    private sealed class CancellingText(string path, string text, CancellationTokenSource cancellation) : AdditionalText
    {
        public override string Path { get; } = path;

        public int Reads { get; private set; }

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            if (Reads++ == 0)
            {
                cancellation.Cancel();
            }

            return SourceText.From(text);
        }
    }
}
