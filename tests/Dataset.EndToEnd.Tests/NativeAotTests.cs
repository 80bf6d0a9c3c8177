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
/// warning, and the executable reads the same values as the seed article states.
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
            // Rooting the runtime library makes the AOT compiler compile and analyze all of it, not only the code this
            // program reaches.
            .WriteFile("Consumer.csproj", consumer.ProjectFile("Exe", "Consumer", extraItems: """

                    <TrimmerRootAssembly Include="Dataset" />
                """))
            .CopySeedArticle()
            .WriteFile("Program.cs", SeedDatasetProgram.Source("Consumer"));

        var runtime = RuntimeInformation.RuntimeIdentifier;
        var publish = await consumer.PublishAsync(
            "Consumer.csproj",
            "-c", "Release", "-r", runtime, "-p:PublishAot=true",
            // Every trim and AOT warning, from every assembly (not one summary warning per assembly), as an error.
            "-p:TreatWarningsAsErrors=true", "-p:IlcTreatWarningsAsErrors=true", "-p:TrimmerSingleWarn=false",
            "-p:SuppressTrimAnalysisWarnings=false", "-p:SuppressAotAnalysisWarnings=false");

        Assert.True(publish.Succeeded, $"The native AOT publish failed.{Environment.NewLine}{publish}");
        var diagnostics = publish.Output.Split('\n').Where(line => TrimOrAotDiagnostic.IsMatch(line)).ToArray();
        Assert.True(diagnostics.Length == 0, $"The publish reported trim or AOT diagnostics:{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics)}{Environment.NewLine}{publish}");
        Assert.True(publish.Output.Contains("Generating native code", StringComparison.Ordinal), $"The AOT compiler did not run.{Environment.NewLine}{publish}");

        // A native executable and no managed assembly: the program cannot be running on the JIT.
        var folder = Path.Combine("bin", "Release", "net10.0", runtime, "publish");
        var executable = Path.Combine(folder, OperatingSystem.IsWindows() ? "Consumer.exe" : "Consumer");
        Assert.True(File.Exists(Path.Combine(consumer.Directory, executable)), $"No native executable {executable}.{Environment.NewLine}{publish}");
        var assemblies = Directory.GetFiles(Path.Combine(consumer.Directory, folder), "*.dll");
        Assert.True(assemblies.Length == 0, $"The publish folder holds managed assemblies: [{string.Join(", ", assemblies.Select(Path.GetFileName))}].");

        var run = await consumer.RunExecutableAsync(executable);
        SeedDatasetProgram.AssertPrinted(run, SeedArticle.Read(fixture.SeedArticlePath));
    }
}
