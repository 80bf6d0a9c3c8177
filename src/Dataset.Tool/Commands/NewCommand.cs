using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using Dataset.Generator.Checks;
using Dataset.Generator.Parsing;
using Dataset.Tool.Authoring;
using Dataset.Tool.Checking;
using Dataset.Tool.Loading;

namespace Dataset.Tool.Commands;

/// <summary><c>dataset new</c>: an article file with valid front matter, checked by the parser before it is kept.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The article file to create, such as data/talks.md" };
        var title = new Option<string>("--title") { Description = "The headline", Required = true };
        var source = new Option<string>("--source") { Description = "Who published it", Required = true };
        var published = new Option<string?>("--published") { Description = "The publication date, YYYY-MM-DD. Default: today (UTC)" };
        var dateline = new Option<string?>("--dateline") { Description = "Where it was filed from" };
        var id = new Option<string?>("--id") { Description = "The member name under Articles. Default: the file name in PascalCase" };

        var command = new Command("new", "Creates an article file with valid front matter (never overwrites a file).");
        command.Arguments.Add(file);
        command.Options.Add(title);
        command.Options.Add(source);
        command.Options.Add(published);
        command.Options.Add(dateline);
        command.Options.Add(id);
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var path = Path.GetFullPath(parseResult.GetRequiredValue(file));
            if (File.Exists(path) || Directory.Exists(path))
            {
                stderr.WriteLine($"dataset: {path} already exists; nothing was written.");
                return ExitCodes.UsageError;
            }

            var date = parseResult.GetValue(published) ?? DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var text = ArticleTemplate.Create(parseResult.GetRequiredValue(title), parseResult.GetRequiredValue(source), date, parseResult.GetValue(dateline), parseResult.GetValue(id));

            // The parser has the last word: a date or an id it rejects is reported, and no file is left behind.
            var root = Environment.CurrentDirectory;
            var model = ArticleParser.ParseFile(path, LoadedDataset.Relative(path, root), () => text);
            var problems = 0;
            foreach (var info in model.Diagnostics)
            {
                var diagnostic = Generator.Diagnostics.DiagnosticFactory.Create(info);
                if (diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                {
                    stderr.WriteLine(CompilerFormat.Line(diagnostic, root));
                    problems++;
                }
            }

            if (problems > 0)
            {
                stderr.WriteLine("dataset: the article would not be valid; nothing was written.");
                return ExitCodes.UsageError;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            stdout.WriteLine($"Created {LoadedDataset.Relative(path, root)} (Articles.{model.Id}).");
            return ExitCodes.Success;
        });
        return command;
    }
}
