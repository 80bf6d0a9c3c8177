using Microsoft.CodeAnalysis;

namespace Dataset.Benchmarks.Generation;

/// <summary>
/// A generator that does nothing but pass every additional file through <see cref="Depth"/> per-file Select steps to a
/// source output that emits nothing: the cost of a re-run in which every step is cached is then Roslyn's own
/// bookkeeping (checking each step's table, item by item). Measured beside the Dataset generator to tell how much of
/// its re-run cost is the driver's and how much its own.
/// </summary>
public sealed class PipelineFloorGenerator(int depth, bool emit = false) : IIncrementalGenerator
{
    public PipelineFloorGenerator()
        : this(1)
    {
    }

    public int Depth { get; } = depth;

    /// <summary>Whether each file's output adds one small source (as the Dataset generator did, one per article, before it shared files between articles in large datasets).</summary>
    public bool Emit { get; } = emit;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var items = context.AdditionalTextsProvider.Select(static (text, _) => text.Path);
        for (var i = 1; i < Depth; i++)
        {
            items = items.Select(static (path, _) => path);
        }

        if (Emit)
        {
            context.RegisterSourceOutput(items, static (context, path) =>
                context.AddSource("F" + ((uint)path.GetHashCode()).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs", "// " + path + "\n"));
        }
        else
        {
            context.RegisterSourceOutput(items, static (_, _) => { });
        }
    }
}
