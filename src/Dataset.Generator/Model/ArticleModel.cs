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
internal sealed record ArticleModel(
    string FilePath,
    string RelativePath,
    string Id,
    TextLocation IdLocation,
    string Title,
    string Source,
    string? Dateline,
    int Year,
    int Month,
    int Day,
    EquatableArray<string> Paragraphs,
    EquatableArray<EntityModel> Entities,
    EquatableArray<QuoteModel> Quotes,
    EquatableArray<StatModel> Stats,
    EquatableArray<MentionModel> Mentions,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool IsEmittable)
{
    /// <summary>Every block of text of the body, in document order (headings, paragraphs, list items, quotes, code).</summary>
    public EquatableArray<BlockModel> Blocks { get; init; } = EquatableArray<BlockModel>.Empty;

    /// <summary>Every Markdown link of the body, in document order.</summary>
    public EquatableArray<LinkModel> Links { get; init; } = EquatableArray<LinkModel>.Empty;
}
