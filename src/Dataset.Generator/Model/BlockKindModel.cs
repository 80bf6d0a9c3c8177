namespace Dataset.Generator.Model;

/// <summary>What kind of block of text a <see cref="BlockModel"/> is (the innermost Markdown container decides).</summary>
internal enum BlockKindModel
{
    /// <summary>A paragraph at the top level of the body.</summary>
    Paragraph,

    /// <summary>An ATX (<c>## Subhead</c>) or setext heading; its level is 1 to 6.</summary>
    Heading,

    /// <summary>A paragraph (or heading) inside a list item; its level is the list's nesting depth, 1 at the top.</summary>
    ListItem,

    /// <summary>A paragraph (or heading) inside a block quote (<c>&gt; ...</c>); its level is the quote's nesting depth.</summary>
    Quote,

    /// <summary>An indented or fenced code block: its text is the code as written, lines joined with LF.</summary>
    Code,
}
