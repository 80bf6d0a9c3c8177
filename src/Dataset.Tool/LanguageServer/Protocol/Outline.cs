using System.Collections.Generic;

namespace Dataset.Tool.LanguageServer.Protocol;

internal sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

/// <summary><see cref="Kind"/>: SymbolKind's numbers (<see cref="SymbolKinds"/>).</summary>
internal sealed record DocumentSymbol(string Name, string? Detail, int Kind, LspRange Range, LspRange SelectionRange, IReadOnlyList<DocumentSymbol>? Children);

internal static class SymbolKinds
{
    public const int Namespace = 3;
    public const int Field = 8;
    public const int String = 15;
    public const int Number = 16;
}

internal sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

/// <summary>The edits of a rename, by document URI.</summary>
internal sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);
