using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Dataset.Generator.Checks;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace Dataset.Tool.Loading;

/// <summary>
/// Article files read the way the build reads them: each parsed by the generator's parser, the emittable ones checked
/// across articles, and every diagnostic the build would report. Paths are relative to <see cref="Root"/> (the project
/// directory), as the build makes them relative to the project.
/// </summary>
internal sealed class LoadedDataset
{
    private readonly IReadOnlyList<ParsedArticle>? _parses;

    private LoadedDataset(string root, IReadOnlyList<ArticleModel> articles, IReadOnlyList<ParsedArticle>? parses, DatasetIndex index, IReadOnlyList<Diagnostic> diagnostics)
    {
        Root = root;
        Articles = articles;
        _parses = parses;
        Index = index;
        Diagnostics = diagnostics;
    }

    public string Root { get; }

    /// <summary>Every file's model, in path order, emittable or not.</summary>
    public IReadOnlyList<ArticleModel> Articles { get; }

    /// <summary>
    /// Every file's parse, in path order (<c>Parses[i].Model</c> is <c>Articles[i]</c>): its text and annotations, for the
    /// commands that show or change them. Kept only when loaded with <c>keepParses</c>.
    /// </summary>
    public IReadOnlyList<ParsedArticle> Parses => _parses ?? throw new InvalidOperationException("The dataset was loaded without its parses (keepParses: false).");

    /// <summary>The checks across articles, as the generator builds them.</summary>
    public DatasetIndex Index { get; }

    /// <summary>Every diagnostic, ordered by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public int ErrorCount => Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

    public int WarningCount => Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning);

    /// <summary>The articles the generated API holds: emittable and not left out by the checks across articles.</summary>
    public IEnumerable<ArticleModel> GeneratedArticles
    {
        get
        {
            var skipped = new HashSet<string>(Skip.ArticleFiles(Index.Skips), StringComparer.Ordinal);
            return Articles.Where(article => article.IsEmittable && !skipped.Contains(article.FilePath));
        }
    }

    /// <summary>
    /// Reads, parses (once each) and checks <paramref name="files"/> (full paths); <paramref name="progress"/> hears of each
    /// file parsed. With <paramref name="keepParses"/>, each file's parse is kept beside its model (see <see cref="Parses"/>).
    /// </summary>
    public static LoadedDataset Load(IReadOnlyList<string> files, string root, IProgress<int>? progress = null, bool keepParses = false)
    {
        var articles = new ArticleModel[files.Count];
        var parses = keepParses ? new ParsedArticle[files.Count] : null;
        var done = 0;
        Parallel.For(0, files.Count, i =>
        {
            var path = files[i];
            if (parses is null)
            {
                articles[i] = ArticleParser.ParseFile(path, Relative(path, root), () => ReadText(path));
            }
            else
            {
                parses[i] = ArticleParser.ReadFile(path, Relative(path, root), () => ReadText(path));
                articles[i] = parses[i].Model;
            }

            progress?.Report(System.Threading.Interlocked.Increment(ref done));
        });

        var emittable = articles.Where(article => article.IsEmittable).ToList();
        var index = DatasetChecks.BuildIndex(emittable.Select(DatasetChecks.Keys).ToImmutableArray());
        var infos = articles.SelectMany(article => article.Diagnostics)
            .Concat(index.Diagnostics)
            .Concat(DatasetChecks.ConflictDiagnostics(index.Conflicts, emittable.Select(DatasetChecks.Locations)));
        var diagnostics = infos.Select(info => DiagnosticFactory.Create(info))
            .OrderBy(diagnostic => diagnostic.Location.SourceTree?.FilePath ?? diagnostic.Location.GetLineSpan().Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.GetLineSpan().StartLinePosition)
            .ThenBy(diagnostic => diagnostic.Id, StringComparer.Ordinal)
            .ToList();
        return new LoadedDataset(root, articles, parses, index, diagnostics);
    }

    /// <summary>A file's text as the compiler reads an additional file: UTF-8 (invalid bytes as U+FFFD), BOM removed by the parser.</summary>
    public static string ReadText(string path) => File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false));

    /// <summary>The path relative to the project directory, with '/' separators, as the generator makes it.</summary>
    public static string Relative(string path, string root) => DataPaths.Relative(path, root);
}
