using Dataset.Benchmarks.Corpus;
using Dataset.Generator.Parsing.Body;
using Dataset.Tool.LanguageServer;
using Dataset.Tool.LanguageServer.Protocol;
using Dataset.Tool.Tests.Infrastructure;

namespace Dataset.Tool.Tests.LanguageServer;

/// <summary>
/// The server holds one parse a file: initialize reads each article once, a change re-parses only the changed file,
/// and hover, completion, navigation, the outline, semantic tokens and the quick fixes read no body (counted by the parser, <see cref="BodyReads"/>).
/// The session is called in process here; the other tests speak to the real process.
/// </summary>
public sealed class ReparseTests
{
    [Fact]
    public async Task AChangeReparsesOnlyTheChangedFileAndTheRequestsReadNoBody()
    {
        using var directory = new TempDirectory();
        SyntheticCorpus.Write(SyntheticCorpus.Create(12), Path.Combine(directory.Path, "data"));
        var seed = directory.Write("data/russia-us-syria-talks.md", ServerWorkspace.SeedText);
        var uri = new Uri(seed).AbsoluteUri;
        var files = Directory.GetFiles(Path.Combine(directory.Path, "data"), "*.md");
        var session = new LanguageServerSession(rootOption: null, helpLinkBase: string.Empty);

        using (var reads = BodyReads.Count())
        {
            session.Initialize(new InitializeParams(null, new Uri(directory.Path).AbsoluteUri, null, null, null));
            Assert.All(files, file => Assert.Equal(1, reads.Of(file)));
        }

        using (var reads = BodyReads.Count())
        {
            await session.DidOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, ServerWorkspace.SeedText)));
            await session.DidChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2), [new TextDocumentContentChangeEvent(null, ServerWorkspace.SeedText + "\nTalks went on for 40 pct longer.\n")]));
            var (line, character) = ServerWorkspace.PositionOf(ServerWorkspace.SeedText, "[Kerry]{.person ref=Kerry}", 22);
            var at = new TextDocumentPositionParams(new TextDocumentIdentifier(uri), new Position(line, character));
            Assert.NotNull(session.Hover(at));
            Assert.NotEmpty(session.Completion(at).Items);
            Assert.NotEmpty(session.Definition(at));
            Assert.NotEmpty(session.References(new ReferenceParams(at.TextDocument, at.Position, new ReferenceContext(true))));
            Assert.NotEmpty(session.DocumentSymbol(new DocumentSymbolParams(at.TextDocument)));
            Assert.NotEmpty(session.SemanticTokensFull(new SemanticTokensParams(at.TextDocument)).Data);
            Assert.NotEmpty(session.CodeAction(new CodeActionParams(at.TextDocument, new LspRange(new Position(0, 0), new Position(ServerWorkspace.SeedText.Split('\n').Length + 2, 0)), null)));

            Assert.Equal(2, reads.Of(seed));
            Assert.Equal(2, reads.Total);
        }
    }
}
