using System.CommandLine;

namespace Dataset.Tool.Commands;

/// <summary>The <c>dataset</c> command line: one subcommand for each job, each with its own <c>--help</c>.</summary>
internal static class DatasetCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Works on Dataset article files outside any build: checks them, exports their facts, previews their annotations and suggests missing ones.");
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(LspCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(PreviewCommand.Create());
        root.Subcommands.Add(SuggestCommand.Create());
        return root;
    }
}
