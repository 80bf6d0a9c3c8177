using System;
using System.Collections.Generic;

namespace Dataset.Storage;

/// <summary>
/// One chunk of a dataset (the literal of one generated file): its quotes' block is read when it is opened, its
/// articles' block (the paragraphs, statistics, mentions...) when one of its articles or statistics is first asked for.
/// Each article, and the chunk's quotes, are decoded on first use, then kept.
/// </summary>
internal sealed class EncodedChunk
{
    /// <summary>Reads one item of a list from its section of an article's table.</summary>
    private delegate T ReadItem<T>(ref BlockReader.TableReader reader);

    private readonly EncodedDataset _dataset;
    private readonly DataBytes _bytes;
    private readonly Func<byte[]>? _articleBytes;
    private readonly string _what;
    private readonly BlockReader _quoteBlock;
    // Each article's id and data-file path, decoded when first asked for, from its record in the quotes' table: reading
    // every quote decodes neither, and a chunk finds its articles by id once one is first looked up.
    private readonly string?[] _ids;
    private readonly string?[] _files;
    private readonly int[] _records;
    private Dictionary<string, int>? _positions;
    private readonly int[] _quoteStarts;
    private readonly string[] _speakerKeys;
    private readonly Person?[] _speakers;
    private readonly int _quotesStart;
    private readonly int _articlesStart;
    private readonly Article?[] _articles;
    private Quote[]? _quotes;
    private int _detailsStart;
    private BlockReader? _articleBlock;
    private int[]? _offsets;
    private int _tablesStart;
    private int[]? _statStarts;

    /// <summary>
    /// Opens the chunk of <paramref name="bytes"/> (its literal from the start): all of it, or its quotes' block alone
    /// when <paramref name="articleBytes"/> returns the rest (from its articles' block on) when an article is first read.
    /// </summary>
    public EncodedChunk(EncodedDataset dataset, DataBytes bytes, Func<byte[]>? articleBytes, string what)
    {
        _dataset = dataset;
        _bytes = bytes;
        _articleBytes = articleBytes;
        _what = what;
        _quoteBlock = BlockReader.Open(bytes, 0, DataFormat.QuotesKind, what, out _articlesStart);
        var table = _quoteBlock.Table();
        var count = table.Count();
        _ids = new string?[count];
        _files = new string?[count];
        _records = new int[count];
        _quoteStarts = new int[count + 1];
        _articles = new Article?[count];
        for (var i = 0; i < count; i++)
        {
            _records[i] = table.Offset;
            table.SkipString();
            table.SkipString();
            var quotes = table.Count();
            _quoteStarts[i + 1] = quotes <= int.MaxValue - _quoteStarts[i] ? _quoteStarts[i] + quotes : throw BlockReader.Damaged("a chunk holds too many items");
        }

        // Each speaker's key is decoded, and its person found, once a chunk: its quotes name it by position.
        _speakerKeys = new string[table.Count()];
        for (var i = 0; i < _speakerKeys.Length; i++)
        {
            _speakerKeys[i] = table.String();
        }

        _speakers = new Person?[_speakerKeys.Length];
        _quotesStart = table.Offset;
    }

    /// <summary>The id of the chunk's first article (what generated members name their chunk by); null when it holds none.</summary>
    public string? FirstId => _ids.Length > 0 ? Id(0) : null;

    /// <summary>How many articles the chunk holds.</summary>
    public int ArticleCount => _ids.Length;

    /// <summary>The article <paramref name="id"/>, or null when this chunk does not hold it.</summary>
    public Article? Find(string id) => Positions().TryGetValue(id, out var position) ? ArticleAt(position) : null;

    /// <summary>The quotes of the article at <paramref name="position"/>, decoded from the quotes' block alone.</summary>
    public IReadOnlyList<Quote> QuotesOf(int position)
    {
        var quotes = Quotes();
        var items = new Quote[_quoteStarts[position + 1] - _quoteStarts[position]];
        Array.Copy(quotes, _quoteStarts[position], items, 0, items.Length);
        return ReadOnly.List(items);
    }

    /// <summary>Copies the quotes of the article at <paramref name="position"/> into <paramref name="into"/> from <paramref name="at"/>; returns how many.</summary>
    public int CopyQuotes(int position, Quote[] into, int at)
    {
        if ((uint)position >= (uint)_ids.Length)
        {
            throw BlockReader.Damaged($"the index counts more articles in the {_what} than it holds");
        }

        var quotes = Quotes();
        var count = _quoteStarts[position + 1] - _quoteStarts[position];
        if (count > into.Length - at)
        {
            throw BlockReader.Damaged("the index counts fewer quotes than the chunks hold");
        }

        Array.Copy(quotes, _quoteStarts[position], into, at, count);
        return count;
    }

    /// <summary>The article at <paramref name="position"/> in the chunk (the order the generator wrote them in).</summary>
    public Article ArticleAt(int position)
    {
        if ((uint)position >= (uint)_articles.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, $"The chunk has {_articles.Length} articles.");
        }

        lock (_articles)
        {
            var block = ArticleBlock();
            return _articles[position] ??= Decode(position, block.Table(_tablesStart + _offsets![position]));
        }
    }

    /// <summary>Quote <paramref name="item"/> of the chunk: its articles' quotes one after another, in article order.</summary>
    public Quote Quote(int item)
    {
        var quotes = Quotes();
        return (uint)item < (uint)quotes.Length
            ? quotes[item]
            : throw new ArgumentOutOfRangeException(nameof(item), item, $"The chunk has {quotes.Length} quotes.");
    }

    /// <summary>Every quote of the chunk, decoded from its quotes' block on first use (no article is decoded).</summary>
    private Quote[] Quotes()
    {
        if (_quotes is { } decoded)
        {
            return decoded;
        }

        lock (_quoteStarts)
        {
            return _quotes ??= DecodeQuotes();
        }
    }

    private Quote[] DecodeQuotes()
    {
        var quotes = new Quote[_quoteStarts[_quoteStarts.Length - 1]];
        var reader = _quoteBlock.Table(_quotesStart);
        var article = -1;
        for (var i = 0; i < quotes.Length; i++)
        {
            while (_quoteStarts[article + 1] <= i)
            {
                article++;
            }

            var speaker = reader.Int();
            if (speaker >= _speakerKeys.Length)
            {
                throw BlockReader.Damaged($"a quote's speaker is not one of the {_what}'s");
            }

            var text = reader.String();
            var paragraph = reader.Int();
            var details = reader.Int();
            quotes[i] = new Quote(text, speaker, paragraph, this, details, article);
        }

        // The details follow the quotes; a quote's key, cue and location are read from there when first asked for.
        _detailsStart = reader.Offset;
        return quotes;
    }

    /// <summary>The key, cue and location of the quote whose details start <paramref name="details"/> bytes after the first quote's, in the article at <paramref name="position"/>.</summary>
    internal QuoteDetails QuoteDetails(int details, int position)
    {
        var reader = _quoteBlock.Table(details <= int.MaxValue - _detailsStart ? _detailsStart + details : -1);
        var key = reader.String();
        var cue = reader.NullableString();
        return new QuoteDetails(key, cue, Location(ref reader, File(position)));
    }

    /// <summary>The data-file path of the article at <paramref name="position"/>.</summary>
    private string File(int position)
    {
        if (_files[position] is { } file)
        {
            return file;
        }

        // The record: id:str file:str quoteCount:int.
        var record = _quoteBlock.Table(_records[position]);
        record.SkipString();
        return _files[position] = record.String();
    }

    /// <summary>The key of the chunk's speaker at <paramref name="speaker"/> (a quote's).</summary>
    internal string SpeakerKey(int speaker) => _speakerKeys[speaker];

    /// <summary>
    /// The chunk's speaker at <paramref name="speaker"/>, found in the dataset when first asked for: the dataset keeps
    /// its people, so threads that race here store the same object.
    /// </summary>
    internal Person Speaker(int speaker) => _speakers[speaker] ??= _dataset.Person(_speakerKeys[speaker]);

    /// <summary>The id of the article at <paramref name="position"/> in the chunk.</summary>
    internal string Id(int position) => _ids[position] ??= _quoteBlock.Table(_records[position]).String();

    /// <summary>Each article's position by id, made when an article is first looked up by id.</summary>
    private Dictionary<string, int> Positions()
    {
        if (_positions is { } made)
        {
            return made;
        }

        lock (_records)
        {
            if (_positions is null)
            {
                var positions = new Dictionary<string, int>(_ids.Length, StringComparer.Ordinal);
                for (var i = 0; i < _ids.Length; i++)
                {
                    var id = Id(i);
                    if (positions.ContainsKey(id))
                    {
                        throw BlockReader.Damaged($"the {_what} holds article '{id}' twice");
                    }

                    positions.Add(id, i);
                }

                _positions = positions;
            }

            return _positions;
        }
    }

    /// <summary>The articles' block, opened (inflated and checked) when it is first needed.</summary>
    private BlockReader ArticleBlock()
    {
        if (_articleBlock is { } opened)
        {
            return opened;
        }

        var (bytes, start) = _articleBytes is null ? (_bytes, _articlesStart) : ((DataBytes)_articleBytes(), 0);
        var block = BlockReader.Open(bytes, start, DataFormat.ChunkKind, _what, out var end);
        if (end != bytes.Length)
        {
            throw BlockReader.Damaged($"the {_what}'s header does not match its length");
        }

        var table = block.Table();
        var count = table.Count();
        if (count != _ids.Length)
        {
            throw BlockReader.Damaged($"the {_what}'s blocks hold different articles");
        }

        var offsets = new int[count];
        for (var i = 0; i < count; i++)
        {
            if (table.String() != Id(i))
            {
                throw BlockReader.Damaged($"the {_what}'s blocks hold different articles");
            }

            offsets[i] = table.Int();
            if (offsets[i] > int.MaxValue / 2)
            {
                throw BlockReader.Damaged($"the {_what} has a bad article offset");
            }
        }

        _tablesStart = table.Offset;
        _offsets = offsets;
        return _articleBlock = block;
    }

    /// <summary>Statistic <paramref name="item"/> of the chunk: its articles' statistics one after another, in article order.</summary>
    public Statistic Statistic(int item)
    {
        int[] starts;
        lock (_articles)
        {
            starts = _statStarts ??= Starts(ArticleSection.Stats);
        }

        var (article, position) = Locate(starts, item, "statistics");
        return ArticleAt(article).Stats[position];
    }

    /// <summary>The article that holds item <paramref name="item"/> and the item's position in it, by the first item of each article.</summary>
    private static (int Article, int Position) Locate(int[] starts, int item, string what)
    {
        if (item < 0 || item >= starts[starts.Length - 1])
        {
            throw new ArgumentOutOfRangeException(nameof(item), item, $"The chunk has {starts[starts.Length - 1]} {what}.");
        }

        // The last article whose first item is at or before item (articles without items share a start).
        var low = 0;
        var high = starts.Length - 2;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (starts[middle] <= item)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return (low, item - starts[low]);
    }

    /// <summary>
    /// The first item of <paramref name="section"/> of each article, and the total at the end: read from each table's
    /// section sizes and the section's count, without decoding a text.
    /// </summary>
    private int[] Starts(ArticleSection section)
    {
        var block = ArticleBlock();
        var starts = new int[_articles.Length + 1];
        for (var i = 0; i < _articles.Length; i++)
        {
            var table = block.Table(_tablesStart + _offsets![i]);
            // id, title, source, dateline?, year, month, day, file, location (6 ints): skipped, then the section sizes.
            table.SkipString();
            table.SkipString();
            table.SkipString();
            table.SkipString();
            for (var skipped = 0; skipped < 3; skipped++)
            {
                table.Int();
            }

            table.SkipString();
            SkipLocation(ref table);

            var sizes = new int[DataFormat.ArticleSections];
            for (var j = 0; j < sizes.Length; j++)
            {
                sizes[j] = table.Int();
            }

            long at = table.Offset;
            for (var j = 0; j < (int)section; j++)
            {
                at += sizes[j];
            }

            var count = at <= int.MaxValue ? block.Table((int)at).Count() : throw BlockReader.Damaged($"article '{Id(i)}' has a bad section size");
            starts[i + 1] = count <= int.MaxValue - starts[i] ? starts[i] + count : throw BlockReader.Damaged("a chunk holds too many items");
        }

        return starts;
    }

    private Article Decode(int position, BlockReader.TableReader table)
    {
        var expectedId = Id(position);
        var id = table.String();
        if (id != expectedId)
        {
            throw BlockReader.Damaged($"the table of article '{expectedId}' names '{id}'");
        }

        var title = table.String();
        var source = table.String();
        var dateline = table.NullableString();
        var published = Date(table.Int(), table.Int(), table.Int());
        var file = table.String();
        var location = Location(ref table, file);

        // The sections, sized up front: each list is decoded when it is first asked for.
        var sizes = new int[DataFormat.ArticleSections];
        for (var i = 0; i < sizes.Length; i++)
        {
            sizes[i] = table.Int();
        }

        var sections = new int[sizes.Length];
        var at = table.Offset;
        for (var i = 0; i < sizes.Length; i++)
        {
            sections[i] = at;
            at = sizes[i] <= int.MaxValue - at ? at + sizes[i] : throw BlockReader.Damaged($"article '{id}' has a bad section size");
        }

        Article? article = null;
        Func<Article> self = () => article!;

        IReadOnlyList<T> List<T>(ArticleSection section, ReadItem<T> read)
        {
            var reader = _articleBlock!.Table(sections[(int)section]);
            var items = new T[reader.Count()];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = read(ref reader);
            }

            return ReadOnly.List(items);
        }

        IReadOnlyList<string> Paragraphs() => List(ArticleSection.Paragraphs, (ref BlockReader.TableReader reader) => reader.String());

        IReadOnlyList<Quote> Quotes() => QuotesOf(position);

        IReadOnlyList<Statistic> Stats() => List(ArticleSection.Stats, (ref BlockReader.TableReader reader) =>
        {
            var group = reader.String();
            var key = reader.String();
            var value = Value(reader.String());
            var upper = reader.NullableString() is { } bound ? Value(bound) : (decimal?)null;
            var unit = reader.NullableString();
            var per = reader.NullableString();
            var qualifier = reader.Int();
            var text = reader.String();
            var sentence = reader.String();
            var paragraph = reader.Int();
            return new Statistic(group, key, value, unit, Qualifier(qualifier), text, sentence, id, self, paragraph, Location(ref reader, file), upper, per);
        });

        IReadOnlyList<Mention> Mentions() => List(ArticleSection.Mentions, (ref BlockReader.TableReader reader) =>
        {
            var kind = Kind(reader.Int());
            var entity = reader.String();
            var text = reader.String();
            var paragraph = reader.Int();
            return new Mention(kind, entity, text, id, paragraph, Location(ref reader, file));
        });

        // A block's text is its paragraph's: block i goes with paragraph i.
        IReadOnlyList<Block> Blocks()
        {
            var paragraphs = article!.Paragraphs;
            var next = 0;
            var blocks = List(ArticleSection.Blocks, (ref BlockReader.TableReader reader) =>
            {
                var kind = BlockKindOf(reader.Int());
                var level = reader.Int();
                var location = Location(ref reader, file);
                return new Block(kind, level, next < paragraphs.Count ? paragraphs[next++] : string.Empty, location);
            });
            return blocks.Count == paragraphs.Count
                ? blocks
                : throw BlockReader.Damaged($"article '{id}' has {paragraphs.Count} paragraphs but {blocks.Count} blocks");
        }

        IReadOnlyList<Link> Links() => List(ArticleSection.Links, (ref BlockReader.TableReader reader) =>
        {
            var text = reader.String();
            var url = reader.String();
            var linkTitle = reader.NullableString();
            var block = reader.Int();
            return new Link(text, url, linkTitle, block, Location(ref reader, file));
        });

        article = new Article(id, title, source, dateline, published, Paragraphs, Blocks, Links, Quotes, Stats, Mentions, location);
        return article;
    }

    private static SourceLocation Location(ref BlockReader.TableReader table, string file) =>
        new(file, table.Int(), table.Int(), table.Int(), table.Int(), table.Int(), table.Int());

    /// <summary>Reads past what <see cref="Location"/> reads, building nothing.</summary>
    private static void SkipLocation(ref BlockReader.TableReader table)
    {
        for (var i = 0; i < 6; i++)
        {
            table.Int();
        }
    }

    private static DateTime Date(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTime(year, month, day)
            : throw BlockReader.Damaged("a date is out of range");

    private static decimal Value(string text) =>
        decimal.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw BlockReader.Damaged($"'{text}' is not a number");

    private static StatQualifier Qualifier(int value) =>
        value <= (int)StatQualifier.Range ? (StatQualifier)value : throw BlockReader.Damaged("a qualifier is unknown");

    private static BlockKind BlockKindOf(int value) =>
        value <= (int)BlockKind.Code ? (BlockKind)value : throw BlockReader.Damaged("a block kind is unknown");

    internal static EntityKind Kind(int value) =>
        value <= (int)EntityKind.Place ? (EntityKind)value : throw BlockReader.Damaged("an entity kind is unknown");
}
