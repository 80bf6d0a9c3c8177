namespace Dataset.Generator.Model;

/// <summary>A <c>.quote</c> annotation, checked: its speaker is declared and its key can be a member name.</summary>
internal sealed record QuoteModel(string Speaker, string Key, string Text, string? Cue, int Paragraph, TextLocation Location);
