using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace Dataset.Storage;

/// <summary>
/// One source of a generated catalog: a dataset library (or the project's own data) and its public lists, read through
/// the library's generated members on first use. Generated code creates these; use <c>DatasetCatalog</c> instead.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CatalogSource
{
    /// <summary>Creates the source <paramref name="library"/>, whose lists the functions return (each called once, on first use).</summary>
    public CatalogSource(
        DatasetLibrary library,
        Func<IReadOnlyList<Article>> articles,
        Func<IReadOnlyList<Quote>> quotes,
        Func<IReadOnlyList<Statistic>> statistics,
        Func<IReadOnlyList<Person>> people,
        Func<IReadOnlyList<Organization>> organizations,
        Func<IReadOnlyList<Place>> places)
    {
        Library = library ?? throw new ArgumentNullException(nameof(library));
        Articles = articles ?? throw new ArgumentNullException(nameof(articles));
        Quotes = quotes ?? throw new ArgumentNullException(nameof(quotes));
        Statistics = statistics ?? throw new ArgumentNullException(nameof(statistics));
        People = people ?? throw new ArgumentNullException(nameof(people));
        Organizations = organizations ?? throw new ArgumentNullException(nameof(organizations));
        Places = places ?? throw new ArgumentNullException(nameof(places));
    }

    /// <summary>The library's name and counts.</summary>
    public DatasetLibrary Library { get; }

    internal Func<IReadOnlyList<Article>> Articles { get; }

    internal Func<IReadOnlyList<Quote>> Quotes { get; }

    internal Func<IReadOnlyList<Statistic>> Statistics { get; }

    internal Func<IReadOnlyList<Person>> People { get; }

    internal Func<IReadOnlyList<Organization>> Organizations { get; }

    internal Func<IReadOnlyList<Place>> Places { get; }
}
