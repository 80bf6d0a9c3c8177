using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>
/// Which generated file holds which article. Up to <see cref="FilePerArticleLimit"/> articles, each has its own file
/// (<c>Article_&lt;Id&gt;.g.cs</c>). Above, the articles are spread over <see cref="BucketCount"/> files
/// (<c>Articles_&lt;nnn&gt;.g.cs</c>) by a hash of their id: the compiler's own cost of carrying a generated source
/// over from one run to the next grows with the square of the number of sources (about a second per keystroke at
/// 10,000 of them), while re-emitting one bucket after an edit costs a few dozen articles' emission. Each file's data
/// is read through a method of its own, which an app that is only built JIT-compiles when it first reads that file's
/// items (reading every quote reads every file): so there are no more files than about one per
/// <see cref="ArticlesPerBucket"/> articles. More articles a file would make an edit dearer: re-emitting a file after
/// an edit emits all its articles.
/// </summary>
internal static class OutputFiles
{
    public const int FilePerArticleLimit = 256;

    /// <summary>The most files the articles are spread over (from 2,049 articles on).</summary>
    public const int MaxBucketCount = 256;

    /// <summary>The fewest files the articles are spread over, once they are (above <see cref="FilePerArticleLimit"/>).</summary>
    public const int MinBucketCount = 32;

    /// <summary>How many articles a file holds at most, until there are <see cref="MaxBucketCount"/> files.</summary>
    public const int ArticlesPerBucket = 16;

    /// <summary>
    /// The files, each with its articles in path order (so that the output never depends on input order), and with what
    /// each article must leave out (<paramref name="skips"/>, from the checks across articles).
    /// </summary>
    public static EquatableArray<OutputFile> Group(ImmutableArray<ArticleModel> articles, EquatableArray<Skip> skips)
    {
        var skipsByFile = skips.GroupBy(skip => skip.FilePath, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.ToEquatableArray(), StringComparer.Ordinal);
        var inputs = articles.Select(article => new ArticleEmitInput(article, skipsByFile.TryGetValue(article.FilePath, out var its) ? its : EquatableArray<Skip>.Empty));
        var ordered = inputs
            .OrderBy(input => input.Article.RelativePath, StringComparer.Ordinal)
            .ThenBy(input => input.Article.FilePath, StringComparer.Ordinal)
            .ToList();
        if (!IsBucketed(ordered.Count(input => input.Article.IsEmittable)))
        {
            var hintNames = ArticleHintNames(ordered.Where(input => input.Article.IsEmittable).Select(input => input.Article.Id));
            return ordered
                .Select(input => new OutputFile(
                    input.Article.IsEmittable ? hintNames[input.Article.Id] : null,
                    EmitNames.ArticleStorage(input.Article.Id),
                    new[] { input }.ToEquatableArray()))
                .ToEquatableArray();
        }

        var bucketCount = BucketCount(ordered.Count(input => input.Article.IsEmittable));
        var buckets = new List<ArticleEmitInput>?[bucketCount];
        foreach (var input in ordered)
        {
            var bucket = Bucket(input.Article.Id, bucketCount);
            (buckets[bucket] ??= new List<ArticleEmitInput>()).Add(input);
        }

        var files = new List<OutputFile>(bucketCount);
        for (var i = 0; i < bucketCount; i++)
        {
            if (buckets[i] is { } inBucket)
            {
                files.Add(new OutputFile(BucketHintName(i), BucketChunk(i), inBucket.ToEquatableArray()));
            }
        }

        return files.ToEquatableArray();
    }

    /// <summary>
    /// The articles of <paramref name="index"/> in path order, each with the storage class its data is in: the chunk of
    /// the file <see cref="Group"/> puts it in. Both choose the layout by the same count, the articles that can be
    /// emitted (the checks count them in <see cref="DatasetIndex.CheckedArticleCount"/>), so the index names the
    /// chunks the files declare.
    /// </summary>
    public static EquatableArray<IndexedArticle> Chunks(DatasetIndex index)
    {
        var bucketCount = IsBucketed(index.CheckedArticleCount) ? BucketCount(index.CheckedArticleCount) : 0;
        return index.PathOrder
            .Select(id => new IndexedArticle(id, bucketCount > 0 ? BucketChunk(Bucket(id, bucketCount)) : EmitNames.ArticleStorage(id)))
            .ToEquatableArray();
    }

    /// <summary>Whether a dataset of <paramref name="articles"/> articles (those that can be emitted) shares files between articles.</summary>
    private static bool IsBucketed(int articles) => articles > FilePerArticleLimit;

    /// <summary>
    /// How many files <paramref name="articles"/> articles are spread over: a power of two from
    /// <see cref="MinBucketCount"/> to <see cref="MaxBucketCount"/>, the least that gives no more than
    /// <see cref="ArticlesPerBucket"/> articles a file on average. A power of two, so that the count changes (and every
    /// file with it) only when the dataset doubles.
    /// </summary>
    public static int BucketCount(int articles)
    {
        var count = MinBucketCount;
        while (count < MaxBucketCount && (long)count * ArticlesPerBucket < articles)
        {
            count *= 2;
        }

        return count;
    }

    private static string BucketChunk(int bucket) => "Articles_" + bucket.ToString("D3", CultureInfo.InvariantCulture);

    public static string ArticleHintName(string articleId) => EmitNames.ArticleStorage(articleId) + ".g.cs";

    /// <summary>
    /// The file name of each distinct id. Roslyn compares hint names ignoring case (they become file names), while ids
    /// are C# names: <c>aArticle</c> and <c>AArticle</c> are two articles. Such ids get a suffix by their ordinal rank
    /// among the ids their name is shared with (after a "-", which no id holds), which depends on the ids alone.
    /// </summary>
    public static Dictionary<string, string> ArticleHintNames(IEnumerable<string> articleIds)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in articleIds.Distinct(StringComparer.Ordinal).GroupBy(ArticleHintName, StringComparer.OrdinalIgnoreCase))
        {
            var rank = 0;
            foreach (var id in group.OrderBy(id => id, StringComparer.Ordinal))
            {
                names[id] = rank++ == 0 ? ArticleHintName(id) : EmitNames.ArticleStorage(id) + "-" + rank.ToString(CultureInfo.InvariantCulture) + ".g.cs";
            }
        }

        return names;
    }

    public static string BucketHintName(int bucket) => "Articles_" + bucket.ToString("D3", CultureInfo.InvariantCulture) + ".g.cs";

    /// <summary>FNV-1a over the id's UTF-16 code units, of <paramref name="bucketCount"/>: the same bucket on every machine and in every run.</summary>
    public static int Bucket(string articleId, int bucketCount)
    {
        var hash = 2166136261u;
        foreach (var c in articleId)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % (uint)bucketCount);
    }
}
