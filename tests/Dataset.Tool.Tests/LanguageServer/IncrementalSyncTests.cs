using System.Text.Json;

namespace Dataset.Tool.Tests.LanguageServer;

/// <summary>
/// Incremental sync: a change sends the range it replaces (UTF-16 positions; lines break at LF, CRLF and CR), and the
/// server, which edits its copy of the editor's text, reads what the whole text would give it.
/// </summary>
public sealed class IncrementalSyncTests
{
    [Fact]
    public async Task ARangeEditOnACrlfLineAfterAnEmojiEditsTheCharactersItNames()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        var text = ServerWorkspace.SeedText.Replace("\n\"[We agreed", "\n😀 \"[We agreed", StringComparison.Ordinal).ReplaceLineEndings("\r\n");
        await workspace.OpenSeedAsync(text);

        // Delete one 'r' of "#Kerry.Deconfliction": the emoji before it on the line counts two characters.
        var (line, character) = PositionOf(text, text.IndexOf("#Kerry.Deconfliction", StringComparison.Ordinal) + 3);
        await ChangeAsync(workspace, 2, ((line, character), (line, character + 1), string.Empty));
        var broken = text.Replace("#Kerry.Deconfliction", "#Kery.Deconfliction", StringComparison.Ordinal);
        var diagnostic = Assert.Single((await workspace.Client.DiagnosticsAsync(workspace.SeedUri, 2, workspace.Token)).EnumerateArray());
        Assert.Equal("DS2009", diagnostic.GetProperty("code").GetString());
        LifecycleTests.AssertRange(diagnostic.GetProperty("range"), PositionOf(broken, broken.IndexOf("#Kery.", StringComparison.Ordinal) + 1), PositionOf(broken, broken.IndexOf("#Kery.", StringComparison.Ordinal) + 5));

        // Two changes in one message, each on the text the one before left: the 'r' back, then a line break removed and put back.
        var lineBreak = broken.IndexOf("\r\n", broken.IndexOf("#Kery.", StringComparison.Ordinal), StringComparison.Ordinal);
        await ChangeAsync(
            workspace,
            3,
            ((line, character), (line, character), "r"),
            (PositionOf(text, lineBreak + 1), PositionOf(text, lineBreak + 4), "\r\n\r\n"));
        Assert.Empty((await workspace.Client.DiagnosticsAsync(workspace.SeedUri, 3, workspace.Token)).EnumerateArray());
    }

    [Fact]
    public async Task RandomRangeEditsGiveTheDiagnosticsAndTheOutlineTheWholeTextGives()
    {
        await using var incremental = await ServerWorkspace.StartAsync(timeoutSeconds: 300);
        await using var full = await ServerWorkspace.StartAsync(timeoutSeconds: 300);
        var random = new Random(2);
        var text = ServerWorkspace.SeedText.Replace("\n\"[We agreed", "\n😀 é \"[We agreed", StringComparison.Ordinal).ReplaceLineEndings("\r\n");
        await incremental.OpenSeedAsync(text);
        await full.OpenSeedAsync(text);
        string[] insertions = ["", "x", "\r\n", "\n", "\r", "[", "]{.quote #Kerry.", "😀", "{.stat #A.B}", "ref=Kerry", "---\r\n", "\"", "é"];
        for (var version = 2; version < 82; version++)
        {
            var start = Boundary(text, random.Next(text.Length + 1));
            var end = Boundary(text, Math.Min(text.Length, start + random.Next(version % 5 == 0 ? 400 : 12)));
            var inserted = insertions[random.Next(insertions.Length)];
            var edit = (PositionOf(text, start), PositionOf(text, end), inserted);
            text = string.Concat(text.AsSpan(0, start), inserted, text.AsSpan(end));

            await ChangeAsync(incremental, version, edit);
            await full.Client.ChangeAsync(full.SeedUri, text, version);

            Assert.Equal(
                Normalized(full, await full.Client.DiagnosticsAsync(full.SeedUri, version, full.Token)),
                Normalized(incremental, await incremental.Client.DiagnosticsAsync(incremental.SeedUri, version, incremental.Token)));
            Assert.Equal(
                Normalized(full, await full.Client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = full.SeedUri } }, full.Token)),
                Normalized(incremental, await incremental.Client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = incremental.SeedUri } }, incremental.Token)));
        }
    }

    internal static Task ChangeAsync(ServerWorkspace workspace, int version, params ((int Line, int Character) Start, (int Line, int Character) End, string Text)[] changes) =>
        workspace.Client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = workspace.SeedUri, version },
            contentChanges = changes.Select(change => new
            {
                range = new
                {
                    start = new { line = change.Start.Line, character = change.Start.Character },
                    end = new { line = change.End.Line, character = change.End.Character },
                },
                text = change.Text,
            }).ToArray(),
        });

    /// <summary>The protocol's position of an offset, counted here independently of the server: lines end at CRLF, LF or CR.</summary>
    internal static (int Line, int Character) PositionOf(string text, int offset)
    {
        var (line, lineStart) = (0, 0);
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                (line, lineStart) = (line + 1, i + 1);
            }
        }

        return (line, offset - lineStart);
    }

    /// <summary>An offset no position can split: not between CR and LF, nor inside a surrogate pair.</summary>
    internal static int Boundary(string text, int offset) =>
        offset > 0 && offset < text.Length && ((text[offset - 1] == '\r' && text[offset] == '\n') || char.IsLowSurrogate(text[offset])) ? offset - 1 : offset;

    private static string Normalized(ServerWorkspace workspace, JsonElement result) => result.GetRawText().Replace(workspace.SeedUri, "seed", StringComparison.Ordinal);
}
