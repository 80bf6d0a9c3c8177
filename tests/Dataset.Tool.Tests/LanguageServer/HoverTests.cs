using System.Text.Json;

namespace Dataset.Tool.Tests.LanguageServer;

/// <summary>`dataset lsp`'s hover on the seed article: what each annotation generates, and the diagnostics under the position.</summary>
public sealed class HoverTests
{
    [Fact]
    public async Task OnAStatisticTheValueAsReadAndItsConstant()
    {
        var hover = await HoverOnSeedAsync("[Sixty-nine percent]{.stat", 3);

        Assert.Contains("`Stats.LevadaPoll.Against = 69`", hover, StringComparison.Ordinal);
        Assert.Contains("69, unit percent, Exact", hover, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnARateTheUnitAndWhatItIsPer()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        var text = ServerWorkspace.SeedText + "\nOil sold at [16.00 dlrs a barrel]{.stat #Oil.Price} and [5 dlrs]{.stat #Oil.Fee per=tonne}.\n";
        await workspace.OpenSeedAsync(text);

        var price = ServerWorkspace.PositionOf(text, "[16.00 dlrs", 3);
        var fee = ServerWorkspace.PositionOf(text, "[5 dlrs]", 2);

        Assert.Contains("`Stats.Oil.Price = 16`\n\n16, unit USD per barrel, Exact", Contents(await workspace.Client.HoverAsync(workspace.SeedUri, price.Line, price.Character, workspace.Token)), StringComparison.Ordinal);
        Assert.Contains("5, unit USD per tonne, Exact", Contents(await workspace.Client.HoverAsync(workspace.SeedUri, fee.Line, fee.Character, workspace.Token)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnAQuoteItsMemberSpeakerAndCue()
    {
        var hover = await HoverOnSeedAsync("[We agreed on the imperative", 5);

        Assert.Contains("`Quotes.Kerry.Deconfliction`", hover, StringComparison.Ordinal);
        Assert.Contains("Speaker: John Kerry, US Secretary of State", hover, StringComparison.Ordinal);
        Assert.Contains("Cue: said", hover, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnAMentionTheEntitysNameAndRole()
    {
        var hover = await HoverOnSeedAsync("[Kerry]{.person ref=Kerry}", 2);

        Assert.Equal("`People.Kerry`: John Kerry, US Secretary of State", hover);
    }

    [Fact]
    public async Task OnADiagnosticsSpanItsMessageAndHelpLink()
    {
        await using var workspace = await ServerWorkspace.StartAsync(arguments: ["--help-link-base", "https://example.org/docs/diagnostics.md"]);
        var broken = ServerWorkspace.SeedText.Replace("#Kerry.Deconfliction", "#Kery.Deconfliction", StringComparison.Ordinal);
        await workspace.OpenSeedAsync(broken);
        var (line, character) = ServerWorkspace.PositionOf(broken, "#Kery.", 2);

        var hover = Contents(await workspace.Client.HoverAsync(workspace.SeedUri, line, character, workspace.Token));

        Assert.Contains("**DS2009**: Unknown speaker 'Kery'", hover, StringComparison.Ordinal);
        Assert.Contains("(https://example.org/docs/diagnostics.md#ds2009)", hover, StringComparison.Ordinal);
        Assert.Contains("it generates nothing", hover, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideAnyAnnotationTheAnswerIsNull()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        await workspace.OpenSeedAsync();
        var (line, character) = ServerWorkspace.PositionOf(ServerWorkspace.SeedText, "of Russians are against", 3);

        var hover = await workspace.Client.HoverAsync(workspace.SeedUri, line, character, workspace.Token);

        Assert.Equal(JsonValueKind.Null, hover.ValueKind);
    }

    private static async Task<string> HoverOnSeedAsync(string find, int shift)
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        await workspace.OpenSeedAsync();
        var (line, character) = ServerWorkspace.PositionOf(ServerWorkspace.SeedText, find, shift);
        var hover = await workspace.Client.HoverAsync(workspace.SeedUri, line, character, workspace.Token);
        Assert.True(hover.TryGetProperty("range", out _));
        return Contents(hover);
    }

    private static string Contents(JsonElement hover)
    {
        var contents = hover.GetProperty("contents");
        Assert.Equal("markdown", contents.GetProperty("kind").GetString());
        return contents.GetProperty("value").GetString()!;
    }
}
