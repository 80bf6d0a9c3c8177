using Dataset.Generator.Emitting;
using Dataset.Generator.Model;
using Dataset.Generator.Tests.Infrastructure;

namespace Dataset.Generator.Tests;

/// <summary>
/// The members of a file's articles are written straight into one builder; a member that fails (a generator bug, which
/// no input can cause: here a quote whose speaker its article does not declare, which the parser never lets through)
/// names its article, so that the file can be written again without it and the other articles stay whole.
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

        var failure = Assert.Throws<ArticleEmitException>(() => ArticleEmitter.Write(new CodeWriter(), members, Options, TestContext.Current.CancellationToken));
        Assert.Same(members[1], failure.Article);
        Assert.IsType<InvalidOperationException>(failure.InnerException);

        // Written again without the failed article: the other article's members are all there, and nothing of the failed one.
        var writer = new CodeWriter();
        ArticleEmitter.Write(writer, [members[0]], Options, TestContext.Current.CancellationToken);
        var code = writer.ToString();
        Assert.Contains("public static global::Dataset.Article Good ", code, StringComparison.Ordinal);
        Assert.Contains("public static global::Dataset.Quote Yes ", code, StringComparison.Ordinal);
        Assert.DoesNotContain("Broken", code, StringComparison.Ordinal);
    }

    /// <summary>An article with the test people and <paramref name="body"/>, as the parser reads it (its id is its file name's).</summary>
    private static ArticleModel Article(string file, string body)
    {
        var article = ArticleText.Parse(ArticleText.Article(body), "data/" + file);
        Assert.Empty(article.Diagnostics);
        return article;
    }
}
