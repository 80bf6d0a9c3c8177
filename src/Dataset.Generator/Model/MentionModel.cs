namespace Dataset.Generator.Model;

/// <summary>A <c>.person</c>, <c>.org</c> or <c>.place</c> annotation that refers to a declared entity.</summary>
internal sealed record MentionModel
{
    public required EntityKind Kind { get; init; }

    public required string EntityKey { get; init; }

    public required string Text { get; init; }

    /// <summary>The 1-based index of the block the mention is in.</summary>
    public required int Paragraph { get; init; }

    public required TextLocation Location { get; init; }

    /// <summary>Where <see cref="Text"/> starts in its block's plain text.</summary>
    public required int TextStart { get; init; }
}
