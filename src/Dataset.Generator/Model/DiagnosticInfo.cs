using System;
using Dataset.Generator.Diagnostics;

namespace Dataset.Generator.Model;

/// <summary>
/// A diagnostic to report, kept as plain data (a <c>Diagnostic</c> is not equatable and holds a syntax tree):
/// the descriptor's id, the file and span, an optional second location (the first of two duplicates), and the
/// message arguments.
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    string FilePath,
    TextLocation Location,
    string? AdditionalFilePath,
    TextLocation? AdditionalLocation,
    EquatableArray<string> Arguments)
{
    /// <summary>
    /// A diagnostic of the project rather than of a place in a file (a build property the generator cannot use, a C#
    /// version too old): reported without a location.
    /// </summary>
    public static DiagnosticInfo WithoutLocation(string id, params string[] arguments) =>
        new(id, string.Empty, default, null, null, arguments.ToEquatableArray());

    /// <summary>
    /// DS9999 for a generator bug met while handling <paramref name="filePath"/> (empty when no one file is to blame):
    /// reported at the file as a whole, with the exception's <see cref="InternalErrorText"/>.
    /// </summary>
    public static DiagnosticInfo InternalError(string filePath, Exception exception) =>
        new(DiagnosticDescriptors.InternalError.Id, filePath, default, null, null, new[] { InternalErrorText(exception) }.ToEquatableArray());

    /// <summary>What DS9999 says of <paramref name="exception"/>: its type and message, which are what a bug report needs.</summary>
    public static string InternalErrorText(Exception exception) => exception.GetType().Name + ": " + exception.Message;
}
