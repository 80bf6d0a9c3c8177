using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace Dataset.Storage;

/// <summary>
/// A catalog's list of one kind (articles, quotes or statistics) over its sources, one after another. Its length is the
/// sum of the counts each source's <see cref="DatasetLibrary"/> gives (the library's attribute, read at compile time),
/// so <see cref="Count"/> reads no source; item <c>i</c> reads the list of the one source that holds it, on first use.
/// </summary>
internal sealed class CatalogList<T> : IReadOnlyList<T>
{
    private readonly DatasetLibrary[] _libraries;
    private readonly Func<IReadOnlyList<T>>[] _lists;
    private readonly IReadOnlyList<T>?[] _read;
    private readonly string _kind;

    // _starts[s] is the index of source s's first item; _starts[sources] is the count.
    private readonly int[] _starts;

    /// <summary>
    /// The list over <paramref name="libraries"/>, source <c>s</c> holding <paramref name="count"/>(library s) items
    /// that <paramref name="lists"/>[s] returns; <paramref name="kind"/> names them in the error of a library that
    /// holds another number of them at run time.
    /// </summary>
    public CatalogList(DatasetLibrary[] libraries, Func<IReadOnlyList<T>>[] lists, Func<DatasetLibrary, int> count, string kind)
    {
        _libraries = libraries;
        _lists = lists;
        _read = new IReadOnlyList<T>?[libraries.Length];
        _kind = kind;
        _starts = new int[libraries.Length + 1];
        for (var s = 0; s < libraries.Length; s++)
        {
            _starts[s + 1] = checked(_starts[s] + Math.Max(0, count(libraries[s])));
        }
    }

    public int Count => _starts[_starts.Length - 1];

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            var source = SourceOf(index);
            return List(source)[index - _starts[source]];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var source = 0; source < _lists.Length; source++)
        {
            var count = _starts[source + 1] - _starts[source];
            if (count == 0)
            {
                continue;
            }

            var list = List(source);
            for (var i = 0; i < count; i++)
            {
                yield return list[i];
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The last source whose first index is at most <paramref name="index"/>: the one that holds it (a source of no items starts where the next one does).</summary>
    private int SourceOf(int index)
    {
        int low = 0, high = _lists.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_starts[middle] <= index)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    // Two threads may read the same source at once: its library keeps its items, so either list holds the same objects.
    private IReadOnlyList<T> List(int source)
    {
        if (Volatile.Read(ref _read[source]) is { } read)
        {
            return read;
        }

        var list = _lists[source]() ?? throw new InvalidOperationException("A dataset library returned no list.");
        var expected = _starts[source + 1] - _starts[source];
        if (list.Count != expected)
        {
            // The counts are those of the library this project was compiled against; another build of it is loaded.
            throw new InvalidOperationException(
                $"DatasetCatalog was compiled against the dataset library '{_libraries[source].Name}' with {expected} {_kind}, and the library loaded holds {list.Count}: build this project again against the version of the library it runs with.");
        }

        Volatile.Write(ref _read[source], list);
        return list;
    }
}
