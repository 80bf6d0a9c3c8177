using System;
using System.Collections;
using System.Collections.Generic;

namespace Dataset.Storage;

/// <summary>
/// A read-only list whose length is known up front and whose items are made on first use, each once: listing the
/// articles (<c>Articles.All.Count</c>, or one article by position) decodes only what is asked for.
/// </summary>
internal sealed class LazyList<T> : IReadOnlyList<T>
    where T : class
{
    private readonly T?[] _items;
    private readonly Func<int, T> _make;

    public LazyList(int count, Func<int, T> make)
    {
        _items = new T?[count];
        _make = make;
    }

    public int Count => _items.Length;

    // Two threads may make the same item at once: the maker returns the one object it keeps, so either write is it.
    public T this[int index] =>
        (uint)index < (uint)_items.Length ? _items[index] ??= _make(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _items.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
