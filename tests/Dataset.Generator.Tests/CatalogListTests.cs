using Dataset.Storage;

namespace Dataset.Generator.Tests;

/// <summary>
/// The catalog's lists of articles, quotes and statistics (<c>CatalogList</c>): counted from the counts the libraries'
/// attributes give, without reading any library, and read item by item from the one library that holds the item.
/// </summary>
public sealed class CatalogListTests
{
    [Fact]
    public void CountReadsNoLibraryAndAnItemReadsOnlyTheLibraryThatHoldsIt()
    {
        var sources = new Sources(["a0", "a1"], [], ["c0", "c1", "c2"]);
        var list = sources.List();

        Assert.Equal(5, list.Count);
        Assert.Equal([0, 0, 0], sources.Reads);

        Assert.Equal("a1", list[1]);
        Assert.Equal([1, 0, 0], sources.Reads);
        Assert.Equal("c0", list[2]);
        Assert.Equal("c2", list[4]);
        Assert.Equal("a0", list[0]);
        Assert.Equal([1, 0, 1], sources.Reads);
    }

    [Fact]
    public void ItemsAcrossLibraryBoundariesAreTheLibrariesItemsInOrder()
    {
        var sources = new Sources([], ["b0"], [], [], ["e0", "e1"], ["f0", "f1", "f2"], []);
        var list = sources.List();

        Assert.Equal(["b0", "e0", "e1", "f0", "f1", "f2"], Enumerable.Range(0, list.Count).Select(i => list[i]));
        Assert.Equal(["b0", "e0", "e1", "f0", "f1", "f2"], list);

        // Each library read once, the empty ones never.
        Assert.Equal([0, 1, 0, 0, 1, 1, 0], sources.Reads);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[6]);
    }

    [Fact]
    public void ACatalogOfNoItemsIsEmpty()
    {
        var sources = new Sources([], []);
        var list = sources.List();

        Assert.Empty(list);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[0]);
        Assert.Equal([0, 0], sources.Reads);
    }

    [Fact]
    public void ALibraryThatHoldsAnotherCountThanItsAttributeSaidIsReportedByName()
    {
        var sources = new Sources(["a0"], ["b0", "b1"]);
        var list = new CatalogList<string>(
            [new DatasetLibrary("News.A", 1, 0, 0, 0, 0, 0), new DatasetLibrary("News.B", 3, 0, 0, 0, 0, 0)],
            sources.Functions(),
            library => library.ArticleCount,
            "articles");

        Assert.Equal(4, list.Count);
        Assert.Equal("a0", list[0]);
        var error = Assert.Throws<InvalidOperationException>(() => list[1]);
        Assert.Equal(
            "DatasetCatalog was compiled against the dataset library 'News.B' with 3 articles, and the library loaded holds 2: build this project again against the version of the library it runs with.",
            error.Message);
    }

    /// <summary>Libraries whose lists are <c>items</c>, each list handed out by a function that counts its calls.</summary>
    private sealed class Sources(params string[][] items)
    {
        public int[] Reads { get; } = new int[items.Length];

        public Func<IReadOnlyList<string>>[] Functions() =>
            Enumerable.Range(0, items.Length).Select(s => (Func<IReadOnlyList<string>>)(() =>
            {
                Reads[s]++;
                return items[s];
            })).ToArray();

        public CatalogList<string> List() => new(
            items.Select((list, s) => new DatasetLibrary("Shard" + s, list.Length, 0, 0, 0, 0, 0)).ToArray(),
            Functions(),
            library => library.ArticleCount,
            "articles");
    }
}
