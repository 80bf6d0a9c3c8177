namespace Dataset.Generator.Model;

/// <summary>
/// Everything the generator needs from one data file, parsed and checked on its own. Only valid parts are kept:
/// a broken annotation is dropped with a diagnostic, and the rest of the article is still emitted. When the file
/// is too broken to name an article (no front matter, no title), <see cref="IsEmittable"/> is false.
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
    bool IsEmittable);
