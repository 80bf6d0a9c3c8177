using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>
/// The compiler's <c>PathMap</c> (<c>/pathmap</c>), read and applied the way the compiler reads and applies it to the
/// source paths it writes, so that the paths the generator writes in <c>#line</c> directives come out as the compiler
/// would write them. Pure functions that never throw: a malformed pair is left out (the compiler reports it).
/// <para>
/// The generator reads <c>build_property.PathMap</c> from the analyzer config MSBuild writes, which trims the value
/// (and older compilers cut it at a <c>#</c> or <c>;</c>, read as a comment); the compiler gets it on its command line.
/// The compiler also maps the <c>#line</c> paths again when it writes the PDB's document table: a mapped path that
/// starts with a key (a value under a key, unlike the usual <c>/_/</c>) is mapped twice there.
/// </para>
/// </summary>
internal static class PathMap
{
    /// <summary>
    /// The pairs of <paramref name="value"/>: <c>key=value</c> pairs separated by commas, where a doubled <c>,,</c> or
    /// <c>==</c> stands for the character itself. Empty entries are skipped; an entry that is not exactly one non-empty
    /// key and one non-empty value is left out. Keys and values get a trailing directory separator if they have none.
    /// Then, as the compiler's command-line parser does (since Roslyn 3.9, dotnet/roslyn#49670), the pairs are sorted
    /// longest key first, with the same sort, so that the most specific key wins.
    /// </summary>
    public static EquatableArray<PathMapping> Parse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return EquatableArray<PathMapping>.Empty;
        }

        var pairs = new List<PathMapping>();
        foreach (var entry in Split(value!, ','))
        {
            if (entry.Length == 0)
            {
                continue;
            }

            var parts = Split(entry, '=');
            if (parts.Count == 2 && parts[0].Length > 0 && parts[1].Length > 0)
            {
                pairs.Add(new PathMapping(EnsureTrailingSeparator(parts[0]), EnsureTrailingSeparator(parts[1])));
            }
        }

        return new EquatableArray<PathMapping>(
            ImmutableArray.CreateRange(pairs).Sort(static (x, y) => -x.Prefix.Length.CompareTo(y.Prefix.Length)));
    }

    /// <summary>
    /// <paramref name="path"/> with the prefix of the first pair (of <see cref="Parse"/>'s, longest key first) whose key
    /// starts it (ordinal comparison) replaced by that pair's value; when the value's separators are all '/' (or all
    /// '\'), every separator in the result is written that way. A path no key starts is returned as it is.
    /// </summary>
    public static string Apply(string path, EquatableArray<PathMapping> pathMap)
    {
        foreach (var mapping in pathMap)
        {
            if (string.IsNullOrEmpty(mapping.Prefix) || mapping.Replacement is null
                || !path.StartsWith(mapping.Prefix, System.StringComparison.Ordinal))
            {
                continue;
            }

            var mapped = mapping.Replacement + path.Substring(mapping.Prefix.Length);
            var slash = mapping.Replacement.IndexOf('/') >= 0;
            var backslash = mapping.Replacement.IndexOf('\\') >= 0;
            return slash && !backslash ? mapped.Replace('\\', '/')
                : backslash && !slash ? mapped.Replace('/', '\\')
                : mapped;
        }

        return path;
    }

    /// <summary>
    /// <paramref name="path"/> ending with a directory separator: unchanged if it ends with '/' or '\' (or is empty);
    /// otherwise with the separator it already uses, if it uses only one kind, else with this platform's.
    /// </summary>
    public static string EnsureTrailingSeparator(string path)
    {
        if (path.Length == 0 || path[path.Length - 1] is '/' or '\\')
        {
            return path;
        }

        var slash = path.IndexOf('/') >= 0;
        var backslash = path.IndexOf('\\') >= 0;
        return path + (slash && !backslash ? '/' : backslash && !slash ? '\\' : Path.DirectorySeparatorChar);
    }

    /// <summary>
    /// <paramref name="text"/> split on <paramref name="separator"/>, where two separators in a row are one literal
    /// separator character; an empty text has no parts.
    /// </summary>
    public static List<string> Split(string text, char separator)
    {
        var parts = new List<string>();
        if (text.Length == 0)
        {
            return parts;
        }

        var part = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != separator)
            {
                part.Append(text[i]);
            }
            else if (i + 1 < text.Length && text[i + 1] == separator)
            {
                part.Append(separator);
                i++;
            }
            else
            {
                parts.Add(part.ToString());
                part.Clear();
            }
        }

        parts.Add(part.ToString());
        return parts;
    }
}
