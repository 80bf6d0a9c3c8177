using System.Text.Json;
using StreamJsonRpc;

namespace Dataset.Tool.Tests.LanguageServer;

/// <summary>`dataset lsp`'s document outline and the rename of an entity key across articles.</summary>
public sealed class OutlineAndRenameTests
{
    private const string Other = "---\nid: UnTalks\ntitle: UN talks\nsource: AFP\npublished: 2015-10-02\npeople:\n  Kerry: { name: John Kerry }\n---\n\n\"[We talked]{.quote #Kerry.Talked}\", [Kerry]{.person ref=Kerry} said.\n";

    [Fact]
    public async Task TheOutlineHasTheEntitiesQuotesAndStatisticsEachInsideItsGroup()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        await workspace.OpenSeedAsync();

        var symbols = (await workspace.Client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = workspace.SeedUri } }, workspace.Token)).EnumerateArray().ToList();

        Assert.Equal(["People", "Organizations", "Places", "Quotes", "Stats"], symbols.Select(symbol => symbol.GetProperty("name").GetString()));
        var stats = symbols.Single(symbol => symbol.GetProperty("name").GetString() == "Stats").GetProperty("children").EnumerateArray().ToList();
        Assert.Equal("69, unit percent, Exact", stats.Single(stat => stat.GetProperty("name").GetString() == "LevadaPoll.Against").GetProperty("detail").GetString());
        Assert.Contains(symbols[3].GetProperty("children").EnumerateArray(), quote => quote.GetProperty("name").GetString() == "Kerry.Deconfliction");
        Assert.Equal("John Kerry, US Secretary of State", symbols[0].GetProperty("children").EnumerateArray().First().GetProperty("detail").GetString());
        foreach (var group in symbols)
        {
            foreach (var child in group.GetProperty("children").EnumerateArray())
            {
                Assert.True(Before(group.GetProperty("range").GetProperty("start"), child.GetProperty("range").GetProperty("start")));
                Assert.True(Before(child.GetProperty("range").GetProperty("end"), group.GetProperty("range").GetProperty("end")));
            }
        }
    }

    [Fact]
    public async Task RenamingAnEntityKeyEditsEveryArticleAndTheEditedArticlesHaveNoDiagnostics()
    {
        await using var workspace = await ServerWorkspace.StartAsync([("data/un-talks.md", Other)]);
        await workspace.OpenSeedAsync();
        var otherUri = workspace.UriOf("data/un-talks.md");
        var (line, character) = ServerWorkspace.PositionOf(ServerWorkspace.SeedText, "[Kerry]{.person ref=Kerry}", 22);

        var edit = await workspace.Client.RequestAsync("textDocument/rename", new { textDocument = new { uri = workspace.SeedUri }, position = new { line, character }, newName = "JohnKerry" }, workspace.Token);

        var changes = edit.GetProperty("changes");
        var seed = Apply(ServerWorkspace.SeedText, changes.GetProperty(workspace.SeedUri));
        var other = Apply(Other, changes.GetProperty(otherUri));
        Assert.DoesNotContain("Kerry:", seed.Replace("JohnKerry:", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("{.quote #JohnKerry.Deconfliction", seed, StringComparison.Ordinal);
        Assert.Equal(Other.Replace("Kerry: {", "JohnKerry: {", StringComparison.Ordinal).Replace("#Kerry.", "#JohnKerry.", StringComparison.Ordinal).Replace("ref=Kerry", "ref=JohnKerry", StringComparison.Ordinal), other);

        await workspace.Client.ChangeAsync(workspace.SeedUri, seed, 2);
        await workspace.Client.OpenAsync(otherUri, other, 1);
        Assert.Empty((await workspace.Client.DiagnosticsAsync(otherUri, 1, workspace.Token)).EnumerateArray());
        await workspace.Client.DiagnosticsAsync(workspace.SeedUri, message => message.GetProperty("diagnostics").GetArrayLength() == 0, workspace.Token);
    }

    [Fact]
    public async Task ANewKeyThatCannotBeAMemberIsRefused()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        await workspace.OpenSeedAsync();
        var (line, character) = ServerWorkspace.PositionOf(ServerWorkspace.SeedText, "[Kerry]{.person ref=Kerry}", 22);

        var refused = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            workspace.Client.RequestAsync("textDocument/rename", new { textDocument = new { uri = workspace.SeedUri }, position = new { line, character }, newName = "1Kerry" }, workspace.Token));

        Assert.Equal(-32803, refused.ErrorCode);
        Assert.Contains("C# identifier", refused.Message, StringComparison.Ordinal);
        Assert.False(workspace.Client.HasExited);
    }

    private static bool Before(JsonElement first, JsonElement second) =>
        (first.GetProperty("line").GetInt32(), first.GetProperty("character").GetInt32()).CompareTo((second.GetProperty("line").GetInt32(), second.GetProperty("character").GetInt32())) <= 0;

    /// <summary>The text with <paramref name="edits"/> applied (an LF text: offsets from lines and characters).</summary>
    private static string Apply(string text, JsonElement edits)
    {
        var lineStarts = new List<int> { 0 };
        lineStarts.AddRange(text.Select((c, i) => (c, i)).Where(pair => pair.c == '\n').Select(pair => pair.i + 1));
        int Offset(JsonElement position) => lineStarts[position.GetProperty("line").GetInt32()] + position.GetProperty("character").GetInt32();
        foreach (var edit in edits.EnumerateArray().OrderByDescending(edit => Offset(edit.GetProperty("range").GetProperty("start"))))
        {
            var start = Offset(edit.GetProperty("range").GetProperty("start"));
            var end = Offset(edit.GetProperty("range").GetProperty("end"));
            text = text[..start] + edit.GetProperty("newText").GetString() + text[end..];
        }

        return text;
    }
}
