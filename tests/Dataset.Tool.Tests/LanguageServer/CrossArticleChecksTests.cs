using Dataset.Generator.Checks;
using Dataset.Generator.Model;
using Dataset.Tool.LanguageServer;

namespace Dataset.Tool.Tests.LanguageServer;

// Inside the namespace: the runtime's Dataset.EntityKind would win over an alias outside it.
using EntityKind = Dataset.Generator.Model.EntityKind;

/// <summary>
/// The server's incremental checks across articles give what the generator's full run gives, after every change of a
/// random sequence over articles drawn from small pools of ids, entities and member names (so duplicates, conflicting
/// names and skipped articles are common), and check again only part of the workspace.
/// </summary>
public sealed class CrossArticleChecksTests
{
    private static readonly string[] Ids = ["a", "b", "c", "d", "e", "f", "g", "h"];
    private static readonly string[] EntityKeys = ["Kerry", "Lavrov", "Nato", "Un", "Homs"];
    private static readonly string[] Names = ["First Name", "Other Name"];
    private static readonly string[] Groups = ["Poll", "Casualties"];
    private static readonly string[] MemberKeys = ["One", "Two", "Three", "Four", "Five", "Six"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AfterEveryChangeTheIncrementalChecksEqualAFullRun(int seed)
    {
        var random = new Random(seed);
        var articles = Enumerable.Range(0, 40).ToDictionary(i => i, i => (ArticleKeys?)Article(random, i));
        var checks = new CrossArticleChecks();
        var (partial, withResults) = (0, 0);
        for (var step = 0; step < 400; step++)
        {
            var keys = articles.Values.OfType<ArticleKeys>().ToList();
            var (diagnostics, conflicts) = checks.Run(keys);
            var full = DatasetChecks.BuildIndex([.. keys], TestContext.Current.CancellationToken);

            Assert.Equal(full.Diagnostics.OrderBy(info => info.FilePath, StringComparer.Ordinal).ThenBy(info => info.Location.Start).ThenBy(info => info.Id, StringComparer.Ordinal), diagnostics);
            Assert.Equal(full.Conflicts.OrderBy(conflict => conflict.FilePath, StringComparer.Ordinal).ThenBy(conflict => conflict.Kind).ThenBy(conflict => conflict.Index), conflicts);
            partial += step > 0 && checks.LastChecked < keys.Count ? 1 : 0;
            withResults += diagnostics.Count > 0 && conflicts.Count > 0 ? 1 : 0;

            // One article changes: new keys, the same keys moved (a line added above them), gone, or back.
            var changed = random.Next(articles.Count);
            articles[changed] = random.Next(10) switch
            {
                0 => null,
                1 when articles[changed] is { } same => same with { IdLocation = same.IdLocation with { StartLine = same.IdLocation.StartLine + 1 } },
                _ => Article(random, changed),
            };
        }

        // The sequence exercised what it is meant to: results to keep up to date, and changes that checked only part of the workspace.
        Assert.True(withResults > 300, $"only {withResults} steps had both diagnostics and conflicts");
        Assert.True(partial > 300, $"only {partial} of 399 changes checked less than the whole workspace");
    }

    private static ArticleKeys Article(Random random, int number)
    {
        var path = $"/project/data/article-{number:D2}.md";
        var entities = EntityKeys.Where(_ => random.Next(3) == 0)
            .Select((key, i) => new EntityModel(key is "Nato" or "Un" ? EntityKind.Organization : key == "Homs" ? EntityKind.Place : EntityKind.Person, key, Names[random.Next(6) == 0 ? 1 : 0], null, Location(5 + i)))
            .ToEquatableArray();

        // A quote's speaker is a person the article declares (the parse rejects any other).
        var speakers = entities.Where(entity => entity.Kind == EntityKind.Person).Select(entity => entity.Key).ToList();
        return new ArticleKeys
        {
            FilePath = path,
            RelativePath = $"data/article-{number:D2}.md",
            Id = random.Next(4) == 0 ? Ids[random.Next(Ids.Length)] : "article-" + number,
            IdLocation = Location(1),
            Entities = entities,
            Quotes = Enumerable.Range(0, speakers.Count == 0 ? 0 : random.Next(4)).Select(_ => new MemberKey(speakers[random.Next(speakers.Count)], MemberKeys[random.Next(MemberKeys.Length)])).ToEquatableArray(),
            Stats = Enumerable.Range(0, random.Next(4)).Select(_ => new MemberKey(Groups[random.Next(Groups.Length)], MemberKeys[random.Next(MemberKeys.Length)])).ToEquatableArray(),
            Mentions = EquatableArray<MentionKey>.Empty,
        };
    }

    private static TextLocation Location(int line) => new(line * 10, 4, line, 0, line, 4);
}
