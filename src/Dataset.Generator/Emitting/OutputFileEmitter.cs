using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>
/// Assembles one generated file of articles (see <see cref="OutputFiles"/>): the header, the members of its articles
/// (see <see cref="ArticleEmitter"/>), the storage class with their encoded data (see <see cref="ChunkEmitter"/>), and
/// the footer. It reports nothing itself: it returns the source and the diagnostics, which the generator reports (and a
/// test reads without a compiler around it). A generator bug costs as little as it can: an article whose members fail
/// is left out and the file written again, and data that cannot be encoded leaves the storage class empty; each is a
/// DS9999.
/// </summary>
internal static class OutputFileEmitter
{
    public static EmittedFile Emit(OutputFile file, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var planned = new List<ArticleMembers>();
        var indexed = false;
        foreach (var input in file.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = input.Article;
            diagnostics.AddRange(article.Diagnostics);

            // Too old a C# version (reported once, with the options) gets no code: it could not compile it.
            if (!article.IsEmittable || !options.Language.IsSupported || Skip.ArticleFiles(input.Skips).Any())
            {
                continue;
            }

            // The index names this file's chunk: it must exist even if every article in it fails below.
            indexed = true;
            try
            {
                planned.Add(ArticleEmitter.Plan(article, input.Skips, options));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                diagnostics.Add(DiagnosticInfo.InternalError(article.FilePath, exception));
            }
        }

        if (!indexed || file.HintName is null)
        {
            return new EmittedFile(null, null, diagnostics);
        }

        var origin = file.Articles.Count == 1 ? file.Articles[0].Article.RelativePath : file.Articles.Count + " data files";
        var source = new StringBuilder();
        ArticleEmitter.Header(origin, options, source);
        WriteMembers(source, planned, file.Chunk, options, diagnostics, cancellationToken);
        WriteChunk(source, file.Chunk, origin, planned, options, diagnostics, cancellationToken);
        source.Append(ArticleEmitter.Footer(options));
        return new EmittedFile(file.HintName, source.ToString(), diagnostics);
    }

    /// <summary>
    /// Writes the members of <paramref name="planned"/>; an article that fails (a generator bug) is removed from it and
    /// the members written again without it, so the others stay whole and its data is not encoded either.
    /// </summary>
    private static void WriteMembers(StringBuilder source, List<ArticleMembers> planned, string chunk, GeneratorOptions options, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var membersStart = source.Length;
        while (planned.Count > 0)
        {
            try
            {
                ArticleEmitter.Write(ArticleEmitter.BodyWriter(options, source), planned, chunk, options, cancellationToken);
                source.Append('\n');
                return;
            }
            catch (ArticleEmitException failure)
            {
                source.Length = membersStart;
                planned.Remove(failure.Article);
                diagnostics.Add(DiagnosticInfo.InternalError(failure.Article.Article.FilePath, failure.InnerException!));
            }
        }
    }

    /// <summary>
    /// Writes the storage class with the data of <paramref name="planned"/>; when the data cannot be encoded (a
    /// generator bug), the class without data: the index names the class, so the file must declare it.
    /// </summary>
    private static void WriteChunk(StringBuilder source, string chunk, string origin, List<ArticleMembers> planned, GeneratorOptions options, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var chunkStart = source.Length;
        try
        {
            ChunkEmitter.Write(ArticleEmitter.BodyWriter(options, source), chunk, origin, planned.Select(article => article.Encoded).ToList(), options, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            source.Length = chunkStart;
            diagnostics.Add(DiagnosticInfo.InternalError(planned.Count > 0 ? planned[0].Article.FilePath : string.Empty, exception));
            ChunkEmitter.Write(ArticleEmitter.BodyWriter(options, source), chunk, origin, Array.Empty<DataEncoder.ChunkArticle>(), options, cancellationToken);
        }
    }
}
