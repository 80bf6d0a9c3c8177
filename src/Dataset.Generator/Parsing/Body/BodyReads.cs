using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;

namespace Dataset.Generator.Parsing.Body;

/// <summary>
/// Counts the bodies read (through <see cref="MarkdownBodyReader.Read"/>, the one way in: the plain reader is its
/// fallback) per file, only inside a scope that asks for it and in what runs from it, parallel loops included: the
/// tool's tests prove with it that a command reads each article once. Scopes of tests that run at the same time do not
/// see each other's reads; outside any, counting costs one <see cref="AsyncLocal{T}"/> read a body and keeps nothing.
/// </summary>
internal sealed class BodyReads : IDisposable
{
    private static readonly AsyncLocal<BodyReads?> Current = new();

    private readonly ConcurrentDictionary<string, int> _reads = new(StringComparer.Ordinal);
    private readonly BodyReads? _outer;

    private BodyReads(BodyReads? outer) => _outer = outer;

    /// <summary>How many bodies were read in the scope.</summary>
    public int Total => _reads.Values.Sum();

    /// <summary>Starts counting, until the result is disposed.</summary>
    public static BodyReads Count()
    {
        var reads = new BodyReads(Current.Value);
        Current.Value = reads;
        return reads;
    }

    /// <summary>How many times the body of <paramref name="filePath"/> was read in the scope.</summary>
    public int Of(string filePath) => _reads.TryGetValue(filePath, out var count) ? count : 0;

    public void Dispose() => Current.Value = _outer;

    /// <summary>Counts a read of the body of <paramref name="filePath"/>, if a scope counts.</summary>
    internal static void Record(string filePath)
    {
        if (Current.Value is { } reads)
        {
            reads._reads.AddOrUpdate(filePath, 1, (_, count) => count + 1);
        }
    }
}
