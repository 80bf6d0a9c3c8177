using System.Collections.Generic;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>
/// What <see cref="OutputFileEmitter"/> made of one <see cref="OutputFile"/>: the source to add under
/// <paramref name="HintName"/> (both null when the file adds none: no article of it is emitted), and the diagnostics
/// to report, in the order they were found.
/// </summary>
internal sealed record EmittedFile(string? HintName, string? Source, IReadOnlyList<DiagnosticInfo> Diagnostics);
