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
    EquatableArray<string> Arguments);
