using System.Collections.Generic;

namespace Dataset.Tool.LanguageServer.Protocol;

internal sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

internal sealed record SemanticTokensRangeParams(TextDocumentIdentifier TextDocument, LspRange Range);

/// <summary>
/// Five integers a token: its line less the previous token's, its start character (less the previous one's on the same
/// line), its length, its type's index in the legend and its modifiers' bits.
/// </summary>
internal sealed record SemanticTokens(IReadOnlyList<int> Data);

internal sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);

internal sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Range, bool Full);
