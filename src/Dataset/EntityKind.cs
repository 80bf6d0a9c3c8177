// Linked into the generator too (its csproj defines DATASET_GENERATOR), as System.Text.Json links its enums into
// its source generator: one definition of the values the generator writes and the runtime reads.
#if DATASET_GENERATOR
namespace Dataset.Generator.Model;
#else
namespace Dataset;
#endif

/// <summary>What an entity or a mention is of.</summary>
#if DATASET_GENERATOR
internal
#else
public
#endif
enum EntityKind
{
    /// <summary>A person, declared under <c>people:</c> and mentioned with <c>.person</c>.</summary>
    Person = 0,

    /// <summary>An organization, declared under <c>organizations:</c> and mentioned with <c>.org</c>.</summary>
    Organization = 1,

    /// <summary>A place, declared under <c>places:</c> and mentioned with <c>.place</c>.</summary>
    Place = 2,
}
