using System.Globalization;
using System.Text.Json;
using Dataset.EndToEnd.Tests.ToolData;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Tests.Infrastructure;
using Dataset.Tool.Checking;
using Dataset.Tool.Loading;
using Dataset.Tool.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Dataset.Tool.Tests;

/// <summary>`dataset check`: the generator's own diagnostics (those across articles included), in the compiler's format and as SARIF.</summary>
public sealed class CheckTests
{
    private static readonly (string Name, string Text)[] Broken =
    [
        ("a-talks.md", BrokenArticles.First),
        ("b-again.md", BrokenArticles.SameId),
        ("c-other.md", BrokenArticles.Conflicting),
        ("nested/d-no-front-matter.md", "# Talks\n\nNo front matter.\n"),
        ("e-crlf.md", "---\r\ntitle: T\r\nsource: S\r\npublished: 2015-09-30\r\n---\r\n\r\nA } stray.\r\n"),
    ];

    [Fact]
    public void TheDiagnosticsAreExactlyTheGeneratorsIdsMessagesAndLocations()
    {
        using var directory = new TempDirectory();
        var files = Broken.Select(file => directory.Write("data/" + file.Name, file.Text)).ToList();
        var fromGenerator = GeneratorHarness.Run(Broken.Select(file => GeneratorHarness.Article(file.Name, file.Text))).GeneratorDiagnostics
            .Select(diagnostic => Describe(diagnostic, GeneratorHarness.ProjectDirectory))
            .Order(StringComparer.Ordinal)
            .ToList();

        var dataset = LoadedDataset.Load(files.Order(StringComparer.Ordinal).ToList(), directory.Path);
        var fromTool = dataset.Diagnostics.Select(diagnostic => Describe(diagnostic, directory.Path)).Order(StringComparer.Ordinal).ToList();

        foreach (var id in new[] { "DS1001", "DS2001", "DS2006", "DS2009", "DS3002", "DS4001", "DS4002", "DS4003" })
        {
            Assert.Contains(fromGenerator, line => line.Contains(" " + id + " ", StringComparison.Ordinal));
        }

        Assert.Equal(fromGenerator, fromTool);
    }

    [Fact]
    public void LinesAreTheCompilersWithASummaryAndExitCode1OnErrors()
    {
        using var directory = new TempDirectory();
        directory.Write("data/talks.md", "---\ntitle: Talks\nsource: AFP\npublished: 2015-09-30\n---\n\nA [typo]{.persn ref=Kerry} here.\n\n[20]{.stat #War.Sorties value=21} sorties.\n");

        var result = ToolRunner.Run("check", "--root", directory.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "data/talks.md(7,10): error DS2004: Unknown annotation kind '.persn': use .quote, .stat, .person, .org or .place: did you mean 'person'?",
                "data/talks.md(9,25): warning DS3002: value=21 contradicts '20', which reads as 20: the explicit value is used",
                "1 error, 1 warning in 1 article file.",
            ],
            result.OutputLines);
    }

    [Fact]
    public void WarningsAloneExit0AndAMissingPathExits2()
    {
        using var directory = new TempDirectory();
        directory.Write("articles/talks.md", "---\ntitle: Talks\nsource: AFP\npublished: 2015-09-30\ntittle: typo\n---\n\nText.\n");

        var warnings = ToolRunner.Run("check", "articles", "--root", directory.Path);
        var missing = ToolRunner.Run("check", "nowhere", "--root", directory.Path);

        Assert.True(warnings.ExitCode == 0, warnings.ToString());
        Assert.Contains("0 errors, 1 warning in 1 article file.", warnings.Output);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("'nowhere' is neither an article file nor a directory", missing.Error);
    }

    [Fact]
    public void SarifIsA2_1_0LogWithEveryRuleAndEveryResultLocated()
    {
        using var directory = new TempDirectory();
        foreach (var (name, article) in Broken)
        {
            directory.Write("data/" + name, article);
        }

        var path = Path.Combine(directory.Path, "check.sarif");
        var result = ToolRunner.Run("check", "--format", "sarif", "--out", path, "--root", directory.Path);
        var text = ToolRunner.Run("check", "--root", directory.Path);

        Assert.Equal(1, result.ExitCode);
        using var log = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        Assert.Equal(SarifWriter.SchemaUri, log.RootElement.GetProperty("$schema").GetString());
        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(DiagnosticDescriptors.All.Select(descriptor => descriptor.Id).Order(StringComparer.Ordinal), rules.Select(rule => rule.GetProperty("id").GetString()));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(text.OutputLines.Length - 1, results.Count);
        foreach (var item in results)
        {
            var rule = rules[item.GetProperty("ruleIndex").GetInt32()];
            Assert.Equal(rule.GetProperty("id").GetString(), item.GetProperty("ruleId").GetString());
            var location = item.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.StartsWith("data/", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            if (item.GetProperty("ruleId").GetString() is "DS4001" or "DS4002" or "DS4003")
            {
                Assert.Equal(1, item.GetProperty("relatedLocations").GetArrayLength());
            }
        }
    }

    private static string Describe(Diagnostic diagnostic, string root)
    {
        var span = diagnostic.Location.GetLineSpan();
        var additional = string.Join(";", diagnostic.AdditionalLocations.Select(location => Span(location.GetLineSpan(), root)));
        return $"{Span(span, root)} {diagnostic.Id} {diagnostic.Descriptor.DefaultSeverity} {diagnostic.GetMessage(CultureInfo.InvariantCulture)} [{additional}]";
    }

    private static string Span(FileLinePositionSpan span, string root) =>
        string.Create(CultureInfo.InvariantCulture, $"{LoadedDataset.Relative(span.Path, root)}({span.StartLinePosition.Line},{span.StartLinePosition.Character})-({span.EndLinePosition.Line},{span.EndLinePosition.Character})");
}
