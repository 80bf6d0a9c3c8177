using Dataset.Tool.Tests.Infrastructure;

namespace Dataset.Tool.Tests;

/// <summary>
/// The gold of the development set is valid: every Reuters story with its gold annotations applied passes check with
/// no error (spans in range, quotes read, every statistic read by the number reader).
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
}
