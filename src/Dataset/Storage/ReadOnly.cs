using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Dataset.Storage;

/// <summary>The lists the decoder hands out: read-only wrappers that cannot be cast back to the arrays behind them.</summary>
internal static class ReadOnly
{
    public static IReadOnlyList<T> List<T>(T[] items) => items.Length == 0 ? Empty<T>.Instance : new ReadOnlyCollection<T>(items);

    private static class Empty<T>
    {
        public static readonly IReadOnlyList<T> Instance = new ReadOnlyCollection<T>(new T[0]);
    }
}
