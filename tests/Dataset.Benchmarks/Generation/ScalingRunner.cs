using System.Diagnostics;
using System.Globalization;

namespace Dataset.Benchmarks.Generation;

/// <summary>
/// <c>scaling</c>: the time of a full generator run over one hostile file of n and of 4n elements (nested spans, stray
/// braces, unclosed spans, ...), side by side. Linear parsing gives a ratio near 4; quadratic, near 16. Fails (exit
/// code 1) above 8. This is the benchmark behind "time linear in the file's size" (issue 3), kept out of the unit tests
/// because speed is measured here, never by timed tests.
/// </summary>
/// <remarks>
/// Each timing allocates the same: the file of n is run 4 times in a row and the time per run kept, the file of 4n once.
/// Timed once on a freshly collected heap, the file of n fits in the youngest generation's budget and runs without a
/// single collection, while the file of 4n pays for collecting (and promoting) its whole live tree and diagnostics:
/// the ratio then measured where that budget (set from the processor's cache) lies, not how the parser grows.
/// </remarks>
public static class ScalingRunner
{
    private const double Limit = 8.0;

    /// <summary>How many times in a row the file of n runs in one timing: as many bytes as one run of the file of 4n.</summary>
    private const int SmallRuns = 4;

    private const string Front = "---\ntitle: Talks\nsource: AFP\npublished: 2015-09-30\npeople:\n  Kerry: { name: John Kerry }\n---\n";

    private static readonly string[] Shapes =
    [
        "nested spans", "stray braces", "unclosed spans", "spans without attributes", "annotations", "attributes",
        "unknown speakers", "statistics", "long statistic",
    ];

    /// <summary>Statistic texts of every form the number reader knows, and some it rejects.</summary>
    private static readonly string[] StatTexts =
    [
        "240,000", "Sixty-nine percent", "over 14,000", "$4.5 billion", "between 20 and 30 per cent", "two-thirds",
        "one hundred and twelve", "nearly one in five", "-0.3%", "36 innocent people", "twenty-first", "5-10%",
    ];

    public static int Run(string[] args)
    {
        var n = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
        Console.WriteLine($"Generator time per run (best of 5, alternated; n run {SmallRuns} times in a row, as much allocated as 4n once) and allocations for one file of n and 4n elements, n = {n:N0} (linear: about 4; quadratic: about 16; limit {Limit})");
        Console.WriteLine();
        Console.WriteLine($"| {"shape",-26} | {"n (ms)",9} | {"4n (ms)",9} | {"ratio",6} | {"n (MB)",9} | {"4n (MB)",9} | {"ratio",6} |");
        Console.WriteLine($"|{new string('-', 28)}|{new string('-', 11)}|{new string('-', 11)}|{new string('-', 8)}|{new string('-', 11)}|{new string('-', 11)}|{new string('-', 8)}|");
        var failed = new List<string>();
        foreach (var shape in Shapes)
        {
            var small = Input(shape, n);
            var large = Input(shape, 4 * n);
            Generate(small);
            Generate(large);
            // Alternated, best of five each, so that noise from other work on the machine hits both alike.
            var (smallTime, largeTime) = (double.MaxValue, double.MaxValue);
            for (var round = 0; round < 5; round++)
            {
                smallTime = Math.Min(smallTime, Time(small, SmallRuns));
                largeTime = Math.Min(largeTime, Time(large, 1));
            }

            // Allocations do not depend on the machine's noise: a second, exact view of the same growth.
            var (smallBytes, largeBytes) = (Allocated(small), Allocated(large));
            var ratio = largeTime / smallTime;
            var bytesRatio = (double)largeBytes / smallBytes;
            Console.WriteLine($"| {shape,-26} | {smallTime,9:N1} | {largeTime,9:N1} | {ratio,6:N2} | {Mb(smallBytes),9:N1} | {Mb(largeBytes),9:N1} | {bytesRatio,6:N2} |");
            if (ratio > Limit || bytesRatio > Limit)
            {
                failed.Add(shape);
            }
        }

        Console.WriteLine();
        Console.WriteLine(failed.Count == 0 ? "All shapes scale linearly." : "NOT LINEAR: " + string.Join(", ", failed));
        return failed.Count == 0 ? 0 : 1;
    }

    private static string Input(string shape, int n) => shape switch
    {
        "nested spans" => Front + new string('[', n) + "x" + string.Concat(Enumerable.Repeat("]{.person ref=Kerry}", n)),
        "stray braces" => Front + "[" + string.Concat(Enumerable.Repeat("a } { ", n)) + "]{.person ref=Kerry}",
        "unclosed spans" => Front + string.Concat(Enumerable.Repeat("[word ", n)),
        "spans without attributes" => Front + new string('[', n) + string.Concat(Enumerable.Repeat("word] ", n)),
        "annotations" => Front + string.Concat(Enumerable.Range(0, n).Select(i => $"[w]{{.quote #Kerry.Q{i}}} ")),
        // One sentence each: a statistic keeps its sentence, so n statistics in one sentence would be n copies of it.
        "statistics" => Front + string.Concat(Enumerable.Range(0, n).Select(i => $"[{StatTexts[i % StatTexts.Length]}]{{.stat #S.S{i}}}. ")),
        "long statistic" => Front + "[" + string.Concat(Enumerable.Repeat("twenty one hundred and ", n)) + "]{.stat #S.Long}",
        "attributes" => Front + "[w]{.person " + string.Concat(Enumerable.Range(0, n).Select(i => $"a{i}=b ")) + "ref=Kerry}",
        // The "did you mean" hint compares names: unbounded, n unknown speakers among n people would be n^2 comparisons.
        _ => "---\ntitle: Talks\nsource: AFP\npublished: 2015-09-30\npeople:\n"
            + string.Concat(Enumerable.Range(0, n).Select(i => $"  Person{i}: Name {i}\n")) + "---\n"
            + string.Concat(Enumerable.Range(0, n).Select(i => $"[x]{{.quote #Nobody{i}.Q}} ")) + "\n",
    };

    /// <summary>The time per run of <paramref name="runs"/> runs in a row over <paramref name="text"/>.</summary>
    private static double Time(string text, int runs)
    {
        // A full collection first: otherwise a collection left over from the previous timing lands in this one. Then
        // both sides allocate alike (see the remarks), so both pay their share of the collections.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var clock = Stopwatch.StartNew();
        for (var run = 0; run < runs; run++)
        {
            Generate(text);
        }

        return clock.Elapsed.TotalMilliseconds / runs;
    }

    private static long Allocated(string text)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        Generate(text);
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    private static double Mb(long bytes) => bytes / (1024.0 * 1024.0);

    private static void Generate(string text)
    {
        var driver = GeneratorHost.CreateDriver([GeneratorHost.File("talks.md", text)]).RunGenerators(GeneratorHost.CreateCompilation());
        if (driver.GetRunResult().Results.Single().Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw.", exception);
        }
    }
}
