using System.Collections.Generic;

namespace Dataset.Tool.LanguageServer.Protocol;

internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>A change: with full sync (the server's choice) <see cref="Range"/> is null and <see cref="Text"/> the whole text.</summary>
internal sealed record TextDocumentContentChangeEvent(LspRange? Range, string Text);

internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
