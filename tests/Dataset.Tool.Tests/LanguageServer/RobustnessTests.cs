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
    public async Task HundredsOfRandomEditsAreEachAnsweredByAHoverACompletionAndADefinitionAndTheServerLives()
    {
        await using var workspace = await ServerWorkspace.StartAsync(timeoutSeconds: 600);
        var client = workspace.Client;
        await workspace.OpenSeedAsync();
        var random = new Random(20);
        var text = ServerWorkspace.SeedText;
        for (var version = 2; version < 302; version++)
        {
            // Edits pile up, and every 40th starts again from the seed, so both the near-valid and the wrecked are sent.
            text = version % 40 == 0 ? ServerWorkspace.SeedText : Mutate(text, random);
            await client.ChangeAsync(workspace.SeedUri, text, version);
            var (line, character) = ServerWorkspace.PositionOf(text, random.Next(text.Length + 1));
            var position = new { textDocument = new { uri = workspace.SeedUri }, position = new { line, character } };

            await client.RequestAsync("textDocument/hover", position, workspace.Token);
            await client.RequestAsync("textDocument/completion", position, workspace.Token);
            await client.RequestAsync("textDocument/definition", position, workspace.Token);
            await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = workspace.SeedUri }, position = new { line = line + random.Next(3), character = character + random.Next(200) } }, workspace.Token);
        }

        await client.DiagnosticsAsync(workspace.SeedUri, 301, workspace.Token);
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
