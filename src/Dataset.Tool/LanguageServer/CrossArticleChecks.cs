using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Dataset.Generator.Checks;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;

namespace Dataset.Tool.LanguageServer;

/// <summary>
/// The generator's checks across articles (<see cref="DatasetChecks.BuildIndex"/>), kept up to date as articles
/// change, without running them over the whole workspace for each change. Every result of the checks belongs to one
/// group of articles sharing a key: an article id (DS4001), an entity's kind and key (DS4002), a member name (DS4003).
/// A group's result depends only on its articles' keys and on whether each was skipped as a duplicate id, so when one
/// article's keys change, only the groups it left, joined or changed in (and those it has a result in) are checked
/// again, by the same <see cref="DatasetChecks.BuildIndex"/> over the articles of those groups (and of their ids).
/// A change of id (an article added or gone) rechecks every group of the articles with its old or new id.
/// </summary>
internal sealed class CrossArticleChecks
{
    /// <summary>Above this many changed articles at once (a branch switched under the editor), one full run is cheaper.</summary>
    private const int IncrementalLimit = 32;

    private const string AnyGroup = "*";

    private readonly Dictionary<string, ArticleKeys> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GroupResult> _results = new(StringComparer.Ordinal);
    private bool _needsFullRun = true;

    /// <summary>The number of articles the last run checked: the whole workspace, or the groups a change touched.</summary>
    public int LastChecked { get; private set; }

    /// <summary>The checks' diagnostics and member conflicts for <paramref name="keys"/> (one per emittable article), in file and position order.</summary>
    public (IReadOnlyList<DiagnosticInfo> Diagnostics, IReadOnlyList<MemberConflict> Conflicts) Run(IReadOnlyList<ArticleKeys> keys)
    {
        var now = new Dictionary<string, ArticleKeys>(keys.Count, StringComparer.Ordinal);
        foreach (var article in keys)
        {
            now[article.FilePath] = article;
        }

        var changed = new List<string>();
        foreach (var article in keys)
        {
            if (!_articles.TryGetValue(article.FilePath, out var before) || !(ReferenceEquals(before, article) || before.Equals(article)))
            {
                changed.Add(article.FilePath);
            }
        }

        changed.AddRange(_articles.Keys.Where(path => !now.ContainsKey(path)));
        if (_needsFullRun || changed.Count > IncrementalLimit)
        {
            FullRun(now);
        }
        else if (changed.Count > 0)
        {
            Recheck(now, changed);
        }
        else
        {
            LastChecked = 0;
        }

        var results = _results.Values;
        return (
            results.SelectMany(result => result.Diagnostics).OrderBy(info => info.FilePath, StringComparer.Ordinal).ThenBy(info => info.Location.Start).ThenBy(info => info.Id, StringComparer.Ordinal).ToList(),
            results.SelectMany(result => result.Conflicts).OrderBy(conflict => conflict.FilePath, StringComparer.Ordinal).ThenBy(conflict => conflict.Kind).ThenBy(conflict => conflict.Index).ToList());
    }

    private void FullRun(Dictionary<string, ArticleKeys> now)
    {
        _articles.Clear();
        _members.Clear();
        _results.Clear();
        foreach (var article in now.Values)
        {
            Join(article);
        }

        var index = DatasetChecks.BuildIndex(now.Values.ToImmutableArray());
        LastChecked = now.Count;
        _needsFullRun = false;
        Store(index, groups: null);
    }

    private void Recheck(Dictionary<string, ArticleKeys> now, List<string> changed)
    {
        var groups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            var before = _articles.TryGetValue(path, out var old) ? Entries(old) : new Dictionary<string, string>(StringComparer.Ordinal);
            var after = now.TryGetValue(path, out var current) ? Entries(current) : new Dictionary<string, string>(StringComparer.Ordinal);

            // The groups whose keys from this article differ, and those its results are in (they hold its positions).
            groups.UnionWith(before.Where(entry => !after.TryGetValue(entry.Key, out var value) || value != entry.Value).Select(entry => entry.Key));
            groups.UnionWith(after.Keys.Where(key => !before.ContainsKey(key)));
            groups.UnionWith(_results.Where(result => result.Value.Involves(path)).Select(result => result.Key));

            // Whether an article is skipped as a duplicate depends on the ids and paths of the articles alone: a new
            // id (or an article added or gone) can skip or restore it and those sharing its old or new id, and with
            // them every group they are in.
            if (old?.Id != current?.Id)
            {
                groups.UnionWith(before.Keys);
                groups.UnionWith(after.Keys);
                var ids = new[] { old?.Id, current?.Id }.OfType<string>();
                foreach (var other in ids.SelectMany(id => Members(IdGroup(id))).Where(other => other != path).ToList())
                {
                    groups.UnionWith(Entries(_articles[other]).Keys);
                }
            }

            if (old is not null)
            {
                Leave(old);
            }

            if (current is not null)
            {
                Join(current);
            }
        }

        // The articles of those groups, and every article sharing an id with one of them, so that the skips are the same as in a full run.
        var checkedPaths = new HashSet<string>(groups.SelectMany(Members), StringComparer.Ordinal);
        foreach (var path in checkedPaths.ToList())
        {
            checkedPaths.UnionWith(Members(IdGroup(_articles[path].Id)));
        }

        var index = DatasetChecks.BuildIndex(checkedPaths.Select(path => _articles[path]).ToImmutableArray());
        LastChecked = checkedPaths.Count;
        Store(index, groups);
    }

    /// <summary>Keeps the results of <paramref name="index"/> for <paramref name="groups"/> (all of them when null), replacing what those groups had.</summary>
    private void Store(DatasetIndex index, HashSet<string>? groups)
    {
        foreach (var group in groups ?? Enumerable.Empty<string>())
        {
            _results.Remove(group);
        }

        foreach (var info in index.Diagnostics)
        {
            var group = GroupOf(info);
            if (group == AnyGroup)
            {
                // A result the groups do not explain (the checks' own failure): kept as it is, and the next change runs them in full.
                _needsFullRun = true;
            }

            if (groups is null || groups.Contains(group) || group == AnyGroup)
            {
                Result(group).Diagnostics.Add(info);
            }
        }

        foreach (var conflict in index.Conflicts)
        {
            var group = MemberGroup(conflict.Name);
            if (groups is null || groups.Contains(group))
            {
                Result(group).Conflicts.Add(conflict);
            }
        }

        GroupResult Result(string group) => _results.TryGetValue(group, out var result) ? result : _results[group] = new GroupResult();
    }

    private void Join(ArticleKeys article)
    {
        _articles[article.FilePath] = article;
        foreach (var group in Entries(article).Keys)
        {
            if (!_members.TryGetValue(group, out var members))
            {
                _members[group] = members = new HashSet<string>(StringComparer.Ordinal);
            }

            members.Add(article.FilePath);
        }
    }

    private void Leave(ArticleKeys article)
    {
        _articles.Remove(article.FilePath);
        foreach (var group in Entries(article).Keys)
        {
            if (_members.TryGetValue(group, out var members) && members.Remove(article.FilePath) && members.Count == 0)
            {
                _members.Remove(group);
            }
        }
    }

    private IReadOnlySet<string> Members(string group) => _members.TryGetValue(group, out var members) ? members : EmptySet;

    private static readonly IReadOnlySet<string> EmptySet = new HashSet<string>();

    /// <summary>The groups an article is in, each with what of the article the group's checks read (without positions).</summary>
    private static Dictionary<string, string> Entries(ArticleKeys article)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal) { [IdGroup(article.Id)] = string.Empty };
        foreach (var entity in article.Entities)
        {
            Add(EntityGroup(entity.Kind.ToString(), entity.Key), entity.Name);
        }

        for (var i = 0; i < article.Quotes.Count; i++)
        {
            Add(MemberGroup("Quotes." + article.Quotes[i].ClassKey + "." + article.Quotes[i].Key), i.ToString(CultureInfo.InvariantCulture));
        }

        for (var i = 0; i < article.Stats.Count; i++)
        {
            Add(MemberGroup("Stats." + article.Stats[i].ClassKey + "." + article.Stats[i].Key), i.ToString(CultureInfo.InvariantCulture));
        }

        return entries;

        void Add(string group, string value) => entries[group] = entries.TryGetValue(group, out var before) ? before + "\n" + value : value;
    }

    private static string GroupOf(DiagnosticInfo info) =>
        info.Id == DiagnosticDescriptors.DuplicateArticle.Id && info.Arguments.Count >= 1 ? IdGroup(info.Arguments[0])
        : info.Id == DiagnosticDescriptors.ConflictingEntity.Id && info.Arguments.Count >= 2 ? EntityGroup(info.Arguments[0], info.Arguments[1])
        : AnyGroup;

    private static string IdGroup(string id) => "id\n" + id;

    private static string EntityGroup(string kind, string key) => "entity\n" + kind + "\n" + key;

    private static string MemberGroup(string name) => "member\n" + name;

    private sealed class GroupResult
    {
        public List<DiagnosticInfo> Diagnostics { get; } = new();

        public List<MemberConflict> Conflicts { get; } = new();

        public bool Involves(string path) =>
            Diagnostics.Any(info => info.FilePath == path || info.AdditionalFilePath == path)
            || Conflicts.Any(conflict => conflict.FilePath == path || conflict.FirstFilePath == path);
    }
}
