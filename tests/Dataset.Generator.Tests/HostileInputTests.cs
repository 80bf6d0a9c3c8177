using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing.Body;
using Dataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static Dataset.Generator.Tests.Infrastructure.ArticleText;

namespace Dataset.Generator.Tests;

/// <summary>
/// Inputs chosen to break a parser: huge, deep, empty, binary, badly encoded, and every kind of line ending. The
/// generator must get through each without throwing (no DS9999), with the diagnostics a user needs. (That the time
/// grows linearly with the file is measured by the benchmark <c>Dataset.Benchmarks scaling</c>, not here.)
/// </summary>
public sealed class HostileInputTests
{
    private const string Front = "---\n" + Header + "people:\n  Kerry: { name: John Kerry }\n---\n";

    [Fact]
    public void TenThousandNestedSpansAreReadWithoutOverflowingTheStack()
    {
        const int depth = 10_000;
        var text = Front + new string('[', depth) + "deep" + string.Concat(Enumerable.Repeat("]{.person ref=Kerry}", depth)) + "\n";

        var article = Parse(text);
        var run = Run(text);

        // Deeper than Markdown is read (NestingPreScan): the plain scanner reads every span, with one warning.
        Assert.Equal("DS2015", Assert.Single(article.Diagnostics).Id);
        Assert.Equal(depth, article.Mentions.Count);
        Assert.All(article.Mentions, mention => Assert.Equal("deep", mention.Text));
        Assert.Equal("DS2015", Assert.Single(run.Diagnostics).Id);
        Assert.Contains("Article_Talks.g.cs", run.Results.Single().GeneratedSources.Select(source => source.HintName));
    }

    [Theory]
    [InlineData("> ")]
    [InlineData(">")]
    [InlineData("- ")]
    [InlineData("1. ")]
    [InlineData("> * ")]
    public void TenThousandNestedBlockQuotesOrListLevelsAreReadWithoutOverflowingTheStack(string marker)
    {
        const int depth = 10_000;
        var text = Front + string.Concat(Enumerable.Repeat(marker, depth)) + "[deep]{.person ref=Kerry}\n\n" + ValidParagraph + "\n";

        var article = Parse(text);
        var run = Run(text);

        // Markdig recurses on nested containers: past NestingPreScan.Limit the plain scanner reads the body instead.
        // (Front declares no place Russia: ValidParagraph's mention of it is DS2010.)
        Assert.Equal(["DS2015", "DS2010"], article.Diagnostics.Select(diagnostic => diagnostic.Id));
        Assert.Equal("deep", Assert.Single(article.Mentions).Text);
        Assert.Single(article.Quotes);
        Assert.Equal(["DS2010", "DS2015"], run.Diagnostics.Select(diagnostic => diagnostic.Id).Order());
    }

    [Fact]
    public void AThousandLinesOfDeeperIndentedListsAreReadWithoutOverflowingTheStack()
    {
        // Each line one level deeper than the last, by indentation (two columns a level); 1,000 levels are already a
        // megabyte of spaces.
        var lines = Enumerable.Range(0, 1_000).Select(level => new string(' ', 2 * level) + "- item " + level);
        var text = Front + string.Join("\n", lines) + "\n\n" + ValidParagraph + "\n";

        var article = Parse(text);

        Assert.Equal(["DS2015", "DS2010"], article.Diagnostics.Select(diagnostic => diagnostic.Id));
        Assert.Single(article.Quotes);
    }

    [Fact]
    public void ThePreScanCountsDelimiterRunsAndOpenBracketsOfAParagraph()
    {
        string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
        (string Body, (int Offset, int Depth, string What)? Expected)[] cases =
        [
            (new string('*', 65), (64, 65, "emphasis delimiters")),
            ("ab " + new string('_', 64) + "x" + new string('~', 64), null),
            ("a" + new string('*', 40) + "\\*" + new string('*', 40), null),
            ("text " + new string('~', 70), (69, 65, "emphasis delimiters")),
            (Repeat("** ", 100), null),
            (Repeat("[a ", 65), (192, 65, "'[' brackets")),
            (Repeat("\\[a ", 65), null),
            (Repeat("[a] ", 100), null),
            (Repeat("[a ", 33) + "\n" + Repeat("[b ", 33), (193, 65, "'[' brackets")),
            (Repeat("[a ", 33) + "\n\n" + Repeat("[b ", 33), null),
        ];

        foreach (var (body, expected) in cases)
        {
            // The body after a front matter: offsets count in the whole text.
            Assert.Equal(expected is { } e ? (e.Offset + Front.Length, e.Depth, e.What) : null, NestingPreScan.FindTooDeep(Front + body, Front.Length));
        }
    }

    [Fact]
    public void TenThousandNestedEmphasesInSeparateRunsFallBackToThePlainReading()
    {
        // Separate delimiter runs pass the pre-scan but nest ten thousand emphases in Markdig, whose own depth limit
        // throws (before any recursion could overflow): the body is then read without Markdown, with DS2015.
        const int depth = 10_000;
        var body = string.Concat(Enumerable.Repeat("*a ", depth)) + "b" + string.Concat(Enumerable.Repeat("* c", depth));
        var text = Front + "[x]{.person ref=Kerry} [" + body + "]{.person ref=Kerry}\n\n[y]{.person ref=Kerry}\n";

        var article = Parse(text);

        var diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal("DS2015", diagnostic.Id);
        Assert.StartsWith("Markdig: ", diagnostic.Arguments[0], StringComparison.Ordinal);
        Assert.Equal(["x", body, "y"], article.Mentions.Select(mention => mention.Text));
        Assert.Empty(Run(text).Diagnostics.Where(diagnostic => diagnostic.Id == "DS9999"));
    }

    [Fact]
    public void TenThousandUnclosedSpansAreTenThousandErrorsAndTheRestSurvives()
    {
        const int depth = 10_000;
        var text = Front + new string('[', depth) + "deep\n\n" + ValidParagraph.Replace("Kerry.Agreed", "Kerry.Agreed", StringComparison.Ordinal) + "\n";

        var article = Parse(text);

        Assert.Equal(depth, article.Diagnostics.Count(diagnostic => diagnostic.Id == "DS2001"));
        Assert.Single(article.Quotes);
        Assert.Empty(Run(text).Results.Single().Exception is { } e ? [e] : Array.Empty<Exception>());
    }

    [Fact]
    public void TenThousandLevelsOfFrontMatterIndentationAreOneError()
    {
        var lines = Enumerable.Range(0, 10_000).Select(level => new string(' ', level) + "k" + level + ":");
        var text = "---\n" + Header + string.Join("\n", lines) + "\n---\nBody.\n";

        var article = Parse(text);

        Assert.Contains(article.Diagnostics, diagnostic => diagnostic.Id == "DS1003" && diagnostic.Arguments[0] == "the front matter nests too deeply");
        Assert.Empty(Run(text).Diagnostics.Where(diagnostic => diagnostic.Id == "DS9999"));
    }

    [Fact]
    public void AFiftyMegabyteArticleIsGenerated()
    {
        // Long paragraphs (4 KB, three annotations each), as a huge article would have: 50 MB is about 12,800 of them.
        var filler = string.Concat(Enumerable.Repeat("The talks went on and on, the text goes on, and line after line it never ends. ", 50));
        var paragraph = "Some [52 percent]{.stat #Poll.P{0}} of voters said \"[yes]{.quote #Kerry.Q{0}}\" to [Kerry]{.person ref=Kerry}. " + filler + "\n" + filler + "\n\n";
        var body = new StringBuilder(52 * 1024 * 1024);
        body.Append(Front);
        var count = 0;
        while (body.Length < 50 * 1024 * 1024)
        {
            body.Append(paragraph.Replace("{0}", (count++).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        var text = body.ToString();
        var clock = Stopwatch.StartNew();
        var article = Parse(text);
        var parsed = clock.Elapsed;
        var run = Run(text);
        TestContext.Current.TestOutputHelper?.WriteLine($"parse {parsed}, generator {clock.Elapsed - parsed}");

        Assert.Empty(article.Diagnostics);
        Assert.Empty(run.Diagnostics);
        var source = run.Results.Single().GeneratedSources.Single(generated => generated.HintName == "Article_Talks.g.cs").SourceText.ToString();
        Assert.Contains($"Q{count - 1} =>", source, StringComparison.Ordinal);
        Assert.Contains($"public const int P{count - 1} = 52;", source, StringComparison.Ordinal);
    }

    [Fact]
    public void AHundredThousandAnnotationsInOneFileAreGenerated()
    {
        const int count = 100_000;
        var body = new StringBuilder(Front);
        for (var i = 0; i < count; i++)
        {
            body.Append((i % 3) switch
            {
                0 => $"[Yes {i}]{{.quote #Kerry.Q{i}}}",
                1 => $"[{i}]{{.stat #Poll.S{i}}}",
                _ => "[Kerry]{.person ref=Kerry}",
            });
            body.Append(i % 10 == 9 ? ".\n\n" : " ");
        }

        var text = body.ToString();
        var article = Parse(text);
        var run = Run(text);

        Assert.Empty(article.Diagnostics);
        Assert.Equal((33_334, 33_333, 33_333), (article.Quotes.Count, article.Stats.Count, article.Mentions.Count));
        Assert.Empty(run.Diagnostics);
        Assert.Contains("Article_Talks.g.cs", run.Results.Single().GeneratedSources.Select(source => source.HintName));
    }

    [Fact]
    public void AHundredThousandUnknownSpeakersAmongAHundredThousandPeopleStayLinear()
    {
        // The "did you mean" hint compares names: without a bound it would be 10^10 comparisons.
        var people = string.Concat(Enumerable.Range(0, 100_000).Select(i => $"  Person{i}: Name {i}\n"));
        var quotes = string.Concat(Enumerable.Range(0, 100_000).Select(i => $"[x]{{.quote #Nobody{i}.Q}} "));
        var text = "---\n" + Header + "people:\n" + people + "---\n" + quotes + "\n";

        var article = Parse(text);

        Assert.Equal(100_000, article.Diagnostics.Count(diagnostic => diagnostic.Id == "DS2009"));
        Assert.Equal(100_000, article.Entities.Count);
    }

    [Fact]
    public void AnEmptyFileIsMissingFrontMatter() =>
        AssertOnly(string.Empty, "DS1001");

    [Fact]
    public void AFileOfNulBytesIsMissingFrontMatter() =>
        AssertOnly(new string('\0', 4096), "DS1001");

    [Fact]
    public void ALoneOpeningLineIsUnclosedFrontMatter()
    {
        AssertOnly("---", "DS1002");
        AssertOnly("---\n", "DS1002");
        AssertOnly("---\r\n", "DS1002");
    }

    [Fact]
    public void InvalidUtf8IsReadWithReplacementCharactersAsTheCompilerDecodesIt()
    {
        var bytes = Encoding.UTF8.GetBytes(Article("[Caf\u00E9]{.quote #Kerry.Cafe}")).ToList();
        var at = bytes.IndexOf((byte)0xC3);
        bytes[at + 1] = 0x28;                  // an invalid continuation byte
        bytes.AddRange([0xFF, 0xFE, 0xC0, 0x80]); // bytes that are never UTF-8
        var file = TextAdditionalText.FromBytes(GeneratorHarness.ProjectDirectory + "data/talks.md", bytes.ToArray());

        var run = GeneratorHarness.Run([file], "internal static class Use { internal static readonly object Q = Sample.Quotes.Kerry.Cafe; }");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal("Caf\uFFFD(", Assert.Single(GeneratedCode.Read(run.Driver.GetRunResult()).Decode().Quotes).Text);
    }

    [Fact]
    public void RandomBytesNeverBreakTheGenerator()
    {
        var random = new Random(3);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 2000)];
            random.NextBytes(bytes);
            var prefix = i % 2 == 0 ? Encoding.UTF8.GetBytes(Front) : [];
            var file = TextAdditionalText.FromBytes(GeneratorHarness.ProjectDirectory + "data/talks.md", [.. prefix, .. bytes]);

            var run = GeneratorHarness.Run([file]);

            Assert.Null(run.Driver.GetRunResult().Results.Single().Exception);
            Assert.DoesNotContain(run.GeneratorDiagnostics, diagnostic => diagnostic.Id == "DS9999");
            Assert.Empty(run.CompilationDiagnostics);
        }
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void EveryLineEndingGivesTheSameArticleAndTheSameLocations(string newline)
    {
        var lf = Article(ValidParagraph + "\n\n[Kery]{.person ref=Kery}\n");
        var text = lf.Replace("\n", newline, StringComparison.Ordinal);

        var run = Generate(text, UsesValidMembers);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);

        Assert.Equal("DS2010", diagnostic.Id);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePositionSpan(new(14, 19), new(14, 23)), diagnostic.Location.GetLineSpan().Span);
        Assert.Equal("Kery", text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Empty(CompilerProblems(run));
        Assert.Equal(Generate(lf, UsesValidMembers).Sources["Article_Talks.g.cs"], run.Sources["Article_Talks.g.cs"]);
    }

    [Fact]
    public void AByteOrderMarkIsNotPartOfTheArticle()
    {
        var text = Article(ValidParagraph + "\n\n[Kery]{.person ref=Kery}\n");
        var bytes = TextAdditionalText.FromBytes(GeneratorHarness.ProjectDirectory + "data/talks.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        var withBom = GeneratorHarness.Run([bytes], UsesValidMembers);
        var withBomCharacter = Generate("\uFEFF" + text, UsesValidMembers);
        var without = Generate(text, UsesValidMembers);

        Assert.Equal(without.Sources, withBom.Sources);
        Assert.Equal(without.Sources, withBomCharacter.Sources);
        Assert.Equal(
            without.GeneratorDiagnostics.Select(diagnostic => diagnostic.Location.GetLineSpan().Span),
            withBomCharacter.GeneratorDiagnostics.Select(diagnostic => diagnostic.Location.GetLineSpan().Span));
        Assert.Empty(CompilerProblems(withBom));
    }

    // ---- helpers ----

    private static GeneratorDriverRunResult Run(string text) =>
        GeneratorHarness.CreateDriver([GeneratorHarness.Article("talks.md", text)])
            .RunGenerators(GeneratorHarness.CreateCompilation(string.Empty))
            .GetRunResult();

    private static void AssertOnly(string text, string id)
    {
        var run = GenerateWithoutThrowing(text);
        Assert.Equal([id], run.GeneratorDiagnostics.Select(diagnostic => diagnostic.Id));
        Assert.Empty(CompilerProblems(run));

        // The only article cannot be generated: the dataset is empty, so nothing is generated (see EmptyDatasetTests).
        Assert.Empty(run.Sources.Keys);
    }

    private static GeneratorRun GenerateWithoutThrowing(string text)
    {
        var run = Generate(text);
        Assert.Null(run.Driver.GetRunResult().Results.Single().Exception);
        return run;
    }
}
