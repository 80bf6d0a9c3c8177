using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Dataset.Generator;
using Microsoft.CodeAnalysis;

namespace Dataset.Benchmarks.Generation;

/// <summary>
/// Measures goals 1, 2, 3 and 6 side by side in one process and prints the ratios: for each N, the operations are
/// interleaved (full run, parse of the outputs, article edit, C# edit, full run, ...) so that noise from other work
/// on the machine hits all of them alike; each figure is a median. Also checks with tracked steps that an article
/// edit re-parses that article alone and that a C# edit leaves every step cached.
/// </summary>
public static class RatioRunner
{
    public static int Run(string[] args)
    {
        var quick = args.Contains("--quick");
        var sizes = Option(args, "--sizes")?.Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToArray()
            ?? (quick ? [100, 1_000] : [100, 1_000, 10_000]);
        var shape = Corpus.CorpusShape.Parse(Option(args, "--shape") ?? Corpus.CorpusShape.Light.Name);
        var repetitions = Option(args, "--reps") is { } reps ? int.Parse(reps, CultureInfo.InvariantCulture) : (int?)null;

        // Roslyn's step tracking costs O(N^2) for this pipeline (4.5 s at N = 1,000, 143 s at N = 4,000): above this size the
        // re-run checks count the generator's reads of each data file instead, which is linear.
        var trackMax = Option(args, "--track-max") is { } max ? int.Parse(max, CultureInfo.InvariantCulture) : 2_000;

        Console.WriteLine($"Dataset generator ratios ({(quick ? "quick" : "full")}, {shape.Name} corpus): .NET {Environment.Version}, {Environment.ProcessorCount} cores, "
            + $"Roslyn {typeof(GeneratorDriver).Assembly.GetName().Version}, {(Debugger.IsAttached ? "debugger attached" : "no debugger")}, "
            + $"{(IsOptimized() ? "optimized" : "NOT OPTIMIZED (run with -c Release)")}");
        Console.WriteLine();

        var results = new List<SizeResult>();
        var failures = new List<string>();
        foreach (var size in sizes)
        {
            results.Add(Measure(size, shape, repetitions ?? (size >= 10_000 ? 3 : size >= 1_000 ? 7 : 15), quick ? 9 : 21, trackMax, failures));
        }

        Print(results);
        if (failures.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("CHECKS FAILED:");
            failures.ForEach(failure => Console.WriteLine("  " + failure));
            return 1;
        }

        return 0;
    }

    private sealed record SizeResult(
        int Count,
        long InputBytes,
        long OutputChars,
        int Outputs,
        double FullMs,
        double FullMinMs,
        double FullMaxMs,
        long FullAllocated,
        double ParseMs,
        double ArticleEditMs,
        long ArticleEditAllocated,
        double CSharpEditMs,
        long CSharpEditAllocated,
        double Floor1Ms,
        double Floor11Ms,
        double FloorEmitMs,
        string ArticleSteps,
        string CSharpSteps,
        bool OutputTreesParsedEagerly);

    private static SizeResult Measure(int count, Corpus.CorpusShape shape, int repetitions, int editRepetitions, int trackMax, List<string> failures)
    {
        Console.Error.WriteLine($"N = {count}: making the corpus and a first run...");
        var scenario = Scenario.Get(count, shape);

        // Does the driver parse what it generates as part of RunGenerators? (Then the full time already includes a parse.)
        var eager = scenario.Warm.GetRunResult().Results.Single().GeneratedSources.Any(source => source.SyntaxTree.TryGetRoot(out _));

        var (articleSteps, csharpSteps) = CheckReads(scenario, failures);
        if (count <= trackMax)
        {
            var (articleTracked, csharpTracked) = CheckSteps(scenario, failures);
            articleSteps += "; tracked steps: " + articleTracked;
            csharpSteps += "; tracked steps: " + csharpTracked;
        }
        else
        {
            articleSteps += $"; tracked steps not checked above N = {trackMax:N0} (--track-max)";
            csharpSteps += $"; tracked steps not checked above N = {trackMax:N0} (--track-max)";
        }

        var floor1 = scenario.Floor(1);
        var floor11 = scenario.Floor(11);
        var floorEmit = scenario.Floor(11, emit: true);

        // Warm-up of every operation (JIT), then interleaved measurements.
        scenario.RunFull();
        scenario.ParseOutputs();
        scenario.RunAfterArticleEdit(0);
        scenario.RunAfterCSharpEdit(0);
        floor1.EditCSharp(0);
        floor11.EditCSharp(0);
        floorEmit.EditCSharp(0);

        var full = new List<(double Ms, long Bytes)>();
        var parse = new List<(double Ms, long Bytes)>();
        var article = new List<(double Ms, long Bytes)>();
        var csharp = new List<(double Ms, long Bytes)>();
        var floors1 = new List<(double Ms, long Bytes)>();
        var floors11 = new List<(double Ms, long Bytes)>();
        var floorsEmit = new List<(double Ms, long Bytes)>();
        var serial = 1;
        for (var i = 0; i < Math.Max(repetitions, editRepetitions); i++)
        {
            Console.Error.Write($"\rN = {count}: round {i + 1} of {Math.Max(repetitions, editRepetitions)}   ");
            if (i < repetitions)
            {
                full.Add(Time(() => scenario.RunFull()));
                parse.Add(Time(() => scenario.ParseOutputs()));
            }

            article.Add(Time(() => scenario.RunAfterArticleEdit(serial++)));
            csharp.Add(Time(() => scenario.RunAfterCSharpEdit(serial++)));
            floors1.Add(Time(() => floor1.EditCSharp(serial++)));
            floors11.Add(Time(() => floor11.EditCSharp(serial++)));
            floorsEmit.Add(Time(() => floorEmit.EditCSharp(serial++)));
        }

        Console.Error.WriteLine();
        return new SizeResult(
            count,
            scenario.InputBytes,
            scenario.OutputChars,
            scenario.Outputs.Count,
            Median(full.Select(x => x.Ms)),
            full.Min(x => x.Ms),
            full.Max(x => x.Ms),
            (long)Median(full.Select(x => (double)x.Bytes)),
            Median(parse.Select(x => x.Ms)),
            Median(article.Select(x => x.Ms)),
            (long)Median(article.Select(x => (double)x.Bytes)),
            Median(csharp.Select(x => x.Ms)),
            (long)Median(csharp.Select(x => (double)x.Bytes)),
            Median(floors1.Select(x => x.Ms)),
            Median(floors11.Select(x => x.Ms)),
            Median(floorsEmit.Select(x => x.Ms)),
            articleSteps,
            csharpSteps,
            eager);
    }

    /// <summary>
    /// What the edits re-read, at any N: the generator reads a data file's text once per parse, so after an article edit
    /// only that file may have been read, and after a C# edit none, with every output reused as it was.
    /// </summary>
    private static (string Article, string CSharp) CheckReads(Scenario scenario, List<string> failures)
    {
        var before = scenario.Reads();
        var editedBefore = GeneratorHost.Reads(scenario.EditedFile(0));
        scenario.RunAfterArticleEdit(0);
        var after = scenario.Reads();
        var others = before.Zip(after, (b, a) => a - b).Sum();
        var edited = GeneratorHost.Reads(scenario.EditedFile(0)) - editedBefore;
        if (others != 0 || edited != 1)
        {
            failures.Add($"N = {scenario.Count}: an article edit read the edited file {edited} times and the other files {others} times (expected 1 and 0)");
        }

        var warmSources = scenario.Warm.GetRunResult().Results.Single().GeneratedSources;
        var rerun = scenario.RunAfterCSharpEdit(0).GetRunResult().Results.Single().GeneratedSources;
        var csharpReads = scenario.Reads().Zip(after, (a, b) => a - b).Sum();
        var reused = rerun.Length == warmSources.Length && rerun.Zip(warmSources, (a, b) => ReferenceEquals(a.SourceText, b.SourceText)).All(same => same);
        if (csharpReads != 0 || !reused)
        {
            failures.Add($"N = {scenario.Count}: a C# edit read {csharpReads} data files and {(reused ? "reused" : "did not reuse")} the generated sources");
        }

        return (
            $"the edited file read once, the other {scenario.Count - 1:N0} files not at all",
            $"no data file read, all {rerun.Length:N0} generated sources reused as they were");
    }

    /// <summary>What the edits re-run, from tracked steps; a broken expectation is a failure.</summary>
    private static (string Article, string CSharp) CheckSteps(Scenario scenario, List<string> failures)
    {
        var warm = scenario.TrackedWarm();

        // Edit 0 adds a character (every later offset in the article moves), edit 1 keeps the length; both are measured.
        var afterArticle = scenario.RunAfterArticleEdit(0, warm).GetRunResult().Results.Single();
        var parsed = afterArticle.TrackedSteps[TrackingNames.Articles].SelectMany(step => step.Outputs).ToList();
        var reparsed = parsed.Where(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).ToList();
        var reparsedPaths = reparsed.Select(output => FilePath(output.Value)).ToList();
        if (reparsed.Count != 1 || reparsedPaths[0] != scenario.EditedPath)
        {
            failures.Add($"N = {scenario.Count}: an article edit re-parsed {reparsed.Count} articles ({string.Join(", ", reparsedPaths.Take(3))}), not just {scenario.EditedPath}");
        }

        var articleSummary = $"{reparsed.Count} of {parsed.Count} articles re-parsed; " + Summary(afterArticle);

        var afterCSharp = scenario.RunAfterCSharpEdit(1, warm).GetRunResult().Results.Single();
        var notCached = afterCSharp.TrackedSteps.Concat(afterCSharp.TrackedOutputSteps)
            .SelectMany(pair => pair.Value.SelectMany(step => step.Outputs).Select(output => (pair.Key, output.Reason)))
            .Where(pair => pair.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .ToList();
        if (notCached.Count > 0)
        {
            failures.Add($"N = {scenario.Count}: a C# edit re-ran {notCached.Count} step outputs: "
                + string.Join(", ", notCached.GroupBy(pair => pair.Key).Select(group => $"{group.Key} x{group.Count()}")));
        }

        var csharpSummary = notCached.Count == 0 ? "every step Cached" : $"{notCached.Count} step outputs re-ran";
        return (articleSummary, csharpSummary);
    }

    /// <summary>For each step, how many outputs were not reused: <c>Keys 1, Index 1 (Unchanged)</c>.</summary>
    private static string Summary(GeneratorRunResult result)
    {
        var parts = new List<string>();
        foreach (var (name, steps) in result.TrackedSteps.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var reasons = steps.SelectMany(step => step.Outputs).GroupBy(output => output.Reason)
                .Where(group => group.Key is not IncrementalStepRunReason.Cached)
                .Select(group => $"{group.Count()} {group.Key}");
            var text = string.Join("/", reasons);
            if (text.Length > 0)
            {
                parts.Add($"{name}: {text}");
            }
        }

        var emitted = result.GeneratedSources.Length;
        return string.Join(", ", parts) + $" (sources: {emitted})";
    }

    private static string FilePath(object value) =>
        value.GetType().GetProperty("FilePath", BindingFlags.Public | BindingFlags.Instance)?.GetValue(value) as string ?? value.ToString() ?? "?";

    private static (double Ms, long Bytes) Time(Func<object> operation)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        GC.KeepAlive(operation());
        stopwatch.Stop();
        return (stopwatch.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static void Print(List<SizeResult> results)
    {
        static string Ms(double ms) => ms >= 100 ? ms.ToString("N0", CultureInfo.InvariantCulture) : ms.ToString("0.00", CultureInfo.InvariantCulture);
        static string Mb(double bytes) => (bytes / (1024 * 1024)).ToString("N1", CultureInfo.InvariantCulture);
        static string Pct(double ratio) => (ratio * 100).ToString("0.00", CultureInfo.InvariantCulture) + " %";
        static string X(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture);
        static string Met(bool met) => met ? "met" : "NOT MET";

        Console.WriteLine("Goal 1 (full generation, linear in N) and goal 6 (allocations per MB of input):");
        Console.WriteLine("| N | input | output C# | full generation (median, min-max) | allocated | per article | allocated per MB of input |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine($"| {r.Count:N0} | {Mb(r.InputBytes)} MB | {Mb(r.OutputChars * 2)} MB UTF-16 ({r.Outputs:N0} files) | {Ms(r.FullMs)} ms ({Ms(r.FullMinMs)}-{Ms(r.FullMaxMs)}) | "
                + $"{Mb(r.FullAllocated)} MB | {Ms(r.FullMs / r.Count)} ms, {Mb((double)r.FullAllocated / r.Count * 1024)} KB | {X(r.FullAllocated / (r.InputBytes / (1024.0 * 1024.0)) / (1024 * 1024))} MB |");
        }

        if (results.Count > 1)
        {
            var first = results[0];
            var last = results[^1];
            var growth = last.Count / (double)first.Count;
            Console.WriteLine($"From N = {first.Count:N0} to {last.Count:N0} ({growth:N0}x the articles): time x{X(last.FullMs / first.FullMs)}, allocations x{X((double)last.FullAllocated / first.FullAllocated)} "
                + $"(linear: x{growth:N0}; time per article x{X(last.FullMs / last.Count / (first.FullMs / first.Count))}).");
        }

        Console.WriteLine();
        Console.WriteLine("Goal 2 (floor ratio: full generation / CSharpSyntaxTree.ParseText over all outputs, goal <= 1.0 at N = 1,000):");
        Console.WriteLine("| N | full generation | parse outputs | ratio | goal |");
        Console.WriteLine("|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var ratio = r.FullMs / r.ParseMs;
            Console.WriteLine($"| {r.Count:N0} | {Ms(r.FullMs)} ms | {Ms(r.ParseMs)} ms | {X(ratio)} | {(r.Count == 1_000 ? Met(ratio <= 1.0) : "-")} |");
        }

        Console.WriteLine($"RunGenerators parses the generated sources eagerly: {(results.Any(r => r.OutputTreesParsedEagerly) ? "yes (the full time includes that parse)" : "no (the trees are parsed lazily, by the compilation)")}.");
        Console.WriteLine();
        Console.WriteLine("Goal 3 (incremental: one article edited <= 2 % of a full run, C# edited <= 1 %):");
        Console.WriteLine("| N | one article edited | % of full | goal | C# edited | % of full | goal |");
        Console.WriteLine("|---:|---:|---:|---|---:|---:|---|");
        foreach (var r in results)
        {
            var article = r.ArticleEditMs / r.FullMs;
            var csharp = r.CSharpEditMs / r.FullMs;
            var judged = r.Count >= 1_000;
            Console.WriteLine($"| {r.Count:N0} | {Ms(r.ArticleEditMs)} ms, {Mb(r.ArticleEditAllocated)} MB | {Pct(article)} | {(judged ? Met(article <= 0.02) : "-")} | "
                + $"{Ms(r.CSharpEditMs)} ms, {Mb(r.CSharpEditAllocated)} MB | {Pct(csharp)} | {(judged ? Met(csharp <= 0.01) : "-")} |");
        }

        Console.WriteLine();
        Console.WriteLine("Roslyn's own cost of a re-run after a C# edit: a generator that only passes each file through 1 or 11 Select steps");
        Console.WriteLine("(the Dataset pipeline has 7 per file), emitting nothing or one tiny source per file (the cost Dataset avoids above 256 articles by sharing files):");
        Console.WriteLine("| N | Dataset, C# edited | 1 step, no source | 11 steps, no source | 11 steps, a source per file | that, % of Dataset's full run |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine($"| {r.Count:N0} | {Ms(r.CSharpEditMs)} ms | {Ms(r.Floor1Ms)} ms | {Ms(r.Floor11Ms)} ms | {Ms(r.FloorEmitMs)} ms | {Pct(r.FloorEmitMs / r.FullMs)} |");
        }

        Console.WriteLine();
        Console.WriteLine("What the edits re-ran:");
        foreach (var r in results)
        {
            Console.WriteLine($"  N = {r.Count:N0}, one article edited: {r.ArticleSteps}");
            Console.WriteLine($"  N = {r.Count:N0}, C# edited: {r.CSharpSteps}");
        }
    }

    private static bool IsOptimized() =>
        typeof(RatioRunner).Assembly.GetCustomAttribute<DebuggableAttribute>() is not { IsJITOptimizerDisabled: true };

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
