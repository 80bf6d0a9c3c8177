using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Dataset.Tool.Loading;

namespace Dataset.Tool.Commands;

/// <summary>The arguments every command that reads articles shares: the paths and the project directory.</summary>
internal sealed class CommonOptions
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "Article files (.md) or directories of them (every **/*.md below). Default: data/",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> Root { get; } = new("--root")
    {
        Description = "The project directory: file paths are reported relative to it, as the build reports them. Default: the current directory",
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Root);
    }

    /// <summary>
    /// The project directory and the article files the command line names; null (after saying why on the error
    /// writer) when a path does not exist or no file is found.
    /// </summary>
    public (string Root, IReadOnlyList<string> Files)? Resolve(ParseResult parseResult, TextWriter error)
    {
        var root = Path.GetFullPath(parseResult.GetValue(Root) ?? Environment.CurrentDirectory);
        var paths = parseResult.GetValue(Paths) is { Length: > 0 } given ? given : new[] { ArticleFiles.DefaultPath };
        var files = ArticleFiles.Find(paths, root, out var missing);
        if (missing.Count > 0)
        {
            foreach (var path in missing)
            {
                error.WriteLine($"dataset: '{path}' is neither an article file nor a directory (under {root}).");
            }

            return null;
        }

        if (files.Count == 0)
        {
            error.WriteLine($"dataset: no article files (*.md) in {string.Join(", ", paths.Select(path => "'" + path + "'"))}.");
            return null;
        }

        return (root, files);
    }
}
