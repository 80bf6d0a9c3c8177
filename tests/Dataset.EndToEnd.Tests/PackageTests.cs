using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Threading.Tasks;
using System.Xml.Linq;
using Dataset.EndToEnd.Tests.Infrastructure;

namespace Dataset.EndToEnd.Tests;

/// <summary>What `dotnet pack` produces: the Dataset package, laid out the way NuGet and the compiler expect, the Dataset.Tool package and the Dataset.Templates package.</summary>
public sealed class PackageTests(PackageFixture fixture)
{
    [Fact]
    public void PackingTheSolutionProducesOnlyTheDatasetDatasetToolAndDatasetTemplatesPackages()
    {
        Assert.True(fixture.SolutionPack.Succeeded, $"dotnet pack of the solution failed.{Environment.NewLine}{fixture.SolutionPack}");

        var packages = Directory.Exists(fixture.SolutionPackagesDirectory)
            ? Directory.GetFiles(fixture.SolutionPackagesDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()
            : [];

        Assert.True(
            packages.SequenceEqual(new[] { fixture.PackageFileName, fixture.TemplatesPackageFileName, fixture.ToolPackageFileName }.Order(StringComparer.Ordinal)),
            $"Expected exactly {fixture.PackageFileName}, {fixture.ToolPackageFileName} and {fixture.TemplatesPackageFileName} in {fixture.SolutionPackagesDirectory}, found: [{string.Join(", ", packages)}].{Environment.NewLine}{fixture.SolutionPack}");
    }

    [Fact]
    public void ThePackageHoldsTheRuntimeTheGeneratorTheBuildFilesAndTheReadme()
    {
        using var package = ZipFile.OpenRead(fixture.PackagePath);
        var entries = package.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);
        var listing = string.Join(Environment.NewLine, entries.Order(StringComparer.Ordinal));

        string[] expected =
        [
            "lib/netstandard2.0/Dataset.dll",
            "analyzers/dotnet/cs/Dataset.Generator.dll",
            "analyzers/dotnet/cs/Markdig.dll",
            "build/Dataset.props",
            "build/Dataset.targets",
            "buildTransitive/Dataset.props",
            "buildTransitive/Dataset.targets",
            "build/Dataset.PackageInfo.props",
            "buildTransitive/Dataset.PackageInfo.props",
            "README.md",
        ];
        var missing = expected.Where(entry => !entries.Contains(entry)).ToArray();
        Assert.True(missing.Length == 0, $"{fixture.PackageFileName} lacks [{string.Join(", ", missing)}]. It holds:{Environment.NewLine}{listing}");

        // The generator is an analyzer (or its precompiled copy), never a library the consumer compiles against or ships.
        var misplaced = entries.Where(entry => entry.EndsWith("Dataset.Generator.dll", StringComparison.Ordinal)
            && !entry.StartsWith("analyzers/", StringComparison.Ordinal) && !entry.StartsWith("readytorun/", StringComparison.Ordinal)).ToArray();
        Assert.True(misplaced.Length == 0, $"The generator is packed outside analyzers/ and readytorun/: [{string.Join(", ", misplaced)}].{Environment.NewLine}{listing}");

        // The packed props/targets are the repository's, under both build/ and buildTransitive/.
        foreach (var file in new[] { "Dataset.props", "Dataset.targets" })
        {
            var source = File.ReadAllText(Path.Combine(fixture.RepositoryRoot, "src", "Dataset", "build", file));
            foreach (var folder in new[] { "build", "buildTransitive" })
            {
                Assert.Equal(source, ReadEntry(package, $"{folder}/{file}"));
            }
        }

        // The help-link base stamped at pack time is the diagnostics page, from the Dataset project's
        // DatasetDiagnosticsPage or PackageProjectUrl, which this repository leaves unset: the package gives no help
        // links rather than dead ones.
        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            var stamped = XDocument.Parse(ReadEntry(package, $"{folder}/Dataset.PackageInfo.props"));
            Assert.Equal(string.Empty, Assert.Single(stamped.Descendants("DatasetPackageHelpLinkBase")).Value);
        }
    }

    /// <summary>
    /// The precompiled assemblies: for each platform, readytorun/&lt;rid&gt;/ holds the generator and Markdig, and
    /// runtimes/&lt;rid&gt;/lib/net10.0/ the runtime, Dataset.dll, as ReadyToRun images of that platform (an image of another
    /// one would not load), the same assemblies as the IL ones under analyzers/dotnet/cs and lib/netstandard2.0.
    /// </summary>
    [Theory]
    [InlineData("linux-x64", 0x8664 ^ 0x7B79)]
    [InlineData("win-x64", 0x8664)]
    [InlineData("osx-arm64", 0xAA64 ^ 0x4644)]
    public void ThePackageHoldsItsAssembliesCompiledReadyToRunForEachPlatform(string runtime, int machine)
    {
        using var package = ZipFile.OpenRead(fixture.PackagePath);
        var assemblies = new[]
        {
            ($"readytorun/{runtime}/Dataset.Generator.dll", "analyzers/dotnet/cs/Dataset.Generator.dll"),
            ($"readytorun/{runtime}/Markdig.dll", "analyzers/dotnet/cs/Markdig.dll"),
            ($"runtimes/{runtime}/lib/net10.0/Dataset.dll", "lib/netstandard2.0/Dataset.dll"),
        };
        foreach (var (precompiled, original) in assemblies)
        {
            var entry = package.GetEntry(precompiled);
            Assert.True(entry is not null, $"{fixture.PackageFileName} lacks {precompiled}.");
            using var image = new PEReader(new MemoryStream(ReadBytes(entry)));
            using var il = new PEReader(new MemoryStream(ReadBytes(package.GetEntry(original)!)));

            Assert.True(image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{precompiled} is not a ReadyToRun image.");
            Assert.Equal(0, il.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
            // A ReadyToRun image's machine is the architecture's, combined with the operating system's own constant.
            Assert.Equal(machine, (int)image.PEHeaders.CoffHeader.Machine);
            var imageName = image.GetMetadataReader().GetAssemblyDefinition();
            var ilName = il.GetMetadataReader().GetAssemblyDefinition();
            Assert.Equal(il.GetMetadataReader().GetString(ilName.Name), image.GetMetadataReader().GetString(imageName.Name));
            Assert.Equal(ilName.Version, imageName.Version);
        }
    }

    private static byte[] ReadBytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>
    /// The help-link base a pack stamps into Dataset.PackageInfo.props is the diagnostics page, docs/diagnostics.md:
    /// DatasetDiagnosticsPage when it is set, else that page on the main branch of the GitHub repository at
    /// PackageProjectUrl, else nothing. Runs the Dataset project's stamping target alone, into a folder of its own.
    /// </summary>
    [Theory]
    [InlineData("https://github.com/o/r", "", "https://github.com/o/r/blob/main/docs/diagnostics.md")]
    [InlineData("https://github.com/o/r/", "", "https://github.com/o/r/blob/main/docs/diagnostics.md")]
    [InlineData("https://github.com/o/r", "https://example.org/dataset/diagnostics.html", "https://example.org/dataset/diagnostics.html")]
    [InlineData("", "https://example.org/dataset/diagnostics.html", "https://example.org/dataset/diagnostics.html")]
    [InlineData("", "", "")]
    public async Task PackingStampsTheDiagnosticsPageAsTheHelpLinkBase(string projectUrl, string diagnosticsPage, string stamped)
    {
        var (stamp, file) = await StampAsync(projectUrl, diagnosticsPage);

        Assert.True(stamp.Succeeded, stamp.ToString());
        Assert.Equal(stamped, Assert.Single(XDocument.Load(file).Descendants("DatasetPackageHelpLinkBase")).Value);
    }

    [Theory]
    [InlineData("https://github.com/o/r?tab=readme", "")]
    [InlineData("https://github.com/o/r", "https://example.org/diagnostics.html#top")]
    [InlineData("", "file:///home/ann/docs/diagnostics.md")]
    public async Task PackingFailsOnADiagnosticsPageThatIsNotAPlainHttpAddress(string projectUrl, string diagnosticsPage)
    {
        var (stamp, file) = await StampAsync(projectUrl, diagnosticsPage);

        Assert.False(stamp.Succeeded, stamp.ToString());
        Assert.Contains("cannot be stamped as the diagnostics' help-link base", stamp.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(file), $"{file} was written.{Environment.NewLine}{stamp}");
    }

    [Fact]
    public void ThePackageHasNoDependencyOnTheCompiler()
    {
        using var package = ZipFile.OpenRead(fixture.PackagePath);
        var nuspecEntry = Assert.Single(package.Entries, entry => !entry.FullName.Contains('/') && entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        var nuspecText = ReadEntry(package, nuspecEntry.FullName);
        var nuspec = XDocument.Parse(nuspecText);

        var metadata = nuspec.Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        Assert.Equal("Dataset", metadata.Elements().Single(element => element.Name.LocalName == "id").Value);
        Assert.Equal(fixture.Version, metadata.Elements().Single(element => element.Name.LocalName == "version").Value);

        var dependencies = nuspec.Descendants().Where(element => element.Name.LocalName == "dependency")
            .Select(element => (string?)element.Attribute("id") ?? string.Empty)
            .ToArray();
        Assert.False(
            dependencies.Any(id => id.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase)),
            $"The package depends on the compiler: [{string.Join(", ", dependencies)}].{Environment.NewLine}{nuspecText}");
        Assert.DoesNotContain("Microsoft.CodeAnalysis", nuspecText, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<(CommandResult Result, string File)> StampAsync(string projectUrl, string diagnosticsPage)
    {
        var directory = Path.Combine(fixture.Root, "stamp-" + Guid.NewGuid().ToString("N")[..12]);
        string[] arguments =
        [
            "msbuild", Path.Combine(fixture.RepositoryRoot, "src", "Dataset", "Dataset.csproj"), "-t:PackDatasetPackageInfo",
            $"-p:IntermediateOutputPath={directory}{Path.DirectorySeparatorChar}", $"-p:ArtifactsPath={Path.Combine(directory, "artifacts")}",
            .. projectUrl.Length == 0 ? Array.Empty<string>() : [$"-p:PackageProjectUrl={projectUrl}"],
            .. diagnosticsPage.Length == 0 ? Array.Empty<string>() : [$"-p:DatasetDiagnosticsPage={diagnosticsPage}"],
            .. DotNetCli.NoBuildServers,
        ];
        var result = await DotNetCli.RunAsync(fixture.RepositoryRoot, arguments, TimeSpan.FromMinutes(5), cancellationToken: TestContext.Current.CancellationToken);
        return (result, Path.Combine(directory, "Dataset.PackageInfo.props"));
    }

    private static string ReadEntry(ZipArchive package, string name)
    {
        var entry = package.GetEntry(name) ?? throw new InvalidOperationException($"No {name} in the package.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
