using System;
using System.Collections.Generic;

namespace Dataset.Generator.Parsing;

/// <summary>
/// Makes data-file paths relative to the project with '/' separators, so generated sources and locations are
/// the same on every machine and operating system.
/// </summary>
internal static class DataPaths
{
    public static string Relative(string path, string projectDirectory)
    {
        var target = Split(path);
        if (projectDirectory.Length == 0)
        {
            return target.Count > 0 ? target[target.Count - 1] : path;
        }

        var root = Split(projectDirectory);
        var common = 0;
        while (common < root.Count && common < target.Count - 1 && string.Equals(root[common], target[common], StringComparison.Ordinal))
        {
            common++;
        }

        if (common == 0)
        {
            return target.Count > 0 ? target[target.Count - 1] : path;
        }

        var parts = new List<string>();
        for (var i = common; i < root.Count; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < target.Count; i++)
        {
            parts.Add(target[i]);
        }

        return string.Join("/", parts);
    }

    private static List<string> Split(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/', '\\'))
        {
            if (part.Length > 0 && part != ".")
            {
                parts.Add(part);
            }
        }

        return parts;
    }
}
