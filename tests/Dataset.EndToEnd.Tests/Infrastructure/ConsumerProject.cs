using System;
using System.Collections.Generic;
using System.IO;
using System.Security;
using System.Threading.Tasks;

namespace Dataset.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One consumer scenario: a directory under the fixture's temporary root (outside the repository) with a nuget.config
/// that adds the packed Dataset package to the machine's own sources, and the projects, data and code the test writes.
/// Every restore uses the fixture's own NuGet cache.
/// </summary>
internal sealed class ConsumerProject
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(1);

    private readonly PackageFixture _fixture;

    public ConsumerProject(PackageFixture fixture, string name)
    {
        _fixture = fixture;
        Directory = Path.Combine(fixture.Root, "consumers", name);
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        System.IO.Directory.CreateDirectory(Directory);

        // No <clear/>: the machine's default package source stays available; this only adds the packed package.
        WriteFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="dataset-e2e" value="{SecurityElement.Escape(fixture.PackagesDirectory)}" />
              </packageSources>
            </configuration>
            """);
    }

    public string Directory { get; }

    /// <summary>
    /// A project file for a consumer of the package under test, with warnings as errors; nullable on unless
    /// <paramref name="nullable"/> is false (a project of C# 7.3, the default of netstandard2.0 and .NET Framework).
    /// </summary>
    public string ProjectFile(string outputType, string rootNamespace, string extraProperties = "", string extraItems = "", string targetFramework = "net10.0", bool nullable = true) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>{outputType}</OutputType>
            <TargetFramework>{targetFramework}</TargetFramework>
            <Nullable>{(nullable ? "enable" : "disable")}</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <ImplicitUsings>disable</ImplicitUsings>
            <RootNamespace>{rootNamespace}</RootNamespace>{extraProperties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Dataset" Version="{_fixture.Version}" />{extraItems}
          </ItemGroup>
        </Project>
        """;

    /// <summary>The standard consumer of the brief: an Exe in namespace Consumer that references the package.</summary>
    public ConsumerProject WriteConsumerProject(string path = "Consumer.csproj") =>
        WriteFile(path, ProjectFile("Exe", "Consumer"));

    public ConsumerProject WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>Copies the repository's seed article to <paramref name="relativePath"/>.</summary>
    public ConsumerProject CopySeedArticle(string relativePath = "data/russia-us-syria-talks.md")
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(_fixture.SeedArticlePath, path, overwrite: true);
        return this;
    }

    /// <summary>`dotnet build` (with its implicit restore) of the project at <paramref name="project"/>, with any extra arguments.</summary>
    public async Task<CommandResult> BuildAsync(string project = "Consumer.csproj", params string[] arguments)
    {
        var result = await DotNetCli.RunAsync(
            Directory,
            ["build", project, .. arguments, .. DotNetCli.NoBuildServers],
            BuildTimeout,
            Environment(),
            TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(result.Summary);
        return result;
    }

    /// <summary>`dotnet run --no-build` of the project at <paramref name="project"/>.</summary>
    public async Task<CommandResult> RunAsync(string project = "Consumer.csproj")
    {
        var result = await DotNetCli.RunAsync(
            Directory,
            ["run", "--no-build", "--project", project],
            RunTimeout,
            Environment(),
            TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(result.Summary);
        return result;
    }

    /// <summary>`dotnet publish` (with its implicit restore) of the project at <paramref name="project"/>, with any extra arguments.</summary>
    public async Task<CommandResult> PublishAsync(string project = "Consumer.csproj", params string[] arguments)
    {
        var result = await DotNetCli.RunAsync(
            Directory,
            ["publish", project, .. arguments, .. DotNetCli.NoBuildServers],
            PublishTimeout,
            Environment(),
            TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(result.Summary);
        return result;
    }

    /// <summary>`dotnet &lt;assembly&gt;` from the assembly's own folder: the app as its build output left it.</summary>
    public async Task<CommandResult> RunBuiltAssemblyAsync(string relativePath)
    {
        var assembly = Path.Combine(Directory, relativePath);
        var result = await DotNetCli.RunAsync(
            Path.GetDirectoryName(assembly)!,
            [Path.GetFileName(assembly)],
            RunTimeout,
            cancellationToken: TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(result.Summary);
        return result;
    }

    /// <summary>Runs a native executable the project produced, from its own folder.</summary>
    public async Task<CommandResult> RunExecutableAsync(string relativePath)
    {
        var executable = Path.Combine(Directory, relativePath);
        var result = await ChildProcess.RunAsync(
            executable,
            Path.GetDirectoryName(executable)!,
            [],
            RunTimeout,
            cancellationToken: TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(result.Summary);
        return result;
    }

    private Dictionary<string, string> Environment() => new()
    {
        // Restores only into the fixture's own cache: a package of the same version cached earlier is never used.
        ["NUGET_PACKAGES"] = _fixture.NuGetCache,
    };
}
