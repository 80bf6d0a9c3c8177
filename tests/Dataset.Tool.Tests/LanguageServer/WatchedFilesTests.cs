namespace Dataset.Tool.Tests.LanguageServer;

/// <summary>`dataset lsp` follows article files created, changed and deleted on disk, when the client watches them for it.</summary>
public sealed class WatchedFilesTests
{
    [Fact]
    public async Task AClientThatCanWatchIsAskedToAndAFileCreatedThenDeletedOnDiskIsCheckedThenForgotten()
    {
        await using var workspace = await ServerWorkspace.StartAsync(capabilities: new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } });
        var client = workspace.Client;
        var registration = (await client.Registered.WaitAsync(workspace.Token)).GetProperty("registrations")[0];
        Assert.Equal("workspace/didChangeWatchedFiles", registration.GetProperty("method").GetString());
        Assert.Equal("**/data/**/*.md", registration.GetProperty("registerOptions").GetProperty("watchers")[0].GetProperty("globPattern").GetString());

        var copy = workspace.Write("data/z-copy.md", "---\nid: RussiaUsSyriaTalks\ntitle: Again\nsource: AFP\npublished: 2015-10-01\n---\n\nNothing new.\n");
        var copyUri = workspace.UriOf("data/z-copy.md");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = copyUri, type = 1 } } });
        await client.DiagnosticsAsync(copyUri, LifecycleTests.HasCode("DS4001"), workspace.Token);
        await client.DiagnosticsAsync(workspace.SeedUri, LifecycleTests.HasCode("DS4001"), workspace.Token);

        File.Delete(copy);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = copyUri, type = 3 } } });
        await client.DiagnosticsAsync(copyUri, message => message.GetProperty("diagnostics").GetArrayLength() == 0, workspace.Token);
        await client.DiagnosticsAsync(workspace.SeedUri, message => message.GetProperty("diagnostics").GetArrayLength() == 0, workspace.Token);
    }

    [Fact]
    public async Task AClientThatCannotWatchIsNotAsked()
    {
        await using var workspace = await ServerWorkspace.StartAsync();
        await workspace.OpenSeedAsync();

        // initialized (which would ask) is handled before the open whose diagnostics have come.
        Assert.False(workspace.Client.Registered.IsCompleted);
    }
}
