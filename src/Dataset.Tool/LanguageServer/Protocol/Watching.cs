using System.Collections.Generic;

namespace Dataset.Tool.LanguageServer.Protocol;

// Files that change on disk while the editor does not hold them (a checkout, a rename applied to a closed file):
// the server asks the client to watch the articles when the client can register that dynamically.

internal sealed record ClientCapabilities(WorkspaceClientCapabilities? Workspace);

internal sealed record WorkspaceClientCapabilities(DynamicRegistrationCapability? DidChangeWatchedFiles);

internal sealed record DynamicRegistrationCapability(bool? DynamicRegistration);

internal sealed record FileSystemWatcher(string GlobPattern);

internal sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<FileSystemWatcher> Watchers);

internal sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);

internal sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);

/// <summary><see cref="Type"/>: 1 created, 2 changed, 3 deleted.</summary>
internal sealed record FileEvent(string Uri, int Type);

internal sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);
