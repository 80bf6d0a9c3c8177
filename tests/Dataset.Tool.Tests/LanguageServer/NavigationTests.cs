using System.Text.Json;

namespace Dataset.Tool.Tests.LanguageServer;

/// <summary>`dataset lsp`'s go to definition and find references of entity keys, across the workspace's articles.</summary>
public sealed class NavigationTests
{
    private const string Other = "---\nid: UnTalks\ntitle: UN talks\nsource: AFP\npublished: 2015-10-02\npeople:\n  Kerry: { name: John Kerry }\n---\n\n[Kerry]{.person ref=Kerry} spoke.\n";

    private static readonly (int Line, int Character) KerryDeclared = ServerWorkspace.PositionOf(ServerWorkspace.SeedText, "  Kerry: {", 2);

    [Theory]
    [InlineData("[Kerry]{.person ref=Kerry}", 22)]
    [InlineData("#Kerry.Deconfliction", 3)]
    public async Task FromARefOrAQuotesSpeakerToTheDeclarationInTheFrontMatter(string find, int shift)
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        await workspace.OpenSeedAsync();
        var (line, character) = ServerWorkspace.PositionOf(ServerWorkspace.SeedText, find, shift);

        var definitions = await workspace.Client.RequestAsync("textDocument/definition", new { textDocument = new { uri = workspace.SeedUri }, position = new { line, character } }, workspace.Token);

        var definition = Assert.Single(definitions.EnumerateArray());
        Assert.Equal(workspace.SeedUri, definition.GetProperty("uri").GetString());
        LifecycleTests.AssertRange(definition.GetProperty("range"), KerryDeclared, (KerryDeclared.Line, KerryDeclared.Character + 5));
    }

    [Fact]
    public async Task TheReferencesOfAnEntityKeyAreEveryDeclarationMentionAndSpeakerInEveryArticle()
    {
        await using var workspace = await ServerWorkspace.StartAsync([("data/un-talks.md", Other)]);
        await workspace.OpenSeedAsync();
        var seed = ServerWorkspace.SeedText;

        var references = (await workspace.Client.RequestAsync(
            "textDocument/references",
            new { textDocument = new { uri = workspace.SeedUri }, position = new { KerryDeclared.Line, character = KerryDeclared.Character + 1 }, context = new { includeDeclaration = true } },
            workspace.Token)).EnumerateArray().ToList();

        var inSeed = references.Where(reference => reference.GetProperty("uri").GetString() == workspace.SeedUri).ToList();
        var inOther = references.Where(reference => reference.GetProperty("uri").GetString() == workspace.UriOf("data/un-talks.md")).ToList();
        Assert.Equal(references.Count, inSeed.Count + inOther.Count);
        Assert.Equal(1 + Count(seed, "ref=Kerry}") + Count(seed, "{.quote #Kerry."), inSeed.Count);
        Assert.Equal(2, inOther.Count);
        foreach (var reference in inSeed)
        {
            var start = reference.GetProperty("range").GetProperty("start");
            var end = reference.GetProperty("range").GetProperty("end");
            Assert.Equal("Kerry", Text(seed, start, end));
        }

        var withoutDeclarations = await workspace.Client.RequestAsync(
            "textDocument/references",
            new { textDocument = new { uri = workspace.SeedUri }, position = new { KerryDeclared.Line, character = KerryDeclared.Character + 1 }, context = new { includeDeclaration = false } },
            workspace.Token);
        Assert.Equal(references.Count - 2, withoutDeclarations.GetArrayLength());
    }

    private static int Count(string text, string find) => (text.Length - text.Replace(find, string.Empty, StringComparison.Ordinal).Length) / find.Length;

    private static string Text(string text, JsonElement start, JsonElement end)
    {
        var lines = text.Split('\n');
        Assert.Equal(start.GetProperty("line").GetInt32(), end.GetProperty("line").GetInt32());
        var line = lines[start.GetProperty("line").GetInt32()];
        return line[start.GetProperty("character").GetInt32()..end.GetProperty("character").GetInt32()];
    }
}
