namespace Dataset.Generator.Model;

/// <summary>A <c>.quote</c> annotation, checked: its speaker is declared and its key can be a member name.</summary>
internal sealed record QuoteModel
{
    public required string Speaker { get; init; }

    public required string Key { get; init; }

    public required string Text { get; init; }

    public required string? Cue { get; init; }

    /// <summary>The 1-based index of the block the quote is in.</summary>
    public required int Paragraph { get; init; }

    public required TextLocation Location { get; init; }

    /// <summary>Where <see cref="Text"/> starts in its block's plain text.</summary>
    public required int TextStart { get; init; }
}
