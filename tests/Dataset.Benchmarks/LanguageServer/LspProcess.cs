using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace Dataset.Benchmarks.LanguageServer;

/// <summary>
/// The real <c>dataset lsp</c> as a child process, spoken to over its pipes with the protocol's framing
/// (<c>Content-Length</c>, a blank line, the JSON). A reader thread takes the time of every message as it arrives, so a
/// latency is measured from the moment the request was written to the moment its answer was read, and nothing else.
/// Also linked into the end-to-end tests, which drive the installed tool's server with it.
/// </summary>
internal sealed class LspProcess : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly object _writeLock = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<(JsonNode? Result, long At)>> _pending = new();
    private readonly BlockingCollection<(JsonNode Params, long At)> _diagnostics = new();
    private readonly Thread _reader;
    private readonly StringBuilder _errors = new();
    private int _nextId;

    private LspProcess(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _reader = new Thread(Read) { IsBackground = true, Name = "lsp reader" };
        _reader.Start();
    }

    public int ProcessId => _process.Id;

    /// <summary><c>dotnet DLL lsp</c>: the server of a build output.</summary>
    public static LspProcess Start(string serverDll, string workingDirectory) => Start("dotnet", [serverDll, "lsp"], workingDirectory);

    /// <summary>Any command that serves the protocol on its standard input and output (the installed <c>dataset lsp</c>).</summary>
    public static LspProcess Start(string executable, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new LspProcess(process);
        process.ErrorDataReceived += (_, line) =>
        {
            lock (server._errors)
            {
                server._errors.AppendLine(line.Data);
            }
        };
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Sends a request; its result and the <see cref="Stopwatch"/> timestamp at which the answer was read.</summary>
    public async Task<(JsonNode? Result, long At)> RequestAsync(string method, JsonNode parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<(JsonNode?, long)>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await answer.Task.WaitAsync(timeout).ConfigureAwait(false);
    }

    public void Notify(string method, JsonNode parameters) =>
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>The next publishDiagnostics for <paramref name="uri"/> that <paramref name="accept"/> takes (others are dropped), with the time it was read.</summary>
    public (JsonNode Params, long At) WaitForDiagnostics(string uri, Func<JsonNode, bool> accept, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var left = TimeSpan.FromSeconds((double)(deadline - Stopwatch.GetTimestamp()) / Stopwatch.Frequency);
            if (left <= TimeSpan.Zero || !_diagnostics.TryTake(out var message, left))
            {
                throw new TimeoutException($"No diagnostics for {uri} within {timeout.TotalSeconds} s; the server wrote: {Errors}");
            }

            if ((string?)message.Params["uri"] == uri && accept(message.Params))
            {
                return message;
            }
        }
    }

    /// <summary>The kernel's figures of the process's memory: the peak resident set (VmHWM) and the current one (VmRSS), in bytes.</summary>
    public (long Peak, long Current) Memory()
    {
        long Read(string field)
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(line => line.StartsWith(field + ":", StringComparison.Ordinal));
            return line is null ? -1 : long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }

        return (Read("VmHWM"), Read("VmRSS"));
    }

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

    /// <summary>shutdown, exit, and the exit code.</summary>
    public async Task<int> ShutdownAsync(TimeSpan timeout)
    {
        await RequestAsync("shutdown", new JsonObject(), timeout).ConfigureAwait(false);
        Notify("exit", new JsonObject());
        await _process.WaitForExitAsync().WaitAsync(timeout).ConfigureAwait(false);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        _diagnostics.Dispose();
    }

    private void Write(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_writeLock)
        {
            _input.Write(header);
            _input.Write(body);
            _input.Flush();
        }
    }

    private void Read()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (ReadMessage(output) is { } body)
            {
                var at = Stopwatch.GetTimestamp();
                var message = JsonNode.Parse(body)!;
                if (message["method"] is { } method)
                {
                    if (message["id"] is { } requestId)
                    {
                        // A request of the server's (client/registerCapability): accepted.
                        Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId.DeepClone(), ["result"] = null });
                    }
                    else if ((string?)method == "textDocument/publishDiagnostics")
                    {
                        _diagnostics.Add((message["params"]!, at));
                    }
                }
                else if (message["id"] is { } id && _pending.TryRemove((int)id, out var answer))
                {
                    if (message["error"] is { } error)
                    {
                        answer.TrySetException(new InvalidOperationException("The server answered an error: " + error.ToJsonString()));
                    }
                    else
                    {
                        answer.TrySetResult((message["result"], at));
                    }
                }
            }
        }
        catch (IOException)
        {
            // The server exited.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static byte[]? ReadMessage(Stream stream)
    {
        var length = -1;
        var line = new StringBuilder();
        while (true)
        {
            var next = stream.ReadByte();
            if (next < 0)
            {
                return null;
            }

            if (next == '\n')
            {
                var header = line.ToString().TrimEnd('\r');
                line.Clear();
                if (header.Length == 0)
                {
                    break;
                }

                if (header.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(header["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
                }
            }
            else
            {
                line.Append((char)next);
            }
        }

        var body = new byte[length];
        stream.ReadExactly(body);
        return body;
    }
}
