using System.Collections.Generic;

namespace Dataset.Tool.LanguageServer.Protocol;

internal sealed record CodeDescription(string Href);

internal sealed record DiagnosticRelatedInformation(LspLocation Location, string Message);

/// <summary><see cref="Severity"/>: 1 error, 2 warning, 3 information, 4 hint.</summary>
internal sealed record LspDiagnostic
{
    public required LspRange Range { get; init; }

    public required int Severity { get; init; }

    public required string Code { get; init; }

    public CodeDescription? CodeDescription { get; init; }

    public string Source { get; init; } = "dataset";

    public required string Message { get; init; }

    public IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation { get; init; }
}

internal sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);
