using System.CommandLine;
using System.IO;
using Dataset.Tool.Checking;
using Dataset.Tool.Loading;
using Dataset.Tool.Preview;

namespace Dataset.Tool.Commands;

/// <summary><c>dataset preview</c>: a static HTML site of the annotated articles, with their diagnostics.</summary>
internal static class PreviewCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var output = new Option<string>("--out")
        {
            Description = "The directory to write the site into (index.html is its start page)",
            DefaultValueFactory = _ => "preview",
        };

        var command = new Command("preview", "Writes a static HTML site: each article with its annotations highlighted by kind and its diagnostics in place, and index pages per person, organization, place and statistics group. Works offline.");
        common.AddTo(command);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            if (common.Resolve(parseResult, stderr) is not { } input)
            {
                return ExitCodes.UsageError;
            }

            var directory = Path.GetFullPath(parseResult.GetValue(output)!);
            var dataset = ProgressDisplay.Run("Reading", input.Files.Count, stdout, progress => LoadedDataset.Load(input.Files, input.Root, progress, keepParses: true));
            var pages = ProgressDisplay.Run("Writing pages", input.Files.Count, stdout, progress => PreviewSite.Write(dataset, directory, progress));
            stdout.WriteLine($"Wrote {CompilerFormat.Count(pages, "page")} to {Path.Combine(directory, "index.html")} ({CompilerFormat.Summary(dataset.ErrorCount, dataset.WarningCount, input.Files.Count)})");
            return ExitCodes.Success;
        });
        return command;
    }
}
