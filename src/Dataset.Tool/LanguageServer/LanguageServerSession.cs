using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Dataset.Tool.LanguageServer.Protocol;
using Dataset.Tool.Loading;
using StreamJsonRpc;

namespace Dataset.Tool.LanguageServer;

/// <summary>
/// The methods of <c>dataset lsp</c>, one a request or notification of the protocol. The connection runs them one at a
/// time in the order they arrive (see <see cref="LspConnection"/>), so the workspace needs no lock and a request sees
/// every change sent before it.
/// </summary>
internal sealed class LanguageServerSession
{
    private readonly Workspace _workspace = new();
    private readonly EditorTexts _texts = new();
    private readonly Dictionary<string, string> _published = new(StringComparer.Ordinal);
    private readonly HashSet<string> _publishedSome = new(StringComparer.Ordinal);
    private readonly WorkspaceCheck _check;
    private readonly string? _rootOption;
    private readonly TaskCompletionSource _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _watchFiles;
    private IReadOnlyDictionary<string, IReadOnlyList<DocumentDiagnostic>> _diagnostics = new Dictionary<string, IReadOnlyList<DocumentDiagnostic>>();

    public LanguageServerSession(string? rootOption, string helpLinkBase)
    {
        _rootOption = rootOption;
        _check = new WorkspaceCheck(helpLinkBase);
    }

    /// <summary>Set by the connection before it listens: where diagnostics are published.</summary>
    public JsonRpc? Rpc { get; set; }

    public bool ShutdownRequested { get; private set; }

    /// <summary>Completes when the client sends <c>exit</c>.</summary>
    public Task Exited => _exit.Task;

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        var root = _rootOption
            ?? parameters.WorkspaceFolders?.Select(folder => DocumentUris.ToPath(folder.Uri)).FirstOrDefault(path => path is not null)
            ?? (parameters.RootUri is { } rootUri ? DocumentUris.ToPath(rootUri) : null)
            ?? parameters.RootPath
            ?? Environment.CurrentDirectory;
        _workspace.Load(Path.GetFullPath(root));
        _watchFiles = parameters.Capabilities?.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;
        return new InitializeResult(
            new ServerCapabilities
            {
                TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncKinds.Incremental),
                HoverProvider = true,
                CompletionProvider = new CompletionOptions(new[] { ".", "#", "=", " ", "{" }),
                DefinitionProvider = true,
                ReferencesProvider = true,
                DocumentSymbolProvider = true,
                RenameProvider = true,
                CodeActionProvider = new CodeActionOptions(new[] { CodeActionKinds.QuickFix }),
                SemanticTokensProvider = new SemanticTokensOptions(ArticleTokens.Legend, Range: true, Full: true),
            },
            new ServerInfo("dataset", ToolInfo.Version));
    }

    [JsonRpcMethod("initialized")]
    public async Task Initialized()
    {
        await PublishAsync(changed: null).ConfigureAwait(true);
        if (_watchFiles && Rpc is { } rpc)
        {
            var watch = new Registration("dataset-articles", "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(new[] { new Protocol.FileSystemWatcher("**/" + ArticleFiles.DefaultPath + "/**/*.md") }));
            try
            {
                await rpc.InvokeWithParameterObjectAsync("client/registerCapability", new RegistrationParams(new[] { watch })).ConfigureAwait(true);
            }
            catch (RemoteRpcException)
            {
                // The client refused: files changed outside the editor are read when it opens them.
            }
        }
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public Task DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        var gone = new List<string>();
        foreach (var change in parameters.Changes ?? Array.Empty<FileEvent>())
        {
            _workspace.FileChanged(change.Uri);
            if (!_workspace.Holds(change.Uri))
            {
                gone.Add(change.Uri);
            }
        }

        return PublishAsync(changed: null, gone);
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        ShutdownRequested = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult();

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public Task DidOpen(DidOpenTextDocumentParams parameters)
    {
        var text = parameters.TextDocument.Text ?? string.Empty;
        if (_workspace.Edit(parameters.TextDocument.Uri, text, parameters.TextDocument.Version) is not { } document)
        {
            // Not an article: the server leaves it alone, and keeps no copy of its text.
            return Task.CompletedTask;
        }

        _texts.Open(parameters.TextDocument.Uri, text);
        return PublishAsync(document);
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public Task DidChange(DidChangeTextDocumentParams parameters)
    {
        // Incremental sync: each change edits the text the ones before it left (a change without a range replaces it).
        if (parameters.ContentChanges is not { Count: > 0 } changes || _texts.Change(parameters.TextDocument.Uri, changes) is not { } text)
        {
            return Task.CompletedTask;
        }

        return PublishAsync(_workspace.Edit(parameters.TextDocument.Uri, text, parameters.TextDocument.Version));
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public Task DidClose(DidCloseTextDocumentParams parameters)
    {
        _texts.Close(parameters.TextDocument.Uri);
        _workspace.Close(parameters.TextDocument.Uri);
        return PublishAsync(changed: null, new[] { parameters.TextDocument.Uri });
    }

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(TextDocumentPositionParams parameters) =>
        At(parameters, (document, offset) => HoverContent.At(document, offset, DiagnosticsOf(document)));

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public CompletionList Completion(TextDocumentPositionParams parameters) =>
        At(parameters, (document, offset) => Completions.At(_workspace.Documents.ToList(), document, offset, _texts.NewLine(parameters.TextDocument.Uri))) ?? new CompletionList(false, Array.Empty<CompletionItem>());

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<LspLocation> Definition(TextDocumentPositionParams parameters) =>
        At(parameters, (document, offset) => EntityReferences.At(document, offset) is { } name ? EntityReferences.Definition(_workspace.Documents.ToList(), document, name) : null)
        ?? Array.Empty<LspLocation>();

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<LspLocation> References(ReferenceParams parameters) =>
        At(new TextDocumentPositionParams(parameters.TextDocument, parameters.Position), (document, offset) => EntityReferences.At(document, offset) is { } name
            ? EntityReferences.References(_workspace.Documents.ToList(), name, parameters.Context?.IncludeDeclaration ?? true).Select(use => use.Location).ToArray()
            : null)
        ?? Array.Empty<LspLocation>();

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<DocumentSymbol> DocumentSymbol(DocumentSymbolParams parameters) =>
        _workspace.Find(parameters.TextDocument.Uri) is { } document ? DocumentOutline.Of(document) : Array.Empty<DocumentSymbol>();

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public WorkspaceEdit? Rename(RenameParams parameters) =>
        At(new TextDocumentPositionParams(parameters.TextDocument, parameters.Position), (document, offset) =>
        {
            if (EntityReferences.At(document, offset) is not { } name)
            {
                return null;
            }

            // RequestFailed: the client shows the message and renames nothing.
            return EntityRename.Problem(name, parameters.NewName) is { } problem
                ? throw new LocalRpcException($"Cannot rename '{name.Key}' to '{parameters.NewName}': {problem}") { ErrorCode = -32803 }
                : EntityRename.Edit(_workspace.Documents.ToList(), name, parameters.NewName);
        });

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public IReadOnlyList<CodeAction> CodeAction(CodeActionParams parameters)
    {
        if (_workspace.Find(parameters.TextDocument.Uri) is not { } document
            || (parameters.Context?.Only is { } only && !only.Any(kind => kind == CodeActionKinds.QuickFix || CodeActionKinds.QuickFix.StartsWith(kind + ".", StringComparison.Ordinal))))
        {
            return Array.Empty<CodeAction>();
        }

        var start = document.Positions.Offset(parameters.Range.Start);
        var end = document.Positions.Offset(parameters.Range.End);
        return QuickFixes.For(_workspace.Documents.ToList(), document, Math.Min(start, end), Math.Max(start, end), DiagnosticsOf(document), _texts.NewLine(parameters.TextDocument.Uri));
    }

    [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
    public SemanticTokens SemanticTokensFull(SemanticTokensParams parameters) =>
        _workspace.Find(parameters.TextDocument.Uri) is { } document ? ArticleTokens.Of(document) : new SemanticTokens(Array.Empty<int>());

    [JsonRpcMethod("textDocument/semanticTokens/range", UseSingleObjectParameterDeserialization = true)]
    public SemanticTokens SemanticTokensRange(SemanticTokensRangeParams parameters) =>
        _workspace.Find(parameters.TextDocument.Uri) is { } document
            ? ArticleTokens.Of(document, parameters.Range.Start.Line, parameters.Range.End.Line)
            : new SemanticTokens(Array.Empty<int>());

    private IReadOnlyList<DocumentDiagnostic> DiagnosticsOf(WorkspaceDocument document) =>
        _diagnostics.TryGetValue(document.Path, out var diagnostics) ? diagnostics : Array.Empty<DocumentDiagnostic>();

    /// <summary>What <paramref name="answer"/> gives at the position, or null for a file the server does not hold.</summary>
    private T? At<T>(TextDocumentPositionParams parameters, Func<WorkspaceDocument, int, T?> answer)
        where T : class =>
        _workspace.Find(parameters.TextDocument.Uri) is { } document ? answer(document, document.Positions.Offset(parameters.Position)) : null;

    /// <summary>
    /// Runs the checks across the workspace and publishes the diagnostics of every file whose diagnostics changed, and
    /// always those of <paramref name="changed"/> (with its version).
    /// </summary>
    private async Task PublishAsync(WorkspaceDocument? changed, IEnumerable<string>? gone = null)
    {
        var documents = _workspace.Documents.ToList();
        _diagnostics = _check.Run(documents);
        var messages = new List<PublishDiagnosticsParams>();

        // The changed file first, then the others whose diagnostics changed (a duplicate id it adds or removes): only a
        // file with diagnostics now or at its last publish can have changed.
        var candidates = new HashSet<string>(_diagnostics.Keys, StringComparer.Ordinal);
        candidates.UnionWith(_publishedSome);
        foreach (var document in changed is null ? Array.Empty<WorkspaceDocument>() : new[] { changed })
        {
            candidates.Remove(document.Path);
            Publish(document);
        }

        foreach (var path in candidates.Order(StringComparer.Ordinal))
        {
            if (_workspace.FindPath(path) is { } document)
            {
                Publish(document);
            }
        }

        void Publish(WorkspaceDocument document)
        {
            var diagnostics = _diagnostics.TryGetValue(document.Path, out var found) ? found.Select(diagnostic => diagnostic.Lsp).ToList() : new List<LspDiagnostic>();
            var signature = JsonSerializer.Serialize(diagnostics, LspConnection.SerializerOptions);
            var known = _published.TryGetValue(document.Path, out var before);
            if (document == changed || (known ? before != signature : diagnostics.Count > 0))
            {
                _published[document.Path] = signature;
                if (diagnostics.Count > 0)
                {
                    _publishedSome.Add(document.Path);
                }
                else
                {
                    _publishedSome.Remove(document.Path);
                }

                messages.Add(new PublishDiagnosticsParams(document.Uri, document.Version, diagnostics));
            }
        }

        // A file that left the workspace has no diagnostics left.
        foreach (var uri in gone ?? Array.Empty<string>())
        {
            if (DocumentUris.ToPath(uri) is { } path && _workspace.FindPath(path) is null && _published.Remove(path))
            {
                _publishedSome.Remove(path);
                messages.Add(new PublishDiagnosticsParams(uri, null, Array.Empty<LspDiagnostic>()));
            }
        }

        if (Rpc is not { } rpc)
        {
            return;
        }

        foreach (var message in messages)
        {
            await rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", message).ConfigureAwait(true);
        }
    }
}
