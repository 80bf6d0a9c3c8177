using System.Text.Json;

namespace Dataset.Tool.Tests.LanguageServer;

/// <summary>
/// `dataset lsp`'s quick fixes, each applied as the editor would apply its edit and the result checked by the server
/// itself: "did you mean" and "declare" for an unknown speaker or entity, the readings of an unread figure, and the
/// annotations `dataset suggest` proposes.
/// </summary>
public sealed class CodeActionTests
{
    private const string Guterres = "---\nid: UnTalks\ntitle: UN talks\nsource: AFP\npublished: 2015-10-02\npeople:\n  Guterres: { name: António Guterres, role: UN High Commissioner for Refugees }\n---\n\n[Guterres]{.person ref=Guterres} met.\n";

    private const string NoPlaces = "---\nid: Short\ntitle: Short\nsource: AFP\npublished: 2015-10-02\npeople:\n  Kerry: { name: John Kerry }\n---\n\n[Kerry]{.person ref=Kerry} flew to [Paris]{.place ref=Paris}.\n";

    [Fact]
    public async Task AnUnknownSpeakerOffersTheClosestDeclaredKeyAndItsDeclarationEachOfWhichClearsTheError()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        var broken = ServerWorkspace.SeedText.Replace("#Kerry.Deconfliction", "#Kery.Deconfliction", StringComparison.Ordinal);
        await workspace.OpenSeedAsync(broken);

        var actions = await ActionsAtAsync(workspace, broken, "#Kery.", 2);

        var didYouMean = Single(actions, "Did you mean `Kerry`?");
        Assert.True(didYouMean.GetProperty("isPreferred").GetBoolean());
        Assert.Equal("quickfix", didYouMean.GetProperty("kind").GetString());
        Assert.Equal("DS2009", Assert.Single(didYouMean.GetProperty("diagnostics").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(ServerWorkspace.SeedText, Apply(workspace, broken, didYouMean));

        var declared = Apply(workspace, broken, Single(actions, "Declare `Kery` under `people:`"));
        Assert.Contains("  Konovalov: { name: Alexander Konovalov, role: of the Strategic Analysis Institute }\n  Kery: { name: Kery }\norganizations:\n", declared, StringComparison.Ordinal);
        await AssertCleanAsync(workspace, declared, 2);
    }

    [Fact]
    public async Task AnUnknownPlaceInAnArticleWithoutPlacesIsDeclaredInANewMapNamedAsTheMentionIsWritten()
    {
        await using var workspace = await ServerWorkspace.StartAsync([("data/short.md", NoPlaces)]);
        var uri = workspace.UriOf("data/short.md");
        await workspace.Client.OpenAsync(uri, NoPlaces);
        Assert.Equal("DS2010", Assert.Single((await workspace.Client.DiagnosticsAsync(uri, 1, workspace.Token)).EnumerateArray()).GetProperty("code").GetString());

        var actions = await ActionsAtAsync(workspace, NoPlaces, "ref=Paris", 5, uri);

        var declared = Apply(workspace, NoPlaces, Single(actions, "Declare `Paris` under `places:`"), uri);
        Assert.Contains("  Kerry: { name: John Kerry }\nplaces:\n  Paris: { name: Paris }\n---\n", declared, StringComparison.Ordinal);
        await workspace.Client.ChangeAsync(uri, declared, 2);
        Assert.Empty((await workspace.Client.DiagnosticsAsync(uri, 2, workspace.Token)).EnumerateArray());
    }

    [Theory]
    [InlineData("places: {}", "places: { Paris: Paris }")]
    [InlineData("places: { Rome: Rome }  # cities", "places: { Rome: Rome, Paris: Paris }  # cities")]
    [InlineData("places: { Rome: \"Rome}\" }", "places: { Rome: \"Rome}\", Paris: Paris }")]
    public async Task AnUnknownPlaceIsDeclaredInAMapWrittenOnOneLineBeforeItsClosingBrace(string map, string expected)
    {
        var text = NoPlaces.Replace("---\n\n", map + "\n---\n\n", StringComparison.Ordinal);
        await using var workspace = await ServerWorkspace.StartAsync([("data/short.md", text)]);
        var uri = workspace.UriOf("data/short.md");
        await workspace.Client.OpenAsync(uri, text);
        Assert.Equal("DS2010", Assert.Single((await workspace.Client.DiagnosticsAsync(uri, 1, workspace.Token)).EnumerateArray()).GetProperty("code").GetString());

        var actions = await ActionsAtAsync(workspace, text, "ref=Paris", 5, uri);

        var declared = Apply(workspace, text, Single(actions, "Declare `Paris` under `places:`"), uri);
        Assert.Contains("\n" + expected + "\n---\n", declared, StringComparison.Ordinal);
        await workspace.Client.ChangeAsync(uri, declared, 2);
        Assert.Empty((await workspace.Client.DiagnosticsAsync(uri, 2, workspace.Token)).EnumerateArray());
    }

    [Fact]
    public async Task AKeyMisspeltAsAnotherArticleDeclaresItIsCorrectedAndDeclaredWithThatArticlesNameAndRole()
    {
        await using var workspace = await ServerWorkspace.StartAsync([("data/un-talks.md", Guterres)]);
        var text = ServerWorkspace.SeedText + "\n[Guterres]{.person ref=Guteres} spoke.\n";
        await workspace.OpenSeedAsync(text);

        var actions = await ActionsAtAsync(workspace, text, "ref=Guteres", 6);

        var fixedText = Apply(workspace, text, Single(actions, "Did you mean `Guterres`? (declared under `people:` as in data/un-talks.md)"));
        Assert.Contains("  Guterres: { name: António Guterres, role: UN High Commissioner for Refugees }\norganizations:\n", fixedText, StringComparison.Ordinal);
        Assert.Contains("[Guterres]{.person ref=Guterres} spoke.", fixedText, StringComparison.Ordinal);
        await AssertCleanAsync(workspace, fixedText, 2);
    }

    [Theory]
    [InlineData("1.8m", "Add `value=1800000` (1.8 million)", "1800000, Exact")]
    [InlineData("1.8m", "Add `unit=m`", "1.8, unit m, Exact")]
    [InlineData("25 pounds", "Add `unit=pounds`", "25, unit pounds, Exact")]
    [InlineData("25 pounds", "Add `unit=GBP`", "25, unit GBP, Exact")]
    [InlineData("32K", "Add `unit=K`", "32, unit K, Exact")]
    [InlineData("5 dlrs a widget", "Add `per=\"widget\"`", "5, unit USD per widget, Exact")]
    [InlineData("60 cts a pound", "Add `per=lb`", "0.6, unit USD per lb, Exact")]
    [InlineData("60 cts a pound", "Add `per=GBP`", "0.6, unit USD per GBP, Exact")]
    public async Task AnUnreadFigureOffersEachReadingItsMessageNamesAndTheChosenOneIsRead(string figure, string title, string reading)
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        var text = ServerWorkspace.SeedText + $"\nOil cost [{figure}]{{.stat #Oil.Price}}.\n";
        await workspace.OpenSeedAsync(text);

        var actions = await ActionsAtAsync(workspace, text, "#Oil.Price", 1);

        Assert.All(actions.Where(action => action.GetProperty("title").GetString()!.StartsWith("Add `", StringComparison.Ordinal)), action =>
            Assert.Equal("DS3001", Assert.Single(action.GetProperty("diagnostics").EnumerateArray()).GetProperty("code").GetString()));
        var chosen = Apply(workspace, text, Single(actions, title));
        await AssertCleanAsync(workspace, chosen, 2);
        var (line, character) = ServerWorkspace.PositionOf(chosen, "#Oil.Price");
        var hover = await workspace.Client.HoverAsync(workspace.SeedUri, line, character, workspace.Token);
        Assert.Contains(reading, hover.GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANameOfADeclaredPersonOutsideAMentionIsAnnotatedAsSuggestProposes()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        var text = ServerWorkspace.SeedText + "\nLater Stoltenberg spoke.\n";
        await workspace.OpenSeedAsync(text);

        var actions = await ActionsAtAsync(workspace, text, "Stoltenberg spoke", 3);

        var annotated = Apply(workspace, text, Single(actions, "Annotate mention of People.Stoltenberg (Jens Stoltenberg)"));
        Assert.EndsWith("\nLater [Stoltenberg]{.person ref=Stoltenberg} spoke.\n", annotated, StringComparison.Ordinal);
        await AssertCleanAsync(workspace, annotated, 2);
    }

    [Fact]
    public async Task ANameTwoEntitiesShareIsOfferedAsAMentionOfEach()
    {
        const string Jordan = "---\nid: Jordan\ntitle: Jordan\nsource: AFP\npublished: 2015-10-02\npeople:\n  MichaelJordan: { name: Michael Jordan }\n  EddieJordan: { name: Eddie Jordan }\n---\n\n[Michael Jordan]{.person ref=MichaelJordan} met [Eddie Jordan]{.person ref=EddieJordan}.\n\nLater Jordan spoke.\n";
        await using var workspace = await ServerWorkspace.StartAsync([("data/jordan.md", Jordan)]);
        var uri = workspace.UriOf("data/jordan.md");
        await workspace.Client.OpenAsync(uri, Jordan);
        await workspace.Client.DiagnosticsAsync(uri, 1, workspace.Token);

        var actions = await ActionsAtAsync(workspace, Jordan, "Jordan spoke", 2, uri);

        Assert.EndsWith("Later [Jordan]{.person ref=MichaelJordan} spoke.\n", Apply(workspace, Jordan, Single(actions, "Annotate mention of People.MichaelJordan (Michael Jordan)"), uri), StringComparison.Ordinal);
        Assert.EndsWith("Later [Jordan]{.person ref=EddieJordan} spoke.\n", Apply(workspace, Jordan, Single(actions, "Annotate mention of People.EddieJordan (Eddie Jordan)"), uri), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMentionWithoutRefIsOfferedTheEntitiesItsWordsNameHereAndElsewhere()
    {
        await using var workspace = await ServerWorkspace.StartAsync([("data/un-talks.md", Guterres)]);
        var text = ServerWorkspace.SeedText + "\n[Lavrov]{.person} met [Guterres]{.person}.\n";
        await workspace.OpenSeedAsync(text);

        var lavrov = await ActionsAtAsync(workspace, text, "[Lavrov]{.person}", 1);
        var withLavrov = Apply(workspace, text, Single(lavrov, "Add `ref=Lavrov` (Sergei Lavrov)"));
        Assert.Contains("[Lavrov]{.person ref=Lavrov} met", withLavrov, StringComparison.Ordinal);
        await workspace.Client.ChangeAsync(workspace.SeedUri, withLavrov, 2);
        Assert.Equal("DS2013", Assert.Single((await workspace.Client.DiagnosticsAsync(workspace.SeedUri, 2, workspace.Token)).EnumerateArray()).GetProperty("code").GetString());

        var guterres = await ActionsAtAsync(workspace, withLavrov, "[Guterres]{.person}", 1);
        var withBoth = Apply(workspace, withLavrov, Single(guterres, "Add `ref=Guterres` (António Guterres), declared as in data/un-talks.md"));
        Assert.Contains("[Guterres]{.person ref=Guterres}.", withBoth, StringComparison.Ordinal);
        await AssertCleanAsync(workspace, withBoth, 3);
    }

    [Fact]
    public async Task AKeyAnotherArticleNamesOtherwiseTakesThatArticlesNameAndRole()
    {
        await using var workspace = await ServerWorkspace.StartAsync([("data/un-talks.md", Guterres)]);
        var text = ServerWorkspace.SeedText.Replace("people:\n", "people:\n  Guterres: { name: A. Guterres }\n", StringComparison.Ordinal);
        await workspace.OpenSeedAsync(text);

        var actions = await ActionsAtAsync(workspace, text, "Guterres: { name: A.", 0);

        var renamed = Apply(workspace, text, Single(actions, "Use the name `António Guterres` as in data/un-talks.md"));
        Assert.Contains("people:\n  Guterres: { name: António Guterres, role: UN High Commissioner for Refugees }\n  Kerry:", renamed, StringComparison.Ordinal);
        await AssertCleanAsync(workspace, renamed, 2);
    }

    [Fact]
    public async Task AClientThatAsksOnlyForRefactoringsGetsNoQuickFixes()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        var broken = ServerWorkspace.SeedText.Replace("#Kerry.Deconfliction", "#Kery.Deconfliction", StringComparison.Ordinal);
        await workspace.OpenSeedAsync(broken);
        var (line, character) = ServerWorkspace.PositionOf(broken, "#Kery.", 2);
        object Asking(string[] only) => new { textDocument = new { uri = workspace.SeedUri }, range = new { start = new { line, character }, end = new { line, character } }, context = new { diagnostics = Array.Empty<object>(), only } };

        Assert.Empty((await workspace.Client.RequestAsync("textDocument/codeAction", Asking(["refactor"]), workspace.Token)).EnumerateArray());
        Assert.NotEmpty((await workspace.Client.RequestAsync("textDocument/codeAction", Asking(["quickfix"]), workspace.Token)).EnumerateArray());
    }

    [Fact]
    public async Task InACrlfFileTheDeclarationsLinesEndWithCrlf()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        var broken = ServerWorkspace.SeedText.Replace("#Kerry.Deconfliction", "#Kery.Deconfliction", StringComparison.Ordinal).ReplaceLineEndings("\r\n");
        await workspace.OpenSeedAsync(broken);

        var actions = await ActionsAtAsync(workspace, broken, "#Kery.", 2);

        var declared = Apply(workspace, broken, Single(actions, "Declare `Kery` under `people:`"));
        Assert.Contains("Institute }\r\n  Kery: { name: Kery }\r\norganizations:\r\n", declared, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", declared.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        await AssertCleanAsync(workspace, declared, 2);
    }

    /// <summary>The code actions for the empty range at <paramref name="find"/> moved by <paramref name="shift"/>.</summary>
    internal static async Task<List<JsonElement>> ActionsAtAsync(ServerWorkspace workspace, string text, string find, int shift, string? uri = null)
    {
        var (line, character) = ServerWorkspace.PositionOf(text, find, shift);
        var position = new { line, character };
        var result = await workspace.Client.RequestAsync(
            "textDocument/codeAction",
            new { textDocument = new { uri = uri ?? workspace.SeedUri }, range = new { start = position, end = position }, context = new { diagnostics = Array.Empty<object>() } },
            workspace.Token);
        return result.EnumerateArray().ToList();
    }

    private static JsonElement Single(List<JsonElement> actions, string title)
    {
        var titles = actions.Select(action => action.GetProperty("title").GetString()).ToList();
        Assert.True(titles.Contains(title), $"'{title}' is not among: {string.Join(" | ", titles)}");
        return actions.Single(action => action.GetProperty("title").GetString() == title);
    }

    /// <summary><paramref name="text"/> after the action's edits of the document, applied from the last to the first as an editor does.</summary>
    internal static string Apply(ServerWorkspace workspace, string text, JsonElement action, string? uri = null)
    {
        var edits = action.GetProperty("edit").GetProperty("changes").GetProperty(uri ?? workspace.SeedUri).EnumerateArray()
            .Select((edit, index) => (Start: Offset(text, edit.GetProperty("range").GetProperty("start")), End: Offset(text, edit.GetProperty("range").GetProperty("end")), Text: edit.GetProperty("newText").GetString()!, Index: index))
            .OrderByDescending(edit => edit.Start).ThenByDescending(edit => edit.Index);
        foreach (var edit in edits)
        {
            text = string.Concat(text.AsSpan(0, edit.Start), edit.Text, text.AsSpan(edit.End));
        }

        return text;
    }

    private static int Offset(string text, JsonElement position)
    {
        var (line, character) = (position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32());
        var lineStart = 0;
        for (var i = 0; i < line; i++)
        {
            lineStart = text.IndexOf('\n', lineStart) + 1;
        }

        return lineStart + character;
    }

    private static async Task AssertCleanAsync(ServerWorkspace workspace, string text, int version)
    {
        await workspace.Client.ChangeAsync(workspace.SeedUri, text, version);
        Assert.Empty((await workspace.Client.DiagnosticsAsync(workspace.SeedUri, version, workspace.Token)).EnumerateArray());
    }
}
