using System.Collections.Generic;

namespace Dataset.Tool.LanguageServer.Protocol;

internal sealed record WorkspaceFolder(string Uri, string Name);

internal sealed record InitializeParams(int? ProcessId, string? RootUri, string? RootPath, IReadOnlyList<WorkspaceFolder>? WorkspaceFolders, ClientCapabilities? Capabilities);

internal sealed record ServerInfo(string Name, string Version);

internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

/// <summary><see cref="Change"/>: a <see cref="TextDocumentSyncKinds"/> number.</summary>
internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

internal static class TextDocumentSyncKinds
{
    /// <summary>Every change sends the whole text.</summary>
    public const int Full = 1;

    /// <summary>A change sends the range it replaces and the new text of it.</summary>
    public const int Incremental = 2;
}

internal sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters);

internal sealed record ServerCapabilities
{
    public required TextDocumentSyncOptions TextDocumentSync { get; init; }

    public required bool HoverProvider { get; init; }

    public required CompletionOptions CompletionProvider { get; init; }

    public required bool DefinitionProvider { get; init; }

    public required bool ReferencesProvider { get; init; }

    public required bool DocumentSymbolProvider { get; init; }

    public required bool RenameProvider { get; init; }

    public required CodeActionOptions CodeActionProvider { get; init; }

    public required SemanticTokensOptions SemanticTokensProvider { get; init; }
}
