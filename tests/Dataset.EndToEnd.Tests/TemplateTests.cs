using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Threading.Tasks;
using System.Xml.Linq;
using Dataset.EndToEnd.Tests.Infrastructure;

namespace Dataset.EndToEnd.Tests;

/// <summary>
/// The packed Dataset.Templates: installed with `dotnet new install` into a template hive of the test's own (never the
/// machine's), dataset libraries and apps made from its templates outside the repository (one library, and two shards
/// in one app), restored against the packed Dataset, built and run.
/// </summary>
public sealed class TemplateTests(PackageFixture fixture)
{
    private static readonly TimeSpan TemplateCommandTimeout = TimeSpan.FromMinutes(3);

    // The example article of the dataset-library template (content/dataset-library/data/harbour-library-opens.md).
    private const string ExampleQuote = "Every child in this town should be a short walk from a book";

    [Fact]
    public async Task ALibraryAndAnAppFromTheTemplatesBuildAndRunOnThePackedPackage()
    {
        var consumer = new ConsumerProject(fixture, "templates");
        var hive = await InstallTemplatesAsync("templates");

        var library = await DotNetNewAsync(consumer, hive, "dataset-library", "-n", "News.Data", "-o", "News.Data");
        Assert.True(library.Succeeded, $"dotnet new dataset-library failed.{Environment.NewLine}{library}");
        var app = await DotNetNewAsync(consumer, hive, "dataset-app", "-n", "News.App", "-o", "News.App");
        Assert.True(app.Succeeded, $"dotnet new dataset-app failed.{Environment.NewLine}{app}");

        // -n renamed the projects; the library references the Dataset packed with the templates (the default of
        // DatasetVersion, stamped at pack time), the app the library by its default name, News.Data.
        var libraryProject = XDocument.Load(Path.Combine(consumer.Directory, "News.Data", "News.Data.csproj"));
        var datasetReference = libraryProject.Descendants("PackageReference").Single(element => (string?)element.Attribute("Include") == "Dataset");
        Assert.Equal(fixture.Version, (string?)datasetReference.Attribute("Version"));
        Assert.Equal("public", libraryProject.Descendants("DatasetVisibility").Single().Value);
        Assert.True(File.Exists(Path.Combine(consumer.Directory, "News.Data", "data", "harbour-library-opens.md")), "The library has no example article.");
        var appProject = XDocument.Load(Path.Combine(consumer.Directory, "News.App", "News.App.csproj"));
        Assert.Equal(@"..\News.Data\News.Data.csproj", (string?)appProject.Descendants("ProjectReference").Single().Attribute("Include"));

        var build = await consumer.BuildAsync(Path.Combine("News.App", "News.App.csproj"));
        Assert.True(build.Succeeded, $"The app made from the templates does not build.{Environment.NewLine}{build}");
        Assert.True(Directory.Exists(Path.Combine(fixture.NuGetCache, "dataset", fixture.Version)), $"The packed Dataset was not restored into the test's own cache {fixture.NuGetCache}.{Environment.NewLine}{build}");

        var run = await consumer.RunAsync(Path.Combine("News.App", "News.App.csproj"));
        Assert.True(run.Succeeded, $"The app made from the templates failed.{Environment.NewLine}{run}");
        Assert.Equal(
            ["Articles: 1", $"Quote: {ExampleQuote}", "Speaker: Ana Ruiz", "Books: 12000", "Quotes in every library: 1"],
            run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));

        // The fast path: the library's LangVersion (C# 11 or later) makes the generator store the texts as "..."u8
        // literals, bytes in the assembly, not string literals in its #US heap, as it does below C# 11.
        var assembly = Path.Combine(consumer.Directory, "News.Data", "bin", "Debug", "netstandard2.0", "News.Data.dll");
        var userStrings = UserStrings(assembly);
        Assert.NotEmpty(userStrings);
        Assert.DoesNotContain(userStrings, text => text.Contains(ExampleQuote, StringComparison.Ordinal));
        var bytes = File.ReadAllBytes(assembly);
        Assert.True(
            bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(ExampleQuote)) >= 0,
            $"{assembly} does not hold the example quote as UTF-8 bytes.");
    }

    [Fact]
    public async Task AnAppReferencesTwoShardLibrariesEachWithItsOwnDataset()
    {
        var consumer = new ConsumerProject(fixture, "template-shards");
        var hive = await InstallTemplatesAsync("template-shards");

        foreach (var shard in new[] { "News.Data", "Sports.Data" })
        {
            var library = await DotNetNewAsync(consumer, hive, "dataset-library", "-n", shard, "-o", shard);
            Assert.True(library.Succeeded, $"dotnet new dataset-library -n {shard} failed.{Environment.NewLine}{library}");
        }

        // The second shard holds an article of its own instead of the example.
        File.Delete(Path.Combine(consumer.Directory, "Sports.Data", "data", "harbour-library-opens.md"));
        consumer.WriteFile("Sports.Data/data/cup-final.md", """
            ---
            title: Harbour Rovers win the county cup
            source: Example Gazette
            published: 2026-05-02
            people:
              Okafor: { name: Tom Okafor, role: Harbour Rovers captain }
            ---

            "[We played for the whole town today]{.quote #Okafor.WholeTown cue=said}," captain [Tom Okafor]{.person ref=Okafor} said after a [3]{.stat #Final.Goals} to 1 win.
            """);

        // The app made for the second shard (--library), then given a reference to the first.
        var app = await DotNetNewAsync(consumer, hive, "dataset-app", "-n", "Shards.App", "-o", "Shards.App", "--library", "Sports.Data");
        Assert.True(app.Succeeded, $"dotnet new dataset-app failed.{Environment.NewLine}{app}");
        var reference = await DotNetCli.RunAsync(
            consumer.Directory,
            ["add", Path.Combine("Shards.App", "Shards.App.csproj"), "reference", Path.Combine("News.Data", "News.Data.csproj")],
            TemplateCommandTimeout,
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(reference.Succeeded, $"dotnet add reference failed.{Environment.NewLine}{reference}");
        consumer.WriteFile("Shards.App/Program.cs", """
            using System;

            Console.WriteLine($"News: {News.Data.Articles.All.Count} | {News.Data.Quotes.Ruiz.ShortWalk.Text} | {News.Data.Stats.Library.Books}");
            Console.WriteLine($"Sports: {Sports.Data.Articles.All.Count} | {Sports.Data.Quotes.Okafor.WholeTown.Text} | {Sports.Data.Stats.Final.Goals}");
            Console.WriteLine($"Sports article: {Sports.Data.Quotes.Okafor.WholeTown.Article.Title}");

            // One catalog over both libraries, by assembly name (not in the order of the ProjectReference items).
            foreach (var library in Shards.App.DatasetCatalog.Libraries)
            {
                Console.WriteLine($"Library: {library.Name}, {library.ArticleCount} article, {library.QuoteCount} quote");
            }

            Console.WriteLine($"DatasetCatalog.Quotes.Count: {Shards.App.DatasetCatalog.Quotes.Count}");
            Console.WriteLine($"Typed: {News.Data.Quotes.Ruiz.ShortWalk.Text}");
            Console.WriteLine($"People: {Shards.App.DatasetCatalog.People.Count}, first quote's speaker: {Shards.App.DatasetCatalog.Quotes[0].Speaker.Name}");
            """);

        var build = await consumer.BuildAsync(Path.Combine("Shards.App", "Shards.App.csproj"));
        Assert.True(build.Succeeded, $"The app with two dataset libraries does not build.{Environment.NewLine}{build}");

        var run = await consumer.RunAsync(Path.Combine("Shards.App", "Shards.App.csproj"));
        Assert.True(run.Succeeded, $"The app with two dataset libraries failed.{Environment.NewLine}{run}");
        Assert.Equal(
            [
                $"News: 1 | {ExampleQuote} | 12000",
                "Sports: 1 | We played for the whole town today | 3",
                "Sports article: Harbour Rovers win the county cup",
                "Library: News.Data, 1 article, 1 quote",
                "Library: Sports.Data, 1 article, 1 quote",
                "DatasetCatalog.Quotes.Count: 2",
                $"Typed: {ExampleQuote}",
                "People: 2, first quote's speaker: Ana Ruiz",
            ],
            run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    /// <summary>
    /// `dotnet new install` of the solution's packed templates into a new hive of this test's own under the fixture's
    /// root; returns the hive.
    /// </summary>
    private async Task<string> InstallTemplatesAsync(string name)
    {
        Assert.True(fixture.SolutionPack.Succeeded, $"dotnet pack of the solution failed.{Environment.NewLine}{fixture.SolutionPack}");
        Assert.True(File.Exists(fixture.TemplatesPackagePath), $"The solution's pack has no {fixture.TemplatesPackageFileName}.{Environment.NewLine}{fixture.SolutionPack}");

        var hive = Path.Combine(fixture.Root, "template-hives", name);
        var install = await DotNetCli.RunAsync(
            fixture.Root,
            ["new", "install", fixture.TemplatesPackagePath, "--debug:custom-hive", hive],
            TemplateCommandTimeout,
            cancellationToken: TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(install.Summary);
        Assert.True(install.Succeeded, $"dotnet new install failed.{Environment.NewLine}{install}");
        Assert.Contains("dataset-library", install.Output, StringComparison.Ordinal);
        Assert.Contains("dataset-app", install.Output, StringComparison.Ordinal);
        return hive;
    }

    /// <summary>`dotnet new` with the test's own template hive, from the consumer's folder.</summary>
    private static async Task<CommandResult> DotNetNewAsync(ConsumerProject consumer, string hive, params string[] arguments)
    {
        // No check for newer versions of the templates: nothing but the packed folder is asked.
        var result = await DotNetCli.RunAsync(
            consumer.Directory,
            ["new", .. arguments, "--debug:custom-hive", hive, "--no-update-check"],
            TemplateCommandTimeout,
            cancellationToken: TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(result.Summary);
        return result;
    }

    /// <summary>Every string of the assembly's #US heap: the string literals its code loads.</summary>
    private static List<string> UserStrings(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var strings = new List<string>();
        if (reader.GetHeapSize(HeapIndex.UserString) <= 1)
        {
            return strings;
        }

        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = reader.GetNextHandle(handle))
        {
            strings.Add(reader.GetUserString(handle));
        }

        return strings;
    }
}
