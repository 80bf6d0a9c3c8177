using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;

namespace Dataset.Generator.Checks;

/// <summary>
/// The steps from parsed articles to a checked dataset that the generator and the <c>dataset</c> tool share: the keys
/// the checks across articles need, the checks themselves,
/// and the placing of duplicate-member errors (DS4003). One implementation, so the tool reports what the build reports.
/// </summary>
internal static class DatasetChecks
{
    /// <summary>The small part of an emittable article that the checks across articles read.</summary>
    public static ArticleKeys Keys(ArticleModel article) => new()
    {
        FilePath = article.FilePath,
        RelativePath = article.RelativePath,
        Id = article.Id,
        IdLocation = article.IdLocation,
        Entities = article.Entities,
        Quotes = article.Quotes.Select(quote => new MemberKey(quote.Speaker, quote.Key)).ToEquatableArray(),
        Stats = article.Stats.Select(stat => new MemberKey(stat.Group, stat.Key)).ToEquatableArray(),
        Mentions = article.Mentions.Select(mention => new MentionKey(mention.Kind, mention.EntityKey)).ToEquatableArray(),
    };

    /// <summary>Where an emittable article's quotes and statistics are, for placing DS4003.</summary>
    public static MemberLocations Locations(ArticleModel article) => new(
        article.FilePath,
        article.Quotes.Select(quote => quote.Location).ToEquatableArray(),
        article.Stats.Select(stat => stat.Location).ToEquatableArray());

    /// <summary>The checks across articles; a failure (a generator bug) skips every article with DS9999.</summary>
    public static DatasetIndex BuildIndex(ImmutableArray<ArticleKeys> keys, System.Threading.CancellationToken cancellationToken = default)
    {
        try
        {
            return DatasetIndexBuilder.Build(keys, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Without an index no article can be emitted safely (they link to its People), so skip them all.
            var failure = DiagnosticInfo.InternalError(string.Empty, exception);
            return new DatasetIndex(
                EquatableArray<string>.Empty,
                EquatableArray<IndexedEntity>.Empty,
                EquatableArray<StorageRef>.Empty,
                EquatableArray<StorageRef>.Empty,
                EquatableArray<GroupCount>.Empty,
                keys.Select(article => Skip.Article(article.FilePath)).ToEquatableArray(),
                EquatableArray<MemberConflict>.Empty,
                new[] { failure }.ToEquatableArray(),
                EquatableArray<string>.Empty,
                keys.Length);
        }
    }

    /// <summary>The DS4003 errors of <paramref name="conflicts"/>, at the current locations of both declarations.</summary>
    public static IEnumerable<DiagnosticInfo> ConflictDiagnostics(EquatableArray<MemberConflict> conflicts, IEnumerable<MemberLocations> locations)
    {
        if (conflicts.Count == 0)
        {
            yield break;
        }

        var byFile = new Dictionary<string, MemberLocations>(StringComparer.Ordinal);
        foreach (var article in locations)
        {
            byFile[article.FilePath] = article;
        }

        foreach (var conflict in conflicts)
        {
            var location = Find(byFile, conflict.FilePath, conflict.Kind, conflict.Index);
            var first = Find(byFile, conflict.FirstFilePath, conflict.Kind, conflict.FirstIndex);
            yield return new DiagnosticInfo(DiagnosticDescriptors.DuplicateMember.Id, conflict.FilePath, location, conflict.FirstFilePath, first, new[] { conflict.Name }.ToEquatableArray());
        }

        static TextLocation Find(Dictionary<string, MemberLocations> byFile, string filePath, SkipKind kind, int index)
        {
            if (!byFile.TryGetValue(filePath, out var article))
            {
                return default;
            }

            var members = kind == SkipKind.Quote ? article.Quotes : article.Stats;
            return index >= 0 && index < members.Count ? members[index] : default;
        }
    }
}
