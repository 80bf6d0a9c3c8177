using BenchmarkDotNet.Running;
using Dataset.Benchmarks.FirstAccess;
using Dataset.Benchmarks.Generation;

namespace Dataset.Benchmarks;

/// <summary>
/// <c>ratios [--quick] [--sizes 100,1000] [--reps 3] [--shape light|dense]</c>: goals 1, 2, 3 and 6 side by side in one process.
/// <c>bdn [BenchmarkDotNet arguments]</c>: the BenchmarkDotNet tables (e.g. <c>bdn --filter '*'</c>).
/// <c>scaling [n]</c>: one hostile file of n and 4n elements per shape; fails unless the time grows linearly.
/// <c>corpus --count N --out DIR [--shape light|dense] [--json FILE] [--json-quotes FILE] [--first-quote FILE]</c>: writes a corpus (used by build-overhead.sh).
/// <c>probe N [N...] [--tracked]</c>: one timed full run per size, a quick look at how the cost grows, and the size of
/// the generated C# against the articles (issue 9: at most 3x).
/// <c>lsp [--sizes 1000,10000] [--keystrokes 200]</c>: the language server's targets (issue 20) on the real server process.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var command = args.Length == 0 ? "help" : args[0];
        var rest = args.Skip(1).ToArray();
        switch (command)
        {
            case "ratios":
                return RatioRunner.Run(rest);
            case "bdn":
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest);
                return 0;
            case "scaling":
                return ScalingRunner.Run(rest);
            case "corpus":
                return CorpusCommand.Run(rest);
            case "lsp":
                return LanguageServer.LspBenchmark.Run(rest);
            case "probe":
                // One full run per size, timed: a quick look at how the cost grows.
                foreach (var size in rest.Where(arg => arg != "--tracked").Select(int.Parse))
                {
                    var files = GeneratorHost.Files(Corpus.SyntheticCorpus.Create(size));
                    var compilation = GeneratorHost.CreateCompilation();
                    // What the run cost the garbage collector: how much it allocated, how many collections of each generation, and their pauses.
                    var (allocated, gen0, gen1, gen2, paused) = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
                    var (jitTime, jitMethods) = (System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());
                    var stopwatch = System.Diagnostics.Stopwatch.StartNew();
                    var driver = GeneratorHost.CreateDriver(files, trackSteps: rest.Contains("--tracked")).RunGenerators(compilation);
                    var trees = driver.GetRunResult().GeneratedTrees;
                    var generated = trees.Sum(tree => (long)tree.Length);
                    var articles = files.Sum(file => (long)file.GetText()!.Length);
                    var elapsed = stopwatch.Elapsed;
                    Console.WriteLine($"N = {size}: {elapsed.TotalMilliseconds:N0} ms, {trees.Length} sources, {generated:N0} characters generated for {articles:N0} of articles ({(double)generated / articles:0.00}x)");
                    Console.WriteLine($"         allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1e6:N1} MB; collections: {GC.CollectionCount(0) - gen0} (gen 0), {GC.CollectionCount(1) - gen1} (gen 1), {GC.CollectionCount(2) - gen2} (gen 2), paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms; JIT {(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:N0} ms for {System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods:N0} methods");
                }

                return 0;
            default:
                Console.WriteLine("""
                    usage: Dataset.Benchmarks ratios [--quick] [--sizes 100,1000,10000] [--reps N] [--shape light|dense]
                           Dataset.Benchmarks bdn [--filter '*'] [other BenchmarkDotNet arguments]
                           Dataset.Benchmarks scaling [n]
                           Dataset.Benchmarks corpus --count N --out DIR [--shape light|dense] [--json FILE] [--json-quotes FILE] [--first-quote FILE]
                           Dataset.Benchmarks probe N [N...] [--tracked]
                           Dataset.Benchmarks lsp [--sizes 1000,10000] [--keystrokes 200] [--server DLL]
                    """);
                return command == "help" ? 0 : 2;
        }
    }
}
