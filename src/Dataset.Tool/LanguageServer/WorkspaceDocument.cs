using System.Collections.Generic;
using Dataset.Generator.Checks;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;

namespace Dataset.Tool.LanguageServer;

/// <summary>
/// One article file as the server holds it: its one parse (from the editor's text when the file is open, else from
/// disk), the positions of that text, and the small keys the checks across articles read, taken once a parse.
/// </summary>
internal sealed class WorkspaceDocument
{
    public WorkspaceDocument(string path, string uri, ParsedArticle parse, bool hadBom, bool isOpen, int? version)
    {
        Path = path;
        Uri = uri;
        Parse = parse;
        Positions = new TextPositions(parse.Text, hadBom);
        IsOpen = isOpen;
        Version = version;
        if (parse.Model.IsEmittable)
        {
            Keys = DatasetChecks.Keys(parse.Model);
            Locations = DatasetChecks.Locations(parse.Model);
        }
    }

    public string Path { get; }

    /// <summary>The URI the client names the file by (its own spelling once it opened the file).</summary>
    public string Uri { get; }

    public ParsedArticle Parse { get; }

    public ArticleModel Model => Parse.Model;

    public string Text => Parse.Text;

    public TextPositions Positions { get; }

    public bool IsOpen { get; }

    public int? Version { get; }

    /// <summary>The checks' keys; null when the article cannot be emitted (the checks leave it out, as the generator does).</summary>
    public ArticleKeys? Keys { get; }

    public MemberLocations? Locations { get; }

    /// <summary>The diagnostics of the parse itself, placed once by <see cref="WorkspaceCheck"/>; null until then.</summary>
    public IReadOnlyList<DocumentDiagnostic>? OwnDiagnostics { get; set; }
}
