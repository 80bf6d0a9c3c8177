using System.Collections.Generic;

namespace Dataset.Tool.LanguageServer.Protocol;

internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>A change: <see cref="Text"/> replaces <see cref="Range"/> (UTF-16 positions), or the whole text when the range is null.</summary>
internal sealed record TextDocumentContentChangeEvent(LspRange? Range, string Text);

internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
