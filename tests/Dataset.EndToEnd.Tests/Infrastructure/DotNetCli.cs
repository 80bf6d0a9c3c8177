using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
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

    public static async Task<CommandResult> RunAsync(
        string workingDirectory,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default,
        string? executable = null)
    {
        // Another program (an installed .NET tool's command) is run the same way, with the same environment.
        var startInfo = new ProcessStartInfo(executable ?? DotNetExecutable())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedMSBuildVariables)
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                startInfo.Environment[name] = value;
            }
        }

        var commandLine = (executable is null ? "dotnet" : Path.GetFileName(executable)) + " " + string.Join(" ", startInfo.ArgumentList.Select(Quote));
        var output = new StringBuilder();
        void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }
        }

        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);

        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            // Only this command's own process tree is ended.
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited in the meantime.
            }

            process.WaitForExit();
            string partial;
            lock (output)
            {
                partial = output.ToString();
            }

            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new TimeoutException(
                $"> {commandLine} did not finish within {timeout.TotalSeconds:F0} s and was ended (in {workingDirectory}).{Environment.NewLine}{partial}");
        }

        // The parameterless WaitForExit also waits until the redirected output has been read to its end.
        process.WaitForExit();
        stopwatch.Stop();
        lock (output)
        {
            return new CommandResult(commandLine, workingDirectory, process.ExitCode, output.ToString(), stopwatch.Elapsed);
        }
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

    private static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(char.IsWhiteSpace) ? argument : $"\"{argument}\"";
}
