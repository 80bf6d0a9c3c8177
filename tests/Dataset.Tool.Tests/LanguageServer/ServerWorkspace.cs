using System.Text.Json;
using Dataset.Tool.Tests.Infrastructure;

namespace Dataset.Tool.Tests.LanguageServer;

/// <summary>A temporary project with the seed article under data/ (and any other files), and a started <c>dataset lsp</c> on it.</summary>
internal sealed class ServerWorkspace : IAsyncDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly CancellationTokenSource _timeout;

    private ServerWorkspace(TimeSpan timeout)
    {
        // A hang fails the test when this runs out rather than holding CI; no assertion depends on time.
        _timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        _timeout.CancelAfter(timeout);
    }

    public static string SeedText { get; } = File.ReadAllText(Repository.SeedArticle);

    public static string SeedUriIn(string root) => new Uri(Path.Combine(root, "data", "russia-us-syria-talks.md")).AbsoluteUri;

    public string Root => _directory.Path;

    public string SeedUri => SeedUriIn(Root);

    public CancellationToken Token => _timeout.Token;

    public LanguageServerClient Client { get; private set; } = null!;

    public JsonElement Initialize { get; private set; }

    /// <summary>Writes <paramref name="files"/> (path under the root, text) and the seed (unless a file replaces it), starts the server and initializes it.</summary>
    public static async Task<ServerWorkspace> StartAsync(IEnumerable<(string Path, string Text)>? files = null, int timeoutSeconds = 120, object? capabilities = null, params string[] arguments)
    {
        var workspace = new ServerWorkspace(TimeSpan.FromSeconds(timeoutSeconds));
        var written = files?.ToList() ?? [];
        if (!written.Any(file => file.Path == "data/russia-us-syria-talks.md"))
        {
            written.Add(("data/russia-us-syria-talks.md", SeedText));
        }

        foreach (var (path, text) in written)
        {
            workspace._directory.Write(path, text);
        }

        workspace.Client = LanguageServerClient.Start(workspace.Root, arguments);
        workspace.Initialize = await workspace.Client.InitializeAsync(new Uri(workspace.Root).AbsoluteUri, workspace.Token, capabilities);
        return workspace;
    }

    /// <summary>Opens the seed article (version 1) and waits for its diagnostics.</summary>
    public async Task OpenSeedAsync(string? text = null)
    {
        await Client.OpenAsync(SeedUri, text ?? SeedText);
        await Client.DiagnosticsAsync(SeedUri, 1, Token);
    }

    /// <summary>Writes a file under the root (as another program would, behind the editor's back); its full path.</summary>
    public string Write(string relativePath, string text) => _directory.Write(relativePath, text);

    public string UriOf(string relativePath) => new Uri(Path.Combine(Root, relativePath)).AbsoluteUri;

    /// <summary>The protocol's position of <paramref name="offset"/> in <paramref name="text"/>: lines end at LF (CRLF's LF included), characters are UTF-16 units.</summary>
    public static (int Line, int Character) PositionOf(string text, int offset)
    {
        var line = text.AsSpan(0, offset).Count('\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        return (line, offset - (offset == 0 ? 0 : lineStart));
    }

    /// <summary>The position of the first <paramref name="find"/> in <paramref name="text"/>, moved by <paramref name="shift"/> characters.</summary>
    public static (int Line, int Character) PositionOf(string text, string find, int shift = 0)
    {
        var offset = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{find}' is not in the text");
        return PositionOf(text, offset + shift);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        _timeout.Dispose();
        _directory.Dispose();
    }
}
