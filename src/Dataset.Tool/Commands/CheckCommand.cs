using System.CommandLine;
using System.IO;
using System.Text;
using Dataset.Tool.Checking;
using Dataset.Tool.Loading;

namespace Dataset.Tool.Commands;

/// <summary><c>dataset check</c>: every diagnostic the build would report, in the compiler's format or as SARIF.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var format = new Option<string>("--format")
        {
            Description = "text: compiler-style lines and a summary; sarif: a SARIF 2.1.0 log",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "sarif");
        var output = new Option<string?>("--out")
        {
            Description = "Write the SARIF log to this file instead of standard output",
        };

        var command = new Command("check", "Reports every error and warning the build would give for the articles. Exit code 1 when there are errors.");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            if (common.Resolve(parseResult, stderr) is not { } input)
            {
                return ExitCodes.UsageError;
            }

            var dataset = ProgressDisplay.Run("Checking", input.Files.Count, stdout, progress => LoadedDataset.Load(input.Files, input.Root, progress));
            var summary = CompilerFormat.Summary(dataset.ErrorCount, dataset.WarningCount, input.Files.Count);
            if (parseResult.GetValue(format) == "sarif")
            {
                var path = parseResult.GetValue(output);
                using (Stream stream = path is null ? new MemoryStream() : File.Create(path))
                {
                    SarifWriter.Write(stream, dataset.Diagnostics, dataset.Root, ToolInfo.Version);
                    if (stream is MemoryStream memory)
                    {
                        stdout.WriteLine(Encoding.UTF8.GetString(memory.ToArray()));
                    }
                }

                // The log owns standard output; the summary goes with the messages.
                stderr.WriteLine(summary);
            }
            else
            {
                foreach (var diagnostic in dataset.Diagnostics)
                {
                    stdout.WriteLine(CompilerFormat.Line(diagnostic, dataset.Root));
                }

                stdout.WriteLine(summary);
            }

            return dataset.ErrorCount > 0 ? ExitCodes.ArticleErrors : ExitCodes.Success;
        });
        return command;
    }
}
