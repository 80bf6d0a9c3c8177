namespace Dataset.Tool.LanguageServer.Protocol;

// The Language Server Protocol 3.17's basic structures, as far as `dataset lsp` uses them. Property names are written
// in camelCase by the server's serializer options (LspConnection), as the specification spells them.

/// <summary>A 0-based line and a UTF-16 character offset in that line.</summary>
internal sealed record Position(int Line, int Character);

/// <summary>From <see cref="Start"/> up to (not including) <see cref="End"/>.</summary>
internal sealed record LspRange(Position Start, Position End);

internal sealed record LspLocation(string Uri, LspRange Range);

internal sealed record TextDocumentIdentifier(string Uri);

internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

internal sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

/// <summary>Text for the user: <c>markdown</c> or <c>plaintext</c>.</summary>
internal sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

internal sealed record TextEdit(LspRange Range, string NewText);
