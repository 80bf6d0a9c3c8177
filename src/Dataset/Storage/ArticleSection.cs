namespace Dataset.Storage;

/// <summary>
/// The sections of an article's table (see <see cref="DataFormat"/>), in the order the table sizes and holds them:
/// each list is a section of its own, so a reader decodes only the lists it is asked for. The values are the format's:
/// reordering them changes the data. The quotes are not
/// here: they are a block of their own in the chunk (see <see cref="DataFormat"/>).
/// </summary>
internal enum ArticleSection
{
    Paragraphs = 0,
    Stats = 1,
    Mentions = 2,
    Blocks = 3,
    Links = 4,
}
