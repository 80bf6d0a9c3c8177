namespace Dataset.Generator.Model;

/// <summary>
/// A Markdown link of the body (<c>[text](url "title")</c>, a reference link or an autolink <c>&lt;url&gt;</c>): its
/// text as plain text, its destination and title with escapes and entities resolved, the 1-based index of the block
/// it is in (as <see cref="QuoteModel.Paragraph"/> counts) and the span of the whole link in the file.
/// </summary>
internal sealed record LinkModel(string Text, string Url, string? Title, int Block, TextLocation Location);
