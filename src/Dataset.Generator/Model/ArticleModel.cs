namespace Dataset.Generator.Model;

/// <summary>
/// Everything the generator needs from one data file, parsed and checked on its own. Only valid parts are kept:
/// a broken annotation is dropped with a diagnostic, and the rest of the article is still emitted. When the file
/// is too broken to name an article (no front matter, no title), <see cref="IsEmittable"/> is false.
/// <para>
/// The body is read as Markdown (<see cref="Blocks"/>). <see cref="Paragraphs"/> holds the text of every block, in
/// order (<c>Paragraphs[i] == Blocks[i].Text</c>), and the <c>Paragraph</c> index of a quote, statistic or mention is
/// the 1-based index of the block it is in: a quote in the third list item of a body that starts with a heading and a
/// paragraph has paragraph 5.
/// </para>
/// </summary>
internal sealed record ArticleModel
{
    public required string FilePath { get; init; }

    public required string RelativePath { get; init; }

    public required string Id { get; init; }

    public required TextLocation IdLocation { get; init; }

    public required string Title { get; init; }

    public required string Source { get; init; }

    public required string? Dateline { get; init; }

    public required int Year { get; init; }

    public required int Month { get; init; }

    public required int Day { get; init; }

    public required EquatableArray<string> Paragraphs { get; init; }

    public required EquatableArray<EntityModel> Entities { get; init; }

    public required EquatableArray<QuoteModel> Quotes { get; init; }

    public required EquatableArray<StatModel> Stats { get; init; }

    public required EquatableArray<MentionModel> Mentions { get; init; }

    public required EquatableArray<DiagnosticInfo> Diagnostics { get; init; }

    public required bool IsEmittable { get; init; }

    /// <summary>Every block of text of the body, in document order (headings, paragraphs, list items, quotes, code).</summary>
    public EquatableArray<BlockModel> Blocks { get; init; } = EquatableArray<BlockModel>.Empty;

    /// <summary>Every Markdown link of the body, in document order.</summary>
    public EquatableArray<LinkModel> Links { get; init; } = EquatableArray<LinkModel>.Empty;

    /// <summary>A file that names no article (no front matter, say, or a parser failure): it only reports <paramref name="diagnostics"/>.</summary>
    public static ArticleModel Unemittable(string filePath, string relativePath, EquatableArray<DiagnosticInfo> diagnostics) => new()
    {
        FilePath = filePath,
        RelativePath = relativePath,
        Id = string.Empty,
        IdLocation = default,
        Title = string.Empty,
        Source = string.Empty,
        Dateline = null,
        Year = 1,
        Month = 1,
        Day = 1,
        Paragraphs = EquatableArray<string>.Empty,
        Entities = EquatableArray<EntityModel>.Empty,
        Quotes = EquatableArray<QuoteModel>.Empty,
        Stats = EquatableArray<StatModel>.Empty,
        Mentions = EquatableArray<MentionModel>.Empty,
        Diagnostics = diagnostics,
        IsEmittable = false,
    };
}
