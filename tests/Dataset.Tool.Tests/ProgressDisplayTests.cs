using Dataset.Tool.Commands;

namespace Dataset.Tool.Tests;

/// <summary>Progress shows only for long runs written to an interactive console (a terminal shows it: see README).</summary>
public sealed class ProgressDisplayTests
{
    [Fact]
    public void ProgressStaysQuietForShortRunsAndOtherWritersAndShowsOnATerminal()
    {
        Assert.False(ProgressDisplay.IsInteractive(ProgressDisplay.Threshold - 1, Console.Out));
        Assert.False(ProgressDisplay.IsInteractive(100_000, new StringWriter()));

        // On a terminal (neither stream redirected, not in CI) a long run shows progress.
        Assert.True(Console.IsOutputRedirected || Console.IsErrorRedirected || Environment.GetEnvironmentVariable("CI") is not null || ProgressDisplay.IsInteractive(100_000, Console.Out));
    }

    [Fact]
    public void AQuietRunStillDoesTheWorkAndReturnsItsResult()
    {
        var reports = new List<int>();
        var result = ProgressDisplay.Run("Counting", 1_000, new StringWriter(), progress =>
        {
            Assert.Null(progress);
            reports.Add(1);
            return 42;
        });

        Assert.Equal(42, result);
        Assert.Single(reports);
    }
}
