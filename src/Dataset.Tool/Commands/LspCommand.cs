using System;
using System.CommandLine;
using Dataset.Generator.Diagnostics;
using Dataset.Tool.LanguageServer;

namespace Dataset.Tool.Commands;

/// <summary><c>dataset lsp</c>: a Language Server Protocol 3.17 server over standard input and output.</summary>
internal static class LspCommand
{
    public static Command Create()
    {
        var root = new Option<string?>("--root")
        {
            Description = "The project directory whose data/**/*.md articles are served. Default: the workspace folder the client names",
        };
        var helpLinkBase = new Option<string?>("--help-link-base")
        {
            Description = "The base of the diagnostics' help links, as the DatasetHelpLinkBase property sets it. Default: no links",
        };

        var command = new Command("lsp", "Serves the articles to an editor over the Language Server Protocol (standard input and output): diagnostics as you type, hover, completion, go to definition, references, rename and the outline.");
        command.Options.Add(root);
        command.Options.Add(helpLinkBase);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var rootPath = parseResult.GetValue(root) is { } given ? System.IO.Path.GetFullPath(given) : null;
            var session = new LanguageServerSession(rootPath, DiagnosticDescriptors.HelpLinkBase(parseResult.GetValue(helpLinkBase)));
            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            return await LspConnection.ServeAsync(input, output, session).ConfigureAwait(false);
        });
        return command;
    }
}
