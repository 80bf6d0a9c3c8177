using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Dataset.Benchmarks.Corpus;

namespace Dataset.Benchmarks.LanguageServer;

/// <summary>
/// <c>lsp [--sizes 1000,10000] [--keystrokes 200] [--server DLL]</c>: issue 20's targets for <c>dataset lsp</c>, on the
/// synthetic corpus written to a temporary folder and the real server process (the Release build of Dataset.Tool).
/// <list type="bullet">
/// <item><b>Ready</b>: from writing <c>initialize</c> to reading the first publishDiagnostics of an article opened right
/// after <c>initialized</c>. The server answers messages in order, so by then it has read and checked every article
/// (initialize) and published the workspace's diagnostics (initialized). The time to the initialize answer and from
/// the process's start are printed too.</item>
/// <item><b>Keystroke</b>: one character typed in a paragraph of the open article (didChange, as the server's sync kind
/// asks: the whole text or the one-character range) to the publishDiagnostics of that version; then the same with
/// letters appended to a statistic's key, which changes the article's keys (the checks across articles run again).</item>
/// <item><b>Completion</b>: textDocument/completion after <c>ref=</c> in a person mention, to its answer (which must offer items).</item>
/// <item><b>Memory</b>: the server's peak resident set (VmHWM in /proc/PID/status) at the end.</item>
/// </list>
/// </summary>
public static class LspBenchmark
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static int Run(string[] args)
    {
        var sizes = Option(args, "--sizes")?.Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToArray() ?? [1_000, 10_000];
        var keystrokes = Option(args, "--keystrokes") is { } count ? int.Parse(count, CultureInfo.InvariantCulture) : 200;
        var server = Path.GetFullPath(Option(args, "--server") ?? DefaultServer());
        if (!File.Exists(server))
        {
            Console.Error.WriteLine($"No server at {server}: build it with `dotnet build -c Release src/Dataset.Tool`, or give --server PATH/Dataset.Tool.dll");
            return 2;
        }

        Console.WriteLine($"dataset lsp: {server}; .NET {Environment.Version}, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        var failures = new List<string>();
        foreach (var size in sizes)
        {
            var result = Measure(server, size, keystrokes).GetAwaiter().GetResult();
            Print(result, failures);
        }

        if (failures.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("TARGETS MISSED:");
            failures.ForEach(failure => Console.WriteLine("  " + failure));
            return 1;
        }

        return 0;
    }

    private sealed record Result(
        int Count,
        double FromStartMs,
        double InitializeMs,
        double ReadyMs,
        double[] KeystrokeMs,
        double[] KeyKeystrokeMs,
        double[] CompletionMs,
        int CompletionItems,
        long PeakBytes,
        long CurrentBytes,
        int ExitCode);

    private static async Task<Result> Measure(string server, int count, int keystrokes)
    {
        var root = Path.Combine(Path.GetTempPath(), "dataset-lsp-bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var articles = SyntheticCorpus.Create(count);
            SyntheticCorpus.Write(articles, Path.Combine(root, "data"));
            var article = articles[count / 2];
            var path = Path.Combine(root, "data", article.FileName);
            var uri = new Uri(path).AbsoluteUri;
            var text = article.Text;

            var started = Stopwatch.GetTimestamp();
            using var lsp = LspProcess.Start(server, root);
            var rootUri = new Uri(root).AbsoluteUri;
            var sent = Stopwatch.GetTimestamp();
            var (initialize, initialized) = await lsp.RequestAsync(
                "initialize",
                new JsonObject
                {
                    ["processId"] = Environment.ProcessId,
                    ["rootUri"] = rootUri,
                    ["capabilities"] = new JsonObject(),
                    ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = "bench" }),
                },
                Timeout).ConfigureAwait(false);
            var incremental = (int?)initialize?["capabilities"]?["textDocumentSync"]?["change"] == 2;
            lsp.Notify("initialized", new JsonObject());
            var version = 1;
            lsp.Notify("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = version, ["text"] = text },
            });
            var (opened, ready) = lsp.WaitForDiagnostics(uri, message => (int?)message["version"] == version, Timeout);
            if (opened["diagnostics"]!.AsArray().Count != 0)
            {
                throw new InvalidOperationException("The synthetic article has diagnostics: " + opened.ToJsonString());
            }

            // Keystrokes: a word typed character by character at the end of the first paragraph of the body.
            var paragraphEnd = text.IndexOf("\n\n", text.IndexOf("\n---", 3, StringComparison.Ordinal) + 5, StringComparison.Ordinal);
            var keystrokeMs = Type(paragraphEnd, "and the talks went on ", keystrokes);

            // Keystrokes in a key: letters appended to a statistic's key, so the article's keys change with each one and
            // the checks across articles run again (on the keys the edit touched).
            var statKey = text.IndexOf("{.stat #", StringComparison.Ordinal);
            statKey = text.IndexOfAny([' ', '}'], statKey + "{.stat #".Length);
            var keyMs = Type(statKey, "abcdefghij", Math.Max(10, keystrokes / 4));

            double[] Type(int at, string typed, int count)
            {
                var times = new double[count];
                for (var i = 0; i < count; i++)
                {
                    var character = typed[i % typed.Length].ToString();
                    var (line, column) = Position(text, at);
                    text = text.Insert(at, character);
                    version++;
                    var change = incremental
                        ? new JsonObject
                        {
                            ["range"] = new JsonObject { ["start"] = Pos(line, column), ["end"] = Pos(line, column) },
                            ["text"] = character,
                        }
                        : new JsonObject { ["text"] = text };
                    var expected = version;
                    var before = Stopwatch.GetTimestamp();
                    lsp.Notify("textDocument/didChange", new JsonObject
                    {
                        ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
                        ["contentChanges"] = new JsonArray(change),
                    });
                    var (published, arrived) = lsp.WaitForDiagnostics(uri, message => (int?)message["version"] == expected, Timeout);
                    if (published["diagnostics"]!.AsArray().Count != 0)
                    {
                        throw new InvalidOperationException("A keystroke gave diagnostics: " + published.ToJsonString());
                    }

                    times[i] = Milliseconds(before, arrived);
                    at++;
                }

                return times;
            }

            // Completion after `ref=` in the article's first person mention (5 warm-up requests, then 50 timed).
            var mention = text.IndexOf("{.person ref=", StringComparison.Ordinal) + "{.person ref=".Length;
            var (mentionLine, mentionColumn) = Position(text, mention);
            var completionMs = new List<double>();
            var items = 0;
            for (var i = 0; i < 55; i++)
            {
                var before = Stopwatch.GetTimestamp();
                var (completion, arrived) = await lsp.RequestAsync(
                    "textDocument/completion",
                    new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = Pos(mentionLine, mentionColumn) },
                    Timeout).ConfigureAwait(false);
                items = (completion is JsonArray array ? array : completion?["items"]?.AsArray())?.Count ?? 0;
                if (items == 0)
                {
                    throw new InvalidOperationException("Completion after ref= offered nothing: " + completion?.ToJsonString());
                }

                if (i >= 5)
                {
                    completionMs.Add(Milliseconds(before, arrived));
                }
            }

            var (peak, current) = lsp.Memory();
            var exitCode = await lsp.ShutdownAsync(Timeout).ConfigureAwait(false);
            return new Result(count, Milliseconds(started, initialized), Milliseconds(sent, initialized), Milliseconds(sent, ready), keystrokeMs, keyMs, [.. completionMs], items, peak, current, exitCode);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Print(Result result, List<string> failures)
    {
        var sorted = result.KeystrokeMs.Order().ToArray();
        var median = Percentile(sorted, 0.5);
        var p95 = Percentile(sorted, 0.95);
        var completion = Percentile([.. result.CompletionMs.Order()], 0.5);
        var small = result.Count <= 1_000;
        var peakMb = result.PeakBytes / 1e6;
        Console.WriteLine();
        Console.WriteLine($"{result.Count:N0} articles (load average {LoadAverage()}):");
        Console.WriteLine($"  initialize answered      {result.InitializeMs,9:N0} ms after it was sent ({result.FromStartMs:N0} ms after the process started)");
        Row("ready (open file's diagnostics)", result.ReadyMs, small ? 2_000 : 15_000, "ms");
        Row("keystroke -> diagnostics, median", median, small ? 50 : 100, "ms");
        Row("keystroke -> diagnostics, p95", p95, small ? 150 : null, "ms");
        Console.WriteLine($"  {"",-34} (min {sorted[0]:N1}, max {sorted[^1]:N1} over {sorted.Length})");
        var keys = result.KeyKeystrokeMs.Order().ToArray();
        Row("keystroke in a key, median", Percentile(keys, 0.5), small ? 50 : 100, "ms");
        Row("keystroke in a key, p95", Percentile(keys, 0.95), small ? 150 : null, "ms");
        Row($"completion after ref=, median", completion, small ? 30 : null, "ms");
        Console.WriteLine($"  {"",-34} ({result.CompletionItems} items; p95 {Percentile([.. result.CompletionMs.Order()], 0.95):N1} ms)");
        Row("peak memory (VmHWM)", peakMb, small ? 300 : 1_500, "MB");
        Console.WriteLine($"  {"",-34} (resident at the end {result.CurrentBytes / 1e6:N0} MB; exit code {result.ExitCode})");
        if (result.ExitCode != 0)
        {
            failures.Add($"{result.Count}: the server exited with {result.ExitCode} after shutdown and exit");
        }

        void Row(string name, double value, double? target, string unit)
        {
            var verdict = target is null ? "" : value <= target ? $"target <= {target:N0} {unit}: met" : $"target <= {target:N0} {unit}: MISSED";
            Console.WriteLine($"  {name,-34} {value,9:N1} {unit}   {verdict}");
            if (target is not null && value > target)
            {
                failures.Add($"{result.Count}: {name} {value:N1} {unit} > {target:N0} {unit}");
            }
        }
    }

    private static double Percentile(double[] sorted, double fraction) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];

    private static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;

    private static JsonObject Pos(int line, int character) => new() { ["line"] = line, ["character"] = character };

    private static (int Line, int Character) Position(string text, int offset)
    {
        var line = text.AsSpan(0, offset).Count('\n');
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        return (line, offset - lineStart);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>The Dataset.Tool build of this program's configuration (the project reference builds it): artifacts/bin/Dataset.Tool/release/.</summary>
    private static string DefaultServer()
    {
        var configuration = typeof(LspBenchmark).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dataset.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? ".", "artifacts", "bin", "Dataset.Tool", configuration.ToLowerInvariant(), "Dataset.Tool.dll");
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
