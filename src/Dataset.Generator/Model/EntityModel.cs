namespace Dataset.Generator.Model;

/// <summary>The kinds of entity a data file declares, in the order the front matter lists them.</summary>
internal enum EntityKindModel
{
    Person = 0,
    Organization = 1,
    Place = 2,
}

/// <summary>A person, organization or place declared in an article's front matter.</summary>
internal sealed record EntityModel(EntityKindModel Kind, string Key, string Name, string? Role, TextLocation Location);
