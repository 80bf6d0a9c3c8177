using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Tool.Checking;
using Dataset.Tool.Loading;
using Dataset.Tool.Suggesting;

namespace Dataset.Tool.Commands;

/// <summary><c>dataset suggest</c>: the annotations the articles are missing, as located lines; <c>--apply</c> writes the sure ones.</summary>
internal static class SuggestCommand
{
    public static Command Create()
    {
        var common = new CommonOptions();
        var apply = new Option<bool>("--apply") { Description = "Write the unambiguous suggestions (mentions of declared entities, statistics) into the files, then check them" };
        var group = new Option<string?>("--group") { Description = "The statistics group for suggested statistics. Default: the article's id" };
        var key = new Option<string?>("--key") { Description = "The key for the one suggested statistic (with --kind stat and a file that has exactly one)" };
        var everyNumber = new Option<bool>("--every-number") { Description = "Also propose years, durations and counts written in words (by default only figures: amounts, percentages, quantities)" };
        var kind = new Option<string[]>("--kind") { Description = "Only these kinds: mention, stat, quote (repeatable). Default: all", AllowMultipleArgumentsPerToken = true };
        kind.AcceptOnlyFromAmong("mention", "stat", "quote");

        var command = new Command("suggest", "Proposes annotations the articles are missing: names of declared people, organizations and places outside mentions, numbers outside statistics, quoted words next to a reporting verb outside quotes.");
        common.AddTo(command);
        command.Options.Add(apply);
        command.Options.Add(group);
        command.Options.Add(key);
        command.Options.Add(kind);
        command.Options.Add(everyNumber);
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            if (common.Resolve(parseResult, stderr) is not { } input)
            {
                return ExitCodes.UsageError;
            }

            var kinds = parseResult.GetValue(kind) is { Length: > 0 } chosen
                ? chosen.Select(name => name switch { "mention" => SuggestionKind.Mention, "stat" => SuggestionKind.Stat, _ => SuggestionKind.Quote }).ToHashSet()
                : Enum.GetValues<SuggestionKind>().ToHashSet();
            var dataset = ProgressDisplay.Run("Reading", input.Files.Count, stdout, progress => LoadedDataset.Load(input.Files, input.Root, progress, keepParses: true));
            var perFile = new List<(string Path, LineMap Lines, List<Suggestion> Suggestions)>();
            foreach (var parse in dataset.Parses)
            {
                var article = parse.Model;
                if (!article.IsEmittable)
                {
                    stderr.WriteLine($"{article.RelativePath}: not read far enough to suggest anything (see `dataset check`).");
                    continue;
                }

                var suggestions = Suggester.Suggest(parse, parseResult.GetValue(group), parseResult.GetValue(everyNumber)).Where(suggestion => kinds.Contains(suggestion.Kind)).ToList();
                perFile.Add((article.FilePath, parse.Lines, suggestions));
            }

            if (parseResult.GetValue(key) is { } wantedKey)
            {
                var stats = perFile.SelectMany(file => file.Suggestions.Where(suggestion => suggestion.Kind == SuggestionKind.Stat).Select(suggestion => (file, suggestion))).ToList();
                if (stats.Count != 1)
                {
                    stderr.WriteLine($"dataset: --key names one statistic, but there are {stats.Count} suggested: narrow the paths (and use --kind stat).");
                    return ExitCodes.UsageError;
                }

                var (file, stat) = stats[0];
                var stem = stat.Attributes.Split(' ')[1];
                var groupName = stem[1..stem.IndexOf('.', StringComparison.Ordinal)];
                if (Identifiers.Problem(wantedKey, groupName) is { } problem)
                {
                    stderr.WriteLine($"dataset: --key {wantedKey}: {problem}");
                    return ExitCodes.UsageError;
                }

                var renamed = stat with { Attributes = ".stat #" + groupName + "." + wantedKey + string.Concat(stat.Attributes.Split(' ').Skip(2).Select(part => " " + part)), Description = stat.Description[..stat.Description.LastIndexOf(" as ", StringComparison.Ordinal)] + $" as Stats.{groupName}.{wantedKey}" };
                file.Suggestions[file.Suggestions.IndexOf(stat)] = renamed;
            }

            var doApply = parseResult.GetValue(apply);
            foreach (var (path, lines, suggestions) in perFile)
            {
                foreach (var suggestion in suggestions)
                {
                    var location = lines.Span(suggestion.Start, suggestion.End);
                    var note = doApply && !suggestion.CanApply ? " (not applied)" : string.Empty;
                    stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{LoadedDataset.Relative(path, dataset.Root)}({location.StartLine + 1},{location.StartColumn + 1}): suggestion: {suggestion.Description}{note}: {Flat(suggestion.Annotated)}"));
                }
            }

            var all = perFile.SelectMany(file => file.Suggestions).ToList();
            stdout.WriteLine(
                $"{CompilerFormat.Count(all.Count, "suggestion")}: {CompilerFormat.Count(all.Count(s => s.Kind == SuggestionKind.Mention), "mention")}, " +
                $"{CompilerFormat.Count(all.Count(s => s.Kind == SuggestionKind.Stat), "statistic")}, {CompilerFormat.Count(all.Count(s => s.Kind == SuggestionKind.Quote), "quote")}; " +
                $"{all.Count(s => s.CanApply)} can be applied{(doApply ? string.Empty : " with --apply")}.");
            if (!doApply)
            {
                return ExitCodes.Success;
            }

            var changed = 0;
            foreach (var (path, _, suggestions) in perFile)
            {
                var sure = suggestions.Where(suggestion => suggestion.CanApply).ToList();
                if (sure.Count == 0)
                {
                    continue;
                }

                // Read as bytes: the BOM (if any) and the line endings are kept as they are.
                var original = new UTF8Encoding(false).GetString(File.ReadAllBytes(path));
                File.WriteAllText(path, SuggestionApplier.Apply(original, sure), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                changed++;
            }

            var after = LoadedDataset.Load(input.Files, input.Root);
            foreach (var diagnostic in after.Diagnostics)
            {
                stdout.WriteLine(CompilerFormat.Line(diagnostic, after.Root));
            }

            stdout.WriteLine($"Applied {CompilerFormat.Count(all.Count(s => s.CanApply), "suggestion")} to {CompilerFormat.Count(changed, "file")}. Check: {CompilerFormat.Summary(after.ErrorCount, after.WarningCount, input.Files.Count)}");
            return after.ErrorCount > 0 ? ExitCodes.ArticleErrors : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A suggestion on one line: a line break inside its text is shown as a space.</summary>
    private static string Flat(string text) => text.Replace('\n', ' ');
}
