using System.Collections.Generic;
using System.Text;

namespace Dataset.Generator.Model;

/// <summary>
/// A dataset as a catalog sees it: a referenced library (from its <c>DatasetLibraryAttribute</c>) or the project's own
/// data (from its index). <paramref name="Namespace"/> holds its generated classes (empty for the global namespace);
/// <paramref name="FormatVersion"/> is the encoded data's version it was generated with; <paramref name="HasCatalog"/>
/// whether the library has a public <c>DatasetCatalog</c> of its own (it references dataset libraries itself).
/// </summary>
internal sealed record LibraryModel(
    string Name,
    string Namespace,
    int FormatVersion,
    int ArticleCount,
    int QuoteCount,
    int StatisticCount,
    int PersonCount,
    int OrganizationCount,
    int PlaceCount,
    EquatableArray<LibraryEntity> Entities,
    bool HasCatalog = false)
{
    /// <summary>How a generated catalog names the class <paramref name="name"/> of this dataset: <c>global::Ns.Name</c>.</summary>
    public string Qualify(string name) => Namespace.Length == 0 ? "global::" + name : "global::" + Namespace + "." + name;
}

/// <summary>An entity's kind, key and name, which is what the checks across libraries compare.</summary>
internal sealed record LibraryEntity(EntityKind Kind, string Key, string Name)
{
    private const char FieldSeparator = '\t';
    private const char RecordSeparator = '\n';

    /// <summary>
    /// The entities as the attribute's <c>Entities</c> string holds them: a line each, the kind's letter, the key and
    /// the name separated by tabs (a tab or line break in a name becomes a space; the checks compare names so written).
    /// </summary>
    public static string Encode(IEnumerable<LibraryEntity> entities)
    {
        var builder = new StringBuilder();
        foreach (var entity in entities)
        {
            builder.Append(Letter(entity.Kind)).Append(FieldSeparator).Append(entity.Key).Append(FieldSeparator)
                .Append(Written(entity.Name)).Append(RecordSeparator);
        }

        return builder.ToString();
    }

    /// <summary>The entities of an <c>Entities</c> string; a record that is not of <see cref="Encode"/>'s shape is left out.</summary>
    public static EquatableArray<LibraryEntity> Decode(string? text)
    {
        var entities = new List<LibraryEntity>();
        foreach (var record in (text ?? string.Empty).Split(RecordSeparator))
        {
            var fields = record.Split(FieldSeparator);
            if (fields.Length == 3 && fields[0].Length == 1 && KindOf(fields[0][0]) is { } kind)
            {
                entities.Add(new LibraryEntity(kind, fields[1], fields[2]));
            }
        }

        return entities.ToEquatableArray();
    }

    /// <summary>The entity as written in a library's attribute, its name with tabs and line breaks as spaces.</summary>
    public static LibraryEntity Of(EntityModel declaration) => new(declaration.Kind, declaration.Key, Written(declaration.Name));

    private static string Written(string name) =>
        name.IndexOfAny(new[] { FieldSeparator, RecordSeparator, '\r' }) < 0
            ? name
            : name.Replace(FieldSeparator, ' ').Replace(RecordSeparator, ' ').Replace('\r', ' ');

    private static char Letter(EntityKind kind) => kind switch
    {
        EntityKind.Person => 'P',
        EntityKind.Organization => 'O',
        _ => 'L',
    };

    private static EntityKind? KindOf(char letter) => letter switch
    {
        'P' => EntityKind.Person,
        'O' => EntityKind.Organization,
        'L' => EntityKind.Place,
        _ => null,
    };
}

/// <summary>
/// The dataset libraries a project references, in the order of its references, and the project's assembly name
/// (the MSBuild property <c>AssemblyName</c>; empty when not given).
/// </summary>
internal sealed record ReferencedLibraries(string AssemblyName, EquatableArray<LibraryModel> Libraries);
