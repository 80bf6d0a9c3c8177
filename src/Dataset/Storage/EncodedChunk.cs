using System;
using System.Collections.Generic;

namespace Dataset.Storage;

/// <summary>
/// One chunk of a dataset (the articles of one generated file): its article ids are read when it is opened, and each
/// article is decoded from its table the first time it is asked for, then kept.
/// </summary>
internal sealed class EncodedChunk
{
    private readonly EncodedDataset _dataset;
    private readonly DataBlock _block;
    private readonly Dictionary<string, int> _positions;
    private readonly int[] _offsets;
    private readonly int _tablesStart;
    private readonly Article?[] _articles;

    public EncodedChunk(EncodedDataset dataset, byte[] bytes, int number)
    {
        _dataset = dataset;
        _block = DataBlock.Open(bytes, DataFormat.ChunkKind, "dataset chunk " + number);
        var table = _block.Table();
        var count = table.Count();
        _positions = new Dictionary<string, int>(count, StringComparer.Ordinal);
        _offsets = new int[count];
        _articles = new Article?[count];
        for (var i = 0; i < count; i++)
        {
            var id = table.String();
            _offsets[i] = table.Int();
            if (_offsets[i] > int.MaxValue / 2)
            {
                throw DataBlock.Damaged($"chunk {number} has a bad article offset");
            }

            if (_positions.ContainsKey(id))
            {
                throw DataBlock.Damaged($"chunk {number} holds article '{id}' twice");
            }

            _positions.Add(id, i);
        }

        _tablesStart = table.Offset;
    }

    /// <summary>The article <paramref name="id"/>, or null when this chunk does not hold it.</summary>
    public Article? Find(string id)
    {
        if (!_positions.TryGetValue(id, out var position))
        {
            return null;
        }

        lock (_articles)
        {
            return _articles[position] ??= Decode(id, _block.Table(_tablesStart + _offsets[position]));
        }
    }

    private Article Decode(string expectedId, DataBlock.TableReader table)
    {
        var id = table.String();
        if (id != expectedId)
        {
            throw DataBlock.Damaged($"the table of article '{expectedId}' names '{id}'");
        }

        var title = table.String();
        var source = table.String();
        var dateline = table.NullableString();
        var published = Date(table.Int(), table.Int(), table.Int());
        var file = table.String();
        var location = Location(ref table, file);

        var paragraphs = new string[table.Count()];
        for (var i = 0; i < paragraphs.Length; i++)
        {
            paragraphs[i] = table.String();
        }

        Article? article = null;
        Func<Article> self = () => article!;

        var quotes = new Quote[table.Count()];
        for (var i = 0; i < quotes.Length; i++)
        {
            var key = table.String();
            var speaker = table.String();
            var text = table.String();
            var cue = table.NullableString();
            var paragraph = table.Int();
            quotes[i] = new Quote(key, text, speaker, () => _dataset.Person(speaker), id, self, cue, paragraph, Location(ref table, file));
        }

        var stats = new Statistic[table.Count()];
        for (var i = 0; i < stats.Length; i++)
        {
            var group = table.String();
            var key = table.String();
            var value = Value(table.String());
            var upper = table.NullableString() is { } bound ? Value(bound) : (decimal?)null;
            var unit = table.NullableString();
            var qualifier = table.Int();
            var text = table.String();
            var sentence = table.String();
            var paragraph = table.Int();
            stats[i] = new Statistic(group, key, value, unit, Qualifier(qualifier), text, sentence, id, self, paragraph, Location(ref table, file), upper);
        }

        var mentions = new Mention[table.Count()];
        for (var i = 0; i < mentions.Length; i++)
        {
            var kind = Kind(table.Int());
            var entity = table.String();
            var text = table.String();
            var paragraph = table.Int();
            mentions[i] = new Mention(kind, entity, text, id, paragraph, Location(ref table, file));
        }

        var blocks = new Block[table.Count()];
        if (blocks.Length != paragraphs.Length)
        {
            throw DataBlock.Damaged($"article '{id}' has {paragraphs.Length} paragraphs but {blocks.Length} blocks");
        }

        for (var i = 0; i < blocks.Length; i++)
        {
            var kind = BlockKindOf(table.Int());
            var level = table.Int();
            blocks[i] = new Block(kind, level, paragraphs[i], Location(ref table, file));
        }

        var links = new Link[table.Count()];
        for (var i = 0; i < links.Length; i++)
        {
            var text = table.String();
            var url = table.String();
            var linkTitle = table.NullableString();
            var block = table.Int();
            links[i] = new Link(text, url, linkTitle, block, Location(ref table, file));
        }

        IReadOnlyList<Quote> quoteList = ReadOnly.List(quotes);
        IReadOnlyList<Statistic> statList = ReadOnly.List(stats);
        IReadOnlyList<Mention> mentionList = ReadOnly.List(mentions);
        article = new Article(id, title, source, dateline, published, ReadOnly.List(paragraphs), ReadOnly.List(blocks), ReadOnly.List(links), () => quoteList, () => statList, () => mentionList, location);
        return article;
    }

    private static SourceLocation Location(ref DataBlock.TableReader table, string file) =>
        new(file, table.Int(), table.Int(), table.Int(), table.Int(), table.Int(), table.Int());

    private static DateTime Date(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTime(year, month, day)
            : throw DataBlock.Damaged("a date is out of range");

    private static decimal Value(string text) =>
        decimal.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw DataBlock.Damaged($"'{text}' is not a number");

    private static StatQualifier Qualifier(int value) =>
        value <= (int)StatQualifier.Range ? (StatQualifier)value : throw DataBlock.Damaged("a qualifier is unknown");

    private static BlockKind BlockKindOf(int value) =>
        value <= (int)BlockKind.Code ? (BlockKind)value : throw DataBlock.Damaged("a block kind is unknown");

    internal static EntityKind Kind(int value) =>
        value <= (int)EntityKind.Place ? (EntityKind)value : throw DataBlock.Damaged("an entity kind is unknown");
}
