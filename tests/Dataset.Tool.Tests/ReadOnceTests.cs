using Dataset.Benchmarks.Corpus;
using Dataset.Generator.Parsing.Body;
using Dataset.Tool.Tests.Infrastructure;

namespace Dataset.Tool.Tests;

/// <summary>
/// The commands that show or change an article's text read its body once: the loader parses each file once and keeps
/// the parse, and the preview and suggest take the text, blocks and annotations from it instead of reading the body
/// again. Counted by the parser itself (<see cref="BodyReads"/>), so a second read anywhere fails the test.
/// </summary>
public sealed class ReadOnceTests
{
    [Fact]
    public void PreviewAndSuggestReadEachArticleBodyExactlyOnce()
    {
        using var directory = new TempDirectory();
        var data = Path.Combine(directory.Path, "data");
        SyntheticCorpus.Write(SyntheticCorpus.Create(12), data);
        // Read but not generated (its id is no member name), and not read past its first line.
        directory.Write("data/zz-bad-id.md", "---\nid: 1Bad\ntitle: Bad\nsource: AFP\npublished: 2015-09-30\n---\n\nA body [once]{.quote}.\n");
        directory.Write("data/zz-no-front-matter.md", "No front matter, so no body.\n");
        var files = Directory.GetFiles(data, "*.md").Order(StringComparer.Ordinal).ToList();
        var withBodies = files.Where(file => !file.EndsWith("zz-no-front-matter.md", StringComparison.Ordinal)).ToList();
        Assert.Equal(13, withBodies.Count);

        foreach (var command in new[] { new[] { "preview", "--out", Path.Combine(directory.Path, "site") }, new[] { "suggest" } })
        {
            using var reads = BodyReads.Count();
            var result = ToolRunner.Run([.. command, "--root", directory.Path]);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.All(withBodies, file => Assert.True(reads.Of(file) == 1, $"{command[0]} read {file} {reads.Of(file)} times."));
            Assert.Equal(withBodies.Count, reads.Total);
        }
    }
}
