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
/// otherwise <see cref="Upper"/> is <see langword="null"/>. <paramref name="TextStart"/> and
/// <paramref name="SentenceStart"/> are where <paramref name="Text"/> and <paramref name="Sentence"/> start in the
/// paragraph's plain text.
/// </summary>
internal sealed record StatModel(
    string Group,
    string Key,
    string Value,
    string? Upper,
    StatValueKind ValueKind,
    string? Unit,
    StatQualifier Qualifier,
    string Text,
    string Sentence,
    int Paragraph,
    TextLocation Location,
    int TextStart,
    int SentenceStart);
