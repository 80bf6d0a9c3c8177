using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Text;

namespace Dataset.Storage;

/// <summary>
/// A generated dataset's objects, decoded from the encoded data the generator wrote (see the format in
/// <c>DataFormat.cs</c>). The index (article ids and entities) is read on first use; each chunk of articles when one
/// of its articles is first asked for; each article when it is first used. Every object is built once and kept.
/// Generated code creates one; use the generated <c>Articles</c>, <c>Quotes</c>, <c>People</c>... classes instead.
/// </summary>
/// <remarks>Damaged data, or data of a format this runtime does not read, throws <see cref="InvalidDataException"/>.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EncodedDataset
{
    private readonly byte[] _index;
    private readonly Func<int, byte[]> _chunks;
    private readonly object _gate = new();
    private Index? _loaded;
    private IReadOnlyList<Quote>? _quotes;
    private IReadOnlyList<Statistic>? _stats;

    /// <summary>Creates the dataset over its <paramref name="index"/> block and the chunks <paramref name="chunks"/> returns.</summary>
    public EncodedDataset(ReadOnlySpan<byte> index, DataSource chunks)
    {
        if (chunks is null)
        {
            throw new ArgumentNullException(nameof(chunks));
        }

        _index = index.ToArray();
        _chunks = number => chunks(number).ToArray();
    }

    /// <summary>
    /// Creates the dataset over its <paramref name="index"/> block and the chunks <paramref name="chunks"/> returns,
    /// written as string literals (code generated for C# 7.3 to 10, which has no <c>"..."u8</c>). A block is ASCII
    /// symbols and texts with no lone surrogate, so its UTF-8 encoding is exactly the bytes of the UTF-8 literal.
    /// </summary>
    public EncodedDataset(string index, TextDataSource chunks)
    {
        if (index is null)
        {
            throw new ArgumentNullException(nameof(index));
        }

        if (chunks is null)
        {
            throw new ArgumentNullException(nameof(chunks));
        }

        _index = Encoding.UTF8.GetBytes(index);
        _chunks = number => Encoding.UTF8.GetBytes(chunks(number) ?? string.Empty);
    }

    /// <summary>Every article, ordered by id.</summary>
    public IReadOnlyList<Article> Articles => Load().ArticlesById;

    /// <summary>Every quote, in article (data-file path) order.</summary>
    public IReadOnlyList<Quote> Quotes => _quotes ??= Gather(article => article.Quotes);

    /// <summary>Every statistic, in article (data-file path) order.</summary>
    public IReadOnlyList<Statistic> Stats => _stats ??= Gather(article => article.Stats);

    /// <summary>Every person, ordered by key.</summary>
    public IReadOnlyList<Person> People => Load().People.All;

    /// <summary>Every organization, ordered by key.</summary>
    public IReadOnlyList<Organization> Organizations => Load().Organizations.All;

    /// <summary>Every place, ordered by key.</summary>
    public IReadOnlyList<Place> Places => Load().Places.All;

    /// <summary>The article <paramref name="id"/>.</summary>
    public Article Article(string id)
    {
        var index = Load();
        return index.Positions.TryGetValue(id, out var position)
            ? ArticleAt(index, position)
            : throw new KeyNotFoundException($"The dataset has no article '{id}'.");
    }

    /// <summary>Quote <paramref name="position"/> of the article <paramref name="articleId"/>.</summary>
    public Quote Quote(string articleId, int position) => Article(articleId).Quotes[position];

    /// <summary>Statistic <paramref name="position"/> of the article <paramref name="articleId"/>.</summary>
    public Statistic Statistic(string articleId, int position) => Article(articleId).Stats[position];

    /// <summary>
    /// Article <paramref name="item"/> of the chunk that holds the article <paramref name="chunkArticleId"/> (its
    /// first): what a generated file's members call, through its storage class, with their position in its data.
    /// </summary>
    public Article ChunkArticle(string chunkArticleId, int item) => ChunkOf(chunkArticleId).ArticleAt(item);

    /// <summary>Quote <paramref name="item"/> of the chunk that holds the article <paramref name="chunkArticleId"/>: its articles' quotes one after another.</summary>
    public Quote ChunkQuote(string chunkArticleId, int item) => ChunkOf(chunkArticleId).Quote(item);

    /// <summary>Statistic <paramref name="item"/> of the chunk that holds the article <paramref name="chunkArticleId"/>: its articles' statistics one after another.</summary>
    public Statistic ChunkStatistic(string chunkArticleId, int item) => ChunkOf(chunkArticleId).Statistic(item);

    /// <summary>The person declared under <paramref name="key"/>.</summary>
    public Person Person(string key) => Load().People.Find(key);

    /// <summary>The organization declared under <paramref name="key"/>.</summary>
    public Organization Organization(string key) => Load().Organizations.Find(key);

    /// <summary>The place declared under <paramref name="key"/>.</summary>
    public Place Place(string key) => Load().Places.Find(key);

    private Article ArticleAt(Index index, int position)
    {
        var chunk = Chunk(index, index.Chunks[position]);
        return chunk.Find(index.Ids[position]) ?? throw BlockReader.Damaged($"chunk {index.Chunks[position]} does not hold article '{index.Ids[position]}'");
    }

    private EncodedChunk ChunkOf(string articleId)
    {
        var index = Load();
        return index.Positions.TryGetValue(articleId, out var position)
            ? Chunk(index, index.Chunks[position])
            : throw new KeyNotFoundException($"The dataset has no article '{articleId}'.");
    }

    private EncodedChunk Chunk(Index index, int number)
    {
        lock (index.LoadedChunks)
        {
            return index.LoadedChunks[number] ??= new EncodedChunk(this, _chunks(number), number);
        }
    }

    private IReadOnlyList<T> Gather<T>(Func<Article, IReadOnlyList<T>> items)
    {
        var index = Load();
        var all = new List<T>();
        for (var i = 0; i < index.Ids.Length; i++)
        {
            all.AddRange(items(ArticleAt(index, i)));
        }

        return ReadOnly.List(all.ToArray());
    }

    /// <summary>The items of <paramref name="articles"/> (positions in the index) that <paramref name="select"/> keeps, in order.</summary>
    private IReadOnlyList<T> Collect<T>(int[] articles, Func<Article, IEnumerable<T>> select)
    {
        var index = Load();
        var all = new List<T>();
        foreach (var position in articles)
        {
            all.AddRange(select(ArticleAt(index, position)));
        }

        return ReadOnly.List(all.ToArray());
    }

    private Index Load()
    {
        if (_loaded is { } loaded)
        {
            return loaded;
        }

        lock (_gate)
        {
            return _loaded ??= ReadIndex();
        }
    }

    private Index ReadIndex()
    {
        var block = BlockReader.Open(_index, DataFormat.IndexKind, "dataset index");
        var table = block.Table();
        var chunkCount = table.Int();
        var articleCount = table.Count();
        var ids = new string[articleCount];
        var chunks = new int[articleCount];
        var positions = new Dictionary<string, int>(articleCount, StringComparer.Ordinal);
        for (var i = 0; i < articleCount; i++)
        {
            ids[i] = table.String();
            chunks[i] = table.Int();
            if (chunks[i] >= chunkCount || positions.ContainsKey(ids[i]))
            {
                throw BlockReader.Damaged("the index's article table is inconsistent");
            }

            positions.Add(ids[i], i);
        }

        var byId = new int[articleCount];
        for (var i = 0; i < articleCount; i++)
        {
            byId[i] = Position(ref table, articleCount);
        }

        var people = new EntityTable<Person>("person");
        var organizations = new EntityTable<Organization>("organization");
        var places = new EntityTable<Place>("place");
        var entityCount = table.Count();
        for (var i = 0; i < entityCount; i++)
        {
            var kind = EncodedChunk.Kind(table.Int());
            var key = table.String();
            var name = table.String();
            var role = table.NullableString();
            var quotedIn = Positions(ref table, articleCount);
            var mentionedIn = Positions(ref table, articleCount);
            Func<IReadOnlyList<Mention>> mentions = () => Collect(mentionedIn, article => MentionsOf(article, kind, key));
            switch (kind)
            {
                case EntityKind.Person:
                    people.Add(key, new Person(key, name, role, () => Collect(quotedIn, article => QuotesOf(article, key)), mentions));
                    break;
                case EntityKind.Organization:
                    organizations.Add(key, new Organization(key, name, role, mentions));
                    break;
                default:
                    places.Add(key, new Place(key, name, role, mentions));
                    break;
            }
        }

        var index = new Index(ids, chunks, positions, new EncodedChunk?[chunkCount], people, organizations, places);
        // Listing the articles decodes none: each is decoded (and its chunk inflated) when it is first asked for.
        index.ArticlesById = new LazyList<Article>(articleCount, i => ArticleAt(index, byId[i]));
        return index;
    }

    private static IEnumerable<Quote> QuotesOf(Article article, string speaker)
    {
        foreach (var quote in article.Quotes)
        {
            if (quote.SpeakerKey == speaker)
            {
                yield return quote;
            }
        }
    }

    private static IEnumerable<Mention> MentionsOf(Article article, EntityKind kind, string key)
    {
        foreach (var mention in article.Mentions)
        {
            if (mention.Kind == kind && mention.EntityKey == key)
            {
                yield return mention;
            }
        }
    }

    private static int[] Positions(ref BlockReader.TableReader table, int articleCount)
    {
        var positions = new int[table.Count()];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = Position(ref table, articleCount);
        }

        return positions;
    }

    private static int Position(ref BlockReader.TableReader table, int articleCount)
    {
        var position = table.Int();
        return position < articleCount ? position : throw BlockReader.Damaged("an article position is out of range");
    }

    /// <summary>What the index holds, decoded: articles in path order with their chunks, and the entities by kind.</summary>
    private sealed class Index
    {
        public Index(string[] ids, int[] chunks, Dictionary<string, int> positions, EncodedChunk?[] loadedChunks, EntityTable<Person> people, EntityTable<Organization> organizations, EntityTable<Place> places)
        {
            Ids = ids;
            Chunks = chunks;
            Positions = positions;
            LoadedChunks = loadedChunks;
            People = people;
            Organizations = organizations;
            Places = places;
        }

        public string[] Ids { get; }

        public int[] Chunks { get; }

        public Dictionary<string, int> Positions { get; }

        public EncodedChunk?[] LoadedChunks { get; }

        public EntityTable<Person> People { get; }

        public EntityTable<Organization> Organizations { get; }

        public EntityTable<Place> Places { get; }

        public IReadOnlyList<Article> ArticlesById { get; set; } = null!;
    }

    /// <summary>The entities of one kind, in key order, and by key.</summary>
    private sealed class EntityTable<T>
        where T : Entity
    {
        private readonly string _noun;
        private readonly List<T> _items = new();
        private readonly Dictionary<string, T> _byKey = new(StringComparer.Ordinal);
        private IReadOnlyList<T>? _all;

        public EntityTable(string noun) => _noun = noun;

        public IReadOnlyList<T> All => _all ??= ReadOnly.List(_items.ToArray());

        public void Add(string key, T entity)
        {
            if (_byKey.ContainsKey(key))
            {
                throw BlockReader.Damaged($"the index declares the {_noun} '{key}' twice");
            }

            _byKey.Add(key, entity);
            _items.Add(entity);
        }

        public T Find(string key) =>
            _byKey.TryGetValue(key, out var entity) ? entity : throw new KeyNotFoundException($"The dataset has no {_noun} '{key}'.");
    }
}
