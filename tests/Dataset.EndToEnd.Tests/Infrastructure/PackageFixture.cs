using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;

namespace Dataset.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Packs the Dataset package once for the whole test assembly, with a version no earlier run used, into a temporary
/// directory outside the repository. Also packs the whole solution, so a test can check that it packs Dataset,
/// Dataset.Tool and Dataset.Templates only, and installs the tool from that pack (once, on first use) with
/// <c>dotnet tool install --tool-path</c>; the templates package of that pack is what <c>dotnet new install</c> installs.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);

    public PackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Path.Combine(Path.GetTempPath(), "dataset-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Version = $"0.1.0-e2e.{DateTime.UtcNow.Ticks}";
    }

    /// <summary>The repository the package is packed from.</summary>
    public string RepositoryRoot { get; }

    /// <summary>The temporary directory that holds everything the tests create; deleted at the end.</summary>
    public string Root { get; }

    /// <summary>The version of the package under test: unique, so no cached package of the same version exists.</summary>
    public string Version { get; }

    /// <summary>The folder `dotnet pack src/Dataset/Dataset.csproj` writes to; consumers restore from it.</summary>
    public string PackagesDirectory => Path.Combine(Root, "packages");

    /// <summary>The folder `dotnet pack Dataset.sln` writes to.</summary>
    public string SolutionPackagesDirectory => Path.Combine(Root, "solution-packages");

    /// <summary>The NuGet cache every consumer uses (NUGET_PACKAGES), empty at the start.</summary>
    public string NuGetCache => Path.Combine(Root, "nuget-cache");

    /// <summary>The repository's seed article, data/russia-us-syria-talks.md.</summary>
    public string SeedArticlePath => Path.Combine(RepositoryRoot, "data", "russia-us-syria-talks.md");

    public string PackageFileName => $"Dataset.{Version}.nupkg";

    public string PackagePath => Path.Combine(PackagesDirectory, PackageFileName);

    public string ToolPackageFileName => $"Dataset.Tool.{Version}.nupkg";

    public string TemplatesPackageFileName => $"Dataset.Templates.{Version}.nupkg";

    /// <summary>The templates package in the solution's pack.</summary>
    public string TemplatesPackagePath => Path.Combine(SolutionPackagesDirectory, TemplatesPackageFileName);

    /// <summary>The folder `dotnet tool install --tool-path` installs the dataset command into.</summary>
    public string ToolDirectory => Path.Combine(Root, "tools");

    public CommandResult ProjectPack { get; private set; } = null!;

    public CommandResult SolutionPack { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        try
        {
            // Consumers live under Root: stop MSBuild from picking up any Directory.Build.* above it.
            File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");

            // The repository's own artifacts folder is shared by other builds: pack into one of our own.
            var artifacts = Path.Combine(Root, "artifacts");
            var cancellationToken = TestContext.Current.CancellationToken;

            ProjectPack = await DotNetCli.RunAsync(
                RepositoryRoot,
                ["pack", Path.Combine(RepositoryRoot, "src", "Dataset", "Dataset.csproj"), "-c", "Release", "-o", PackagesDirectory,
                 $"-p:Version={Version}", $"-p:ArtifactsPath={artifacts}", .. DotNetCli.NoBuildServers],
                PackTimeout,
                cancellationToken: cancellationToken);
            TestContext.Current.SendDiagnosticMessage(ProjectPack.Summary);
            if (!ProjectPack.Succeeded || !File.Exists(PackagePath))
            {
                throw new InvalidOperationException($"Packing the Dataset project did not produce {PackagePath}.{Environment.NewLine}{ProjectPack}");
            }

            // Same artifacts folder: Dataset and its generator are already built, only the other projects are.
            SolutionPack = await DotNetCli.RunAsync(
                RepositoryRoot,
                ["pack", Path.Combine(RepositoryRoot, "Dataset.sln"), "-c", "Release", "-o", SolutionPackagesDirectory,
                 $"-p:Version={Version}", $"-p:ArtifactsPath={artifacts}", .. DotNetCli.NoBuildServers],
                PackTimeout,
                cancellationToken: cancellationToken);
            TestContext.Current.SendDiagnosticMessage(SolutionPack.Summary);
        }
        catch
        {
            DeleteRoot();
            throw;
        }
    }

    /// <summary>
    /// Installs the packed Dataset.Tool from the solution's pack into <see cref="ToolDirectory"/>, once for all tests,
    /// restoring into this fixture's own NuGet cache; returns the install command's result.
    /// </summary>
    public Task<CommandResult> InstallToolAsync()
    {
        lock (_toolLock)
        {
            return _toolInstall ??= InstallAsync();
        }

        async Task<CommandResult> InstallAsync()
        {
            var result = await DotNetCli.RunAsync(
                Root,
                ["tool", "install", "Dataset.Tool", "--tool-path", ToolDirectory, "--version", Version, "--add-source", SolutionPackagesDirectory],
                PackTimeout,
                new System.Collections.Generic.Dictionary<string, string> { ["NUGET_PACKAGES"] = NuGetCache });
            TestContext.Current.SendDiagnosticMessage(result.Summary);
            return result;
        }
    }

    private readonly object _toolLock = new();
    private Task<CommandResult>? _toolInstall;

    public ValueTask DisposeAsync()
    {
        DeleteRoot();
        return ValueTask.CompletedTask;
    }

    private void DeleteRoot()
    {
        for (var attempt = 1; Directory.Exists(Root); attempt++)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (Exception exception) when (attempt < 5 && exception is IOException or UnauthorizedAccessException)
            {
                // A child process may still be letting go of a file.
                System.Threading.Thread.Sleep(500);
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        // Recorded at build time (see the project file): the test assembly may be built outside the repository.
        var recorded = typeof(PackageFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "Dataset.RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "Dataset.sln")))
        {
            return recorded;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dataset.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Cannot find the repository (Dataset.sln) from '{recorded}' or '{AppContext.BaseDirectory}'.");
    }
}
