using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Dataset.Tool.Loading;

/// <summary>
/// The article files a command works on: each path is a Markdown file, or a directory whose <c>**/*.md</c> files are
/// taken (as the package's <c>DatasetArticle</c> items take <c>data/**/*.md</c>). Sorted and without duplicates.
/// </summary>
internal static class ArticleFiles
{
    /// <summary>The default path, as in the package's <c>DatasetDataDirectory</c>.</summary>
    public const string DefaultPath = "data";

    /// <summary>The full paths of the article files; <paramref name="missing"/> gets every path that does not exist.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths, string root, out IReadOnlyList<string> missing)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, root);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in Directory.EnumerateFiles(full, "*.md", new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseSensitive }))
                {
                    files.Add(file);
                }
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return files.ToList();
    }
}
