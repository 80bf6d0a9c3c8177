using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace Dataset.Tool.LanguageServer;

/// <summary>
/// JSON-RPC 2.0 over a pair of streams with the Language Server Protocol's framing (a <c>Content-Length</c> header,
/// a blank line, the JSON): StreamJsonRpc's header-delimited handler with System.Text.Json.
/// </summary>
internal static class LspConnection
{
    /// <summary>camelCase names, as the protocol spells them; absent optional members left out.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = Configure(new JsonSerializerOptions());

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return options;
    }

    public static JsonRpc Create(Stream sending, Stream receiving, object target)
    {
        var formatter = new SystemTextJsonFormatter();
        Configure(formatter.JsonSerializerOptions);
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(sending, receiving, formatter))
        {
            // One method at a time, in the order the messages came: a request sees every change sent before it.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        rpc.AddLocalRpcTarget(target, new JsonRpcTargetOptions { AllowNonPublicInvocation = false });
        return rpc;
    }

    /// <summary>Serves <paramref name="session"/> until the client sends <c>exit</c> or closes the input; 0 after a shutdown request, else 1.</summary>
    public static async Task<int> ServeAsync(Stream input, Stream output, LanguageServerSession session)
    {
        using var rpc = Create(output, input, session);
        session.Rpc = rpc;
        rpc.StartListening();
        await Task.WhenAny(rpc.Completion, session.Exited).ConfigureAwait(false);
        return session.ShutdownRequested ? 0 : 1;
    }
}
