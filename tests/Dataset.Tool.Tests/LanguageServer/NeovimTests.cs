using System.Diagnostics;
using System.Text.Json;
using Dataset.Tool.Tests.Infrastructure;

namespace Dataset.Tool.Tests.LanguageServer;

/// <summary>
/// A real editor on `dataset lsp`: Neovim's own LSP client (Debian's neovim, 0.7 or later; .ci/run installs it) runs
/// Neovim/session.lua headless, which starts the server, opens an article with an unknown reference, and writes what it
/// got for diagnostics, the code actions on the diagnostic and the buffer after it applied "did you mean" (sent to the
/// server as incremental changes, after which the diagnostic goes), completion after <c>ref=</c>, hover on a statistic
/// and a rename it applies to the buffer.
/// </summary>
public sealed class NeovimTests
{
    private const string Unknown = "\n[Kery]{.person ref=Kery} spoke.\n";

    [Fact]
    public async Task NeovimsClientGetsDiagnosticsACodeActionItAppliesCompletionHoverAndARenameItApplies()
    {
        using var directory = new TempDirectory();
        var text = File.ReadAllText(Repository.SeedArticle) + Unknown;
        var article = directory.Write("data/russia-us-syria-talks.md", text);
        var mention = text.IndexOf("[John Kerry]{.person ref=Kerry}", StringComparison.Ordinal) + "[John Kerry]{.person ref=".Length;
        var config = directory.Write("session.json", JsonSerializer.Serialize(new
        {
            command = new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "Dataset.Tool.dll"), "lsp" },
            root = directory.Path,
            article,
            timeout = 60_000,
            completion = Position(text, mention),
            hover = Position(text, text.IndexOf("[Sixty-nine percent]{.stat", StringComparison.Ordinal) + 3),
            rename = Position(text, mention + 2),
            newName = "JohnKerry",
            codeAction = Position(text, text.IndexOf("ref=Kery}", StringComparison.Ordinal) + 5),
            actionTitle = "Did you mean `Kerry`?",
        }));
        var output = Path.Combine(directory.Path, "session-output.json");

        var session = await RunNeovimAsync(directory.Path, config, output);

        Assert.False(session.TryGetProperty("error", out var error), $"The Neovim session failed: {error}");
        var diagnostic = Assert.Single(session.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("Unknown person 'Kery': did you mean 'Kerry'?: declare it under 'people:' in the front matter", diagnostic.GetProperty("message").GetString());
        Assert.Equal(Position(text, text.IndexOf("ref=Kery}", StringComparison.Ordinal) + 4), new[] { diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("character").GetInt32() });
        Assert.Contains("Declare `Kery` under `people:`", session.GetProperty("actions").EnumerateArray().Select(title => title.GetString()));
        var fixedText = text.Replace("ref=Kery}", "ref=Kerry}", StringComparison.Ordinal);
        Assert.Equal(fixedText.TrimEnd('\n'), session.GetProperty("fixed").GetString());
        var labels = session.GetProperty("completion").EnumerateArray().Select(label => label.GetString()).ToList();
        Assert.Contains("Kerry", labels);
        Assert.Contains("Lavrov", labels);
        Assert.DoesNotContain("Nato", labels);
        Assert.Contains("`Stats.LevadaPoll.Against = 69`", session.GetProperty("hover").GetString(), StringComparison.Ordinal);
        var expected = fixedText.Replace("  Kerry: {", "  JohnKerry: {", StringComparison.Ordinal).Replace("#Kerry.", "#JohnKerry.", StringComparison.Ordinal).Replace("ref=Kerry}", "ref=JohnKerry}", StringComparison.Ordinal);
        Assert.Equal(expected.TrimEnd('\n'), session.GetProperty("renamed").GetString());
    }

    private static int[] Position(string text, int offset)
    {
        var (line, character) = ServerWorkspace.PositionOf(text, offset);
        return [line, character];
    }

    /// <summary>Runs the session in headless Neovim and reads what it wrote; Neovim is killed if it is still running when the test's guard runs out.</summary>
    private static async Task<JsonElement> RunNeovimAsync(string workingDirectory, string config, string output)
    {
        var startInfo = new ProcessStartInfo("nvim")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--headless", "--clean", "-u", "NONE", "-c", "luafile " + Path.Combine(AppContext.BaseDirectory, "LanguageServer", "Neovim", "session.lua") })
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["DATASET_NVIM_CONFIG"] = config;
        startInfo.Environment["DATASET_NVIM_OUTPUT"] = output;
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = StartNeovim(startInfo);
        var standardOutput = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var standardError = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        // A hang fails the test when this runs out rather than holding CI; no assertion depends on time.
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        guard.CancelAfter(TimeSpan.FromSeconds(180));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"Neovim did not finish its session; it wrote: {await standardOutput}{await standardError}");
        }

        Assert.True(File.Exists(output), $"Neovim exited with {process.ExitCode} and wrote nothing; it printed: {await standardOutput}{await standardError}");
        return JsonDocument.Parse(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    private static Process StartNeovim(ProcessStartInfo startInfo)
    {
        try
        {
            return Process.Start(startInfo) ?? throw new InvalidOperationException("nvim did not start");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("This test needs Neovim (`nvim` on the PATH; Debian's package is neovim, which .ci/run installs).", exception);
        }
    }
}
