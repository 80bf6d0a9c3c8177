using System.Collections.Generic;

namespace Dataset.Tool.LanguageServer.Protocol;

/// <summary>What the client asks code actions for; the server answers from its own diagnostics, not the context's.</summary>
internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext? Context);

/// <summary><see cref="Only"/>: the kinds the client wants (a kind includes its subkinds: <c>quickfix</c> asks for <c>quickfix.x</c>), or null for all.</summary>
internal sealed record CodeActionContext(IReadOnlyList<string>? Only);

internal static class CodeActionKinds
{
    public const string QuickFix = "quickfix";
}

/// <summary>A quick fix: its title, the diagnostics it settles, and the edit that settles them.</summary>
internal sealed record CodeAction(string Title, string Kind, IReadOnlyList<LspDiagnostic> Diagnostics, bool IsPreferred, WorkspaceEdit Edit);

internal sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);
