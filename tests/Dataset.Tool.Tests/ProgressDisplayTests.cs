using Dataset.Tool.Commands;

namespace Dataset.Tool.Tests;

/// <summary>Progress shows only for long runs written to an interactive console (see docs/tool.md, Progress).</summary>
public sealed class ProgressDisplayTests
{
    [Fact]
    public void ProgressStaysQuietForShortRunsAndOtherWritersAndShowsOnATerminal()
    {
        Assert.False(ProgressDisplay.IsInteractive(ProgressDisplay.Threshold - 1, Console.Out));
        Assert.False(ProgressDisplay.IsInteractive(100_000, new StringWriter()));

        // On a terminal (writing to the console, neither stream redirected, not in CI) a long run shows progress.
        Assert.True(ProgressDisplay.ShowsProgress(ProgressDisplay.Threshold, writesToConsole: true, outputRedirected: false, errorRedirected: false, inContinuousIntegration: false));
        Assert.True(ProgressDisplay.ShowsProgress(100_000, writesToConsole: true, outputRedirected: false, errorRedirected: false, inContinuousIntegration: false));
    }

    [Theory]
    [InlineData(ProgressDisplay.Threshold - 1, true, false, false, false)]
    [InlineData(0, true, false, false, false)]
    [InlineData(100_000, false, false, false, false)]
    [InlineData(100_000, true, true, false, false)]
    [InlineData(100_000, true, false, true, false)]
    [InlineData(100_000, true, false, false, true)]
    [InlineData(100_000, true, true, true, true)]
    public void ProgressIsHiddenForAShortRunAnotherWriterARedirectedStreamOrCI(int total, bool writesToConsole, bool outputRedirected, bool errorRedirected, bool inContinuousIntegration) =>
        Assert.False(ProgressDisplay.ShowsProgress(total, writesToConsole, outputRedirected, errorRedirected, inContinuousIntegration));

    [Fact]
    public void TheConsoleDecisionReadsTheRealStreamsAndTheCIVariable() =>
        Assert.Equal(
            ProgressDisplay.ShowsProgress(100_000, writesToConsole: true, Console.IsOutputRedirected, Console.IsErrorRedirected, Environment.GetEnvironmentVariable("CI") is not null),
            ProgressDisplay.IsInteractive(100_000, Console.Out));

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
