using System.Diagnostics;
using System.Text;
using System.Text.Json;
using StreamJsonRpc;

namespace Dataset.Tool.Tests.Infrastructure;

/// <summary>
/// The real <c>dataset lsp</c>, started as a child process (<c>dotnet Dataset.Tool.dll lsp</c> from this test's
/// output, where the tool's build output is copied), spoken to over its standard input and output with StreamJsonRpc.
/// Results are read as JSON, so the tests see the names the protocol spells, not the server's types.
/// </summary>
internal sealed class LanguageServerClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly JsonRpc _rpc;
    private readonly StringBuilder _errors = new();
    private readonly List<JsonElement> _published = new();
    private readonly SemaphoreSlim _publishedSignal = new(0);
    private readonly TaskCompletionSource<JsonElement> _registered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LanguageServerClient(Process process)
    {
        _process = process;
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, formatter));
        _rpc.AddLocalRpcTarget(new Notifications(this));
        _rpc.StartListening();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The first client/registerCapability request's parameters.</summary>
    public Task<JsonElement> Registered => _registered.Task;

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public static LanguageServerClient Start(string workingDirectory, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Dataset.Tool.dll"));
        startInfo.ArgumentList.Add("lsp");
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start");
        var client = new LanguageServerClient(process);
        process.ErrorDataReceived += (_, line) =>
        {
            lock (client._errors)
            {
                client._errors.AppendLine(line.Data);
            }
        };
        process.BeginErrorReadLine();
        return client;
    }

    /// <summary>initialize (with <paramref name="rootUri"/> as the workspace folder) and initialized; the initialize result.</summary>
    public async Task<JsonElement> InitializeAsync(string rootUri, CancellationToken cancellationToken, object? capabilities = null)
    {
        var result = await RequestAsync(
            "initialize",
            new { processId = Environment.ProcessId, rootUri, capabilities = capabilities ?? new { }, workspaceFolders = new[] { new { uri = rootUri, name = "workspace" } } },
            cancellationToken);
        await NotifyAsync("initialized", new { });
        return result;
    }

    public Task<JsonElement> RequestAsync(string method, object parameters, CancellationToken cancellationToken) =>
        _rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, cancellationToken);

    public Task NotifyAsync(string method, object parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task OpenAsync(string uri, string text, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version, text } });

    public Task ChangeAsync(string uri, string text, int version) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });

    public Task<JsonElement> HoverAsync(string uri, int line, int character, CancellationToken cancellationToken) =>
        RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line, character } }, cancellationToken);

    public Task<JsonElement> CompletionAsync(string uri, int line, int character, CancellationToken cancellationToken) =>
        RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = new { line, character } }, cancellationToken);

    /// <summary>The diagnostics of the latest publish for <paramref name="uri"/> that satisfies <paramref name="accept"/>, waiting for it.</summary>
    public async Task<JsonElement> DiagnosticsAsync(string uri, Func<JsonElement, bool> accept, CancellationToken cancellationToken)
    {
        while (true)
        {
            lock (_published)
            {
                var match = _published.LastOrDefault(message => message.GetProperty("uri").GetString() == uri);
                if (match.ValueKind == JsonValueKind.Object && accept(match))
                {
                    return match.GetProperty("diagnostics");
                }
            }

            await _publishedSignal.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The diagnostics published for <paramref name="uri"/> at <paramref name="version"/>.</summary>
    public Task<JsonElement> DiagnosticsAsync(string uri, int version, CancellationToken cancellationToken) =>
        DiagnosticsAsync(uri, message => message.TryGetProperty("version", out var v) && v.GetInt32() == version, cancellationToken);

    /// <summary>How many publishes for <paramref name="uri"/> have come.</summary>
    public int PublishCount(string uri)
    {
        lock (_published)
        {
            return _published.Count(message => message.GetProperty("uri").GetString() == uri);
        }
    }

    /// <summary>shutdown then exit; the process's exit code.</summary>
    public async Task<int> ShutdownAsync(CancellationToken cancellationToken)
    {
        await RequestAsync("shutdown", new { }, cancellationToken);
        await NotifyAsync("exit", new { });
        await _process.WaitForExitAsync(cancellationToken);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Publish(JsonElement message)
    {
        lock (_published)
        {
            _published.Add(message.Clone());
        }

        _publishedSignal.Release();
    }

    private sealed class Notifications(LanguageServerClient client)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(JsonElement message) => client.Publish(message);

        [JsonRpcMethod("client/registerCapability", UseSingleObjectParameterDeserialization = true)]
        public object? RegisterCapability(JsonElement registration)
        {
            client._registered.TrySetResult(registration.Clone());
            return null;
        }
    }
}
