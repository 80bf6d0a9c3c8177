using System.CommandLine;
using Dataset.Tool.Commands;

namespace Dataset.Tool.Tests.Infrastructure;

/// <summary>What one in-process run of the dataset command printed and returned.</summary>
internal sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit code {ExitCode}\n--- output\n{Output}\n--- error\n{Error}";
}

/// <summary>Runs the dataset command line in this process, as the installed tool runs it, with its output captured.</summary>
internal static class ToolRunner
{
    public static ToolResult Run(params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = DatasetCommand.Create().Parse(arguments).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new ToolResult(exitCode, output.ToString(), error.ToString());
    }
}
