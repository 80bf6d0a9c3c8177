using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Generator.Parsing;
using Dataset.Tool.LanguageServer.Protocol;
using Dataset.Tool.Suggesting;

namespace Dataset.Tool.LanguageServer;

/// <summary>
/// The quick fixes for a range of an article: those of the diagnostics the range touches (<see cref="KeyFixes"/> for
/// keys, <see cref="FigureFixes"/> for unread figures), then the proposals of <c>dataset suggest</c>
/// (<see cref="Suggester"/>) whose text the range touches.
/// </summary>
internal static class QuickFixes
{
    public static IReadOnlyList<CodeAction> For(IReadOnlyList<WorkspaceDocument> workspace, WorkspaceDocument document, int start, int end, IReadOnlyList<DocumentDiagnostic> diagnostics, string newLine)
    {
        var actions = new List<CodeAction>();
        foreach (var diagnostic in diagnostics.Where(diagnostic => diagnostic.Start <= end && start <= diagnostic.End))
        {
            switch (diagnostic.Lsp.Code)
            {
                case "DS2009" or "DS2010":
                    actions.AddRange(KeyFixes.ForUnknownKey(workspace, document, diagnostic, newLine));
                    break;
                case "DS2013":
                    actions.AddRange(KeyFixes.ForMissingReference(workspace, document, diagnostic, newLine));
                    break;
                case "DS4002":
                    actions.AddRange(KeyFixes.ForConflictingName(workspace, document, diagnostic));
                    break;
                case "DS3001":
                    actions.AddRange(FigureFixes.ForUnreadFigure(document, diagnostic));
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

    /// <summary>A quick fix of <paramref name="document"/>.</summary>
    public static CodeAction Action(string title, IReadOnlyList<LspDiagnostic> diagnostics, bool isPreferred, WorkspaceDocument document, IReadOnlyList<TextEdit> edits) =>
        new(title, CodeActionKinds.QuickFix, diagnostics, isPreferred, new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>> { [document.Uri] = edits }));
}
