namespace Dataset.Generator.Model;

/// <summary>A person, organization or place declared in an article's front matter.</summary>
internal sealed record EntityModel(EntityKind Kind, string Key, string Name, string? Role, TextLocation Location);
