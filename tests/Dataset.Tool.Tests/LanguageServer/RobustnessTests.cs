namespace Dataset.Tool.Tests.LanguageServer;

/// <summary>`dataset lsp` never fails on any text: hundreds of random edits of the seed, each answered.</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Insertions =
    [
        "[", "]", "{", "}", "#", "---", "\n---\n", "]{.", "{.quote #", "{.stat #", "ref=", "=", "\"", ".", "\n", "\r\n", "\r",
        "\t", " ", "\\", "`", "*", ":", "  Kerry: {", "\uFEFF", "\u2028", "\u00a0", "😀", "é", "[x]{.person ref=", "[5]{.stat #A.B value=",
    ];

    [Fact]
    public async Task HundredsOfRandomEditsAreEachAnsweredByAHoverACompletionADefinitionCodeActionsAndSemanticTokensAndTheServerLives()
    {
        await using var workspace = await ServerWorkspace.StartAsync(timeoutSeconds: 600);
        var client = workspace.Client;
        await workspace.OpenSeedAsync();
        var random = new Random(20);
        var text = ServerWorkspace.SeedText;
        for (var version = 2; version < 302; version++)
        {
            // Edits pile up, and every 40th starts again from the seed, so both the near-valid and the wrecked are sent.
            var before = text;
            text = version % 40 == 0 ? ServerWorkspace.SeedText : Mutate(text, random);
            if (version % 2 == 0)
            {
                await client.ChangeAsync(workspace.SeedUri, text, version);
            }
            else
            {
                // The odd versions as an editor with incremental sync sends them: the range that changed and its new text.
                var prefix = 0;
                while (prefix < Math.Min(before.Length, text.Length) && before[prefix] == text[prefix])
                {
                    prefix++;
                }

                var suffix = 0;
                while (suffix < Math.Min(before.Length, text.Length) - prefix && before[^(suffix + 1)] == text[^(suffix + 1)])
                {
                    suffix++;
                }

                var (start, end) = (IncrementalSyncTests.Boundary(before, prefix), before.Length - suffix);
                if (end > 0 && end < before.Length && ((before[end - 1] == '\r' && before[end] == '\n') || char.IsLowSurrogate(before[end])))
                {
                    end++;
                }

                end = Math.Max(start, end);
                var inserted = text.Substring(start, text.Length - (before.Length - end) - start);
                await IncrementalSyncTests.ChangeAsync(workspace, version, (IncrementalSyncTests.PositionOf(before, start), IncrementalSyncTests.PositionOf(before, end), inserted));
            }

            var (line, character) = ServerWorkspace.PositionOf(text, random.Next(text.Length + 1));
            var position = new { textDocument = new { uri = workspace.SeedUri }, position = new { line, character } };

            await client.RequestAsync("textDocument/hover", position, workspace.Token);
            await client.RequestAsync("textDocument/completion", position, workspace.Token);
            await client.RequestAsync("textDocument/definition", position, workspace.Token);
            var (endLine, endCharacter) = ServerWorkspace.PositionOf(text, random.Next(text.Length + 1));
            var actions = await client.RequestAsync("textDocument/codeAction", new { textDocument = new { uri = workspace.SeedUri }, range = new { start = new { line, character }, end = new { line = endLine, character = endCharacter } }, context = new { diagnostics = Array.Empty<object>() } }, workspace.Token);
            Assert.Equal(System.Text.Json.JsonValueKind.Array, actions.ValueKind);
            var tokens = await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = workspace.SeedUri } }, workspace.Token);
            Assert.Equal(0, tokens.GetProperty("data").GetArrayLength() % 5);
            await client.RequestAsync("textDocument/semanticTokens/range", new { textDocument = new { uri = workspace.SeedUri }, range = new { start = new { line = endLine, character = 0 }, end = new { line, character } } }, workspace.Token);
            await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = workspace.SeedUri }, position = new { line = line + random.Next(3), character = character + random.Next(200) } }, workspace.Token);
        }

        // The last edits were ranges: the server's text is the test's, as the whole text sent again shows.
        var afterRanges = (await client.DiagnosticsAsync(workspace.SeedUri, 301, workspace.Token)).GetRawText();
        await client.ChangeAsync(workspace.SeedUri, text, 302);
        Assert.Equal((await client.DiagnosticsAsync(workspace.SeedUri, 302, workspace.Token)).GetRawText(), afterRanges);
        Assert.False(client.HasExited, client.Errors);
        Assert.Equal(0, await client.ShutdownAsync(workspace.Token));
    }

    private static string Mutate(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        switch (random.Next(4))
        {
            case 0 when text.Length > 0:
                return text.Remove(Math.Min(at, text.Length - 1), Math.Min(1 + random.Next(20), text.Length - Math.Min(at, text.Length - 1)));
            case 1:
                return text.Insert(at, ((char)random.Next(32, 0xD7FF)).ToString());
            case 2:
                var line = text.IndexOf('\n', at);
                return line < 0 ? text + "\n" + Insertions[random.Next(Insertions.Length)] : text.Insert(line, Insertions[random.Next(Insertions.Length)]);
            default:
                return text.Insert(at, Insertions[random.Next(Insertions.Length)]);
        }
    }
}
