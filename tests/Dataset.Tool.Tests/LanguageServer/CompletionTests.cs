using System.Text.Json;

namespace Dataset.Tool.Tests.LanguageServer;

/// <summary>`dataset lsp`'s completion while an annotation or a front-matter declaration is being typed in the seed article.</summary>
public sealed class CompletionTests
{
    private const string Guterres = "---\nid: UnTalks\ntitle: UN talks\nsource: AFP\npublished: 2015-10-02\npeople:\n  Guterres: { name: António Guterres, role: UN High Commissioner for Refugees }\n  Kerry: { name: John Kerry }\norganizations:\n  Unhcr: { name: UNHCR }\n---\n\n[UNHCR]{.org ref=Unhcr} met.\n";

    [Fact]
    public async Task AfterABraceAndADotTheKinds()
    {
        var items = await CompleteAfterAsync("[Kerry]{.");

        Assert.Equal(["quote", "stat", "person", "org", "place"], Labels(items));
    }

    [Fact]
    public async Task AfterRefTheDeclaredEntitiesOfTheAnnotationsKindWithNameAndRole()
    {
        var items = await CompleteAfterAsync("[him]{.person ref=");

        Assert.Contains("Kerry", Labels(items));
        Assert.Contains("Lavrov", Labels(items));
        Assert.DoesNotContain("Nato", Labels(items));
        Assert.Equal("John Kerry, US Secretary of State", Documentation(items, "Kerry"));

        var organizations = Labels(await CompleteAfterAsync("[them]{.org ref="));
        Assert.Contains("Nato", organizations);
        Assert.DoesNotContain("Kerry", organizations);
    }

    [Fact]
    public async Task AfterAQuotesHashTheSpeakers()
    {
        var items = await CompleteAfterAsync("\"[Hello]{.quote #");

        Assert.Contains("Kerry", Labels(items));
        Assert.DoesNotContain("Nato", Labels(items));
        Assert.Equal("Sergei Lavrov, Russian Foreign Minister", Documentation(items, "Lavrov"));
    }

    [Fact]
    public async Task AfterAStatisticsHashTheGroupsOfTheWorkspace()
    {
        var items = await CompleteAfterAsync("[five]{.stat #");

        Assert.Contains("LevadaPoll", Labels(items));
    }

    [Fact]
    public async Task AfterAnIdTheKindsAttributeNames()
    {
        Assert.Equal(["cue="], Labels(await CompleteAfterAsync("\"[Hello]{.quote #Kerry.Hello ")));
        Assert.Equal(["value=", "unit=", "per="], Labels(await CompleteAfterAsync("[five]{.stat #Talks.Five ")));
        Assert.Equal(["ref="], Labels(await CompleteAfterAsync("[him]{.person ")));
    }

    [Fact]
    public async Task InTheFrontMattersPeopleMapTheEntitiesOtherArticlesDeclare()
    {
        await using var workspace = await ServerWorkspace.StartAsync([("data/un-talks.md", Guterres)]);
        var text = ServerWorkspace.SeedText.Replace("people:\n", "people:\n  Gu\n", StringComparison.Ordinal);
        await workspace.OpenSeedAsync(text);
        var (line, character) = ServerWorkspace.PositionOf(text, "  Gu\n", 4);

        var items = (await workspace.Client.CompletionAsync(workspace.SeedUri, line, character, workspace.Token)).GetProperty("items").EnumerateArray().ToList();

        var guterres = Assert.Single(items);
        Assert.Equal("Guterres", guterres.GetProperty("label").GetString());
        Assert.Equal("António Guterres, UN High Commissioner for Refugees", guterres.GetProperty("detail").GetString());
        Assert.Equal("Guterres: { name: António Guterres, role: UN High Commissioner for Refugees }", guterres.GetProperty("textEdit").GetProperty("newText").GetString());
        LifecycleTests.AssertRange(guterres.GetProperty("textEdit").GetProperty("range"), (line, 2), (line, 4));
    }

    [Fact]
    public async Task AfterRefTheKeysOnlyAnotherArticleDeclaresComeLastSayWhereAndDeclareThemWhenChosen()
    {
        await using var workspace = await ServerWorkspace.StartAsync([("data/un-talks.md", Guterres)]);
        await workspace.OpenSeedAsync();
        var typed = ServerWorkspace.SeedText + "\n[He]{.person ref=";
        await workspace.Client.ChangeAsync(workspace.SeedUri, typed, 2);
        var (line, character) = ServerWorkspace.PositionOf(typed, typed.Length);

        var items = (await workspace.Client.CompletionAsync(workspace.SeedUri, line, character, workspace.Token)).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal("Guterres", items.OrderBy(item => item.GetProperty("sortText").GetString(), StringComparer.Ordinal).Last().GetProperty("label").GetString());
        Assert.Single(items, item => item.GetProperty("label").GetString() == "Kerry");
        var guterres = items.Single(item => item.GetProperty("label").GetString() == "Guterres");
        Assert.Equal("declared in data/un-talks.md", guterres.GetProperty("detail").GetString());
        Assert.StartsWith("António Guterres, UN High Commissioner for Refugees\n\nDeclared in `data/un-talks.md`", guterres.GetProperty("documentation").GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.False(items.Single(item => item.GetProperty("label").GetString() == "Kerry").TryGetProperty("additionalTextEdits", out _));

        var completed = Apply(typed, [guterres.GetProperty("textEdit"), .. guterres.GetProperty("additionalTextEdits").EnumerateArray()]) + "}.\n";
        Assert.Contains("  Konovalov: { name: Alexander Konovalov, role: of the Strategic Analysis Institute }\n  Guterres: { name: António Guterres, role: UN High Commissioner for Refugees }\norganizations:", completed, StringComparison.Ordinal);
        await workspace.Client.ChangeAsync(workspace.SeedUri, completed, 3);
        Assert.Empty((await workspace.Client.DiagnosticsAsync(workspace.SeedUri, 3, workspace.Token)).EnumerateArray());

        var organizations = Labels(await CompleteAfterAsync("[it]{.org ref=", [("data/un-talks.md", Guterres)]));
        Assert.Contains("Unhcr", organizations);
        Assert.DoesNotContain("Guterres", organizations);
    }

    [Fact]
    public async Task AfterAQuotesHashTheSpeakersOtherArticlesDeclareToo()
    {
        var items = await CompleteAfterAsync("\"[Hello]{.quote #", [("data/un-talks.md", Guterres)]);

        var guterres = items.Single(item => item.GetProperty("label").GetString() == "Guterres");
        Assert.Equal("declared in data/un-talks.md", guterres.GetProperty("detail").GetString());
        Assert.Single(guterres.GetProperty("additionalTextEdits").EnumerateArray());
        Assert.DoesNotContain("Unhcr", Labels(items));
    }

    /// <summary><paramref name="text"/> after the edits (none overlapping), from the last to the first.</summary>
    private static string Apply(string text, IEnumerable<JsonElement> edits)
    {
        int Offset(JsonElement position)
        {
            var lineStart = 0;
            for (var i = 0; i < position.GetProperty("line").GetInt32(); i++)
            {
                lineStart = text.IndexOf('\n', lineStart) + 1;
            }

            return lineStart + position.GetProperty("character").GetInt32();
        }

        foreach (var (start, end, newText) in edits.Select(edit => (Offset(edit.GetProperty("range").GetProperty("start")), Offset(edit.GetProperty("range").GetProperty("end")), edit.GetProperty("newText").GetString())).OrderByDescending(edit => edit.Item1).ToList())
        {
            text = string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
        }

        return text;
    }

    /// <summary>The completion items at the end of <paramref name="typed"/>, typed as a new last paragraph of the seed.</summary>
    private static async Task<List<JsonElement>> CompleteAfterAsync(string typed, IEnumerable<(string Path, string Text)>? files = null)
    {
        await using var workspace = await ServerWorkspace.StartAsync(files);
        await workspace.OpenSeedAsync();
        var text = ServerWorkspace.SeedText + "\n" + typed;
        await workspace.Client.ChangeAsync(workspace.SeedUri, text, 2);
        var (line, character) = ServerWorkspace.PositionOf(text, text.Length);

        var list = await workspace.Client.CompletionAsync(workspace.SeedUri, line, character, workspace.Token);

        var items = list.GetProperty("items").EnumerateArray().ToList();
        foreach (var item in items)
        {
            var range = item.GetProperty("textEdit").GetProperty("range");
            Assert.Equal(line, range.GetProperty("end").GetProperty("line").GetInt32());
            Assert.Equal(character, range.GetProperty("end").GetProperty("character").GetInt32());
        }

        return items;
    }

    private static List<string> Labels(List<JsonElement> items) => items.Select(item => item.GetProperty("label").GetString()!).ToList();

    private static string Documentation(List<JsonElement> items, string label) =>
        items.Single(item => item.GetProperty("label").GetString() == label).GetProperty("documentation").GetProperty("value").GetString()!;
}
