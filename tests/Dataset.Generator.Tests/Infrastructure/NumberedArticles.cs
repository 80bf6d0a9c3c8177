using System.Globalization;

namespace Dataset.Generator.Tests.Infrastructure;

/// <summary>
/// Many small articles, numbered, at <c>/project/data/article-&lt;nnn&gt;.md</c>: enough of them to fill the
/// generated files' buckets (see <c>OutputFiles</c>), with speakers and statistics groups of their own or shared.
/// </summary>
internal static class NumberedArticles
{
    /// <summary>The id of article <paramref name="i"/>: <c>N007</c>.</summary>
    public static string Id(int i) => "N" + i.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>Articles each with a speaker and a statistics group of its own.</summary>
    public static IEnumerable<InMemoryAdditionalText> Articles(int count) => Articles(count, i => "Speaker" + Id(i), i => "Count" + Id(i));

    /// <summary>
    /// Articles with one quote, by <paramref name="speaker"/>, and one statistic, in <paramref name="group"/>: their keys
    /// are <c>Words</c> and <c>Things</c>, with the number of the article after them when the class is shared.
    /// </summary>
    public static IEnumerable<InMemoryAdditionalText> Articles(int count, Func<int, string> speaker, Func<int, string> group) => Enumerable.Range(0, count).Select(i =>
    {
        var shared = speaker(0) == speaker(1);
        var suffix = shared ? i.ToString("D3", CultureInfo.InvariantCulture) : string.Empty;
        var name = shared ? "Common Speaker" : $"Speaker {i}";
        return GeneratorHarness.Article($"article-{i:D3}.md", $"""
            ---
            id: {Id(i)}
            title: Article {i}
            source: Test Wire
            published: 2020-01-01
            people:
              {speaker(i)}: {"{"} name: {name} {"}"}
            ---
            "[Original quote]{"{"}.quote #{speaker(i)}.Words{suffix} cue=said{"}"}," said [the speaker]{"{"}.person ref={speaker(i)}{"}"}, counting [3]{"{"}.stat #{group(i)}.Things{suffix}{"}"} things.
            """);
    });
}
