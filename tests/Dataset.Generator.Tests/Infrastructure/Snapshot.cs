using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot testing of generator output, in the file layout of Verify.SourceGenerators, on DiffPlex.
/// <para>
/// For a test <c>SnapshotTests.SeedArticle</c>, every generated source with hint name <c>Dataset.g.cs</c> is compared
/// with <c>Snapshots/SnapshotTests.SeedArticle#Dataset.g.verified.cs</c> (the name is the hint name without its
/// <c>.cs</c> extension, and the content starts with a <c>//HintName:</c> line, as Verify.SourceGenerators writes
/// them), and the generator's diagnostics with <c>Snapshots/SnapshotTests.SeedArticle.verified.txt</c>. Verified
/// files are committed next to the tests, in the source folder (not bin).
/// </para>
/// <para>
/// On a mismatch, or when a verified file is missing, the output is written beside it as <c>*.received.cs</c> /
/// <c>*.received.txt</c> and the test fails with a unified line diff; a verified source the generator no longer
/// produces fails the test too. On a match any stale received file is deleted. Text is compared with line endings
/// normalized to LF, and written with LF.
/// </para>
/// <para>
/// To accept new output, run the tests with the environment variable <c>DATASET_ACCEPT_SNAPSHOTS=1</c>: verified
/// files are then overwritten (and verified sources no longer produced are deleted) instead of failing, e.g.
/// <c>DATASET_ACCEPT_SNAPSHOTS=1 dotnet test tests/Dataset.Generator.Tests</c>. Review the change with
/// <c>git diff</c> before committing it.
/// </para>
/// </summary>
internal static class Snapshot
{
    /// <summary>The environment variable that makes mismatches overwrite the verified files.</summary>
    public const string AcceptVariable = "DATASET_ACCEPT_SNAPSHOTS";

    /// <summary>Where verified snapshots are committed: <c>tests/Dataset.Generator.Tests/Snapshots</c>.</summary>
    public static string Directory => Path.Combine(RepositoryPaths.Tests, "Snapshots");

    private const int ContextLines = 3;
    private const int MaxDiffLines = 400;
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static bool AcceptFromEnvironment =>
        Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true" or "TRUE" or "True";

    /// <summary>Checks every generated source and the generator's diagnostics of <paramref name="run"/> against the verified files.</summary>
    public static void Match(GeneratorRun run, string testClass, [CallerMemberName] string testMethod = "") =>
        Match(run.Driver.GetRunResult(), run.GeneratorDiagnostics, Directory, testClass + "." + testMethod, AcceptFromEnvironment);

    /// <summary>The check itself, with the folder, the file prefix and the accept mode given (for testing the helper).</summary>
    public static void Match(GeneratorDriverRunResult result, IEnumerable<Diagnostic> diagnostics, string directory, string prefix, bool accept)
    {
        var failures = Compare(Files(result, diagnostics, prefix), directory, prefix, accept);
        if (failures.Count > 0)
        {
            Assert.Fail(
                $"{failures.Count} snapshot(s) of {prefix} do not match. Review the *.received.* files in {directory}; "
                + $"rename them to *.verified.* or rerun with {AcceptVariable}=1 to accept them.\n\n"
                + string.Join("\n", failures));
        }
    }

    /// <summary>The files a run is checked against: one per generated source, ordered by hint name, and the diagnostics.</summary>
    public static IReadOnlyList<SnapshotFile> Files(GeneratorDriverRunResult result, IEnumerable<Diagnostic> diagnostics, string prefix)
    {
        var generator = result.Results.Single();
        if (generator.Exception is { } exception)
        {
            Assert.Fail("The generator threw: " + exception);
        }

        var files = generator.GeneratedSources
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .Select(source => new SnapshotFile(
                $"{prefix}#{Path.GetFileNameWithoutExtension(source.HintName)}",
                ".cs",
                $"//HintName: {source.HintName}\n{source.SourceText}"))
            .ToList();
        files.Add(new SnapshotFile(prefix, ".txt", FormatDiagnostics(diagnostics)));
        return files;
    }

    /// <summary>
    /// The generator's diagnostics, one a line, in a stable order:
    /// <c>ID Severity path(line,column)-(line,column): message</c>, positions 1-based as the compiler prints them.
    /// </summary>
    public static string FormatDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics
            .OrderBy(diagnostic => diagnostic.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.GetLineSpan().StartLinePosition)
            .ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .Select(diagnostic =>
            {
                var line = $"{diagnostic.Id} {diagnostic.Severity} {FormatLocation(diagnostic.Location)}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
                var also = diagnostic.AdditionalLocations.Select(FormatLocation).ToList();
                return also.Count == 0 ? line : $"{line} (see also {string.Join(", ", also)})";
            })
            .ToList();
        return lines.Count == 0 ? "No diagnostics.\n" : string.Join("\n", lines) + "\n";
    }

    /// <summary>A unified line diff of <paramref name="expected"/> (verified) and <paramref name="actual"/> (received), or empty when they are equal.</summary>
    public static string Diff(string expected, string actual, string expectedName, string actualName)
    {
        var diff = Differ.Instance.CreateDiffs(expected, actual, ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        if (diff.DiffBlocks.Count == 0)
        {
            return string.Empty;
        }

        var old = diff.PiecesOld;
        var @new = diff.PiecesNew;
        var output = new List<string> { "--- " + expectedName, "+++ " + actualName };

        // Group blocks whose context overlaps into hunks, as diff -u does.
        var blocks = diff.DiffBlocks;
        var first = 0;
        while (first < blocks.Count)
        {
            var last = first;
            while (last + 1 < blocks.Count
                && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * ContextLines)
            {
                last++;
            }

            var oldStart = Math.Max(0, blocks[first].DeleteStartA - ContextLines);
            var newStart = Math.Max(0, blocks[first].InsertStartB - (blocks[first].DeleteStartA - oldStart));
            var oldEnd = Math.Min(old.Count, blocks[last].DeleteStartA + blocks[last].DeleteCountA + ContextLines);
            var newEnd = Math.Min(@new.Count, blocks[last].InsertStartB + blocks[last].InsertCountB + (oldEnd - (blocks[last].DeleteStartA + blocks[last].DeleteCountA)));
            output.Add($"@@ -{Range(oldStart, oldEnd)} +{Range(newStart, newEnd)} @@");

            var a = oldStart;
            for (var i = first; i <= last; i++)
            {
                var block = blocks[i];
                for (; a < block.DeleteStartA; a++)
                {
                    output.Add(" " + old[a]);
                }

                for (var d = 0; d < block.DeleteCountA; d++)
                {
                    output.Add("-" + old[block.DeleteStartA + d]);
                }

                for (var n = 0; n < block.InsertCountB; n++)
                {
                    output.Add("+" + @new[block.InsertStartB + n]);
                }

                a = block.DeleteStartA + block.DeleteCountA;
            }

            for (; a < oldEnd; a++)
            {
                output.Add(" " + old[a]);
            }

            first = last + 1;
        }

        if (output.Count > MaxDiffLines)
        {
            var more = output.Count - MaxDiffLines;
            output = output.Take(MaxDiffLines).Append($"... ({more} more diff lines)").ToList();
        }

        return string.Join("\n", output) + "\n";
    }

    /// <summary>A hunk range as diff -u writes it: 1-based start and count, or <c>start,0</c> after the line before an empty range.</summary>
    private static string Range(int start, int end) => $"{(end > start ? start + 1 : start)},{end - start}";

    /// <summary>LF line endings, whatever the platform or git's checkout settings did.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    private static List<string> Compare(IReadOnlyList<SnapshotFile> files, string directory, string prefix, bool accept)
    {
        System.IO.Directory.CreateDirectory(directory);
        var failures = new List<string>();
        foreach (var file in files)
        {
            var verified = Path.Combine(directory, file.Name + ".verified" + file.Extension);
            var received = Path.Combine(directory, file.Name + ".received" + file.Extension);
            var actual = Normalize(file.Content);
            var expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified)) : null;
            if (expected == actual)
            {
                File.Delete(received);
                continue;
            }

            if (accept)
            {
                File.WriteAllText(verified, actual, Utf8);
                File.Delete(received);
                continue;
            }

            File.WriteAllText(received, actual, Utf8);
            failures.Add(expected is null
                ? $"Missing {Path.GetFileName(verified)}; the output was written to {Path.GetFileName(received)}:\n{Diff(string.Empty, actual, "/dev/null", Path.GetFileName(received))}"
                : $"{Path.GetFileName(verified)} differs from the output, written to {Path.GetFileName(received)}:\n{Diff(expected, actual, Path.GetFileName(verified), Path.GetFileName(received))}");
        }

        // A verified source the generator no longer produces (the '#' keeps "Seed#" apart from "SeedArticle#").
        var produced = new HashSet<string>(files.Select(file => file.Name + ".verified" + file.Extension), StringComparer.Ordinal);
        foreach (var stale in System.IO.Directory.EnumerateFiles(directory, prefix + "#*.verified.cs").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(stale);
            if (produced.Contains(name))
            {
                continue;
            }

            if (accept)
            {
                File.Delete(stale);
            }
            else
            {
                failures.Add($"{name} is verified, but the generator no longer produces that source; delete it if that is intended.");
            }
        }

        return failures;
    }

    private static string FormatLocation(Location location)
    {
        if (location == Location.None)
        {
            return "(no location)";
        }

        var span = location.GetLineSpan();
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2})-({3},{4})",
            span.Path,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1);
    }
}

/// <summary>One snapshot: its name without <c>.verified</c>/<c>.received</c>, its extension, and the output to compare.</summary>
internal sealed record SnapshotFile(string Name, string Extension, string Content);
