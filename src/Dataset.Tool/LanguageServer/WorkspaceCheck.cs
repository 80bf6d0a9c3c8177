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
/// Every diagnostic the build gives for the workspace's articles, per file: each file's own (from its parse) and the
/// checks across articles, run on the articles' keys as the generator runs them. A diagnostic with a second location
/// in another file (a duplicate article id, entity or member) shows in both, each pointing at the other.
/// </summary>
internal static class WorkspaceCheck
{
    public static IReadOnlyDictionary<string, IReadOnlyList<DocumentDiagnostic>> Run(IReadOnlyList<WorkspaceDocument> documents, string helpLinkBase)
    {
        var byPath = documents.ToDictionary(document => document.Path, StringComparer.Ordinal);
        var emittable = documents.Where(document => document.Keys is not null).ToList();
        var index = DatasetChecks.BuildIndex(emittable.Select(document => document.Keys!).ToImmutableArray());
        var infos = documents.SelectMany(document => document.Model.Diagnostics)
            .Concat(index.Diagnostics)
            .Concat(DatasetChecks.ConflictDiagnostics(index.Conflicts, emittable.Select(document => document.Locations!)));

        var result = documents.ToDictionary(document => document.Path, _ => new List<DocumentDiagnostic>(), StringComparer.Ordinal);
        foreach (var info in infos)
        {
            var diagnostic = DiagnosticFactory.Create(info, helpLinkBase);
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
            if (here is not null)
            {
                result[here.Document.Path].Add(Make(here, there, "first declared here"));
            }

            if (there is not null && here is not null)
            {
                result[there.Document.Path].Add(Make(there, here, "declared again here"));
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

        return result.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<DocumentDiagnostic>)pair.Value, StringComparer.Ordinal);
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
