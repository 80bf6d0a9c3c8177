using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using Dataset.Benchmarks.Corpus;
using Dataset.EndToEnd.Tests.Infrastructure;
using Dataset.EndToEnd.Tests.ToolData;

namespace Dataset.EndToEnd.Tests;

/// <summary>
/// The packed Dataset.Tool, installed with `dotnet tool install --tool-path` from the solution's pack, run as a user
/// runs it: on the seed article, on broken articles (against what `dotnet build` reports for them), on a consumer
/// program's view of the same articles, and on 1,000 synthetic articles.
/// </summary>
public sealed class ToolTests(PackageFixture fixture)
{
    private static readonly Regex DiagnosticLine = new(
        @"^(?<path>.+?)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>DS\d{4}): (?<message>.*?)(?: \[[^\]]*\.csproj[^\]]*\])?$",
        RegexOptions.Multiline);

    [Fact]
    public void TheToolPackageHoldsTheCommandAndTheGeneratorItReadsArticlesWith()
    {
        var path = Path.Combine(fixture.SolutionPackagesDirectory, fixture.ToolPackageFileName);
        Assert.True(File.Exists(path), $"No {fixture.ToolPackageFileName}.{Environment.NewLine}{fixture.SolutionPack}");
        using var package = ZipFile.OpenRead(path);
        var entries = package.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var expected in new[] { "tools/net10.0/any/Dataset.Tool.dll", "tools/net10.0/any/Dataset.Generator.dll", "tools/net10.0/any/DotnetToolSettings.xml", "tools/net10.0/any/System.CommandLine.dll" })
        {
            Assert.True(entries.Contains(expected), $"{fixture.ToolPackageFileName} lacks {expected}: [{string.Join(", ", entries.Order(StringComparer.Ordinal))}]");
        }

        var nuspecEntry = Assert.Single(package.Entries, entry => !entry.FullName.Contains('/') && entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var reader = new StreamReader(nuspecEntry.Open());
        var nuspec = XDocument.Parse(reader.ReadToEnd());
        Assert.Contains(nuspec.Descendants(), element => element.Name.LocalName == "packageType" && (string?)element.Attribute("name") == "DotnetTool");

        using var settingsReader = new StreamReader(package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        var command = XDocument.Parse(settingsReader.ReadToEnd()).Descendants().Single(element => element.Name.LocalName == "Command");
        Assert.Equal("dataset", (string?)command.Attribute("Name"));
    }

    [Fact]
    public async Task EveryCommandHasHelp()
    {
        var tool = await InstalledTool.GetAsync(fixture);
        foreach (var command in new[] { "check", "export", "lsp", "new", "preview", "suggest" })
        {
            var help = await tool.RunAsync(fixture.Root, command, "--help");
            Assert.True(help.Succeeded, help.ToString());
            Assert.Contains($"dataset {command}", help.Output, StringComparison.Ordinal);
            Assert.Contains("Usage:", help.Output, StringComparison.Ordinal);
        }

        var root = await tool.RunAsync(fixture.Root, "--help");
        Assert.True(root.Succeeded, root.ToString());
        foreach (var command in new[] { "check", "export", "lsp", "new", "preview", "suggest" })
        {
            Assert.Contains(command, root.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CheckAcceptsTheSeedArticleFromTheDefaultDataDirectory()
    {
        var tool = await InstalledTool.GetAsync(fixture);
        var project = new ConsumerProject(fixture, "tool-seed").CopySeedArticle();

        var check = await tool.RunAsync(project.Directory, "check");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal("0 errors, 0 warnings in 1 article file.", check.Output.Trim());
    }

    [Fact]
    public async Task CheckReportsExactlyWhatTheBuildReportsForBrokenArticlesAndExits1()
    {
        var tool = await InstalledTool.GetAsync(fixture);
        var consumer = new ConsumerProject(fixture, "tool-broken")
            .WriteFile("Consumer.csproj", new ConsumerProject(fixture, "tool-broken-template").ProjectFile("Library", "Consumer", "\n    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>"))
            .WriteFile("data/a-talks.md", BrokenArticles.First)
            .WriteFile("data/b-again.md", BrokenArticles.SameId)
            .WriteFile("data/c-other.md", BrokenArticles.Conflicting)
            .WriteFile("data/nested/d-no-front-matter.md", "# Talks\n\nNo front matter.\n");

        var build = await consumer.BuildAsync();
        Assert.False(build.Succeeded, build.ToString());
        var fromBuild = Diagnostics(build.Output, consumer.Directory);

        var check = await tool.RunAsync(consumer.Directory, "check");
        Assert.True(check.ExitCode == 1, check.ToString());
        var fromTool = Diagnostics(check.Output, consumer.Directory);

        // Every kind of check is in the set, those across articles included.
        foreach (var id in new[] { "DS1001", "DS2001", "DS2004", "DS2009", "DS3002", "DS4001", "DS4002", "DS4003" })
        {
            Assert.Contains(fromBuild, line => line.Contains($" {id}: ", StringComparison.Ordinal));
        }

        Assert.Equal(fromBuild, fromTool);
        var errors = fromTool.Count(line => line.Contains("): error ", StringComparison.Ordinal));
        var warnings = fromTool.Count(line => line.Contains("): warning ", StringComparison.Ordinal));
        Assert.Contains($"{errors} errors, {warnings} warning{(warnings == 1 ? string.Empty : "s")} in 4 article files.", check.Output, StringComparison.Ordinal);

        // The same diagnostics as a SARIF 2.1.0 log.
        var sarifPath = Path.Combine(consumer.Directory, "check.sarif");
        var sarif = await tool.RunAsync(consumer.Directory, "check", "--format", "sarif", "--out", sarifPath);
        Assert.True(sarif.ExitCode == 1, sarif.ToString());
        using var log = JsonDocument.Parse(File.ReadAllText(sarifPath));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(log.RootElement.GetProperty("runs").EnumerateArray().ToArray());
        Assert.Equal("dataset", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var fromSarif = run.GetProperty("results").EnumerateArray().Select(result =>
        {
            var helpUri = rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("helpUri").GetString();
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var region = location.GetProperty("region");
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{location.GetProperty("artifactLocation").GetProperty("uri").GetString()}({region.GetProperty("startLine").GetInt32()},{region.GetProperty("startColumn").GetInt32()}): {result.GetProperty("level").GetString()} {result.GetProperty("ruleId").GetString()}: {result.GetProperty("message").GetProperty("text").GetString()}{(string.IsNullOrEmpty(helpUri) ? string.Empty : $" ({helpUri})")}");
        }).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(fromBuild, fromSarif);
    }

    [Fact]
    public async Task ExportGivesExactlyTheValuesAProgramUsingTheGeneratedDatasetPrints()
    {
        var tool = await InstalledTool.GetAsync(fixture);
        var consumer = new ConsumerProject(fixture, "tool-export")
            .WriteConsumerProject()
            .CopySeedArticle()
            .WriteFile("data/more/second-article.md", ExportArticles.Second)
            .WriteFile("Program.cs", ExportArticles.Printer);

        var build = await consumer.BuildAsync();
        Assert.True(build.Succeeded, build.ToString());
        var run = await consumer.RunAsync();
        Assert.True(run.Succeeded, run.ToString());
        var printed = run.Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var jsonPath = Path.Combine(consumer.Directory, "export.json");
        var export = await tool.RunAsync(consumer.Directory, "export", "--format", "json", "--out", jsonPath);
        Assert.True(export.Succeeded, export.ToString());
        using var document = JsonDocument.Parse(File.ReadAllText(jsonPath));
        var exported = ExportArticles.Lines(document.RootElement);

        Assert.True(printed.Length > 100, run.ToString());
        Assert.Equal(printed, exported);

        // The CSV files hold the same records: as many rows, and the same quote texts.
        var csvDirectory = Path.Combine(consumer.Directory, "csv");
        var csv = await tool.RunAsync(consumer.Directory, "export", "--format", "csv", "--out", csvDirectory);
        Assert.True(csv.Succeeded, csv.ToString());
        foreach (var table in new[] { "quotes", "stats", "people", "organizations", "places", "mentions", "articles" })
        {
            var records = Csv.Read(File.ReadAllText(Path.Combine(csvDirectory, table + ".csv")));
            Assert.Equal(document.RootElement.GetProperty(table).GetArrayLength(), records.Count - 1);
            var header = records[0];
            var first = document.RootElement.GetProperty(table).EnumerateArray().First();
            for (var column = 0; column < header.Count; column++)
            {
                var value = first.GetProperty(header[column]);
                var expected = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Null => string.Empty,
                    _ => value.GetRawText(),
                };
                Assert.Equal(expected, records[1][column]);
            }
        }

        // The schema names every property the document has.
        var schemaPath = Path.Combine(consumer.Directory, "export.schema.json");
        var schema = await tool.RunAsync(consumer.Directory, "export", "--schema", "--out", schemaPath);
        Assert.True(schema.Succeeded, schema.ToString());
        using var schemaDocument = JsonDocument.Parse(File.ReadAllText(schemaPath));
        var tables = schemaDocument.RootElement.GetProperty("properties");
        foreach (var table in document.RootElement.EnumerateObject())
        {
            var properties = tables.GetProperty(table.Name).GetProperty("items").GetProperty("properties");
            foreach (var item in table.Value.EnumerateArray())
            {
                Assert.Equal(
                    properties.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal),
                    item.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public async Task NewWritesAnArticleThatCheckAcceptsAndNeverOverwrites()
    {
        var tool = await InstalledTool.GetAsync(fixture);
        var project = new ConsumerProject(fixture, "tool-new");

        var created = await tool.RunAsync(project.Directory, "new", "data/ceasefire-talks.md", "--title", "Talks: \"urgent\" \\ now # not a comment", "--source", "Agence France-Presse", "--published", "2015-10-01", "--dateline", "GENEVA, Switzerland");
        Assert.True(created.Succeeded, created.ToString());
        Assert.Contains("Articles.CeasefireTalks", created.Output, StringComparison.Ordinal);

        var check = await tool.RunAsync(project.Directory, "check");
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal("0 errors, 0 warnings in 1 article file.", check.Output.Trim());

        var jsonPath = Path.Combine(project.Directory, "new.json");
        var export = await tool.RunAsync(project.Directory, "export", "--out", jsonPath);
        Assert.True(export.Succeeded, export.ToString());
        using var document = JsonDocument.Parse(File.ReadAllText(jsonPath));
        var article = Assert.Single(document.RootElement.GetProperty("articles").EnumerateArray().ToArray());
        Assert.Equal("Talks: \"urgent\" \\ now # not a comment", article.GetProperty("title").GetString());
        Assert.Equal("GENEVA, Switzerland", article.GetProperty("dateline").GetString());

        var before = File.ReadAllText(Path.Combine(project.Directory, "data", "ceasefire-talks.md"));
        var again = await tool.RunAsync(project.Directory, "new", "data/ceasefire-talks.md", "--title", "Other", "--source", "Other");
        Assert.Equal(2, again.ExitCode);
        Assert.Equal(before, File.ReadAllText(Path.Combine(project.Directory, "data", "ceasefire-talks.md")));
    }

    [Fact]
    public async Task AThousandSyntheticArticlesAreCheckedExportedAndPreviewed()
    {
        var tool = await InstalledTool.GetAsync(fixture);
        var project = new ConsumerProject(fixture, "tool-corpus");
        var articles = SyntheticCorpus.Create(1000);
        SyntheticCorpus.Write(articles, Path.Combine(project.Directory, "data"));

        var check = await tool.RunAsync(project.Directory, "check");
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Equal("0 errors, 0 warnings in 1000 article files.", check.Output.Trim());

        var csvDirectory = Path.Combine(project.Directory, "csv");
        var export = await tool.RunAsync(project.Directory, "export", "--format", "csv", "--out", csvDirectory);
        Assert.True(export.Succeeded, export.ToString());
        Assert.Equal(articles.Sum(article => article.Data.Quotes.Count) + 1, Csv.Read(File.ReadAllText(Path.Combine(csvDirectory, "quotes.csv"))).Count);
        Assert.Equal(articles.Sum(article => article.Data.Stats.Count) + 1, Csv.Read(File.ReadAllText(Path.Combine(csvDirectory, "stats.csv"))).Count);
        Assert.Equal(articles.Sum(article => article.Data.Mentions.Count) + 1, Csv.Read(File.ReadAllText(Path.Combine(csvDirectory, "mentions.csv"))).Count);

        var site = Path.Combine(project.Directory, "site");
        var preview = await tool.RunAsync(project.Directory, "preview", "--out", site);
        Assert.True(preview.Succeeded, preview.ToString());
        Assert.Equal(1000, Directory.GetFiles(Path.Combine(site, "articles"), "*.html").Length);
        Assert.True(File.Exists(Path.Combine(site, "index.html")), preview.ToString());

        var suggest = await tool.RunAsync(project.Directory, "suggest");
        Assert.True(suggest.ExitCode == 0, suggest.ToString());
    }

    /// <summary>The diagnostic lines of an output, paths relative to <paramref name="directory"/>, sorted and distinct.</summary>
    private static string[] Diagnostics(string output, string directory) =>
        DiagnosticLine.Matches(output.ReplaceLineEndings("\n"))
            .Select(match =>
            {
                var path = match.Groups["path"].Value.Trim();
                var relative = Path.IsPathRooted(path) ? Path.GetRelativePath(directory, path).Replace('\\', '/') : path;
                return $"{relative}({match.Groups["line"].Value},{match.Groups["column"].Value}): {match.Groups["severity"].Value} {match.Groups["id"].Value}: {match.Groups["message"].Value.TrimEnd()}";
            })
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
