using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Dataset.Generator.Checks;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;
using Dataset.Tool.LanguageServer.Protocol;
using Microsoft.CodeAnalysis;

namespace Dataset.Tool.LanguageServer;

/// <summary>A diagnostic of one file: where it is in the parse's text, and what the client is sent.</summary>
internal sealed record DocumentDiagnostic(int Start, int End, string Message, string? HelpLink, LspDiagnostic Lsp);

/// <summary>
/// Every diagnostic the build gives for the workspace's articles, per file: each file's own (from its parse, made once
/// a parse) and the checks across articles, run on the articles' keys as the generator runs them. As in the
/// generator, the checks across articles are run again only when some article's keys changed: an edit of a paragraph
/// leaves every key equal (they hold no body position), and only the duplicate-member errors are placed again; an
/// edit of a key checks again only the articles that share a key with it (<see cref="CrossArticleChecks"/>). A
/// diagnostic with a second location in another file (a duplicate article id, entity or member) shows in both, each
/// pointing at the other.
/// </summary>
internal sealed class WorkspaceCheck
{
    private readonly string _helpLinkBase;
    private readonly CrossArticleChecks _across = new();

    public WorkspaceCheck(string helpLinkBase) => _helpLinkBase = helpLinkBase;

    /// <summary>The diagnostics of the files that have any (a file that is not a key has none).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<DocumentDiagnostic>> Run(IReadOnlyList<WorkspaceDocument> documents)
    {
        var byPath = new Dictionary<string, WorkspaceDocument>(documents.Count, StringComparer.Ordinal);
        var keys = new List<ArticleKeys>(documents.Count);
        foreach (var document in documents)
        {
            byPath[document.Path] = document;
            if (document.Keys is { } articleKeys)
            {
                keys.Add(articleKeys);
            }
        }

        var result = new Dictionary<string, IReadOnlyList<DocumentDiagnostic>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            // A parse's diagnostics point into its own file only.
            document.OwnDiagnostics ??= document.Model.Diagnostics.SelectMany(info => Convert(byPath, info)).Select(placed => placed.Diagnostic).ToArray();
            if (document.OwnDiagnostics.Count > 0)
            {
                result[document.Path] = document.OwnDiagnostics;
            }
        }

        var (diagnostics, conflicts) = _across.Run(keys);
        var across = diagnostics.Concat(DatasetChecks.ConflictDiagnostics(conflicts.ToEquatableArray(), documents.Where(document => document.Locations is not null).Select(document => document.Locations!)));
        foreach (var (path, diagnostic) in across.SelectMany(info => Convert(byPath, info)))
        {
            result[path] = result.TryGetValue(path, out var before) ? before.Append(diagnostic).ToArray() : new[] { diagnostic };
        }

        return result;
    }

    /// <summary>The diagnostic at its place (and, for one with a second location, at that one too), each with the file it is in.</summary>
    private IEnumerable<(string Path, DocumentDiagnostic Diagnostic)> Convert(Dictionary<string, WorkspaceDocument> byPath, DiagnosticInfo info)
    {
        var diagnostic = DiagnosticFactory.Create(info, _helpLinkBase);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        var link = diagnostic.Descriptor.HelpLinkUri is { Length: > 0 } href ? href : null;
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => 1,
            DiagnosticSeverity.Warning => 2,
            DiagnosticSeverity.Info => 3,
            _ => 4,
        };
        var here = At(byPath, info.FilePath, info.Location);
        var there = info.AdditionalFilePath is { } otherPath && info.AdditionalLocation is { } otherLocation ? At(byPath, otherPath, otherLocation) : null;
        if (here is null)
        {
            yield break;
        }

        yield return (here.Document.Path, Make(here, there, "first declared here"));
        if (there is not null)
        {
            yield return (there.Document.Path, Make(there, here, "declared again here"));
        }

        DocumentDiagnostic Make(Place place, Place? related, string relatedMessage) => new(
            place.Start,
            place.End,
            message,
            link,
            new LspDiagnostic
            {
                Range = place.Range,
                Severity = severity,
                Code = diagnostic.Id,
                CodeDescription = link is null ? null : new CodeDescription(link),
                Message = message,
                RelatedInformation = related is null ? null : new[] { new DiagnosticRelatedInformation(new LspLocation(related.Document.Uri, related.Range), relatedMessage) },
            });
    }

    private static Place? At(Dictionary<string, WorkspaceDocument> byPath, string path, TextLocation location)
    {
        if (!byPath.TryGetValue(path, out var document))
        {
            return null;
        }

        var (start, end) = document.Positions.Offsets(location);
        return new Place(document, start, end, document.Positions.Range(start, end));
    }

    private sealed record Place(WorkspaceDocument Document, int Start, int End, LspRange Range);
}
