using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Dataset.Generator.Parsing;
using Dataset.Tool.Loading;

namespace Dataset.Tool.LanguageServer;

/// <summary>
/// Every article of the workspace, each parsed once: the files under the data folder read from disk, and the open
/// ones from the editor's text. A change re-parses only the file that changed.
/// </summary>
internal sealed class Workspace
{
    // In path order, as the checks and the answers list them; a change replaces one entry without sorting again.
    private readonly SortedDictionary<string, WorkspaceDocument> _documents = new(StringComparer.Ordinal);

    /// <summary>The project directory: paths are relative to it, as the build makes them. Null before initialize names one.</summary>
    public string? Root { get; private set; }

    public IEnumerable<WorkspaceDocument> Documents => _documents.Values;

    /// <summary>Reads every <c>data/**/*.md</c> file under <paramref name="root"/>, parsing them in parallel (each parse is independent).</summary>
    public void Load(string root)
    {
        Root = root;
        var paths = ArticleFiles.Find(new[] { ArticleFiles.DefaultPath }, root, out _).Where(path => !_documents.ContainsKey(path)).Distinct(StringComparer.Ordinal).ToArray();
        var read = new WorkspaceDocument[paths.Length];
        // On the thread pool, whatever scheduler the caller runs on (the connection runs one method at a time).
        Parallel.For(0, paths.Length, new ParallelOptions { TaskScheduler = TaskScheduler.Default }, i => read[i] = FromDisk(paths[i], DocumentUris.FromPath(paths[i])));
        foreach (var document in read)
        {
            _documents[document.Path] = document;
        }
    }

    public WorkspaceDocument? FindPath(string path) => _documents.TryGetValue(path, out var document) ? document : null;

    public WorkspaceDocument? Find(string uri) => DocumentUris.ToPath(uri) is { } path && _documents.TryGetValue(path, out var document) ? document : null;

    /// <summary>
    /// The editor's text of an open file, parsed; null for a URI that names no article file (<c>data/**/*.md</c> under
    /// the root), which the server leaves alone: an editor may start it for every Markdown file.
    /// </summary>
    public WorkspaceDocument? Edit(string uri, string text, int version)
    {
        if (DocumentUris.ToPath(uri) is not { } path || !IsArticleFile(path))
        {
            return null;
        }

        var document = new WorkspaceDocument(path, uri, Read(path, text), HasBom(text), isOpen: true, version);
        _documents[path] = document;
        return document;
    }

    /// <summary>A file the editor closes is read from disk again, or leaves the workspace when it is not there (or not one of its articles).</summary>
    public void Close(string uri)
    {
        if (DocumentUris.ToPath(uri) is { } path && _documents.ContainsKey(path))
        {
            Reread(path, uri);
        }
    }

    /// <summary>A file created, changed or deleted on disk: read again unless the editor holds it (its text wins).</summary>
    public void FileChanged(string uri)
    {
        if (DocumentUris.ToPath(uri) is { } path && !(_documents.TryGetValue(path, out var document) && document.IsOpen))
        {
            Reread(path, uri);
        }
    }

    /// <summary>Whether the workspace holds the file at <paramref name="uri"/>.</summary>
    public bool Holds(string uri) => DocumentUris.ToPath(uri) is { } path && _documents.ContainsKey(path);

    private void Reread(string path, string uri)
    {
        if (File.Exists(path) && IsArticleFile(path))
        {
            _documents[path] = FromDisk(path, uri);
        }
        else
        {
            _documents.Remove(path);
        }
    }

    private bool IsArticleFile(string path)
    {
        if (Root is null)
        {
            return false;
        }

        var relative = Path.GetRelativePath(Path.Combine(Root, ArticleFiles.DefaultPath), path);
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative) && path.EndsWith(".md", StringComparison.Ordinal);
    }

    private WorkspaceDocument FromDisk(string path, string uri)
    {
        var hadBom = false;
        var parse = ArticleParser.ReadFile(path, RelativePath(path), () =>
        {
            var text = LoadedDataset.ReadText(path);
            hadBom = HasBom(text);
            return text;
        });
        return new WorkspaceDocument(path, uri, parse, hadBom, isOpen: false, version: null);
    }

    private ParsedArticle Read(string path, string text) => ArticleParser.Read(path, RelativePath(path), text);

    private string RelativePath(string path) => Root is null ? Path.GetFileName(path) : LoadedDataset.Relative(path, Root);

    private static bool HasBom(string text) => text.Length > 0 && text[0] == '\uFEFF';
}
