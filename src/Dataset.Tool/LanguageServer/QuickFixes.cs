using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Generator.Parsing.Numbers;
using Dataset.Tool.LanguageServer.Protocol;
using Dataset.Tool.Suggesting;

namespace Dataset.Tool.LanguageServer;

/// <summary>
/// The quick fixes for a range of an article: for an unknown speaker or entity (DS2009, DS2010) its declaration in the
/// front matter and the closest declared key of its kind across the workspace; for a mention without <c>ref=</c>
/// (DS2013) the entities its words name; for a figure the reader could not read
/// (DS3001) each <c>value=</c> or <c>unit=</c> its message names, kept only when the article then reads it; and the
/// proposals of <c>dataset suggest</c> (<see cref="Suggester"/>) whose text the range touches.
/// </summary>
internal static class QuickFixes
{
    private static readonly Regex UnitNamed = new(@"unit=(?<unit>[^\s,;:'"")]+)", RegexOptions.CultureInvariant);
    private static readonly Regex CurrencyCodes = new(@"several currencies \((?<codes>[^)]*)\)", RegexOptions.CultureInvariant);
    private static readonly Regex ScaledReading = new(@"may be (?<number>\S+) (?<scale>million|thousand) or", RegexOptions.CultureInvariant);
    private static readonly Regex AmountAlone = new(@"as in '(?<amount>[^']+)'", RegexOptions.CultureInvariant);

    public static IReadOnlyList<CodeAction> For(IReadOnlyList<WorkspaceDocument> workspace, WorkspaceDocument document, int start, int end, IReadOnlyList<DocumentDiagnostic> diagnostics, string newLine)
    {
        var actions = new List<CodeAction>();
        foreach (var diagnostic in diagnostics.Where(diagnostic => diagnostic.Start <= end && start <= diagnostic.End))
        {
            switch (diagnostic.Lsp.Code)
            {
                case "DS2009" or "DS2010":
                    actions.AddRange(ForUnknownKey(workspace, document, diagnostic, newLine));
                    break;
                case "DS2013":
                    actions.AddRange(ForMissingReference(workspace, document, diagnostic, newLine));
                    break;
                case "DS3001":
                    actions.AddRange(ForUnreadFigure(document, diagnostic));
                    break;
            }
        }

        if (document.Model.IsEmittable)
        {
            foreach (var suggestion in Suggester.Suggest(document.Parse).Where(suggestion => suggestion.Start <= end && start <= suggestion.End))
            {
                // A name several entities share: one action for each of them.
                var choices = suggestion.Candidates.Count > 0
                    ? suggestion.Candidates.Select(entity => (Title: $"mention of {ArticleItems.ClassOf(entity.Kind)}.{entity.Key} ({entity.Name})", Attributes: "." + AnnotationKinds.Mention(entity.Kind).Name() + " ref=" + entity.Key))
                    : new[] { (Title: suggestion.Description, suggestion.Attributes) };
                foreach (var (title, attributes) in choices)
                {
                    var edits = new[]
                    {
                        new TextEdit(document.Positions.Range(suggestion.Start, suggestion.Start), "["),
                        new TextEdit(document.Positions.Range(suggestion.End, suggestion.End), "]{" + attributes + "}"),
                    };
                    actions.Add(Action("Annotate " + title, Array.Empty<LspDiagnostic>(), isPreferred: false, document, edits));
                }
            }
        }

        return actions;
    }

    /// <summary>"Did you mean" the closest declared key of the kind, and "declare" the key as it is written.</summary>
    private static IEnumerable<CodeAction> ForUnknownKey(IReadOnlyList<WorkspaceDocument> workspace, WorkspaceDocument document, DocumentDiagnostic diagnostic, string newLine)
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

            yield return Action(title, new[] { diagnostic.Lsp }, isPreferred: true, document, edits);
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
            yield return Action($"Declare `{name.Key}` under `{section}:`{from}", new[] { diagnostic.Lsp }, isPreferred: false, document, new[] { insertion });
        }
    }

    /// <summary>A mention without <c>ref=</c>: the entities of its kind whose name (or last name, or key) its words are, this article's first.</summary>
    private static IEnumerable<CodeAction> ForMissingReference(IReadOnlyList<WorkspaceDocument> workspace, WorkspaceDocument document, DocumentDiagnostic diagnostic, string newLine)
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

            yield return Action(title, new[] { diagnostic.Lsp }, isPreferred: offered.Count == 1, document, edits);
        }
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

    /// <summary>One action a reading the message names, each checked: the article with it reads the figure.</summary>
    private static IEnumerable<CodeAction> ForUnreadFigure(WorkspaceDocument document, DocumentDiagnostic diagnostic)
    {
        if (ArticleItems.AnnotationAt(document.Parse, diagnostic.Start) is not { Kind: AnnotationKind.Stat } annotation)
        {
            yield break;
        }

        var (start, end) = document.Positions.Offsets(annotation.Span);
        if (end == 0 || document.Text[end - 1] != '}')
        {
            yield break;
        }

        foreach (var (attribute, value, why) in Readings(diagnostic.Message).Distinct())
        {
            var written = attribute + "=" + value;
            var edit = annotation.Attributes.FirstOrDefault(a => a.Prefix == '=' && a.Name == attribute) is { Name: not null } existing
                ? (existing.Start, existing.End, written)
                : (Start: end - 1, End: end - 1, " " + written);
            var text = string.Concat(document.Text.AsSpan(0, edit.Start), edit.Item3, document.Text.AsSpan(edit.End));
            var reread = ArticleParser.Read(document.Path, document.Model.RelativePath, text);
            if (reread.Model.Stats.Any(stat => document.Positions.Offsets(stat.Location).Start == start))
            {
                var title = $"Add `{written}`" + (why is null ? string.Empty : $" ({why})");
                yield return Action(title, new[] { diagnostic.Lsp }, isPreferred: false, document, new[] { new TextEdit(document.Positions.Range(edit.Start, edit.End), edit.Item3) });
            }
        }
    }

    /// <summary>The attributes a DS3001 message names: each <c>unit=X</c>, each currency code it lists, the value of each number it spells out.</summary>
    private static IEnumerable<(string Attribute, string Value, string? Why)> Readings(string message)
    {
        foreach (Match match in ScaledReading.Matches(message))
        {
            if (Value(match.Groups["number"].Value + " " + match.Groups["scale"].Value) is { } value)
            {
                yield return ("value", value, match.Groups["number"].Value + " " + match.Groups["scale"].Value);
            }
        }

        foreach (Match match in AmountAlone.Matches(message))
        {
            if (Value(match.Groups["amount"].Value) is { } value)
            {
                yield return ("value", value, match.Groups["amount"].Value);
            }
        }

        foreach (Match match in UnitNamed.Matches(message))
        {
            yield return ("unit", match.Groups["unit"].Value, null);
        }

        foreach (Match match in CurrencyCodes.Matches(message))
        {
            foreach (var code in match.Groups["codes"].Value.Split(", ").Where(code => code.Length == 3 && code.All(char.IsAsciiLetterUpper)))
            {
                yield return ("unit", code, null);
            }
        }
    }

    private static string? Value(string text) =>
        NumberReader.Read(text) is { Status: NumberReadingStatus.Read, Upper: null } reading
            ? reading.Value.ToString("0.############################", CultureInfo.InvariantCulture)
            : null;

    private static CodeAction Action(string title, IReadOnlyList<LspDiagnostic> diagnostics, bool isPreferred, WorkspaceDocument document, IReadOnlyList<TextEdit> edits) =>
        new(title, CodeActionKinds.QuickFix, diagnostics, isPreferred, new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>> { [document.Uri] = edits }));
}
