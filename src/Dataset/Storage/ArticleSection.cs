namespace Dataset.Storage;

/// <summary>
/// The sections of an article's table (see <see cref="DataFormat"/>), in the order the table sizes and holds them:
/// each list is a section of its own, so a reader decodes only the lists it is asked for. The values are the format's:
/// reordering them changes the data.
/// </summary>
internal enum ArticleSection
{
    Paragraphs = 0,
    Quotes = 1,
    Stats = 2,
    Mentions = 3,
    Blocks = 4,
    Links = 5,
}
