using System.Globalization;
using System.Text;
using CsCheck;
using Dataset.Generator.Model;
using Dataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dataset.Generator.Tests;

/// <summary>
/// The articles' data is one encoded literal per generated file, read by the runtime's decoder: texts are stored once
/// (a quote, a statistic's text and its sentence are slices of their paragraph), and damaged data is an exception,
/// never a wrong value.
/// </summary>
public sealed class EncodedDataTests
{
    private const int Paragraphs = 40;

    // DataFormat.QuotesKind and DataFormat.ChunkKind (the type is in both the generator and the runtime referenced here).
    private const int QuotesKind = 2;
    private const int ArticlesKind = 1;

    [Fact]
    public void AnArticleWithManyLongTextsStoresEachParagraphOnceAndEveryTextRoundTrips()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Article("long-texts.md", LongArticle())], csharp: "static class Uses { static string S => Sample.Quotes.Kerry.Q39.Text; }");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var code = GeneratedCode.Read(run.Driver.GetRunResult());
        var data = code.Decode();
        var article = Assert.Single(data.Articles);
        Assert.Equal(Enumerable.Range(0, Paragraphs).Select(QuoteText), article.Quotes.Select(quote => quote.Text));
        Assert.Equal(Enumerable.Range(0, Paragraphs).Select(Sentence), article.Stats.Select(stat => stat.Sentence));
        Assert.Equal(Enumerable.Range(0, Paragraphs).Select(Paragraph), article.Paragraphs);
        Assert.Equal(Enumerable.Range(1, Paragraphs).Select(i => (decimal)i), article.Stats.Select(stat => stat.Value));

        // The articles' block's texts hold the paragraphs and short texts (id, title, keys, values: about 350
        // characters), not the sentences again; the quotes' block holds the quotes (each its own text) and little else.
        var chunk = GeneratedCode.Bytes(code.Trees.SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            .Single(type => type.Identifier.ValueText == "Article_LongTexts")
            .Members.OfType<PropertyDeclarationSyntax>().Single());
        var quoteText = Dataset.Storage.BlockReader.Open(chunk, 0, QuotesKind, "quotes", out var quotesEnd).TextLength;
        var text = Dataset.Storage.BlockReader.Open(chunk, quotesEnd, ArticlesKind, "articles", out var end).TextLength;
        Assert.Equal(chunk.Length, end);
        var paragraphs = Enumerable.Range(0, Paragraphs).Sum(i => Encoding.UTF8.GetByteCount(Paragraph(i)));
        Assert.InRange(text, paragraphs, paragraphs + 400);
        var quotes = Enumerable.Range(0, Paragraphs).Sum(i => Encoding.UTF8.GetByteCount(QuoteText(i)));
        Assert.InRange(quoteText, quotes, quotes + 250);
    }

    [Fact]
    public void AChunksQuotesShareTheirSpeakersAndKeepTheirOwnKeysCuesAndLocations()
    {
        // A quote names its speaker by its place among its chunk's speakers, and its key, cue and location are read
        // apart from its text: two speakers, each quoted twice, one quote with a cue.
        const string article = "---\ntitle: Talks\nsource: Wire\npublished: 2020-01-01\npeople:\n  Kerry: { name: John Kerry }\n  Lavrov: { name: Sergei Lavrov }\n---\n"
            + "\"[We talked]{.quote #Kerry.Talked cue=said},\" Kerry said, and Lavrov said \"[we agreed]{.quote #Lavrov.Agreed}\".\n\n"
            + "\"[We will meet]{.quote #Kerry.Meet}\", Kerry said. \"[In Geneva]{.quote #Lavrov.Geneva}\", Lavrov said.\n";
        var run = GeneratorHarness.Run([GeneratorHarness.Article("talks.md", article)]);

        Assert.Empty(run.GeneratorDiagnostics);
        var quotes = GeneratedCode.Read(run.Driver.GetRunResult()).Decode().Quotes;
        Assert.Equal(["Kerry.Talked", "Lavrov.Agreed", "Kerry.Meet", "Lavrov.Geneva"], quotes.Select(quote => quote.SpeakerKey + "." + quote.Key));
        Assert.Equal(["We talked", "we agreed", "We will meet", "In Geneva"], quotes.Select(quote => quote.Text));
        Assert.Equal(["said", null, null, null], quotes.Select(quote => quote.Cue));
        Assert.Equal([1, 1, 2, 2], quotes.Select(quote => quote.Paragraph));
        Assert.Equal(4, quotes.Select(quote => quote.Location).Distinct().Count());
        Assert.Equal(["John Kerry", "Sergei Lavrov", "John Kerry", "Sergei Lavrov"], quotes.Select(quote => quote.Speaker.Name));
        Assert.Same(quotes[0].SpeakerKey, quotes[2].SpeakerKey);
        Assert.Same(quotes[0].Speaker, quotes[2].Speaker);
        Assert.Same(quotes[1].Speaker, quotes[3].Speaker);
        Assert.Equal(["Talked", "Meet"], quotes[0].Speaker.Quotes.Select(quote => quote.Key));
    }

    [Fact]
    public void EveryGeneratedFileHoldsOneDataLiteralAndNoObjectConstruction()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Article("long-texts.md", LongArticle())]);

        var code = GeneratedCode.Read(run.Driver.GetRunResult());
        var creations = code.Trees.SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>()).ToList();
        Assert.Equal("new global::Dataset.Storage.EncodedDataset(Index, Chunk, typeof(DatasetStorage))", Assert.Single(creations).ToString());
        Assert.Empty(code.Trees.SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<LambdaExpressionSyntax>()));
    }

    [Fact]
    public void ListingTheArticlesReadsNoChunkAndAnArticleOnlyItsOwn()
    {
        var files = Enumerable.Range(0, 3).Select(i => GeneratorHarness.Article($"a{i}.md", $"---\ntitle: Article {i}\nsource: Wire\npublished: 2020-01-0{i + 1}\n---\nParagraph {i}.\n")).ToArray();
        var read = new List<int>();
        var data = GeneratedCode.Read(GeneratorHarness.Run(files).Driver.GetRunResult()).Decode(read.Add);

        Assert.Equal(3, data.Articles.Count);
        Assert.Empty(read);
        Assert.Equal("A1", data.Articles[1].Id);
        Assert.Single(read);
        Assert.Same(data.Articles[1], data.Articles[1]);
        Assert.Equal(["A0", "A1", "A2"], data.Articles.Select(article => article.Id));
        Assert.Equal(3, read.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => data.Articles[3]);
    }

    [Fact]
    public void ReadingEveryQuoteAndItsSpeakerOpensNoArticlesBlock()
    {
        var (index, chunks) = SeedBlocks();
        var expected = new Dataset.Storage.EncodedDataset(index, chunk => chunks[chunk]).Quotes.Select(quote => (quote.Key, quote.Text, quote.Speaker.Name, quote.Location.Line)).ToList();
        Assert.NotEmpty(expected);

        // Every byte of each chunk's articles' block (paragraphs, statistics, mentions) damaged: the quotes read as before.
        var damaged = chunks.ToDictionary(pair => pair.Key, pair =>
        {
            var bytes = (byte[])pair.Value.Clone();
            Dataset.Storage.BlockReader.Open(bytes, 0, QuotesKind, "quotes", out var articles);
            Array.Fill(bytes, (byte)'#', articles, bytes.Length - articles);
            return bytes;
        });
        var data = new Dataset.Storage.EncodedDataset(index, chunk => damaged[chunk]);

        Assert.Equal(expected, data.Quotes.Select(quote => (quote.Key, quote.Text, quote.Speaker.Name, quote.Location.Line)));
        Assert.Equal(expected.Count, data.QuoteCount);
        Assert.Throws<InvalidDataException>(() => data.Quotes[0].Article.Paragraphs);
    }

    [Fact]
    public void AMemberReadsItsOwnChunkAndNeitherTheIndexNorAnotherChunk()
    {
        var (index, chunks) = SeedBlocks();
        var quote = new Dataset.Storage.EncodedDataset(index, chunk => chunks[chunk]).Quotes[1];
        var read = new List<int>();
        var data = new Dataset.Storage.EncodedDataset([.. "DS"u8, (byte)'9'], chunk =>
        {
            read.Add(chunk);
            return chunks[chunk];
        });

        var member = data.ChunkQuote(quote.ArticleId, chunks[0], 1);
        Assert.Equal((quote.Key, quote.Text), (member.Key, member.Text));
        Assert.Same(member, data.ChunkQuote(quote.ArticleId, chunks[0], 1));
        Assert.Empty(read);
        Assert.Throws<InvalidDataException>(() => data.Articles);
        Assert.Throws<InvalidDataException>(() => data.ChunkQuote("SomeOtherArticle", chunks[0], 1));
    }

    [Fact]
    public void CountingTheArticlesAndQuotesReadsNoChunk()
    {
        var files = Enumerable.Range(0, 3).Select(i => GeneratorHarness.Article($"a{i}.md", $"---\ntitle: Article {i}\nsource: Wire\npublished: 2020-01-0{i + 1}\npeople:\n  Kerry: John Kerry\n---\n“[Talks {i}]{{.quote #Kerry.Q{i}}},” said Kerry of [{i + 2}]{{.stat #Counts.C{i}}} rounds. “[More {i}]{{.quote #Kerry.R{i}}}.”\n")).ToArray();
        var read = new List<int>();
        var data = GeneratedCode.Read(GeneratorHarness.Run(files).Driver.GetRunResult()).Decode(read.Add);

        Assert.Equal(3, data.Articles.Count);
        Assert.Equal(6, data.QuoteCount);
        Assert.Equal(6, data.Quotes.Count);
        Assert.Equal(3, data.Stats.Count);
        Assert.Empty(read);
        Assert.Equal(["Talks 0", "More 0", "Talks 1", "More 1", "Talks 2", "More 2"], data.Quotes.Select(quote => quote.Text));
        Assert.Equal(3, read.Count);
    }

    /// <summary>
    /// Texts are decoded eight ASCII bytes at a time, then byte by byte; one non-ASCII character anywhere (here an é, two
    /// bytes of UTF-8) sends the whole text to the UTF-8 decoder. Every length across two groups of eight, with the é at
    /// every position and nowhere, reads back exactly.
    /// </summary>
    [Fact]
    public void TextsOfEveryLengthReadBackWhereverANonAsciiCharacterIs()
    {
        var texts = new List<string>();
        for (var length = 1; length <= 19; length++)
        {
            for (var at = -1; at < length; at++)
            {
                texts.Add(string.Concat(Enumerable.Range(0, length).Select(i => i == at ? 'é' : (char)('a' + ((i + length) % 26)))));
            }
        }

        var quotes = string.Join(" ", texts.Select((text, i) => $"“[{text}]{{.quote #Kerry.Q{i}}},” said Kerry."));
        var article = GeneratorHarness.Article("texts.md", $"---\ntitle: Texts\nsource: Wire\npublished: 2020-01-01\npeople:\n  Kerry: John Kerry\n---\n{quotes}\n");
        var data = GeneratedCode.Read(GeneratorHarness.Run([article]).Driver.GetRunResult()).Decode();

        Assert.Equal(texts, data.Quotes.Select(quote => quote.Text));
    }

    /// <summary>
    /// The generated code hands its <c>"..."u8</c> literals to the dataset, which reads them where they lie: the same
    /// values as from copies of the same bytes, and reading every quote allocates less by at least the quotes' blocks
    /// it no longer copies. (Memory that never moves stands in for the literals' static data: pinned arrays.)
    /// </summary>
    [Theory]
    [InlineData("seed")]
    [InlineData("long")]
    public void LiteralsAreReadInPlaceWithTheSameValuesAsCopies(string which)
    {
        var (index, chunks) = which == "seed" ? SeedBlocks() : Blocks("long-texts.md", LongArticle());
        var pinnedIndex = Pinned(index);
        var pinnedChunks = chunks.ToDictionary(pair => pair.Key, pair => Pinned(pair.Value));

        Dataset.Storage.EncodedDataset Copying() => new(() => pinnedIndex, chunk => pinnedChunks[chunk]);
        Dataset.Storage.EncodedDataset InPlace() => new(() => pinnedIndex, chunk => pinnedChunks[chunk], typeof(EncodedDataTests));

        Assert.Equal(Describe(Copying()), Describe(InPlace()));

        // Everything is run once before it is measured, so that only the reads differ.
        long Allocated(Dataset.Storage.EncodedDataset data)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var length = data.Quotes.Sum(quote => quote.Text.Length);
            Assert.True(length > 0);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Allocated(Copying());
        Allocated(InPlace());
        var quoteBlocks = pinnedChunks.Values.Sum(chunk => Dataset.Storage.BlockReader.Length(chunk));
        Assert.True(Allocated(InPlace()) <= Allocated(Copying()) - quoteBlocks, $"reading in place copies none of the {quoteBlocks} bytes of the quotes' blocks");
    }

    private static byte[] Pinned(byte[] bytes)
    {
        var pinned = GC.AllocateArray<byte>(bytes.Length, pinned: true);
        bytes.CopyTo(pinned, 0);
        return pinned;
    }

    [Fact]
    public void DataOfANewerFormatThrowsAnExceptionNamingBothVersions()
    {
        var (index, chunks) = SeedBlocks();
        var newer = (byte[])index.Clone();
        // The runtime's own constants (the generator links the same files, so the tests see both assemblies' copies).
        var runtime = typeof(Dataset.Quote).Assembly;
        var version = (int)runtime.GetType("Dataset.Storage.DataFormat", true)!.GetField("Version")!.GetValue(null)!;
        var digits = (string)runtime.GetType("Dataset.Storage.IntCodec", true)!.GetField("FinalDigits")!.GetValue(null)!;
        Assert.Equal((byte)digits[version], newer[2]);
        newer[2] = (byte)digits[version + 1];

        var exception = Assert.Throws<InvalidDataException>(() => new Dataset.Storage.EncodedDataset(newer, chunk => chunks[chunk]).Articles);
        Assert.Contains($"format {version + 1}", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"reads format {version}", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BlocksAndLinksRoundTripWithTheirKindsLevelsTextsAndLocations()
    {
        const string body = "## Talks\n\nSee [the *statement*](https://example.org/s \"Its title\") of [Kerry]{.person ref=Kerry}.\n\n- a list item with <https://example.org/a>\n\n> > quoted twice\n\n```\ncode\n```\n";
        var file = GeneratorHarness.Article("blocks.md", "---\ntitle: Blocks\nsource: Test\npublished: 2026-11-30\npeople:\n  Kerry: John Kerry\n---\n" + body);
        var run = GeneratorHarness.Run([file]);

        Assert.Empty(run.GeneratorDiagnostics);
        var model = Dataset.Generator.Parsing.ArticleParser.Parse("blocks.md", "blocks.md", "---\ntitle: Blocks\nsource: Test\npublished: 2026-11-30\npeople:\n  Kerry: John Kerry\n---\n" + body, TestContext.Current.CancellationToken);
        var article = Assert.Single(GeneratedCode.Read(run.Driver.GetRunResult()).Decode().Articles);
        Assert.Equal(
            [
                (global::Dataset.BlockKind.Heading, 2, "Talks"),
                (global::Dataset.BlockKind.Paragraph, 0, "See the statement of Kerry."),
                (global::Dataset.BlockKind.ListItem, 1, "a list item with https://example.org/a"),
                (global::Dataset.BlockKind.Quote, 2, "quoted twice"),
                (global::Dataset.BlockKind.Code, 0, "code"),
            ],
            article.Blocks.Select(block => (block.Kind, block.Level, block.Text)));
        Assert.Equal(article.Paragraphs, article.Blocks.Select(block => block.Text));
        Assert.Equal(model.Blocks.Select(block => (block.Location.Start, block.Location.Length, block.Location.StartLine + 1, block.Location.StartColumn + 1)), article.Blocks.Select(block => (block.Location.Start, block.Location.Length, block.Location.Line, block.Location.Column)));
        Assert.Equal(
            [("the statement", "https://example.org/s", "Its title", 2), ("https://example.org/a", "https://example.org/a", null, 3)],
            article.Links.Select(link => (link.Text, link.Url, link.Title, link.Block)));
        Assert.Equal(model.Links.Select(link => link.Location.Start), article.Links.Select(link => link.Location.Start));
    }

    [Fact]
    public void LoneSurrogatesAndMultiByteTextsReadBackExactlyInPlainAndPackedBlocks()
    {
        // Lone surrogates (which UTF-8 cannot hold) around and inside slices, with 2-, 3- and 4-byte characters between.
        const string paragraph = "Ça \uD800 va, “[quote \uDC00 é text 😀]{.quote #Kerry.Q}” said Kerry about [3]{.stat #Counts.C} talks \uDBFF.";
        foreach (var repeat in new[] { 1, 60 })
        {
            var body = string.Join("\n\n", Enumerable.Range(0, repeat).Select(i => paragraph.Replace("#Kerry.Q", "#Kerry.Q" + i, StringComparison.Ordinal).Replace("#Counts.C", "#Counts.C" + i, StringComparison.Ordinal)));
            var driver = GeneratorHarness.CreateDriver([GeneratorHarness.Article("surrogates.md", "---\ntitle: Surrogates\nsource: Wire\npublished: 2020-01-01\npeople:\n  Kerry: John Kerry\n---\n" + body + "\n")], trackSteps: true)
                .RunGenerators(GeneratorHarness.CreateCompilation(string.Empty), TestContext.Current.CancellationToken);
            var model = (ArticleModel)driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Articles].Single().Outputs.Single().Value;
            var article = Assert.Single(GeneratedCode.Read(driver.GetRunResult()).Decode().Articles);

            Assert.Contains(model.Paragraphs, text => text.Any(char.IsSurrogate));
            Assert.Equal(model.Paragraphs, article.Paragraphs);
            Assert.Equal(model.Quotes.Select(quote => quote.Text), article.Quotes.Select(quote => quote.Text));
            Assert.Equal(model.Stats.Select(stat => stat.Sentence), article.Stats.Select(stat => stat.Sentence));
            Assert.Equal(model.Mentions.Select(mention => mention.Text), article.Mentions.Select(mention => mention.Text));
        }
    }

    [Fact]
    public void ALargeBlockIsPackedAndASmallOneStaysPlain()
    {
        var (index, chunks) = SeedBlocks();
        var (_, longChunks) = Blocks("long-texts.md", LongArticle());

        // "DS", the version, then the packing symbol: 0 plain, 1 packed (DataFormat). The index and a chunk's quotes'
        // block (what a fresh process reads first) are always plain; a chunk's articles' block is packed when large.
        Assert.Equal("DS70", Encoding.ASCII.GetString(index, 0, 4));
        var articlesLength = 0;
        foreach (var chunk in new[] { chunks[0], longChunks[0] })
        {
            Assert.Equal("DS70", Encoding.ASCII.GetString(chunk, 0, 4));
            Dataset.Storage.BlockReader.Open(chunk, 0, QuotesKind, "quotes", out var articles);
            Assert.Equal("DS71", Encoding.ASCII.GetString(chunk, articles, 4));
            articlesLength = chunk.Length - articles;
        }

        Assert.True(articlesLength * 2 < Encoding.UTF8.GetByteCount(LongArticle()), "packed, the long article's articles' block takes less than half its text");
    }

    [Theory]
    [InlineData("seed")]
    [InlineData("long")]
    public void DamagedDataThrowsAndNeverGivesAWrongValue(string which)
    {
        var (index, chunks) = which == "seed" ? SeedBlocks() : Blocks("long-texts.md", LongArticle());
        var expected = Describe(new Dataset.Storage.EncodedDataset(index, chunk => chunks[chunk]));
        var blocks = new[] { index }.Concat(chunks.Values).ToArray();

        // Each case damages one block: flips a bit of one byte, sets one byte to any value, or cuts the block short.
        Gen.Select(Gen.Int[0, blocks.Length - 1], Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.Byte)
            .Sample(
                (block, kind, where, value) =>
                {
                    var damaged = blocks.Select(b => (byte[])b.Clone()).ToArray();
                    var bytes = damaged[block];
                    var at = where % bytes.Length;
                    switch (kind)
                    {
                        case 0:
                            bytes[at] ^= (byte)(1 << (value % 8));
                            break;
                        case 1:
                            bytes[at] = value;
                            break;
                        default:
                            damaged[block] = bytes[..at];
                            break;
                    }

                    var chunkBytes = chunks.Keys.Zip(damaged.Skip(1)).ToDictionary(pair => pair.First, pair => pair.Second);
                    string actual;
                    try
                    {
                        actual = Describe(new Dataset.Storage.EncodedDataset(damaged[0], chunk => chunkBytes[chunk]));
                    }
                    catch (InvalidDataException)
                    {
                        return true;
                    }

                    // Not detected: only acceptable when nothing changed (a byte set to the value it had).
                    return damaged.Zip(blocks).All(pair => pair.First.AsSpan().SequenceEqual(pair.Second)) && actual == expected;
                },
                iter: 2000);
    }

    /// <summary>Everything the dataset exposes, as text, so two datasets can be compared.</summary>
    internal static string Describe(Dataset.Storage.EncodedDataset data)
    {
        var text = new StringBuilder();
        foreach (var article in data.Articles)
        {
            text.Append(CultureInfo.InvariantCulture, $"{article.Id}|{article.Title}|{article.Source}|{article.Dateline}|{article.Published:O}|{article.Location}|{string.Join("¶", article.Paragraphs)}\n");
            foreach (var quote in article.Quotes)
            {
                text.Append(CultureInfo.InvariantCulture, $"{quote.Key}|{quote.Text}|{quote.Speaker.Name}|{quote.Cue}|{quote.Paragraph}|{quote.Location}|{quote.Location.EndLine},{quote.Location.EndColumn},{quote.Location.Start},{quote.Location.Length}\n");
            }

            foreach (var stat in article.Stats)
            {
                text.Append(CultureInfo.InvariantCulture, $"{stat.Group}|{stat.Key}|{stat.Value}|{stat.Upper}|{stat.Unit}|{stat.Per}|{stat.Qualifier}|{stat.Text}|{stat.Sentence}|{stat.Paragraph}|{stat.Location}|{stat.Location.Start},{stat.Location.Length}\n");
            }

            foreach (var mention in article.Mentions)
            {
                text.Append(CultureInfo.InvariantCulture, $"{mention.Kind}|{mention.EntityKey}|{mention.Text}|{mention.Paragraph}|{mention.Location}|{mention.Location.Start},{mention.Location.Length}\n");
            }
        }

        foreach (var entity in data.People.Cast<global::Dataset.Entity>().Concat(data.Organizations).Concat(data.Places))
        {
            text.Append(CultureInfo.InvariantCulture, $"{entity.Kind}|{entity.Key}|{entity.Name}|{entity.Role}|{entity.Mentions.Count}\n");
        }

        return text.ToString();
    }

    /// <summary>The index and chunk blocks generated from the seed article.</summary>
    private static (byte[] Index, Dictionary<int, byte[]> Chunks) SeedBlocks() =>
        Blocks("russia-us-syria-talks.md", File.ReadAllText(Path.Combine(RepositoryPaths.Data, "russia-us-syria-talks.md")));

    /// <summary>The index and chunk blocks generated from one article.</summary>
    private static (byte[] Index, Dictionary<int, byte[]> Chunks) Blocks(string fileName, string text)
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Article(fileName, text)]);
        var code = GeneratedCode.Read(run.Driver.GetRunResult());
        var storage = code.Trees.SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            .Where(type => type.Identifier.ValueText == "DatasetStorage")
            .ToList();
        var index = GeneratedCode.Index(storage);
        var chunk = GeneratedCode.Bytes(storage.SelectMany(type => type.Members.OfType<ClassDeclarationSyntax>()).Single().Members.OfType<PropertyDeclarationSyntax>().Single());
        return (index, new Dictionary<int, byte[]> { [0] = chunk });
    }

    private static string QuoteText(int i) => $"Quote {i} says that the talks must go on for as long as it takes, whatever the cost and whatever the critics say";

    private static string Sentence(int i) => $"The ministry counted {i + 1} convoys on the road between the two cities in the last week of the month.";

    private static string Paragraph(int i) => $"“{QuoteText(i)},” said Kerry. {Sentence(i)}";

    private static string LongArticle()
    {
        var text = new StringBuilder("---\ntitle: Long texts\nsource: Wire\npublished: 2020-01-01\npeople:\n  Kerry: { name: John Kerry }\n---\n");
        for (var i = 0; i < Paragraphs; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"“[{QuoteText(i)}]{{.quote #Kerry.Q{i}}},” said Kerry. The ministry counted [{i + 1}]{{.stat #Counts.C{i}}} convoys on the road between the two cities in the last week of the month.\n\n");
        }

        return text.ToString();
    }
}
