using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Dataset.EndToEnd.Tests.Infrastructure;

namespace Dataset.EndToEnd.Tests;

/// <summary>What `dotnet pack` produces: the Dataset package, laid out the way NuGet and the compiler expect, and the Dataset.Tool package.</summary>
public sealed class PackageTests(PackageFixture fixture)
{
    [Fact]
    public void Packing_the_solution_produces_only_the_Dataset_and_Dataset_Tool_packages()
    {
        Assert.True(fixture.SolutionPack.Succeeded, $"dotnet pack of the solution failed.{Environment.NewLine}{fixture.SolutionPack}");

        var packages = Directory.Exists(fixture.SolutionPackagesDirectory)
            ? Directory.GetFiles(fixture.SolutionPackagesDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()
            : [];

        Assert.True(
            packages.SequenceEqual([fixture.PackageFileName, fixture.ToolPackageFileName]),
            $"Expected exactly {fixture.PackageFileName} and {fixture.ToolPackageFileName} in {fixture.SolutionPackagesDirectory}, found: [{string.Join(", ", packages)}].{Environment.NewLine}{fixture.SolutionPack}");
    }

    [Fact]
    public void The_package_holds_the_runtime_the_generator_the_build_files_and_the_readme()
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

        // The generator is an analyzer, never a library the consumer compiles against or ships.
        var misplaced = entries.Where(entry => entry.EndsWith("Dataset.Generator.dll", StringComparison.Ordinal) && !entry.StartsWith("analyzers/", StringComparison.Ordinal)).ToArray();
        Assert.True(misplaced.Length == 0, $"The generator is packed outside analyzers/: [{string.Join(", ", misplaced)}].{Environment.NewLine}{listing}");

        // The packed props/targets are the repository's, under both build/ and buildTransitive/.
        foreach (var file in new[] { "Dataset.props", "Dataset.targets" })
        {
            var source = File.ReadAllText(Path.Combine(fixture.RepositoryRoot, "src", "Dataset", "build", file));
            foreach (var folder in new[] { "build", "buildTransitive" })
            {
                Assert.Equal(source, ReadEntry(package, $"{folder}/{file}"));
            }
        }

        // The help-link base stamped at pack time is the Dataset project's PackageProjectUrl, which this repository
        // leaves unset: the package gives no help links rather than dead ones.
        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            var stamped = XDocument.Parse(ReadEntry(package, $"{folder}/Dataset.PackageInfo.props"));
            Assert.Equal(string.Empty, Assert.Single(stamped.Descendants("DatasetPackageHelpLinkBase")).Value);
        }
    }

    [Fact]
    public void The_package_has_no_dependency_on_the_compiler()
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

    private static string ReadEntry(ZipArchive package, string name)
    {
        var entry = package.GetEntry(name) ?? throw new InvalidOperationException($"No {name} in the package.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
