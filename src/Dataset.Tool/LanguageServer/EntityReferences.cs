using System.Collections.Generic;
using System.Linq;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Tool.LanguageServer.Protocol;

namespace Dataset.Tool.LanguageServer;

/// <summary>An entity as the generated API names it: <c>People.Kerry</c> is one entity across every article.</summary>
internal readonly record struct EntityName(EntityKind Kind, string Key);

/// <summary>One place that names an entity: its declaration in a front matter, a mention's <c>ref=</c>, a quote's speaker.</summary>
internal sealed record EntityUse(WorkspaceDocument Document, int Start, int End, bool IsDeclaration)
{
    public LspLocation Location => new(Document.Uri, Document.Positions.Range(Start, End));
}

/// <summary>
/// Go to definition and find references of entity keys: from a mention's <c>ref=Key</c>, a quote's speaker
/// (<c>#Kerry.Key</c>) or a declaration, to every place across the workspace's articles that names the same entity.
/// </summary>
internal static class EntityReferences
{
    /// <summary>The entity named at <paramref name="offset"/>, or null.</summary>
    public static EntityName? At(WorkspaceDocument document, int offset) => NamedAt(document, offset)?.Name;

    /// <summary>The entity named at <paramref name="offset"/> and the place that names it, or null.</summary>
    public static (EntityName Name, EntityUse Use)? NamedAt(WorkspaceDocument document, int offset) =>
        Uses(document).FirstOrDefault(use => use.Use.Start <= offset && offset <= use.Use.End) is { Name.Key: not null } found ? found : null;

    /// <summary>The declarations of <paramref name="name"/>: in <paramref name="document"/> when it declares it, else in every article that does.</summary>
    public static IReadOnlyList<LspLocation> Definition(IReadOnlyList<WorkspaceDocument> workspace, WorkspaceDocument document, EntityName name)
    {
        var declarations = workspace.SelectMany(Uses).Where(use => use.Name == name && use.Use.IsDeclaration).Select(use => use.Use).ToList();
        var here = declarations.Where(use => use.Document == document).ToList();
        return (here.Count > 0 ? here : declarations).Select(use => use.Location).ToList();
    }

    /// <summary>Every place in the workspace that names <paramref name="name"/>, in path and text order.</summary>
    public static IReadOnlyList<EntityUse> References(IReadOnlyList<WorkspaceDocument> workspace, EntityName name, bool includeDeclaration) =>
        workspace.SelectMany(Uses).Where(use => use.Name == name && (includeDeclaration || !use.Use.IsDeclaration)).Select(use => use.Use).ToList();

    private static IEnumerable<(EntityName Name, EntityUse Use)> Uses(WorkspaceDocument document)
    {
        foreach (var entity in document.Model.Entities)
        {
            var (start, end) = document.Positions.Offsets(entity.Location);
            yield return (new EntityName(entity.Kind, entity.Key), new EntityUse(document, start, end, IsDeclaration: true));
        }

        foreach (var annotation in document.Parse.Annotations)
        {
            if (annotation.Kind.Entity() is { } kind)
            {
                foreach (var attribute in annotation.Attributes.Where(attribute => attribute.Prefix == '=' && attribute.Name == "ref" && attribute.Value is { Length: > 0 }))
                {
                    var start = document.Text.IndexOf(attribute.Value!, attribute.Start + 4, System.StringComparison.Ordinal);
                    if (start >= 0 && start + attribute.Value!.Length <= attribute.End)
                    {
                        yield return (new EntityName(kind, attribute.Value!), new EntityUse(document, start, start + attribute.Value!.Length, IsDeclaration: false));
                    }
                }
            }
            else if (annotation.Kind == AnnotationKind.Quote && annotation.IdAttribute is { } id && id.Name.IndexOf('.') is > 0 and var dot)
            {
                // The id attribute starts at its '#'.
                yield return (new EntityName(EntityKind.Person, id.Name.Substring(0, dot)), new EntityUse(document, id.Start + 1, id.Start + 1 + dot, IsDeclaration: false));
            }
        }
    }
}
