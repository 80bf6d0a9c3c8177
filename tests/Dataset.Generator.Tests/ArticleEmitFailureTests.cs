using System.Text;
using Dataset.Generator.Emitting;
using Dataset.Generator.Model;
using Dataset.Generator.Tests.Infrastructure;

namespace Dataset.Generator.Tests;

/// <summary>
/// The members of a file's articles are written straight into one builder; a member that fails (a generator bug, which
/// no input can cause: here a quote whose speaker its article does not declare, which the parser never lets through)
/// names its article, so that the file can be written again without it and the other articles stay whole. Data that
/// cannot be encoded (a paragraph that is null, which the parser never makes) leaves the file's storage class empty.
/// Each is a DS9999, which <see cref="OutputFileEmitter"/> returns with the source for the generator to report.
/// </summary>
public sealed class ArticleEmitFailureTests
{
    private static readonly GeneratorOptions Options = new("Sample", false, GeneratorHarness.ProjectDirectory, EquatableArray<PathMapping>.Empty, new LanguageLevel(1400), EquatableArray<DiagnosticInfo>.Empty, true, string.Empty);

    [Fact]
    public void AMemberThatFailsNamesItsArticleAndTheOtherArticlesAreWrittenWhole()
    {
        var good = Article("good.md", "\"[Yes]{.quote #Kerry.Yes cue=said}\"\n");
        var parsed = Article("broken.md", "\"[No]{.quote #Lavrov.No cue=said}\"\n");
        var broken = parsed with { Quotes = new[] { parsed.Quotes[0] with { Speaker = "Nobody" } }.ToEquatableArray() };
        var members = new[] { good, broken }.Select(article => ArticleEmitter.Plan(article, EquatableArray<Skip>.Empty, Options)).ToList();

        var failure = Assert.Throws<ArticleEmitException>(() => ArticleEmitter.Write(new CodeWriter(), members, "Articles_000", Options, TestContext.Current.CancellationToken));
        Assert.Same(members[1], failure.Article);
        Assert.IsType<InvalidOperationException>(failure.InnerException);

        // Written again without the failed article: the other article's members are all there, and nothing of the failed one.
        var writer = new CodeWriter();
        ArticleEmitter.Write(writer, [members[0]], "Articles_000", Options, TestContext.Current.CancellationToken);
        var code = writer.ToString();
        Assert.Contains("public static global::Dataset.Article Good ", code, StringComparison.Ordinal);
        Assert.Contains("public static global::Dataset.Quote Yes ", code, StringComparison.Ordinal);
        Assert.DoesNotContain("Broken", code, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileIsWrittenAgainWithoutTheArticleThatFailsAndTheFailureIsReported()
    {
        var good = Article("good.md", "\"[Yes]{.quote #Kerry.Yes cue=said}\"\n");
        var parsed = Article("broken.md", "\"[No]{.quote #Lavrov.No cue=said}\"\n");
        var broken = parsed with { Quotes = new[] { parsed.Quotes[0] with { Speaker = "Nobody" } }.ToEquatableArray() };

        var emitted = OutputFileEmitter.Emit(File(good, broken), Options, TestContext.Current.CancellationToken);

        Assert.Equal("Articles_000.g.cs", emitted.HintName);
        var failure = Assert.Single(emitted.Diagnostics);
        Assert.Equal(("DS9999", broken.FilePath), (failure.Id, failure.FilePath));
        Assert.StartsWith("InvalidOperationException: ", failure.Arguments[0], StringComparison.Ordinal);
        Assert.Contains("public static global::Dataset.Quote Yes ", emitted.Source, StringComparison.Ordinal);
        Assert.Contains("internal static class Articles_000", emitted.Source, StringComparison.Ordinal);
        // Nothing of the failed article: not its members, not its id in the data.
        Assert.DoesNotContain("Broken", emitted.Source, StringComparison.Ordinal);
        Assert.Empty(GeneratedCode.Parse([emitted.Source!]).ParseDiagnostics);
    }

    [Fact]
    public void AChunkWhoseDataCannotBeEncodedIsWrittenWithoutDataAndTheFailureIsReported()
    {
        var parsed = Article("good.md", "\"[Yes]{.quote #Kerry.Yes cue=said}\"\n");
        var unencodable = parsed with { Paragraphs = new string[] { null! }.ToEquatableArray() };

        var emitted = OutputFileEmitter.Emit(File(unencodable), Options, TestContext.Current.CancellationToken);

        var failure = Assert.Single(emitted.Diagnostics);
        Assert.Equal(("DS9999", unencodable.FilePath), (failure.Id, failure.FilePath));
        Assert.StartsWith("NullReferenceException: ", failure.Arguments[0], StringComparison.Ordinal);
        Assert.Contains("public static global::Dataset.Quote Yes ", emitted.Source, StringComparison.Ordinal);
        var empty = ArticleEmitter.BodyWriter(Options, new StringBuilder());
        ChunkEmitter.Write(empty, "Articles_000", unencodable.RelativePath, [], Options, TestContext.Current.CancellationToken);
        Assert.Contains(empty.ToString(), emitted.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArticleThatIsNotEmittedAddsNoSourceAndKeepsItsDiagnostics()
    {
        // A file name that gives no identifier (DS1008): an article the generated API cannot name.
        var article = ArticleText.Parse(ArticleText.Article("Text.\n"), "data/2015-talks.md");
        Assert.False(article.IsEmittable);
        Assert.NotEmpty(article.Diagnostics);

        var emitted = OutputFileEmitter.Emit(new OutputFile(null, "Article_Broken", new[] { new ArticleEmitInput(article, EquatableArray<Skip>.Empty) }.ToEquatableArray()), Options, TestContext.Current.CancellationToken);

        Assert.Null(emitted.HintName);
        Assert.Null(emitted.Source);
        Assert.Equal(article.Diagnostics, emitted.Diagnostics);
    }

    /// <summary>A bucket of <paramref name="articles"/>, none of which must leave anything out.</summary>
    private static OutputFile File(params ArticleModel[] articles) =>
        new("Articles_000.g.cs", "Articles_000", articles.Select(article => new ArticleEmitInput(article, EquatableArray<Skip>.Empty)).ToEquatableArray());

    /// <summary>An article with the test people and <paramref name="body"/>, as the parser reads it (its id is its file name's).</summary>
    private static ArticleModel Article(string file, string body)
    {
        var article = ArticleText.Parse(ArticleText.Article(body), "data/" + file);
        Assert.Empty(article.Diagnostics);
        return article;
    }
}
