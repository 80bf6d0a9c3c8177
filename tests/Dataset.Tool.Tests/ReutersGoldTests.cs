using System.Globalization;
using Dataset.Generator.Parsing.Numbers;
using Dataset.Tool.Tests.Infrastructure;

namespace Dataset.Tool.Tests;

/// <summary>
/// The gold of the development set is valid: every Reuters story with its gold annotations applied passes check with
/// no error (spans in range, quotes read, every statistic read by the number reader); and the number reader reads
/// nearly every statistic span an editor writes on real wire copy without <c>value=</c> or <c>unit=</c>.
/// </summary>
public sealed class ReutersGoldTests
{
    [Fact]
    public void EveryGoldAnnotatedStoryPassesCheck()
    {
        Assert.True(ReutersGold.Stories.Count >= 15, $"{ReutersGold.Stories.Count} stories have gold.");
        foreach (var story in ReutersGold.Stories)
        {
            using var directory = new TempDirectory();
            ReutersGold.Annotate(story, directory);

            var result = ToolRunner.Run("check", "--root", directory.Path);

            Assert.True(result.ExitCode == 0 && result.Output.Contains("0 errors, 0 warnings", StringComparison.Ordinal), $"{story}: {result}");
        }
    }

    /// <summary>The target: at most 5 % of an editor's statistic spans need value= or unit= to be read.</summary>
    [Fact]
    public void TheReaderReadsAtLeast95PercentOfTheGoldStatisticsWithoutValueOrUnit()
    {
        var stats = ReutersGold.Stories.SelectMany(story => ReutersGold.Stats(story).Select(stat => (Story: story, stat.Text, stat.Attributes))).ToList();
        var rejected = stats.Where(stat => NumberReader.Read(stat.Text).Status != NumberReadingStatus.Read).ToList();

        var share = (double)rejected.Count / stats.Count;
        var report = string.Create(CultureInfo.InvariantCulture, $"{rejected.Count} of {stats.Count} gold statistics ({share:P1}) need value= or unit=: ")
            + string.Join("; ", rejected.Select(stat => $"{stat.Story} '{stat.Text}' {stat.Attributes}"));
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Assert.True(stats.Count >= 150, report);
        Assert.True(share <= 0.05, report);

        // Each attribute the gold keeps is one the reader needs: a span that reads alone carries none.
        Assert.All(stats.Where(stat => stat.Attributes.Length > 0), stat => Assert.Contains(stat, rejected));
    }
}
