namespace Dataset.Generator.Model;

/// <summary>
/// A <c>.quote</c> annotation, checked: its speaker is declared and its key can be a member name.
/// <paramref name="TextStart"/> is where <paramref name="Text"/> starts in its paragraph's plain text.
/// </summary>
internal sealed record QuoteModel(string Speaker, string Key, string Text, string? Cue, int Paragraph, TextLocation Location, int TextStart);
