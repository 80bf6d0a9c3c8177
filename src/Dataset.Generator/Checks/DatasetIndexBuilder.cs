using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;

namespace Dataset.Generator.Checks;

/// <summary>
/// The checks across articles, over the collected <see cref="ArticleKeys"/>: duplicate article ids, quote and
/// statistic members generated twice, and entities declared with conflicting names. Articles are visited in path
/// order so the first declaration wins the same way on every machine. Linear in the number of keys.
/// </summary>
internal static class DatasetIndexBuilder
{
    public static DatasetIndex Build(ImmutableArray<ArticleKeys> articles, System.Threading.CancellationToken cancellationToken = default)
    {
        var ordered = articles.OrderBy(article => article.RelativePath, StringComparer.Ordinal).ThenBy(article => article.FilePath, StringComparer.Ordinal);
        var diagnostics = new List<DiagnosticInfo>();
        var skips = new List<Skip>();
        var conflicts = new List<MemberConflict>();
        var articleIds = new Dictionary<string, ArticleKeys>(StringComparer.Ordinal);
        var quoteNames = new Dictionary<string, (ArticleKeys Article, int Index)>(StringComparer.Ordinal);
        var statNames = new Dictionary<string, (ArticleKeys Article, int Index)>(StringComparer.Ordinal);
        var entities = new Dictionary<(EntityKind, string), EntityBuilder>();
        var entityOrder = new List<EntityBuilder>();
        var quotes = new List<StorageRef>();
        var stats = new List<StorageRef>();
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var pathOrder = new List<string>();

        foreach (var article in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (articleIds.TryGetValue(article.Id, out var first))
            {
                diagnostics.Add(Diagnostic(DiagnosticDescriptors.DuplicateArticle, article.FilePath, article.IdLocation, first.FilePath, first.IdLocation, article.Id));
                skips.Add(Skip.Article(article.FilePath));
                continue;
            }

            articleIds.Add(article.Id, article);
            pathOrder.Add(article.Id);
            foreach (var declaration in article.Entities)
            {
                var key = (declaration.Kind, declaration.Key);
                if (!entities.TryGetValue(key, out var entity))
                {
                    entity = new EntityBuilder(declaration, article.FilePath, article.RelativePath);
                    entities.Add(key, entity);
                    entityOrder.Add(entity);
                }
                else if (entity.Declaration.Name != declaration.Name)
                {
                    diagnostics.Add(Diagnostic(
                        DiagnosticDescriptors.ConflictingEntity, article.FilePath, declaration.Location, entity.FilePath, entity.Declaration.Location,
                        Noun(declaration.Kind), declaration.Key, declaration.Name, entity.Declaration.Name, Noun(declaration.Kind).ToLowerInvariant()));
                }

                entity.Articles++;
            }

            Members(article, article.Quotes, SkipKind.Quote, quoteNames, quotes, conflicts, skips, (index, member) =>
                entities[(EntityKind.Person, member.ClassKey)].Quotes.Add(new StorageRef(article.Id, index)));
            Members(article, article.Stats, SkipKind.Stat, statNames, stats, conflicts, skips, (_, member) =>
                groups[member.ClassKey] = groups.TryGetValue(member.ClassKey, out var count) ? count + 1 : 1);
            for (var i = 0; i < article.Mentions.Count; i++)
            {
                var mention = article.Mentions[i];
                if (entities.TryGetValue((mention.Kind, mention.EntityKey), out var entity))
                {
                    entity.Mentions.Add(new StorageRef(article.Id, i));
                }
            }
        }

        var indexed = entityOrder
            .OrderBy(entity => entity.Declaration.Kind)
            .ThenBy(entity => entity.Declaration.Key, StringComparer.Ordinal)
            .Select(entity => new IndexedEntity(entity.Declaration, entity.FilePath, entity.RelativePath, entity.Quotes.ToEquatableArray(), entity.Mentions.ToEquatableArray(), entity.Articles));
        return new DatasetIndex(
            articleIds.Keys.OrderBy(id => id, StringComparer.Ordinal).ToEquatableArray(),
            indexed.ToEquatableArray(),
            quotes.ToEquatableArray(),
            stats.ToEquatableArray(),
            groups.OrderBy(group => group.Key, StringComparer.Ordinal).Select(group => new GroupCount(group.Key, group.Value)).ToEquatableArray(),
            skips.ToEquatableArray(),
            conflicts.ToEquatableArray(),
            diagnostics.ToEquatableArray(),
            pathOrder.ToEquatableArray(),
            articles.Length);
    }

    private static void Members(
        ArticleKeys article,
        EquatableArray<MemberKey> members,
        SkipKind kind,
        Dictionary<string, (ArticleKeys Article, int Index)> seen,
        List<StorageRef> all,
        List<MemberConflict> conflicts,
        List<Skip> skips,
        Action<int, MemberKey>? link)
    {
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var name = member.ClassKey + "." + member.Key;
            if (seen.TryGetValue(name, out var first))
            {
                var root = kind == SkipKind.Quote ? "Quotes." : "Stats.";
                conflicts.Add(new MemberConflict(article.FilePath, kind, i, first.Article.FilePath, first.Index, root + name));
                skips.Add(new Skip(article.FilePath, kind, i));
                continue;
            }

            seen.Add(name, (article, i));
            all.Add(new StorageRef(article.Id, i));
            link?.Invoke(i, member);
        }
    }

    private static DiagnosticInfo Diagnostic(
        Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string file, TextLocation location, string firstFile, TextLocation firstLocation, params string[] arguments) =>
        new(descriptor.Id, file, location, firstFile, firstLocation, arguments.ToImmutableArray().ToEquatableArray());

    private static EquatableArray<string> ToEquatableArray(this ImmutableArray<string> items) => new(items);

    private static string Noun(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization => "Organization",
        _ => "Place",
    };

    private sealed class EntityBuilder
    {
        public EntityBuilder(EntityModel declaration, string filePath, string relativePath)
        {
            Declaration = declaration;
            FilePath = filePath;
            RelativePath = relativePath;
        }

        public EntityModel Declaration { get; }

        public string FilePath { get; }

        public string RelativePath { get; }

        public List<StorageRef> Quotes { get; } = new();

        public List<StorageRef> Mentions { get; } = new();

        public int Articles { get; set; }
    }
}
