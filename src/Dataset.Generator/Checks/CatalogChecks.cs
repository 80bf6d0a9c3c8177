using System.Collections.Generic;
using System.Linq;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;
using Dataset.Storage;

namespace Dataset.Generator.Checks;

/// <summary>
/// The checks of a catalog over dataset libraries: which referenced libraries it can read (their data format must be
/// this package's, DS9005, and their namespace one no other source generates classes in, DS9006), and the entity keys
/// that two sources name differently (DS4004). The project's own data comes first, then the libraries by assembly name.
/// </summary>
internal static class CatalogChecks
{
    /// <summary>The project's own dataset as a catalog source (without its name and namespace, which the options and the compilation give).</summary>
    public static LibraryModel OwnData(DatasetIndex index) => new(
        string.Empty,
        string.Empty,
        DataFormat.Version,
        index.ArticleIds.Count,
        index.Quotes.Count,
        index.Stats.Count,
        index.Entities.Count(entity => entity.Declaration.Kind == EntityKind.Person),
        index.Entities.Count(entity => entity.Declaration.Kind == EntityKind.Organization),
        index.Entities.Count(entity => entity.Declaration.Kind == EntityKind.Place),
        index.Entities.Select(entity => LibraryEntity.Of(entity.Declaration)).ToEquatableArray());

    /// <summary>
    /// The sources of the catalog, in order: the project's own data (<paramref name="own"/>, named and placed in
    /// <paramref name="ownNamespace"/>) when it has articles, then every referenced library of this data format, by assembly name. Empty
    /// when the project references no dataset library: then there is no catalog.
    /// </summary>
    public static EquatableArray<LibraryModel> Sources(LibraryModel own, string ownNamespace, ReferencedLibraries references)
    {
        if (references.Libraries.Count == 0)
        {
            return EquatableArray<LibraryModel>.Empty;
        }

        var sources = new List<LibraryModel>();
        if (own.ArticleCount > 0)
        {
            sources.Add(own with { Name = references.AssemblyName.Length > 0 ? references.AssemblyName : "(this project)", Namespace = ownNamespace });
        }

        sources.AddRange(Placed(own.ArticleCount > 0, ownNamespace, references).Where(placed => placed.TakenBy is null).Select(placed => placed.Library));
        return sources.ToEquatableArray();
    }

    /// <summary>
    /// DS9005 for each library of another data format, DS9006 for each whose namespace is taken (the project's own
    /// data, when <paramref name="ownData"/>, is in <paramref name="ownNamespace"/>), then DS4004 for each key named
    /// differently by two of <paramref name="sources"/>.
    /// </summary>
    public static IEnumerable<DiagnosticInfo> Diagnostics(EquatableArray<LibraryModel> sources, ReferencedLibraries references, bool ownData, string ownNamespace)
    {
        foreach (var library in references.Libraries.Where(library => library.FormatVersion != DataFormat.Version))
        {
            yield return DiagnosticInfo.WithoutLocation(
                DiagnosticDescriptors.LibraryFormatVersion.Id,
                library.Name,
                library.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
                DataFormat.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var (library, takenBy) in Placed(ownData, ownNamespace, references))
        {
            if (takenBy is not null)
            {
                yield return DiagnosticInfo.WithoutLocation(
                    DiagnosticDescriptors.LibraryNamespaceTaken.Id,
                    library.Name,
                    library.Namespace.Length == 0 ? "the global namespace" : "the namespace '" + library.Namespace + "'",
                    takenBy);
            }
        }

        var first = new Dictionary<(EntityKind Kind, string Key), (string Name, string Source)>();
        foreach (var source in sources)
        {
            foreach (var entity in source.Entities)
            {
                if (!first.TryGetValue((entity.Kind, entity.Key), out var earlier))
                {
                    first.Add((entity.Kind, entity.Key), (entity.Name, source.Name));
                }
                else if (earlier.Name != entity.Name)
                {
                    yield return DiagnosticInfo.WithoutLocation(
                        DiagnosticDescriptors.ConflictingLibraryEntity.Id,
                        Noun(entity.Kind),
                        entity.Key,
                        earlier.Name,
                        earlier.Source,
                        entity.Name,
                        source.Name);
                }
            }
        }
    }

    /// <summary>
    /// The libraries of this data format, by name, each with what else generates classes of the same names in its
    /// namespace (null when nothing does: it is a source of the catalog): the project's own dataset (when
    /// <paramref name="ownData"/>), another library (then both are left out: either's <c>Ns.Articles</c> is
    /// ambiguous), or, for a library with a <c>DatasetCatalog</c> of its own, the project's catalog in
    /// <paramref name="ownNamespace"/>. A C# name then means the project's class or none, so the generated catalog
    /// would read the wrong data, or not compile.
    /// </summary>
    private static IEnumerable<(LibraryModel Library, string? TakenBy)> Placed(bool ownData, string ownNamespace, ReferencedLibraries references)
    {
        // By name: MSBuild hands the compiler its references sorted by path, not in the order of the project's
        // ProjectReference items, and an IDE may hand them otherwise; the name gives every build the same catalog.
        var libraries = references.Libraries.Where(library => library.FormatVersion == DataFormat.Version).OrderBy(library => library.Name, System.StringComparer.Ordinal).ToList();
        foreach (var library in libraries)
        {
            var other = libraries.FirstOrDefault(other => other != library && other.Namespace == library.Namespace);
            if (ownData && library.Namespace == ownNamespace)
            {
                yield return (library, "this project's own dataset");
            }
            else if (other is not null)
            {
                yield return (library, "the dataset library '" + other.Name + "'");
            }
            else if (library.HasCatalog && library.Namespace == ownNamespace)
            {
                yield return (library, "this project's DatasetCatalog");
            }
            else
            {
                yield return (library, null);
            }
        }
    }

    private static string Noun(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization => "Organization",
        _ => "Place",
    };
}
