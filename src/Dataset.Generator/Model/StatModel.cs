namespace Dataset.Generator.Model;

/// <summary>The C# type a statistic's constant gets: the smallest of int, long and double that holds it exactly.</summary>
internal enum StatValueKind
{
    Int = 0,
    Long = 1,
    Double = 2,
}

/// <summary>
/// A <c>.stat</c> annotation, checked. <see cref="Value"/> is the invariant-culture literal of the value (a string
/// so the model stays exact and equatable whatever the number). For a range (<see cref="StatQualifier.Range"/>)
/// <see cref="Value"/> is the lower bound and <see cref="Upper"/> the upper one, and <see cref="ValueKind"/> holds both;
/// otherwise <see cref="Upper"/> is <see langword="null"/>.
/// </summary>
internal sealed record StatModel
{
    public required string Group { get; init; }

    public required string Key { get; init; }

    public required string Value { get; init; }

    public required string? Upper { get; init; }

    public required StatValueKind ValueKind { get; init; }

    public required string? Unit { get; init; }

    /// <summary>What a rate is per (<c>barrel</c> in <c>16 dlrs a barrel</c>), or <see langword="null"/>.</summary>
    public required string? Per { get; init; }

    public required StatQualifier Qualifier { get; init; }

    public required string Text { get; init; }

    public required string Sentence { get; init; }

    /// <summary>The 1-based index of the block the statistic is in.</summary>
    public required int Paragraph { get; init; }

    public required TextLocation Location { get; init; }

    /// <summary>Where <see cref="Text"/> starts in its block's plain text.</summary>
    public required int TextStart { get; init; }

    /// <summary>Where <see cref="Sentence"/> starts in its block's plain text.</summary>
    public required int SentenceStart { get; init; }
}
