using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Dataset.EndToEnd.Tests.Infrastructure;

namespace Dataset.EndToEnd.Tests;

/// <summary>
/// A consumer published with Native AOT (`dotnet publish -p:PublishAot=true`; on Linux it needs clang and zlib1g-dev,
/// which .ci/run installs): the runtime library and the generated code compile to native code with no trim or AOT
/// warning, and the executable reads the same values as the seed article states; it references a dataset library too
/// (the seed article again, in a public dataset of its own), and reads both through its DatasetCatalog.
/// </summary>
public sealed class NativeAotTests(PackageFixture fixture)
{
    // IL2xxx: trim analysis; IL3xxx: single-file and AOT analysis. Reported as "warning IL..." or, as errors, "error IL...".
    private static readonly Regex TrimOrAotDiagnostic = new(@"\bIL[23][0-9]{3}\b");

    [Fact]
    public async Task AConsumerPublishedWithNativeAOTHasNoTrimOrAOTWarningAndReadsTheSeedArticle()
    {
        var consumer = new ConsumerProject(fixture, "native-aot");
        consumer
            .WriteFile("Seed.Library/Seed.Library.csproj", consumer.ProjectFile("Library", "Seed.Library", targetFramework: "netstandard2.0", extraProperties: """

                    <LangVersion>latest</LangVersion>
                    <DatasetVisibility>public</DatasetVisibility>
                """))
            .CopySeedArticle("Seed.Library/data/russia-us-syria-talks.md")
            // Rooting the runtime library makes the AOT compiler compile and analyze all of it, not only the code this
            // program reaches.
            // PublishAot in the app's project, not on the command line, where it would apply to the library too (NETSDK1207).
            .WriteFile("App/Consumer.csproj", consumer.ProjectFile("Exe", "Consumer", extraProperties: """

                    <PublishAot>true</PublishAot>
                """, extraItems: """

                    <TrimmerRootAssembly Include="Dataset" />
                    <ProjectReference Include="../Seed.Library/Seed.Library.csproj" />
                """))
            .CopySeedArticle("App/data/russia-us-syria-talks.md")
            .WriteFile("App/Program.cs", SeedDatasetProgram.Source("Consumer") + """

                // The catalog: this program's dataset, then the library's.
                foreach (var library in DatasetCatalog.Libraries)
                {
                    Console.WriteLine($"catalog source: {library.Name}, {library.QuoteCount} quotes");
                }

                Console.WriteLine($"catalog quotes: {DatasetCatalog.Quotes.Count}, last: {DatasetCatalog.Quotes[DatasetCatalog.Quotes.Count - 1].Text}");
                foreach (var person in DatasetCatalog.People)
                {
                    if (person.Key == "Kerry")
                    {
                        Console.WriteLine($"catalog kerry quotes: {person.Quotes.Count}");
                    }
                }

                Console.WriteLine($"library quote: {Seed.Library.Quotes.Kerry.Deconfliction.Text}");
                """);

        var runtime = RuntimeInformation.RuntimeIdentifier;
        var publish = await consumer.PublishAsync(
            Path.Combine("App", "Consumer.csproj"),
            "-c", "Release", "-r", runtime,
            // Every trim and AOT warning, from every assembly (not one summary warning per assembly), as an error.
            "-p:TreatWarningsAsErrors=true", "-p:IlcTreatWarningsAsErrors=true", "-p:TrimmerSingleWarn=false",
            "-p:SuppressTrimAnalysisWarnings=false", "-p:SuppressAotAnalysisWarnings=false");

        Assert.True(publish.Succeeded, $"The native AOT publish failed.{Environment.NewLine}{publish}");
        var diagnostics = publish.Output.Split('\n').Where(line => TrimOrAotDiagnostic.IsMatch(line)).ToArray();
        Assert.True(diagnostics.Length == 0, $"The publish reported trim or AOT diagnostics:{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics)}{Environment.NewLine}{publish}");
        Assert.True(publish.Output.Contains("Generating native code", StringComparison.Ordinal), $"The AOT compiler did not run.{Environment.NewLine}{publish}");

        // A native executable and no managed assembly: the program cannot be running on the JIT.
        var folder = Path.Combine("App", "bin", "Release", "net10.0", runtime, "publish");
        var executable = Path.Combine(folder, OperatingSystem.IsWindows() ? "Consumer.exe" : "Consumer");
        Assert.True(File.Exists(Path.Combine(consumer.Directory, executable)), $"No native executable {executable}.{Environment.NewLine}{publish}");
        var assemblies = Directory.GetFiles(Path.Combine(consumer.Directory, folder), "*.dll");
        Assert.True(assemblies.Length == 0, $"The publish folder holds managed assemblies: [{string.Join(", ", assemblies.Select(Path.GetFileName))}].");

        var run = await consumer.RunExecutableAsync(executable);
        var seed = SeedArticle.Read(fixture.SeedArticlePath);
        var kerry = seed.Quotes.Count(quote => quote.SpeakerKey == "Kerry");
        SeedDatasetProgram.AssertPrinted(
            run,
            seed,
            $"catalog source: Consumer, {seed.Quotes.Count} quotes",
            $"catalog source: Seed.Library, {seed.Quotes.Count} quotes",
            $"catalog quotes: {2 * seed.Quotes.Count}, last: {seed.Quotes[^1].Text}",
            $"catalog kerry quotes: {2 * kerry}",
            $"library quote: {seed.Quote("Kerry.Deconfliction").Text}");
    }
}
