using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Dataset.EndToEnd.Tests.Infrastructure;

/// <summary>Runs the real dotnet CLI as a child process, with a timeout, capturing everything it prints.</summary>
internal static class DotNetCli
{
    /// <summary>Arguments that keep MSBuild nodes and compiler servers from outliving a command.</summary>
    public static readonly string[] NoBuildServers = ["-nodeReuse:false", "--disable-build-servers"];

    /// <summary>Variables the test host may inherit from the `dotnet test` that started it; a child CLI must find its own SDK.</summary>
    private static readonly string[] InheritedMSBuildVariables =
    [
        "MSBuildExtensionsPath",
        "MSBuildSDKsPath",
        "MSBUILD_EXE_PATH",
        "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE",
    ];

    public static Task<CommandResult> RunAsync(
        string workingDirectory,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default,
        string? executable = null)
    {
        // Another program (an installed .NET tool's command) is run the same way, with the same environment.
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_UI_LANGUAGE"] = "en",
        };
        foreach (var name in InheritedMSBuildVariables)
        {
            variables[name] = null;
        }

        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                variables[name] = value;
            }
        }

        return ChildProcess.RunAsync(executable ?? DotNetExecutable(), workingDirectory, arguments, timeout, variables, cancellationToken);
    }

    /// <summary>The directory of the dotnet that runs these tests: an installed tool's apphost finds the runtime there (DOTNET_ROOT).</summary>
    public static string DotNetRoot => Path.GetDirectoryName(Path.GetFullPath(DotNetExecutable() == "dotnet" ? FindOnPath("dotnet") : DotNetExecutable()))!;

    private static string FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists) is { } found
            ? new FileInfo(found).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? found
            : name;

    private static string DotNetExecutable()
    {
        // Set by the dotnet CLI for the processes it starts: the same dotnet that runs these tests.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }
}
