using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace Dataset.Storage;

/// <summary>
/// The lists of a generated <c>DatasetCatalog</c>: every source's items, sources in the order the catalog gives them,
/// read from the sources' own lists (no reflection: the generated code hands over each library's members). The
/// articles, quotes and statistics are counted from the counts the libraries' attributes gave at compile time, and
/// an item is read from the one library that holds it; the entity lists are built on first use. An entity key
/// declared in several sources is one entity, with the first source's name and role and the quotes and mentions of
/// all of them; entities are ordered by key. Generated code creates one.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EncodedCatalog
{
    private readonly CatalogSource[] _sources;
    private readonly Lazy<IReadOnlyList<Person>> _people;
    private readonly Lazy<IReadOnlyList<Organization>> _organizations;
    private readonly Lazy<IReadOnlyList<Place>> _places;

    /// <summary>Creates the catalog over <paramref name="sources"/>, in that order.</summary>
    public EncodedCatalog(params CatalogSource[] sources)
    {
        _sources = (CatalogSource[])(sources ?? throw new ArgumentNullException(nameof(sources))).Clone();
        var libraries = new DatasetLibrary[_sources.Length];
        for (var i = 0; i < _sources.Length; i++)
        {
            libraries[i] = (_sources[i] ?? throw new ArgumentException("A catalog source is null.", nameof(sources))).Library;
        }

        Libraries = ReadOnly.List(libraries);
        Articles = new CatalogList<Article>(libraries, Array.ConvertAll(_sources, source => source.Articles), library => library.ArticleCount, "articles");
        Quotes = new CatalogList<Quote>(libraries, Array.ConvertAll(_sources, source => source.Quotes), library => library.QuoteCount, "quotes");
        Statistics = new CatalogList<Statistic>(libraries, Array.ConvertAll(_sources, source => source.Statistics), library => library.StatisticCount, "statistics");
        _people = new Lazy<IReadOnlyList<Person>>(() => Merge(
            source => source.People(),
            group => new Person(group[0].Key, group[0].Name, group[0].Role, () => Concat(group, person => person.Quotes), () => Concat(group, person => person.Mentions))));
        _organizations = new Lazy<IReadOnlyList<Organization>>(() => Merge(
            source => source.Organizations(),
            group => new Organization(group[0].Key, group[0].Name, group[0].Role, () => Concat(group, organization => organization.Mentions))));
        _places = new Lazy<IReadOnlyList<Place>>(() => Merge(
            source => source.Places(),
            group => new Place(group[0].Key, group[0].Name, group[0].Role, () => Concat(group, place => place.Mentions))));
    }

    /// <summary>Every source, in the catalog's order, with its name and counts.</summary>
    public IReadOnlyList<DatasetLibrary> Libraries { get; }

    /// <summary>Every article of every source: the sources in order, each source's articles in its order (by id).</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Every quote of every source: the sources in order, each source's quotes in its order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Every statistic of every source: the sources in order, each source's statistics in its order.</summary>
    public IReadOnlyList<Statistic> Statistics { get; }

    /// <summary>Every person of every source, a key declared in several sources once, ordered by key.</summary>
    public IReadOnlyList<Person> People => _people.Value;

    /// <summary>Every organization of every source, a key declared in several sources once, ordered by key.</summary>
    public IReadOnlyList<Organization> Organizations => _organizations.Value;

    /// <summary>Every place of every source, a key declared in several sources once, ordered by key.</summary>
    public IReadOnlyList<Place> Places => _places.Value;

    private static IReadOnlyList<T> Concat<TSource, T>(IReadOnlyList<TSource> sources, Func<TSource, IReadOnlyList<T>> items)
    {
        var lists = new IReadOnlyList<T>[sources.Count];
        var count = 0;
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = items(sources[i]) ?? throw new InvalidOperationException("A dataset library returned no list.");
            count += lists[i].Count;
        }

        var all = new T[count];
        var at = 0;
        foreach (var list in lists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                all[at++] = list[i];
            }
        }

        return ReadOnly.List(all);
    }

    /// <summary>
    /// The entities of every source by key: an entity one source declares is kept as it is (the same object as its
    /// library's member); those of a key several sources declare become one, made by <paramref name="merge"/>.
    /// </summary>
    private IReadOnlyList<T> Merge<T>(Func<CatalogSource, IReadOnlyList<T>> select, Func<List<T>, T> merge)
        where T : Entity
    {
        var byKey = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var source in _sources)
        {
            foreach (var entity in select(source))
            {
                if (!byKey.TryGetValue(entity.Key, out var group))
                {
                    group = new List<T>(1);
                    byKey.Add(entity.Key, group);
                }

                group.Add(entity);
            }
        }

        var keys = new string[byKey.Count];
        byKey.Keys.CopyTo(keys, 0);
        Array.Sort(keys, StringComparer.Ordinal);
        var all = new T[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var group = byKey[keys[i]];
            all[i] = group.Count == 1 ? group[0] : merge(group);
        }

        return ReadOnly.List(all);
    }
}
