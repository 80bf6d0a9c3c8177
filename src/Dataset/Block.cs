using System;

namespace Dataset;

/// <summary>
/// One block of text of an article's body: a heading, a paragraph, a paragraph of a list item or of a block quote, or
/// a code block. <c>Article.Paragraphs[i]</c> is the text of the article's block <c>i</c>, and the <c>Paragraph</c>
/// number of a quote, statistic or mention is the 1-based number of its block.
/// </summary>
/// <remarks>Two blocks are equal when all their data is equal.</remarks>
public sealed class Block : IEquatable<Block>
{
    /// <summary>Creates a block.</summary>
    internal Block(BlockKind kind, int level, string text, SourceLocation location)
    {
        Kind = kind;
        Level = level;
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Location = location ?? throw new ArgumentNullException(nameof(location));
    }

    /// <summary>Whether the block is a heading, a paragraph, a list item's or a block quote's paragraph, or code.</summary>
    public BlockKind Kind { get; }

    /// <summary>The heading level (1 to 6), the list or block quote nesting depth (1 at the top), or 0.</summary>
    public int Level { get; }

    /// <summary>The block's plain text: markup removed, escapes and entities resolved, each run of spaces and line breaks one space.</summary>
    public string Text { get; }

    /// <summary>Where the block is in the data file, from its first to its last character.</summary>
    public SourceLocation Location { get; }

    /// <inheritdoc/>
    public bool Equals(Block? other) =>
        other is not null
        && Kind == other.Kind
        && Level == other.Level
        && Text == other.Text
        && Location.Equals(other.Location);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Block);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCodes.Combine((int)Kind, Level, Location.GetHashCode());

    /// <summary>The kind, level and text.</summary>
    public override string ToString() => $"{Kind} {Level}: {Text}";
}
