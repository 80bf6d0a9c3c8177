using System.Text.Json;

namespace Dataset.Tool.Tests.LanguageServer;

/// <summary>`dataset lsp` as a child process: initialize, the capabilities, shutdown and exit, and the diagnostics it publishes as the text changes.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task InitializeAnswersIncrementalSyncAndTheFeaturesAndShutdownThenExitEndsWithExitCode0()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        var capabilities = workspace.Initialize.GetProperty("capabilities");

        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("textDocumentSync").GetProperty("openClose").GetBoolean());
        Assert.True(capabilities.GetProperty("hoverProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("definitionProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("referencesProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("documentSymbolProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("renameProvider").GetBoolean());
        Assert.Equal(["quickfix"], capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds").EnumerateArray().Select(kind => kind.GetString()));
        Assert.Contains(capabilities.GetProperty("completionProvider").GetProperty("triggerCharacters").EnumerateArray(), c => c.GetString() == ".");
        Assert.Equal("dataset", workspace.Initialize.GetProperty("serverInfo").GetProperty("name").GetString());

        Assert.Equal(0, await workspace.Client.ShutdownAsync(workspace.Token));
    }

    [Fact]
    public async Task TheSeedArticleHasNoDiagnosticsAndAnUnknownSpeakerIsReportedAtTheSpeakersKey()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        var client = workspace.Client;
        await client.OpenAsync(workspace.SeedUri, ServerWorkspace.SeedText);
        Assert.Empty((await client.DiagnosticsAsync(workspace.SeedUri, 1, workspace.Token)).EnumerateArray());

        var broken = ServerWorkspace.SeedText.Replace("#Kerry.Deconfliction", "#Kery.Deconfliction", StringComparison.Ordinal);
        await client.ChangeAsync(workspace.SeedUri, broken, 2);
        var diagnostics = (await client.DiagnosticsAsync(workspace.SeedUri, 2, workspace.Token)).EnumerateArray().ToList();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("DS2009", diagnostic.GetProperty("code").GetString());
        Assert.Equal(1, diagnostic.GetProperty("severity").GetInt32());
        Assert.StartsWith("Unknown speaker 'Kery'", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        AssertRange(diagnostic.GetProperty("range"), ServerWorkspace.PositionOf(broken, "#Kery.", 1), ServerWorkspace.PositionOf(broken, "#Kery.", 5));

        await client.ChangeAsync(workspace.SeedUri, ServerWorkspace.SeedText, 3);
        Assert.Empty((await client.DiagnosticsAsync(workspace.SeedUri, 3, workspace.Token)).EnumerateArray());
    }

    [Fact]
    public async Task ACrlfFileHasTheSameLinesAndCharactersAsTheEditorCounts()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        var crlf = ServerWorkspace.SeedText.ReplaceLineEndings("\r\n").Replace("#Kerry.Deconfliction", "#Kery.Deconfliction", StringComparison.Ordinal);
        await workspace.Client.OpenAsync(workspace.SeedUri, crlf);

        var diagnostic = Assert.Single((await workspace.Client.DiagnosticsAsync(workspace.SeedUri, 1, workspace.Token)).EnumerateArray());

        var start = ServerWorkspace.PositionOf(crlf, "#Kery.", 1);
        Assert.Equal(ServerWorkspace.PositionOf(crlf.ReplaceLineEndings("\n"), "#Kery.", 1), start);
        AssertRange(diagnostic.GetProperty("range"), start, ServerWorkspace.PositionOf(crlf, "#Kery.", 5));
    }

    [Fact]
    public async Task ALineSeparatorThatRoslynCountsAsALineBreakAndTheProtocolDoesNotIsMappedToTheProtocolsLines()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        var broken = ServerWorkspace.SeedText.Replace("#Kerry.Deconfliction", "#Kery.Deconfliction", StringComparison.Ordinal)
            .Replace("\n\"[We agreed", "\nA\u2028\"[We agreed", StringComparison.Ordinal);
        await workspace.Client.OpenAsync(workspace.SeedUri, broken);

        var diagnostic = Assert.Single((await workspace.Client.DiagnosticsAsync(workspace.SeedUri, 1, workspace.Token)).EnumerateArray());

        AssertRange(diagnostic.GetProperty("range"), ServerWorkspace.PositionOf(broken, "#Kery.", 1), ServerWorkspace.PositionOf(broken, "#Kery.", 5));
    }

    [Fact]
    public async Task ADuplicateArticleIdInAnotherFileShowsInBothFilesEachPointingAtTheOther()
    {
        const string Copy = "---\nid: RussiaUsSyriaTalks\ntitle: Again\nsource: AFP\npublished: 2015-10-01\n---\n\nNothing new.\n";
        await using var workspace = await ServerWorkspace.StartAsync([("data/z-copy.md", Copy)]);
        var copyUri = workspace.UriOf("data/z-copy.md");

        // Both are on disk: the server publishes them after initialized, unopened.
        var inCopy = await workspace.Client.DiagnosticsAsync(copyUri, HasCode("DS4001"), workspace.Token);
        var inSeed = await workspace.Client.DiagnosticsAsync(workspace.SeedUri, HasCode("DS4001"), workspace.Token);

        var inSeedAt = ServerWorkspace.PositionOf(ServerWorkspace.SeedText, "RussiaUsSyriaTalks");
        var inCopyAt = ServerWorkspace.PositionOf(Copy, "RussiaUsSyriaTalks");
        foreach (var (diagnostics, at, otherUri, otherAt) in new[] { (inCopy, inCopyAt, workspace.SeedUri, inSeedAt), (inSeed, inSeedAt, copyUri, inCopyAt) })
        {
            var duplicate = Assert.Single(diagnostics.EnumerateArray());
            Assert.Equal("DS4001", duplicate.GetProperty("code").GetString());
            Assert.Equal("Article id 'RussiaUsSyriaTalks' is already used by another data file: set a different 'id:' in one of them", duplicate.GetProperty("message").GetString());
            AssertRange(duplicate.GetProperty("range"), at, (at.Line, at.Character + "RussiaUsSyriaTalks".Length));
            var related = Assert.Single(duplicate.GetProperty("relatedInformation").EnumerateArray());
            Assert.Equal(otherUri, related.GetProperty("location").GetProperty("uri").GetString());
            AssertRange(related.GetProperty("location").GetProperty("range"), otherAt, (otherAt.Line, otherAt.Character + "RussiaUsSyriaTalks".Length));
        }

        // Fixing the id in the open copy clears both files.
        await workspace.Client.OpenAsync(copyUri, Copy.Replace("id: RussiaUsSyriaTalks", "id: RussiaUsSyriaTalksAgain", StringComparison.Ordinal));
        Assert.Empty((await workspace.Client.DiagnosticsAsync(copyUri, 1, workspace.Token)).EnumerateArray());
        await workspace.Client.DiagnosticsAsync(workspace.SeedUri, message => message.GetProperty("diagnostics").GetArrayLength() == 0, workspace.Token);
    }

    [Fact]
    public async Task AMarkdownFileOutsideTheDataFolderIsLeftAlone()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        var readme = workspace.UriOf("README.md");
        await workspace.Client.OpenAsync(readme, "# Not an article\n\nAn [unclosed span.\n");
        await workspace.Client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = readme } });

        // Messages are handled in order: once the seed's diagnostics come, any for the README would have come first.
        await workspace.OpenSeedAsync();
        Assert.Equal(0, workspace.Client.PublishCount(readme));
        Assert.Equal(JsonValueKind.Null, (await workspace.Client.HoverAsync(readme, 2, 5, workspace.Token)).ValueKind);
    }

    internal static Func<JsonElement, bool> HasCode(string code) =>
        message => message.GetProperty("diagnostics").EnumerateArray().Any(d => d.GetProperty("code").GetString() == code);

    internal static void AssertRange(JsonElement range, (int Line, int Character) start, (int Line, int Character) end)
    {
        Assert.Equal(start, (range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32()));
        Assert.Equal(end, (range.GetProperty("end").GetProperty("line").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32()));
    }
}
