namespace Dataset;

/// <summary>What kind of block of text a <see cref="Block"/> is: the innermost Markdown container decides.</summary>
public enum BlockKind
{
    /// <summary>A paragraph at the top level of the body.</summary>
    Paragraph = 0,

    /// <summary>A heading (<c>## Subhead</c>, or underlined); its level is 1 to 6.</summary>
    Heading = 1,

    /// <summary>A paragraph inside a list item; its level is the list's nesting depth, 1 at the top.</summary>
    ListItem = 2,

    /// <summary>A paragraph inside a block quote (<c>&gt; ...</c>); its level is the quote's nesting depth, 1 at the top.</summary>
    Quote = 3,

    /// <summary>An indented or fenced code block: its text is the code as written, lines joined with LF.</summary>
    Code = 4,
}
