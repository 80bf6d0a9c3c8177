using System;
using System.IO;

namespace Dataset.Tool.LanguageServer;

/// <summary>The client names documents by <c>file:</c> URI; the parser and the checks by full path.</summary>
internal static class DocumentUris
{
    /// <summary>The full path of a <c>file:</c> URI, or null for any other URI (an unsaved buffer, a remote file).</summary>
    public static string? ToPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : null;

    public static string FromPath(string path) => new Uri(path).AbsoluteUri;
}
