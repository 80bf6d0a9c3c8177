using System;
using System.Linq;
using Dataset.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generator.Diagnostics;

/// <summary>Turns the models' plain <see cref="DiagnosticInfo"/> into Roslyn diagnostics, for the build and the tool alike.</summary>
internal static class DiagnosticFactory
{
    /// <summary>
    /// The diagnostic of <paramref name="info"/>, with its help link under <paramref name="helpLinkBase"/> (none when
    /// empty); one that cannot be made (a generator bug) becomes DS9999, never an exception.
    /// </summary>
    public static Diagnostic Create(DiagnosticInfo info, string helpLinkBase = "")
    {
        try
        {
            var descriptor = DiagnosticDescriptors.Get(info.Id, helpLinkBase);
            var location = info.FilePath.Length == 0 ? Location.None : ToLocation(info.FilePath, info.Location);
            var additional = info.AdditionalFilePath is { } path && info.AdditionalLocation is { } second
                ? new[] { ToLocation(path, second) }
                : Array.Empty<Location>();
            return Diagnostic.Create(descriptor, location, additional, info.Arguments.ToArray<object>());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Diagnostic.Create(DiagnosticDescriptors.Get(DiagnosticDescriptors.InternalError.Id, helpLinkBase), Location.None, info.Id + ": " + DiagnosticInfo.InternalErrorText(exception));
        }
    }

    private static Location ToLocation(string path, TextLocation location)
    {
        // Clamped so that no location can make Roslyn throw: an end before its start is read as an empty span.
        var start = new LinePosition(Math.Max(0, location.StartLine), Math.Max(0, location.StartColumn));
        var end = new LinePosition(Math.Max(0, location.EndLine), Math.Max(0, location.EndColumn));
        return Location.Create(
            path,
            new TextSpan(Math.Max(0, location.Start), Math.Max(0, location.Length)),
            new LinePositionSpan(start, end < start ? start : end));
    }
}
