// Linked into the generator too (its csproj defines DATASET_GENERATOR), as System.Text.Json links its enums into
// its source generator: one definition of the values the generator writes and the runtime reads.
#if DATASET_GENERATOR
namespace Dataset.Generator.Model;
#else
namespace Dataset;
#endif

/// <summary>What kind of block of text a <see cref="Block"/> is: the innermost Markdown container decides.</summary>
#if DATASET_GENERATOR
internal
#else
public
#endif
enum BlockKind
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
