using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.CodeAnalysis;

namespace Dataset.Benchmarks.Generation;

/// <summary>
/// Few iterations, in process: a full run over 10,000 articles takes seconds, and the machines this runs on have
/// two cores. In process, BenchmarkDotNet builds nothing (no generated project, no second artifacts folder).
/// </summary>
public sealed class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig()
    {
        AddJob(Job.Dry
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithId("Short"));
        Options |= ConfigOptions.DisableOptimizationsValidator;
    }
}

/// <summary>More iterations for the operations that take milliseconds (the incremental re-runs).</summary>
public sealed class IncrementalConfig : ManualConfig
{
    public IncrementalConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(8)
            .WithId("Incremental"));
        Options |= ConfigOptions.DisableOptimizationsValidator;
    }
}

/// <summary>
/// Goals 1 and 2: full generation time and allocations at N = 100, 1,000 and 10,000, against the baseline of
/// parsing the generated C# (the Ratio column of FullGeneration is the floor ratio).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcessConfig))]
public class FullGenerationBenchmarks
{
    private Scenario _scenario = null!;

    [Params(100, 1_000, 10_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => _scenario = Scenario.Get(N);

    [Benchmark(Baseline = true, Description = "ParseText(all outputs)")]
    public int ParseGeneratedOutputs() => _scenario.ParseOutputs();

    [Benchmark(Description = "Full generation")]
    public GeneratorDriver FullGeneration() => _scenario.RunFull();
}

/// <summary>
/// Goal 3: re-running after one article is edited, and after a C#-only edit, from the state a full run left, against
/// a full run (the Ratio column).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(IncrementalConfig))]
public class IncrementalBenchmarks
{
    private Scenario _scenario = null!;
    private int _serial;

    [Params(1_000, 10_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => _scenario = Scenario.Get(N);

    [Benchmark(Baseline = true, Description = "Full generation")]
    public GeneratorDriver FullGeneration() => _scenario.RunFull();

    [Benchmark(Description = "One article edited")]
    public GeneratorDriver ArticleEdit() => _scenario.RunAfterArticleEdit(_serial++);

    [Benchmark(Description = "C# edited")]
    public GeneratorDriver CSharpEdit() => _scenario.RunAfterCSharpEdit(_serial++);
}
