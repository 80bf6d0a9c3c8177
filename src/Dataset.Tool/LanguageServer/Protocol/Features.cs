using System.Collections.Generic;

namespace Dataset.Tool.LanguageServer.Protocol;

internal sealed record Hover(MarkupContent Contents, LspRange? Range);

/// <summary>The kinds of completion items the server gives (CompletionItemKind's numbers).</summary>
internal static class CompletionItemKinds
{
    public const int Property = 10;
    public const int Keyword = 14;
    public const int Reference = 18;
    public const int Field = 5;
    public const int Module = 9;
}

internal sealed record CompletionItem
{
    public required string Label { get; init; }

    public int? Kind { get; init; }

    public string? Detail { get; init; }

    public MarkupContent? Documentation { get; init; }

    public TextEdit? TextEdit { get; init; }

    /// <summary>Edits elsewhere in the document made with the completion (the declaration of a key another article declares).</summary>
    public IReadOnlyList<TextEdit>? AdditionalTextEdits { get; init; }

    /// <summary>Orders the items: those of the article before those of other articles.</summary>
    public string? SortText { get; init; }
}

internal sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

internal sealed record ReferenceContext(bool IncludeDeclaration);

internal sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);
