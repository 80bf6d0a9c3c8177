using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Text;

namespace Dataset.Storage;

/// <summary>
/// A generated dataset's objects, decoded from the encoded data the generator wrote (see the format in
/// <c>DataFormat.cs</c>). The index's counts and chunk table are read on first use, its ids and entities when first
/// needed; a chunk when one of its items is first asked for (its quotes' block alone for quotes); each article when it
/// is first used. Every object is built once and kept.
/// Generated code creates one; use the generated <c>Articles</c>, <c>Quotes</c>, <c>People</c>... classes instead.
/// </summary>
/// <remarks>Damaged data, or data of a format this runtime does not read, throws <see cref="InvalidDataException"/>.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EncodedDataset
{
    private readonly Func<DataBytes> _index;
    private readonly Func<int, bool, EncodedChunk> _chunks;

    // The type whose assembly holds the literals read in place (null when everything is copied): kept so that a
    // collectible assembly stays loaded while its data is read.
    private readonly Type? _literalsOwner;
    private readonly object _gate = new();
    private readonly Dictionary<string, EncodedChunk> _chunksByFirstId = new(StringComparer.Ordinal);
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

        var copy = index.ToArray();
        _index = () => copy;
        _chunks = (number, quotesOnly) => OpenChunk(chunks, number, quotesOnly);
    }

    /// <summary>
    /// Creates the dataset over the index block <paramref name="index"/> returns, read when the index is first needed
    /// (a member that reads its own chunk never copies it), and the chunks <paramref name="chunks"/> returns.
    /// </summary>
    public EncodedDataset(IndexSource index, DataSource chunks)
    {
        if (index is null)
        {
            throw new ArgumentNullException(nameof(index));
        }

        if (chunks is null)
        {
            throw new ArgumentNullException(nameof(chunks));
        }

        _index = () => index().ToArray();
        _chunks = (number, quotesOnly) => OpenChunk(chunks, number, quotesOnly);
    }

    /// <summary>
    /// Creates the dataset over the index block and the chunks that <paramref name="index"/> and
    /// <paramref name="chunks"/> return as <c>"..."u8</c> literals of <paramref name="literalsOwner"/>'s assembly,
    /// read where they lie and never copied (the generated code's constructor). Their data is part of that assembly's
    /// image, which the dataset keeps loaded; a span over any other memory must go to the constructor without
    /// <paramref name="literalsOwner"/>, which copies it.
    /// </summary>
    public EncodedDataset(IndexSource index, DataSource chunks, Type literalsOwner)
    {
        if (index is null)
        {
            throw new ArgumentNullException(nameof(index));
        }

        if (chunks is null)
        {
            throw new ArgumentNullException(nameof(chunks));
        }

        _literalsOwner = literalsOwner ?? throw new ArgumentNullException(nameof(literalsOwner));
        _index = () => DataBytes.Literal(index());
        _chunks = (number, _) => new EncodedChunk(this, DataBytes.Literal(chunks(number)), null, "dataset chunk " + number);
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

        // Encoded when the index is first needed, as the other constructor copies it then.
        _index = () => Encoding.UTF8.GetBytes(index);
        _chunks = (number, _) => new EncodedChunk(this, Encoding.UTF8.GetBytes(chunks(number) ?? string.Empty), null, "dataset chunk " + number);
    }

    /// <summary>Every article, ordered by id.</summary>
    public IReadOnlyList<Article> Articles => Load().ArticlesById;

    /// <summary>
    /// Every quote, in article (data-file path) order: read from the chunks' quotes blocks alone, no article decoded,
    /// when the first is asked for (its count is the index's).
    /// </summary>
    public IReadOnlyList<Quote> Quotes => _quotes ??= new CountedList<Quote>(Load().QuoteCount, GatherQuotes);

    /// <summary>How many quotes the dataset has, from the index's header: no chunk is read.</summary>
    public int QuoteCount => Load().QuoteCount;

    /// <summary>How many statistics the dataset has, from the index's header: no chunk is read.</summary>
    public int StatisticCount => Load().StatCount;

    /// <summary>Every statistic, in article (data-file path) order.</summary>
    public IReadOnlyList<Statistic> Stats => _stats ??= new CountedList<Statistic>(Load().StatCount, () => Gather(article => article.Stats));

    /// <summary>Every person, ordered by key.</summary>
    public IReadOnlyList<Person> People => PeopleTable().All;

    /// <summary>Every organization, ordered by key.</summary>
    public IReadOnlyList<Organization> Organizations => OrganizationTable().All;

    /// <summary>Every place, ordered by key.</summary>
    public IReadOnlyList<Place> Places => PlaceTable().All;

    /// <summary>The article <paramref name="id"/>.</summary>
    public Article Article(string id)
    {
        var index = Load();
        return Ids(index).Positions.TryGetValue(id, out var position)
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

    /// <summary>
    /// Article <paramref name="item"/> of <paramref name="chunk"/>, the data of the chunk whose first article is
    /// <paramref name="chunkArticleId"/>: what a generated file's members call, with their file's own data, so that
    /// reading one member reads neither the index nor another chunk.
    /// </summary>
    public Article ChunkArticle(string chunkArticleId, ReadOnlySpan<byte> chunk, int item) => ChunkNamed(chunkArticleId, chunk).ArticleAt(item);

    /// <summary>Quote <paramref name="item"/> of <paramref name="chunk"/> (see <see cref="ChunkArticle(string, ReadOnlySpan{byte}, int)"/>).</summary>
    public Quote ChunkQuote(string chunkArticleId, ReadOnlySpan<byte> chunk, int item) => ChunkNamed(chunkArticleId, chunk).Quote(item);

    /// <summary>Statistic <paramref name="item"/> of <paramref name="chunk"/> (see <see cref="ChunkArticle(string, ReadOnlySpan{byte}, int)"/>).</summary>
    public Statistic ChunkStatistic(string chunkArticleId, ReadOnlySpan<byte> chunk, int item) => ChunkNamed(chunkArticleId, chunk).Statistic(item);

    /// <summary>Article <paramref name="item"/> of <paramref name="chunk"/>, written as a string literal (code generated for C# 7.3 to 10).</summary>
    public Article ChunkArticle(string chunkArticleId, string chunk, int item) => ChunkNamed(chunkArticleId, chunk).ArticleAt(item);

    /// <summary>Quote <paramref name="item"/> of <paramref name="chunk"/>, written as a string literal (code generated for C# 7.3 to 10).</summary>
    public Quote ChunkQuote(string chunkArticleId, string chunk, int item) => ChunkNamed(chunkArticleId, chunk).Quote(item);

    /// <summary>Statistic <paramref name="item"/> of <paramref name="chunk"/>, written as a string literal (code generated for C# 7.3 to 10).</summary>
    public Statistic ChunkStatistic(string chunkArticleId, string chunk, int item) => ChunkNamed(chunkArticleId, chunk).Statistic(item);

    /// <summary>The person declared under <paramref name="key"/>.</summary>
    public Person Person(string key) => PeopleTable().Find(key);

    /// <summary>The organization declared under <paramref name="key"/>.</summary>
    public Organization Organization(string key) => OrganizationTable().Find(key);

    /// <summary>The place declared under <paramref name="key"/>.</summary>
    public Place Place(string key) => PlaceTable().Find(key);

    private Article ArticleAt(Index index, int position)
    {
        var id = Ids(index).Ids[position];
        var chunk = Chunk(index, index.Chunks[position]);
        return chunk.Find(id) ?? throw BlockReader.Damaged($"chunk {index.Chunks[position]} does not hold article '{id}'");
    }

    private EncodedChunk ChunkOf(string articleId)
    {
        var index = Load();
        return Ids(index).Positions.TryGetValue(articleId, out var position)
            ? Chunk(index, index.Chunks[position])
            : throw new KeyNotFoundException($"The dataset has no article '{articleId}'.");
    }

    private EncodedChunk ChunkNamed(string firstId, ReadOnlySpan<byte> data)
    {
        lock (_chunksByFirstId)
        {
            if (_chunksByFirstId.TryGetValue(firstId, out var known))
            {
                return known;
            }
        }

        return Opened(firstId, _literalsOwner is null ? data.ToArray() : DataBytes.Literal(data));
    }

    private EncodedChunk ChunkNamed(string firstId, string data)
    {
        lock (_chunksByFirstId)
        {
            if (_chunksByFirstId.TryGetValue(firstId, out var known))
            {
                return known;
            }
        }

        return Opened(firstId, Encoding.UTF8.GetBytes(data ?? string.Empty));
    }

    /// <summary>The chunk of <paramref name="bytes"/>, which a member says starts with <paramref name="firstId"/>: kept by that id, so that the index finds it too.</summary>
    private EncodedChunk Opened(string firstId, DataBytes bytes)
    {
        var chunk = new EncodedChunk(this, bytes, null, $"dataset chunk of article '{firstId}'");
        if (chunk.FirstId != firstId)
        {
            throw BlockReader.Damaged($"the chunk of article '{firstId}' starts with another article");
        }

        return Kept(chunk);
    }

    /// <summary>The chunk kept under its first article's id: <paramref name="chunk"/>, or the one opened before it.</summary>
    private EncodedChunk Kept(EncodedChunk chunk)
    {
        if (chunk.FirstId is not { } firstId)
        {
            return chunk;
        }

        lock (_chunksByFirstId)
        {
            if (_chunksByFirstId.TryGetValue(firstId, out var known))
            {
                return known;
            }

            _chunksByFirstId.Add(firstId, chunk);
            return chunk;
        }
    }

    /// <summary>Chunk <paramref name="number"/>, opened on first use: for its quotes alone, or for an article (read once whole).</summary>
    private EncodedChunk Chunk(Index index, int number, bool quotesOnly = false)
    {
        lock (index.LoadedChunks)
        {
            return index.LoadedChunks[number] ??= Kept(_chunks(number, quotesOnly));
        }
    }

    /// <summary>
    /// Chunk <paramref name="number"/> of <paramref name="chunks"/>; for its quotes alone (<paramref name="quotesOnly"/>),
    /// its quotes' block is copied now and the rest when an article of it is first read: reading every quote copies no
    /// paragraph.
    /// </summary>
    private EncodedChunk OpenChunk(DataSource chunks, int number, bool quotesOnly)
    {
        var data = chunks(number);
        var what = "dataset chunk " + number;
        if (!quotesOnly)
        {
            return new EncodedChunk(this, data.ToArray(), null, what);
        }

        var quotesEnd = BlockReader.Length(data);
        return new EncodedChunk(this, data.Slice(0, quotesEnd).ToArray(), () => chunks(number).Slice(quotesEnd).ToArray(), what);
    }

    /// <summary>
    /// Every quote in article (path) order, copied from each article's chunk: the index says how many. A chunk holds
    /// its articles in path order too, so the index's next article of a chunk is the chunk's next one: no id is decoded.
    /// </summary>
    private IReadOnlyList<Quote> GatherQuotes()
    {
        var index = Load();
        var all = new Quote[index.QuoteCount];
        var next = new int[index.LoadedChunks.Length];
        var at = 0;
        for (var position = 0; position < index.Chunks.Length; position++)
        {
            var number = index.Chunks[position];
            at += Chunk(index, number, quotesOnly: true).CopyQuotes(next[number]++, all, at);
        }

        for (var number = 0; number < next.Length; number++)
        {
            if (next[number] != (index.LoadedChunks[number]?.ArticleCount ?? 0))
            {
                throw BlockReader.Damaged($"chunk {number} holds other articles than the index says");
            }
        }

        return at == all.Length ? ReadOnly.List(all) : throw BlockReader.Damaged("the index counts more quotes than the chunks hold");
    }

    private IReadOnlyList<T> Gather<T>(Func<Article, IReadOnlyList<T>> items)
    {
        var index = Load();
        var all = new List<T>();
        for (var i = 0; i < index.Chunks.Length; i++)
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

    /// <summary>The index's counts, each article's chunk and the order by id, in one pass that decodes no text.</summary>
    private Index ReadIndex()
    {
        var block = BlockReader.Open(_index(), DataFormat.IndexKind, "dataset index");
        var table = block.Table();
        var chunkCount = table.Int();
        var articleCount = table.Count();
        var quoteCount = table.Int();
        var statCount = table.Int();
        var chunks = new int[articleCount];
        for (var i = 0; i < articleCount; i++)
        {
            chunks[i] = table.Int();
            if (chunks[i] >= chunkCount)
            {
                throw BlockReader.Damaged("the index's article table is inconsistent");
            }
        }

        var byId = new int[articleCount];
        for (var i = 0; i < articleCount; i++)
        {
            byId[i] = Position(ref table, articleCount);
        }

        var idsLength = table.Int();
        var index = new Index(block, chunks, quoteCount, statCount, table.Offset, block.Table(table.Offset + idsLength).Offset, new EncodedChunk?[chunkCount]);
        // Listing the articles decodes none: each is decoded (and its chunk opened) when it is first asked for.
        index.ArticlesById = new LazyList<Article>(articleCount, i => ArticleAt(index, byId[i]));
        return index;
    }

    /// <summary>The articles' ids in path order and their positions, decoded on first use.</summary>
    private ArticleIds Ids(Index index)
    {
        if (index.Ids is { } ids)
        {
            return ids;
        }

        lock (index)
        {
            return index.Ids ??= ReadIds(index);
        }
    }

    private static ArticleIds ReadIds(Index index)
    {
        var table = index.Block.Table(index.IdsOffset);
        var ids = new string[index.Chunks.Length];
        var positions = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = table.String();
            if (positions.ContainsKey(ids[i]))
            {
                throw BlockReader.Damaged("the index's article table is inconsistent");
            }

            positions.Add(ids[i], i);
        }

        return table.Offset == index.EntitiesOffset ? new ArticleIds(ids, positions) : throw BlockReader.Damaged("the index's article table is inconsistent");
    }

    private EntityTable<Person> PeopleTable() => Entities().People ?? ReadPeople();

    private EntityTable<Organization> OrganizationTable() => Entities().Organizations ?? ReadOrganizations();

    private EntityTable<Place> PlaceTable() => Entities().Places ?? ReadPlaces();

    private EntityTable<Person> ReadPeople()
    {
        var entities = Entities();
        lock (entities)
        {
            return entities.People ??= ReadEntities(
                entities,
                EntityKind.Person,
                "person",
                (key, name, role, lists) => new Person(
                    key,
                    name,
                    role,
                    () => Collect(ArticleList(entities, lists, mentioned: false), article => QuotesOf(article, key)),
                    () => Collect(ArticleList(entities, lists, mentioned: true), article => MentionsOf(article, EntityKind.Person, key))));
        }
    }

    private EntityTable<Organization> ReadOrganizations()
    {
        var entities = Entities();
        lock (entities)
        {
            return entities.Organizations ??= ReadEntities(
                entities,
                EntityKind.Organization,
                "organization",
                (key, name, role, lists) => new Organization(key, name, role, () => Collect(ArticleList(entities, lists, mentioned: true), article => MentionsOf(article, EntityKind.Organization, key))));
        }
    }

    private EntityTable<Place> ReadPlaces()
    {
        var entities = Entities();
        lock (entities)
        {
            return entities.Places ??= ReadEntities(
                entities,
                EntityKind.Place,
                "place",
                (key, name, role, lists) => new Place(key, name, role, () => Collect(ArticleList(entities, lists, mentioned: true), article => MentionsOf(article, EntityKind.Place, key))));
        }
    }

    /// <summary>Where the index's people, organizations and places are, read when an entity is first asked for; each kind is decoded on its own first use.</summary>
    private EntityTables Entities()
    {
        var index = Load();
        if (index.Entities is { } entities)
        {
            return entities;
        }

        lock (index)
        {
            return index.Entities ??= ReadEntityHeader(index);
        }
    }

    private static EntityTables ReadEntityHeader(Index index)
    {
        var table = index.Block.Table(index.EntitiesOffset);
        var counts = new int[DataFormat.EntityKinds];
        var starts = new int[DataFormat.EntityKinds + 1];
        for (var kind = 0; kind < counts.Length; kind++)
        {
            counts[kind] = table.Count();
            starts[kind] = table.Int();
        }

        starts[counts.Length] = table.Int();
        var records = table.Offset;
        for (var kind = 0; kind < counts.Length; kind++)
        {
            // Each kind's records lie between its start and the next one's; every record takes at least four bytes.
            if (starts[kind] > starts[kind + 1] || counts[kind] > (starts[kind + 1] - starts[kind]) / 4)
            {
                throw BlockReader.Damaged("the index's entity table is inconsistent");
            }
        }

        index.Block.Table(starts[counts.Length] <= int.MaxValue - records ? records + starts[counts.Length] : -1);
        return new EntityTables(index, counts, starts, records);
    }

    /// <summary>The entities of <paramref name="kind"/>, decoded in one pass over their records (their article lists are read when first asked for).</summary>
    private static EntityTable<T> ReadEntities<T>(EntityTables entities, EntityKind kind, string noun, Func<string, string, string?, int, T> make)
        where T : Entity
    {
        var k = (int)kind;
        var table = entities.Index.Block.Table(entities.RecordsOffset + entities.Starts[k]);
        var count = entities.Counts[k];
        var read = new EntityTable<T>(noun, count);
        var previous = 0;
        for (var i = 0; i < count; i++)
        {
            var key = table.String();
            var name = table.String();
            var role = table.NullableString();
            var lists = table.Int();
            if (lists < previous)
            {
                throw BlockReader.Damaged("the index's entity lists are out of order");
            }

            previous = lists;
            read.Add(key, make(key, name, role, lists));
        }

        return table.Offset == entities.RecordsOffset + entities.Starts[k + 1] ? read : throw BlockReader.Damaged("the index's entity table is inconsistent");
    }

    /// <summary>The articles that quote (or, when <paramref name="mentioned"/>, mention) the entity whose lists start <paramref name="at"/> bytes into the entities' lists.</summary>
    private static int[] ArticleList(EntityTables entities, int at, bool mentioned)
    {
        var start = entities.RecordsOffset + entities.Starts[DataFormat.EntityKinds];
        var table = entities.Index.Block.Table(at <= int.MaxValue - start ? start + at : -1);
        var articleCount = entities.Index.Chunks.Length;
        var quotedIn = Positions(ref table, articleCount);
        return mentioned ? Positions(ref table, articleCount) : quotedIn;
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

    /// <summary>What the index holds, read in one pass: each article's chunk (in path order), the counts, and where its ids and entities are.</summary>
    private sealed class Index
    {
        public Index(BlockReader block, int[] chunks, int quoteCount, int statCount, int idsOffset, int entitiesOffset, EncodedChunk?[] loadedChunks)
        {
            Block = block;
            Chunks = chunks;
            QuoteCount = quoteCount;
            StatCount = statCount;
            IdsOffset = idsOffset;
            EntitiesOffset = entitiesOffset;
            LoadedChunks = loadedChunks;
        }

        public BlockReader Block { get; }

        public int[] Chunks { get; }

        public int QuoteCount { get; }

        public int StatCount { get; }

        public int IdsOffset { get; }

        public int EntitiesOffset { get; }

        public EncodedChunk?[] LoadedChunks { get; }

        public IReadOnlyList<Article> ArticlesById { get; set; } = null!;

        public ArticleIds? Ids { get; set; }

        public EntityTables? Entities { get; set; }
    }

    /// <summary>The articles' ids in path order, and each one's position.</summary>
    private sealed class ArticleIds
    {
        public ArticleIds(string[] ids, Dictionary<string, int> positions)
        {
            Ids = ids;
            Positions = positions;
        }

        public string[] Ids { get; }

        public Dictionary<string, int> Positions { get; }
    }

    /// <summary>The entities by kind: where each kind's records start (and the lists, after the last), each kind decoded on first use.</summary>
    private sealed class EntityTables
    {
        public EntityTables(Index index, int[] counts, int[] starts, int recordsOffset)
        {
            Index = index;
            Counts = counts;
            Starts = starts;
            RecordsOffset = recordsOffset;
        }

        public Index Index { get; }

        public int[] Counts { get; }

        /// <summary>Each kind's first record, then the lists, in bytes from the first record.</summary>
        public int[] Starts { get; }

        /// <summary>Where the first record is in the index's table.</summary>
        public int RecordsOffset { get; }

        public EntityTable<Person>? People { get; set; }

        public EntityTable<Organization>? Organizations { get; set; }

        public EntityTable<Place>? Places { get; set; }
    }

    /// <summary>The entities of one kind, in key order, and by key.</summary>
    private sealed class EntityTable<T>
        where T : Entity
    {
        private readonly string _noun;
        private readonly List<T> _items;
        private readonly Dictionary<string, T> _byKey;
        private IReadOnlyList<T>? _all;

        public EntityTable(string noun, int count)
        {
            _noun = noun;
            _items = new List<T>(count);
            _byKey = new Dictionary<string, T>(count, StringComparer.Ordinal);
        }

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
