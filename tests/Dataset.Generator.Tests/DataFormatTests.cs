using System.Reflection;
using System.Text;
using CsCheck;
using Dataset.Generator.Parsing;
using Dataset.Generator.Tests.Infrastructure;

namespace Dataset.Generator.Tests;

/// <summary>
/// The facts of the data format that the writer (the generator's BlockWriter and DataEncoder) and the reader (the
/// runtime's BlockReader and EncodedChunk) share from src/Dataset/Storage: what one side writes with them, the other
/// reads back. Each file there is compiled into both assemblies, so the generator's copy writes and the runtime's reads.
/// </summary>
public sealed class DataFormatTests
{
    private static readonly Assembly Writer = typeof(DatasetGenerator).Assembly;
    private static readonly Assembly Reader = typeof(global::Dataset.Quote).Assembly;

    private static readonly long MaxValue = (long)Writer.GetType("Dataset.Storage.IntCodec", true)!.GetField("MaxValue")!.GetValue(null)!;

    [Fact]
    public void AnIntTakesFiveBitsASymbolUpToThirtyFiveBits()
    {
        Assert.Equal((1L << 35) - 1, MaxValue);
        Assert.Equal("0", Encode(0));
        Assert.Equal("V", Encode(31));
        Assert.Equal("W1", Encode(32));
        Assert.Equal("3", Encode(3));
        Assert.Equal("//////V", Encode(MaxValue));
    }

    [Fact]
    public void EveryIntTheWriterWritesTheReaderReadsBackAtItsLength()
    {
        // Each boundary of a symbol more (2^5k - 1 and 2^5k), the ints the format knows (int and uint), then any.
        var boundaries = Enumerable.Range(0, 8).SelectMany(k => new[] { (1L << (5 * k)) - 1, 1L << (5 * k) })
            .Concat([0, int.MaxValue, uint.MaxValue, MaxValue])
            .Where(value => value <= MaxValue);
        foreach (var value in boundaries)
        {
            RoundTrips(value);
        }

        Gen.Long[0, MaxValue].Sample(RoundTrips, iter: 10_000);
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(long.MinValue)]
    [InlineData(1L << 35)]
    [InlineData(long.MaxValue)]
    public void TheWriterRefusesAnIntTheReaderCouldNotRead(long value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Call(Writer, "IntCodec", "Write", value, new byte[16], 0));

    [Theory]
    [InlineData("", 0)]         // nothing to read
    [InlineData("W", 1)]        // a group that more should follow, and none does
    [InlineData("W1", 1)]       // the same: the reader stops at the end it is given
    [InlineData("///////", 7)]  // seven groups that more should follow: past 35 bits
    [InlineData("!", 1)]        // not a symbol of an int
    [InlineData("W\"", 2)]
    public void TheReaderRefusesWhatTheWriterNeverWrites(string symbols, int end)
    {
        var (value, _) = Decode(Encoding.ASCII.GetBytes(symbols), end);
        Assert.Equal(-1L, value);
    }

    [Theory]
    // Values from an independent implementation of the definition in Checksum.cs (four FNV-1a lanes over
    // little-endian words, the tail bytes into lane 0, the lanes folded in order).
    [InlineData("", 0xC05F972Eu)]
    [InlineData("a", 0x7AEC67DDu)]
    [InlineData("foobar", 0xBC242E1Bu)]
    [InlineData("Dataset", 0xAE77C6BAu)]
    [InlineData("The quick brown fox jumps over the lazy dog", 0x4C1E9560u)]
    public void TheChecksumIsFourLanesOfFnv1aOnBothSides(string text, uint hash)
    {
        // The writer hashes a buffer from 0, the reader a block from after its checksum: both with start and end.
        var bytes = Encoding.ASCII.GetBytes("DS" + text + "..");
        Assert.Equal(hash, Static<Hash>(Writer, "Checksum", "Hash")(bytes, 2, 2 + text.Length));
        Assert.Equal(hash, Static<Hash>(Reader, "Checksum", "Hash")(bytes, 2, 2 + text.Length));
    }

    [Fact]
    public void TheSectionsAreTheSameOnBothSidesInTheFormatsOrder()
    {
        // The values are the sections' places in the table: a change here changes the data.
        // The quotes are a block of their own (format 5), not a section.
        string[] order = ["Paragraphs", "Stats", "Mentions", "Blocks", "Links"];
        foreach (var side in new[] { Writer, Reader })
        {
            var type = side.GetType("Dataset.Storage.ArticleSection", true)!;
            Assert.Equal(order, Enum.GetNames(type));
            Assert.Equal(Enumerable.Range(0, order.Length), order.Select(name => (int)Enum.Parse(type, name)));
            Assert.Equal(order.Length, (int)side.GetType("Dataset.Storage.DataFormat", true)!.GetField("ArticleSections")!.GetValue(null)!);
        }
    }

    [Fact]
    public void EverySectionTheWriterFillsTheReaderReadsAtItsPlace()
    {
        // A count of its own for each section but blocks (one per paragraph): a section read from another's place
        // cannot pass for it.
        const string text = "---\ntitle: Sections\nsource: Wire\npublished: 2020-01-01\npeople:\n  Kerry: John Kerry\n---\n"
            + "## Talks with [a link](https://example.org/1)\n\n"
            + "“[We talk]{.quote #Kerry.Q1},” said [Kerry]{.person ref=Kerry} of [2]{.stat #Counts.A} and [3]{.stat #Counts.B} rounds <https://example.org/2>.\n\n"
            + "- an item on [Kerry]{.person ref=Kerry} <https://example.org/3>\n\n"
            + "> quoted: [Kerry]{.person ref=Kerry}, <https://example.org/4> and [five](https://example.org/5)\n";
        var model = ArticleParser.Parse("sections.md", "sections.md", text, TestContext.Current.CancellationToken);
        var run = GeneratorHarness.Run([GeneratorHarness.Article("sections.md", text)]);
        Assert.Empty(run.GeneratorDiagnostics);
        var article = Assert.Single(GeneratedCode.Read(run.Driver.GetRunResult()).Decode().Articles);

        // Each section's items as the parser gave them to the writer, and as the reader read them back.
        var sections = new Dictionary<string, (string[] Written, string[] Read)>
        {
            ["Paragraphs"] = ([.. model.Paragraphs], [.. article.Paragraphs]),
            ["Quotes"] = ([.. model.Quotes.Select(quote => quote.Key)], [.. article.Quotes.Select(quote => quote.Key)]),
            ["Stats"] = ([.. model.Stats.Select(stat => stat.Key)], [.. article.Stats.Select(stat => stat.Key)]),
            ["Mentions"] = ([.. model.Mentions.Select(mention => mention.Text)], [.. article.Mentions.Select(mention => mention.Text)]),
            ["Blocks"] = ([.. model.Blocks.Select(block => $"{block.Kind} {block.Level}")], [.. article.Blocks.Select(block => $"{block.Kind} {block.Level}")]),
            ["Links"] = ([.. model.Links.Select(link => link.Url)], [.. article.Links.Select(link => link.Url)]),
        };
        Assert.Equal([4, 2, 3, 4, 5], Sections(Writer).Select(section => sections[section].Written.Length));
        Assert.Equal(sections["Quotes"].Written, sections["Quotes"].Read);
        foreach (var section in Sections(Reader))
        {
            Assert.Equal(sections[section].Written, sections[section].Read);
        }
    }

    [Fact]
    public void EveryFieldOfAStatisticTheWriterWritesTheReaderReadsBack()
    {
        // Each optional field null in one statistic and set in another: a field read from its neighbour's place cannot pass.
        const string text = "---\ntitle: Rates\nsource: Wire\npublished: 1987-03-02\n---\n"
            + "Oil was [16.00 dlrs a barrel]{.stat #Oil.Price}, up [15-18 pct a year]{.stat #Oil.Growth}, [5 a day]{.stat #Oil.Ships},"
            + " [about 40]{.stat #Oil.Wells}, [20 flight missions]{.stat #Oil.Flights unit=\"flight missions\"} and [3 dlrs]{.stat #Oil.Fee per=tonne}.\n";
        var run = GeneratorHarness.Run([GeneratorHarness.Article("rates.md", text)]);
        Assert.Empty(run.GeneratorDiagnostics);
        var article = Assert.Single(GeneratedCode.Read(run.Driver.GetRunResult()).Decode().Articles);

        Assert.Equal(
            [
                ("Price", 16m, (decimal?)null, "USD", "barrel", global::Dataset.StatQualifier.Exact, "16.00 dlrs a barrel"),
                ("Growth", 15m, 18m, "percent", "year", global::Dataset.StatQualifier.Range, "15-18 pct a year"),
                ("Ships", 5m, null, null, "day", global::Dataset.StatQualifier.Exact, "5 a day"),
                ("Wells", 40m, null, null, null, global::Dataset.StatQualifier.About, "about 40"),
                ("Flights", 20m, null, "flight missions", null, global::Dataset.StatQualifier.Exact, "20 flight missions"),
                ("Fee", 3m, null, "USD", "tonne", global::Dataset.StatQualifier.Exact, "3 dlrs"),
            ],
            article.Stats.Select(stat => (stat.Key, stat.Value, stat.Upper, stat.Unit, stat.Per, stat.Qualifier, stat.Text)));
        Assert.Equal("16 USD per barrel", article.Stats[0].ToString());
        Assert.Equal("5 per day", article.Stats[2].ToString());
    }

    private static void RoundTrips(long value)
    {
        var symbols = Encode(value);
        Assert.Equal(Math.Max(1, (64 - (int)ulong.LeadingZeroCount((ulong)value) + 4) / 5), symbols.Length);
        var (read, position) = Decode(Encoding.ASCII.GetBytes(symbols + "0"), symbols.Length + 1);
        Assert.Equal(value, read);
        Assert.Equal(symbols.Length, position);
    }

    /// <summary>The symbols the writer's codec writes for <paramref name="value"/>.</summary>
    private static string Encode(long value)
    {
        var into = new byte[8];
        var count = (int)Call(Writer, "IntCodec", "Write", value, into, 0)!;
        return Encoding.ASCII.GetString(into, 0, count);
    }

    /// <summary>The int the reader's codec reads from the start of <paramref name="bytes"/>, and where it stops.</summary>
    private static (long Value, int Position) Decode(byte[] bytes, int end)
    {
        var position = 0;
        var value = Static<ReadInt>(Reader, "IntCodec", "Read")(bytes.AsSpan(0, end), ref position);
        return (value, position);
    }

    private static string[] Sections(Assembly assembly) => Enum.GetNames(assembly.GetType("Dataset.Storage.ArticleSection", true)!);

    /// <summary>The static method <paramref name="method"/> of <paramref name="type"/>, as a delegate (reflection cannot pass a span).</summary>
    private static T Static<T>(Assembly assembly, string type, string method)
        where T : Delegate =>
        assembly.GetType("Dataset.Storage." + type, true)!.GetMethod(method)!.CreateDelegate<T>();

    private static object? Call(Assembly assembly, string type, string method, params object?[] arguments) =>
        assembly.GetType("Dataset.Storage." + type, true)!.GetMethod(method)!.Invoke(null, BindingFlags.DoNotWrapExceptions, null, arguments, null);

    private delegate uint Hash(ReadOnlySpan<byte> bytes, int start, int end);

    private delegate long ReadInt(ReadOnlySpan<byte> bytes, ref int position);
}
