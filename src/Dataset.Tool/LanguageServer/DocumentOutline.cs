using System.Collections.Generic;
using System.Linq;
using Dataset.Generator.Model;
using Dataset.Tool.LanguageServer.Protocol;

namespace Dataset.Tool.LanguageServer;

/// <summary>An article's outline: its people, organizations and places as declared, then its quotes and statistics, each under a group.</summary>
internal static class DocumentOutline
{
    public static IReadOnlyList<DocumentSymbol> Of(WorkspaceDocument document)
    {
        var article = document.Model;
        var groups = new List<DocumentSymbol>();
        foreach (var kind in new[] { EntityKind.Person, EntityKind.Organization, EntityKind.Place })
        {
            Add(groups, ArticleItems.ClassOf(kind), article.Entities.Where(entity => entity.Kind == kind)
                .Select(entity => Symbol(document, entity.Key, ArticleItems.NameAndRole(entity), SymbolKinds.Field, entity.Location)));
        }

        Add(groups, "Quotes", article.Quotes.Select(quote => Symbol(document, quote.Speaker + "." + quote.Key, Short(quote.Text), SymbolKinds.String, quote.Location)));
        Add(groups, "Stats", article.Stats.Select(stat => Symbol(document, stat.Group + "." + stat.Key, ArticleItems.Reading(stat), SymbolKinds.Number, stat.Location)));
        return groups;
    }

    private static void Add(List<DocumentSymbol> groups, string name, IEnumerable<DocumentSymbol> members)
    {
        var children = members.ToList();
        if (children.Count == 0)
        {
            return;
        }

        // A group spans its members, so each member's range lies inside its parent's, as the protocol requires.
        var range = new LspRange(
            children.Select(child => child.Range.Start).OrderBy(position => position.Line).ThenBy(position => position.Character).First(),
            children.Select(child => child.Range.End).OrderBy(position => position.Line).ThenBy(position => position.Character).Last());
        groups.Add(new DocumentSymbol(name, children.Count == 1 ? "1 item" : children.Count + " items", SymbolKinds.Namespace, range, children[0].Range, children));
    }

    private static DocumentSymbol Symbol(WorkspaceDocument document, string name, string detail, int kind, TextLocation location)
    {
        var range = document.Positions.Range(location);
        return new DocumentSymbol(name, detail, kind, range, range, null);
    }

    private static string Short(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
}
