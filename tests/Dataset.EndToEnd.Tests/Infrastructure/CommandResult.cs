using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace Dataset.EndToEnd.Tests.Infrastructure;

/// <summary>The outcome of one dotnet CLI command: its exit code and its standard output and error, interleaved.</summary>
public sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>One line for the test log.</summary>
    public string Summary => $"> {CommandLine}: exit code {ExitCode} after {Elapsed.TotalSeconds:F1} s";

    /// <summary>
    /// The distinct error lines MSBuild printed, in order (MSBuild prints each error twice: as it happens, and again
    /// in the summary at the end).
    /// </summary>
    public string[] ErrorLines =>
        Regex.Matches(Output, @"^.*: error [A-Z]+[0-9]+:.*$", RegexOptions.Multiline)
            .Select(match => match.Value.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The whole command, for assertion messages.</summary>
    public override string ToString() =>
        $"{Summary}{Environment.NewLine}(in {WorkingDirectory}){Environment.NewLine}{Output}";
}
