using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Dataset.Benchmarks.LanguageServer;
using Dataset.EndToEnd.Tests.Infrastructure;

namespace Dataset.EndToEnd.Tests;

/// <summary>
/// `dataset lsp` of the packed tool, installed with `dotnet tool install --tool-path`, as an editor starts it: spoken to
/// over its standard input and output (<see cref="LspProcess"/>, the benchmarks' client), on the seed article.
/// </summary>
public sealed class LanguageServerTests(PackageFixture fixture)
{
    // A guard against a hang, not a speed limit: on a machine shared with other builds a start can take a minute.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task TheInstalledServerPublishesDiagnosticsAnswersAHoverOnAStatAndExitsWith0AfterShutdown()
    {
        var tool = await InstalledTool.GetAsync(fixture);
        var project = new ConsumerProject(fixture, "tool-lsp").CopySeedArticle();
        var path = Path.Combine(project.Directory, "data", "russia-us-syria-talks.md");
        var uri = new Uri(path).AbsoluteUri;
        var text = File.ReadAllText(path);
        using var server = LspProcess.Start(tool.Command, ["lsp"], project.Directory, new Dictionary<string, string> { ["DOTNET_ROOT"] = DotNetCli.DotNetRoot });

        var rootUri = new Uri(project.Directory).AbsoluteUri;
        var (initialize, _) = await server.RequestAsync(
            "initialize",
            new JsonObject { ["processId"] = Environment.ProcessId, ["rootUri"] = rootUri, ["capabilities"] = new JsonObject(), ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = "consumer" }) },
            Timeout);
        Assert.Equal("dataset", (string?)initialize?["serverInfo"]?["name"]);
        Assert.True((bool?)initialize?["capabilities"]?["hoverProvider"]);
        server.Notify("initialized", new JsonObject());

        server.Notify("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = text } });
        var (opened, _) = server.WaitForDiagnostics(uri, message => (int?)message["version"] == 1, Timeout);
        Assert.Empty(opened["diagnostics"]!.AsArray());

        var broken = text.Replace("#Kerry.Deconfliction", "#Kery.Deconfliction", StringComparison.Ordinal);
        server.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = broken }),
        });
        var (changed, _) = server.WaitForDiagnostics(uri, message => (int?)message["version"] == 2, Timeout);
        var diagnostic = Assert.Single(changed["diagnostics"]!.AsArray())!;
        Assert.Equal("DS2009", (string?)diagnostic["code"]);
        Assert.StartsWith("Unknown speaker 'Kery'", (string?)diagnostic["message"], StringComparison.Ordinal);
        Assert.Equal(Position(broken, broken.IndexOf("#Kery.", StringComparison.Ordinal) + 1), ((int)diagnostic["range"]!["start"]!["line"]!, (int)diagnostic["range"]!["start"]!["character"]!));

        var (line, character) = Position(broken, broken.IndexOf("[Sixty-nine percent]{.stat", StringComparison.Ordinal) + 3);
        var (hover, _) = await server.RequestAsync(
            "textDocument/hover",
            new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = new JsonObject { ["line"] = line, ["character"] = character } },
            Timeout);
        var contents = (string?)hover?["contents"]?["value"];
        Assert.Contains("`Stats.LevadaPoll.Against = 69`", contents, StringComparison.Ordinal);
        Assert.Contains("69, unit percent, Exact", contents, StringComparison.Ordinal);

        Assert.Equal(0, await server.ShutdownAsync(Timeout));
    }

    private static (int Line, int Character) Position(string text, int offset)
    {
        var line = text.AsSpan(0, offset).Count('\n');
        return (line, offset - (text.LastIndexOf('\n', offset - 1) + 1));
    }
}
