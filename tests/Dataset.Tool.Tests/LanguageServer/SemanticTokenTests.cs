using System.Text.Json;

namespace Dataset.Tool.Tests.LanguageServer;

/// <summary>`dataset lsp`'s semantic tokens: annotations coloured by kind, their attributes, and the front matter's fields and keys.</summary>
public sealed class SemanticTokenTests
{
    private const string Nested = "\n\"[We met [Kerry]{.person ref=Kerry} today,\nat last]{.quote #Lavrov.Met cue=said}\", he said.\n";

    [Fact]
    public async Task TheLegendIsAdvertisedAndEachKindOfSpanHasItsType()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        var provider = workspace.Initialize.GetProperty("capabilities").GetProperty("semanticTokensProvider");
        Assert.True(provider.GetProperty("full").GetBoolean());
        Assert.True(provider.GetProperty("range").GetBoolean());
        var types = provider.GetProperty("legend").GetProperty("tokenTypes").EnumerateArray().Select(type => type.GetString()!).ToList();
        Assert.Equal(["declaration"], provider.GetProperty("legend").GetProperty("tokenModifiers").EnumerateArray().Select(modifier => modifier.GetString()));
        var text = ServerWorkspace.SeedText;
        await workspace.OpenSeedAsync();

        var tokens = Decode(await FullAsync(workspace), types);

        AssertToken(tokens, text, "We agreed on the imperative", "string", "We agreed on the imperative of as soon as possible -- perhaps even as soon as tomorrow, but as soon as possible -- having a military to military de-confliction discussion".Length);
        AssertToken(tokens, text, ".quote #Kerry.Deconfliction", "keyword", ".quote".Length);
        AssertToken(tokens, text, "#Kerry.Deconfliction", "variable", "#Kerry.Deconfliction".Length);
        AssertToken(tokens, text, "cue=said}", "property", 3);
        AssertToken(tokens, text, "John Kerry]{.person", "class", "John Kerry".Length);
        AssertToken(tokens, text, "ref=Kerry} (R)", "property", 3);
        AssertToken(tokens, text, "Kerry} (R)", "variable", 5);
        AssertToken(tokens, text, "2015]{.stat", "number", 4);
        AssertToken(tokens, text, "United Nations]{.org", "namespace", "United Nations".Length);
        AssertToken(tokens, text, "Russia]{.place ref=Russia} Foreign", "enumMember", "Russia".Length);
        AssertToken(tokens, text, "source: Agence", "property", "source".Length);
        AssertToken(tokens, text, "Kerry: { name: John Kerry", "variable", "Kerry".Length, "declaration");
        AssertToken(tokens, text, "name: John Kerry", "property", "name".Length);
        AssertToken(tokens, text, "role: US Secretary", "property", "role".Length);
        Assert.DoesNotContain(tokens, token => (token.Line, token.Character) == ServerWorkspace.PositionOf(text, "Russia and US call urgent"));
    }

    [Fact]
    public async Task ANestedMentionIsColouredInsideItsQuoteAndAQuoteOverALineBreakIsOneTokenALine()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        var text = ServerWorkspace.SeedText + Nested;
        await workspace.OpenSeedAsync(text);

        var types = Types(workspace);
        var tokens = Decode(await FullAsync(workspace), types);

        AssertToken(tokens, text, "We met [Kerry]", "string", "We met ".Length);
        AssertToken(tokens, text, "Kerry]{.person ref=Kerry} today", "class", "Kerry".Length);
        AssertToken(tokens, text, " today,\nat last", "string", " today,".Length);
        AssertToken(tokens, text, "at last]{.quote", "string", "at last".Length);
    }

    [Fact]
    public async Task ARangeHasTheTokensOfItsLinesAndACrlfFileTheTokensOfItsLfText()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        var text = ServerWorkspace.SeedText + Nested;
        await workspace.OpenSeedAsync(text);
        var types = Types(workspace);
        var full = Decode(await FullAsync(workspace), types);
        var (first, last) = (ServerWorkspace.PositionOf(text, "Senior US officials").Line, ServerWorkspace.PositionOf(text, "We met [Kerry]").Line);

        var range = await workspace.Client.RequestAsync(
            "textDocument/semanticTokens/range",
            new { textDocument = new { uri = workspace.SeedUri }, range = new { start = new { line = first, character = 0 }, end = new { line = last, character = 0 } } },
            workspace.Token);

        Assert.Equal(full.Where(token => token.Line >= first && token.Line <= last), Decode(range, types));
        Assert.NotEmpty(Decode(range, types));

        await workspace.Client.ChangeAsync(workspace.SeedUri, text.ReplaceLineEndings("\r\n"), 2);
        await workspace.Client.DiagnosticsAsync(workspace.SeedUri, 2, workspace.Token);
        Assert.Equal(full, Decode(await FullAsync(workspace), types));
    }

    internal static Task<JsonElement> FullAsync(ServerWorkspace workspace) =>
        workspace.Client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = workspace.SeedUri } }, workspace.Token);

    private static List<string> Types(ServerWorkspace workspace) =>
        workspace.Initialize.GetProperty("capabilities").GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes")
            .EnumerateArray().Select(type => type.GetString()!).ToList();

    /// <summary>The tokens with absolute lines and characters, in order.</summary>
    internal static List<(int Line, int Character, int Length, string Type, int Modifiers)> Decode(JsonElement tokens, List<string> types)
    {
        var data = tokens.GetProperty("data").EnumerateArray().Select(number => number.GetInt32()).ToList();
        Assert.Equal(0, data.Count % 5);
        var result = new List<(int, int, int, string, int)>();
        var (line, character) = (0, 0);
        for (var i = 0; i < data.Count; i += 5)
        {
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            line += data[i];
            result.Add((line, character, data[i + 2], types[data[i + 3]], data[i + 4]));
        }

        return result;
    }

    private static void AssertToken(List<(int Line, int Character, int Length, string Type, int Modifiers)> tokens, string text, string find, string type, int length, string? modifier = null)
    {
        var (line, character) = ServerWorkspace.PositionOf(text, find);
        var token = tokens.SingleOrDefault(token => token.Line == line && token.Character == character);
        Assert.True(token.Type is not null, $"no token at '{find}'");
        Assert.Equal((type, length, modifier is null ? 0 : 1), (token.Type, token.Length, token.Modifiers));
    }
}
