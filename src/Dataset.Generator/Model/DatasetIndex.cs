using System.Collections.Generic;
using System.Linq;

namespace Dataset.Generator.Model;

/// <summary>
/// A generated member an article must leave out because another article already generates it, or (of
/// <see cref="SkipKind.Article"/>) the whole article, whose id another article has.
/// </summary>
internal sealed record Skip(string FilePath, SkipKind Kind, int Index)
{
    /// <summary>The whole of the article in <paramref name="filePath"/> left out.</summary>
    public static Skip Article(string filePath) => new(filePath, SkipKind.Article, 0);

    /// <summary>
    /// The data files <paramref name="skips"/> leave out whole: nothing of theirs is generated. The generator and the
    /// tool both ask, so that the tool's articles are the generated API's.
    /// </summary>
    public static IEnumerable<string> ArticleFiles(IEnumerable<Skip> skips) =>
        skips.Where(skip => skip.Kind == SkipKind.Article).Select(skip => skip.FilePath);
}

internal enum SkipKind
{
    Article = 0,
    Quote = 1,
    Stat = 2,
}

/// <summary>A reference from an entity to one item of an article's storage: the article id and the item's index.</summary>
internal sealed record StorageRef(string ArticleId, int Index);

/// <summary>
/// An article the dataset holds (in data-file path order) and the chunk class its data is in (named by
/// <c>OutputFiles.Chunks</c>, which knows the files).
/// </summary>
internal sealed record IndexedArticle(string Id, string Chunk);

/// <summary>A statistics group (<c>LevadaPoll</c>) and how many statistics it holds across articles.</summary>
internal sealed record GroupCount(string Name, int Count);

/// <summary>
/// An entity as the whole dataset sees it: its first declaration (with the data file that holds it, as the
/// generator was given it and relative to the project), its quotes and its mentions.
/// </summary>
internal sealed record IndexedEntity(
    EntityModel Declaration,
    string FilePath,
    string RelativePath,
    EquatableArray<StorageRef> Quotes,
    EquatableArray<StorageRef> Mentions,
    int ArticleCount);

/// <summary>
/// The result of the checks across articles: the articles that are emitted (by id, in order), the entities with
/// their links, the quote and statistic storage references for the <c>All</c> lists, what each article must
/// leave out, the diagnostics found, the emitted articles' ids in path order, and how many articles were checked
/// (<paramref name="CheckedArticleCount"/>: every emittable one, those left out for a duplicate id included, which is
/// what the generated files' layout is chosen by).
/// </summary>
internal sealed record DatasetIndex(
    EquatableArray<string> ArticleIds,
    EquatableArray<IndexedEntity> Entities,
    EquatableArray<StorageRef> Quotes,
    EquatableArray<StorageRef> Stats,
    EquatableArray<GroupCount> StatGroups,
    EquatableArray<Skip> Skips,
    EquatableArray<MemberConflict> Conflicts,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<string> PathOrder,
    int CheckedArticleCount);

/// <summary>
/// A quote or statistic member (<paramref name="Name"/>, such as <c>Quotes.Kerry.Agreed</c>) that item
/// <paramref name="Index"/> of <paramref name="FilePath"/> declares again after item <paramref name="FirstIndex"/> of
/// <paramref name="FirstFilePath"/>. Located when reported, from <see cref="MemberLocations"/>.
/// </summary>
internal sealed record MemberConflict(string FilePath, SkipKind Kind, int Index, string FirstFilePath, int FirstIndex, string Name);
