using System;
using System.Collections;
using System.Collections.Generic;

namespace Dataset.Storage;

/// <summary>
/// A read-only list whose count is known up front (the index's header holds it) and whose items are all made on the
/// first use of any: <c>Quotes.All.Count</c> reads no chunk. Items that do not match the count are damaged data.
/// </summary>
internal sealed class CountedList<T> : IReadOnlyList<T>
{
    private readonly int _count;
    private readonly Func<IReadOnlyList<T>> _make;
    private readonly object _gate = new();
    private IReadOnlyList<T>? _items;

    public CountedList(int count, Func<IReadOnlyList<T>> make)
    {
        _count = count;
        _make = make;
    }

    public int Count => _count;

    public T this[int index] => Items[index];

    private IReadOnlyList<T> Items
    {
        get
        {
            if (_items is { } items)
            {
                return items;
            }

            lock (_gate)
            {
                if (_items is null)
                {
                    var made = _make();
                    _items = made.Count == _count ? made : throw BlockReader.Damaged("the index's counts do not match the chunks");
                }

                return _items;
            }
        }
    }

    public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
