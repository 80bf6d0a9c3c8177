using System.CommandLine;
using System.IO;
using System.Text;
using Dataset.Tool.Checking;
using Dataset.Tool.Exporting;
using Dataset.Tool.Loading;

namespace Dataset.Tool.Commands;

/// <summary><c>dataset export</c>: the whole dataset with provenance, as JSON (with a JSON Schema) or CSV files.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var format = new Option<string>("--format")
        {
            Description = "json: one document (standard output unless --out); csv: one file per kind in the --out directory",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "csv");
        var output = new Option<string?>("--out")
        {
            Description = "The JSON file, or the directory for the CSV files",
        };
        var schema = new Option<bool>("--schema")
        {
            Description = "Write the JSON Schema of the JSON export instead of the data",
        };

        var command = new Command("export", "Exports every article, quote, statistic, person, organization, place and mention with where it was annotated. Nothing is written when the articles have errors.");
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(schema);
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(output);
            if (parseResult.GetValue(schema))
            {
                WriteJson(path, stdout, stream => JsonSchemaExport.Write(stream, ExportTables.All));
                return ExitCodes.Success;
            }

            var csv = parseResult.GetValue(format) == "csv";
            if (csv && path is null)
            {
                stderr.WriteLine("dataset: --format csv writes one file per kind: give the directory with --out DIR.");
                return ExitCodes.UsageError;
            }

            if (common.Resolve(parseResult, stderr) is not { } input)
            {
                return ExitCodes.UsageError;
            }

            var dataset = ProgressDisplay.Run("Reading", input.Files.Count, stdout, progress => LoadedDataset.Load(input.Files, input.Root, progress));
            foreach (var diagnostic in dataset.Diagnostics)
            {
                stderr.WriteLine(CompilerFormat.Line(diagnostic, dataset.Root));
            }

            if (dataset.ErrorCount > 0)
            {
                stderr.WriteLine(CompilerFormat.Summary(dataset.ErrorCount, dataset.WarningCount, input.Files.Count) + " Nothing was exported: fix the errors first.");
                return ExitCodes.ArticleErrors;
            }

            var source = new ExportSource(dataset);
            if (csv)
            {
                foreach (var file in CsvExport.Write(path!, source, ExportTables.All))
                {
                    stderr.WriteLine($"Wrote {file}");
                }
            }
            else
            {
                WriteJson(path, stdout, stream => JsonExport.Write(stream, source, ExportTables.All));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteJson(string? path, TextWriter stdout, System.Action<Stream> write)
    {
        if (path is not null)
        {
            using var file = File.Create(path);
            write(file);
            return;
        }

        using var memory = new MemoryStream();
        write(memory);
        stdout.WriteLine(Encoding.UTF8.GetString(memory.ToArray()));
    }
}
