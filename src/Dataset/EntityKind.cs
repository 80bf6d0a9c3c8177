namespace Dataset;

/// <summary>What an entity or a mention is of.</summary>
public enum EntityKind
{
    /// <summary>A person, declared under <c>people:</c> and mentioned with <c>.person</c>.</summary>
    Person = 0,

    /// <summary>An organization, declared under <c>organizations:</c> and mentioned with <c>.org</c>.</summary>
    Organization = 1,

    /// <summary>A place, declared under <c>places:</c> and mentioned with <c>.place</c>.</summary>
    Place = 2,
}
