namespace Dataset.Generator.Model;

/// <summary>
/// One block of text of an article's body, in document order: its kind, its level (heading level, or list or block
/// quote nesting depth; 0 for top-level paragraphs and code), its plain text as Pandoc reads it (markup removed,
/// escapes and entities resolved, every run of spaces and line breaks read as one space) and where it is written
/// (from its first to its last character, container markers such as <c>&gt; </c> on its first line excluded).
/// </summary>
internal sealed record BlockModel(BlockKind Kind, int Level, string Text, TextLocation Location);
