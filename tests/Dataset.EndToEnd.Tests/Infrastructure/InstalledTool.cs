using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace Dataset.EndToEnd.Tests.Infrastructure;

/// <summary>The `dataset` command as `dotnet tool install --tool-path` installed it from the packed Dataset.Tool.</summary>
internal sealed class InstalledTool
{
    // A guard against a hang, not a speed limit: on a machine shared with other builds a run can take minutes.
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(10);

    private readonly PackageFixture _fixture;

    private InstalledTool(PackageFixture fixture) => _fixture = fixture;

    public string Command => Path.Combine(_fixture.ToolDirectory, OperatingSystem.IsWindows() ? "dataset.exe" : "dataset");

    /// <summary>The tool, installed once for the whole test assembly; fails the test when it cannot be installed.</summary>
    public static async Task<InstalledTool> GetAsync(PackageFixture fixture)
    {
        var install = await fixture.InstallToolAsync();
        Assert.True(install.Succeeded, $"dotnet tool install of Dataset.Tool failed.{Environment.NewLine}{install}");
        var tool = new InstalledTool(fixture);
        Assert.True(File.Exists(tool.Command), $"The install did not create {tool.Command}.{Environment.NewLine}{install}");
        return tool;
    }

    /// <summary>Runs `dataset` with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public async Task<CommandResult> RunAsync(string workingDirectory, params string[] arguments)
    {
        var result = await DotNetCli.RunAsync(
            workingDirectory,
            arguments,
            CommandTimeout,
            new Dictionary<string, string> { ["DOTNET_ROOT"] = DotNetCli.DotNetRoot },
            TestContext.Current.CancellationToken,
            executable: Command);
        TestContext.Current.TestOutputHelper?.WriteLine(result.Summary);
        return result;
    }
}
