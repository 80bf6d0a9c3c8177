namespace Dataset.Generator.Model;

/// <summary>A <c>.person</c>, <c>.org</c> or <c>.place</c> annotation that refers to a declared entity.</summary>
/// <remarks><paramref name="TextStart"/> is where <paramref name="Text"/> starts in its paragraph's plain text.</remarks>
internal sealed record MentionModel(EntityKind Kind, string EntityKey, string Text, int Paragraph, TextLocation Location, int TextStart);
