using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Tool.LanguageServer.Protocol;

namespace Dataset.Tool.LanguageServer;

/// <summary>
/// Quick fixes for entity keys: for an unknown speaker or entity (DS2009, DS2010) the closest declared key of its kind
/// across the workspace and its declaration in the front matter; for a mention without <c>ref=</c> (DS2013) the
/// entities its words name; for a key another article declares with another name (DS4002) that article's name.
/// </summary>
internal static class KeyFixes
{
    /// <summary>"Did you mean" the closest declared key of the kind, and "declare" the key as it is written.</summary>
    public static IEnumerable<CodeAction> ForUnknownKey(IReadOnlyList<WorkspaceDocument> workspace, WorkspaceDocument document, DocumentDiagnostic diagnostic, string newLine)
    {
        if (EntityReferences.NamedAt(document, diagnostic.Start) is not var (name, use) || ArticleItems.Entity(document.Model, name.Kind, name.Key) is not null)
        {
            yield break;
        }

        var here = document.Model.Entities.Where(entity => entity.Kind == name.Kind).Select(entity => entity.Key);
        var elsewhere = workspace.Where(other => other != document)
            .SelectMany(other => other.Model.Entities.Where(entity => entity.Kind == name.Kind).Select(entity => (Document: other, Entity: entity)))
            .GroupBy(pair => pair.Entity.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var section = ArticleItems.SectionOf(name.Kind);
        if (Suggestions.Closest(name.Key, here.Concat(elsewhere.Keys.Where(key => !here.Contains(key, StringComparer.Ordinal))).Distinct(StringComparer.Ordinal)) is { } closest)
        {
            var edits = new List<TextEdit> { new(use.Location.Range, closest) };
            var title = $"Did you mean `{closest}`?";
            if (!here.Contains(closest, StringComparer.Ordinal) && elsewhere.TryGetValue(closest, out var declared)
                && FrontMatterDeclarations.Edit(document, name.Kind, declared.Entity.Name, declared.Entity.Role, closest, newLine) is { } declaration)
            {
                edits.Add(declaration);
                title = $"Did you mean `{closest}`? (declared under `{section}:` as in {declared.Document.Model.RelativePath})";
            }

            yield return QuickFixes.Action(title, new[] { diagnostic.Lsp }, isPreferred: true, document, edits);
        }

        if (Identifiers.Problem(name.Key, ArticleItems.ClassOf(name.Kind)) is not null)
        {
            yield break;
        }

        var (entityName, role, from) = elsewhere.TryGetValue(name.Key, out var same)
            ? (same.Entity.Name, same.Entity.Role, " as in " + same.Document.Model.RelativePath)
            : (MentionedName(document, use.Start) ?? name.Key, null, string.Empty);
        if (FrontMatterDeclarations.Edit(document, name.Kind, entityName, role, name.Key, newLine) is { } insertion)
        {
            yield return QuickFixes.Action($"Declare `{name.Key}` under `{section}:`{from}", new[] { diagnostic.Lsp }, isPreferred: false, document, new[] { insertion });
        }
    }

    /// <summary>A mention without <c>ref=</c>: the entities of its kind whose name (or last name, or key) its words are, this article's first.</summary>
    public static IEnumerable<CodeAction> ForMissingReference(IReadOnlyList<WorkspaceDocument> workspace, WorkspaceDocument document, DocumentDiagnostic diagnostic, string newLine)
    {
        if (ArticleItems.AnnotationAt(document.Parse, diagnostic.Start) is not { } annotation || annotation.Kind.Entity() is not { } kind
            || MentionedName(document, diagnostic.Start) is not { } words)
        {
            yield break;
        }

        var (_, end) = document.Positions.Offsets(annotation.Span);
        if (end == 0 || document.Text[end - 1] != '}')
        {
            yield break;
        }

        bool Named(EntityModel entity) =>
            string.Equals(entity.Name, words, StringComparison.OrdinalIgnoreCase) || string.Equals(entity.Key, words, StringComparison.OrdinalIgnoreCase)
            || string.Equals(entity.Name.Split(' ')[^1], words, StringComparison.OrdinalIgnoreCase);
        var offered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (other, entity) in workspace.OrderBy(other => other == document ? 0 : 1)
            .SelectMany(other => other.Model.Entities.Where(entity => entity.Kind == kind && Named(entity)).Select(entity => (other, entity))))
        {
            if (!offered.Add(entity.Key))
            {
                continue;
            }

            var edits = new List<TextEdit> { new(document.Positions.Range(end - 1, end - 1), " ref=" + entity.Key) };
            var title = $"Add `ref={entity.Key}` ({entity.Name})";
            if (other != document && ArticleItems.Entity(document.Model, kind, entity.Key) is null)
            {
                if (FrontMatterDeclarations.Edit(document, kind, entity.Name, entity.Role, entity.Key, newLine) is not { } declaration)
                {
                    continue;
                }

                edits.Add(declaration);
                title += $", declared as in {other.Model.RelativePath}";
            }

            yield return QuickFixes.Action(title, new[] { diagnostic.Lsp }, isPreferred: offered.Count == 1, document, edits);
        }
    }

    /// <summary>A key another article declares with another name: this declaration rewritten with that article's name and role.</summary>
    public static IEnumerable<CodeAction> ForConflictingName(IReadOnlyList<WorkspaceDocument> workspace, WorkspaceDocument document, DocumentDiagnostic diagnostic)
    {
        var here = document.Model.Entities.FirstOrDefault(entity => document.Positions.Offsets(entity.Location).Start == diagnostic.Start);
        if (here is null || diagnostic.Lsp.RelatedInformation is not [var related, ..]
            || workspace.FirstOrDefault(other => other.Uri == related.Location.Uri) is not { } other
            || ArticleItems.Entity(other.Model, here.Kind, here.Key) is not { } there)
        {
            yield break;
        }

        // Only a declaration written on its key's line as a flow map (`Kerry: { name: ..., role: ... }`) is rewritten.
        var lineEnd = document.Text.IndexOf('\n', diagnostic.Start);
        lineEnd = lineEnd < 0 ? document.Text.Length : lineEnd;
        var declared = document.Text.Substring(diagnostic.Start, lineEnd - diagnostic.Start);
        if (!Regex.IsMatch(declared, "^" + Regex.Escape(here.Key) + @"[ \t]*:[ \t]*\{[^{}]*\}[ \t]*$", RegexOptions.CultureInvariant))
        {
            yield break;
        }

        var edit = new TextEdit(document.Positions.Range(diagnostic.Start, lineEnd), FrontMatterDeclarations.Declaration(here.Key, there.Name, there.Role));
        yield return QuickFixes.Action($"Use the name `{there.Name}` as in {other.Model.RelativePath}", new[] { diagnostic.Lsp }, isPreferred: true, document, new[] { edit });
    }

    /// <summary>The words of the mention whose <c>ref=</c> is at <paramref name="offset"/> (one line, trimmed), or null for a quote's speaker.</summary>
    private static string? MentionedName(WorkspaceDocument document, int offset)
    {
        if (ArticleItems.AnnotationAt(document.Parse, offset) is not { } annotation || annotation.Kind.Entity() is null)
        {
            return null;
        }

        var (start, end) = document.Positions.Offsets(annotation.TextSpan);
        var words = string.Join(" ", document.Text.Substring(start, end - start).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words.Length > 0 && words.IndexOfAny(new[] { '[', ']', '{', '}' }) < 0 ? words : null;
    }
}
