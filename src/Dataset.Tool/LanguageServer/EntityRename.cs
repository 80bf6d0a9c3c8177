using System.Collections.Generic;
using System.Linq;
using Dataset.Generator.Model;
using Dataset.Tool.LanguageServer.Protocol;

namespace Dataset.Tool.LanguageServer;

/// <summary>
/// Renaming an entity key everywhere it is named across the workspace (declarations, mentions, quote speakers), after
/// checking that the new key can be the generated member (and, for a person, a speaker's class under <c>Quotes</c>).
/// </summary>
internal static class EntityRename
{
    /// <summary>Why <paramref name="newName"/> cannot be <paramref name="name"/>'s new key, or null when it can.</summary>
    public static string? Problem(EntityName name, string newName) =>
        Identifiers.Problem(newName, ArticleItems.ClassOf(name.Kind))
        ?? (name.Kind == EntityKind.Person ? Identifiers.TypeProblem(newName, "Quotes") : null);

    public static WorkspaceEdit Edit(IReadOnlyList<WorkspaceDocument> workspace, EntityName name, string newName) =>
        new(EntityReferences.References(workspace, name, includeDeclaration: true)
            .GroupBy(use => use.Document.Uri)
            .ToDictionary(
                uses => uses.Key,
                uses => (IReadOnlyList<TextEdit>)uses.Select(use => new TextEdit(use.Location.Range, newName)).ToList()));
}
