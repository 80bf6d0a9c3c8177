using Dataset.Tool.Suggesting;
using Dataset.Tool.Tests.Infrastructure;

namespace Dataset.Tool.Tests;

/// <summary>
/// How well suggest does on real wire copy: the Reuters stories of the development set with their gold annotations
/// (<see cref="ReutersGold"/>), measured as <see cref="SuggestMeasure"/> measures the seed. The floors are the figures
/// suggest reaches now, so that a change that loses some fails; the targets are 90 % recall and precision per kind.
/// </summary>
public sealed class ReutersSuggestTests
{
    [Fact]
    public void SuggestionsOnTheStrippedDevelopmentSetRecoverTheGold()
    {
        using var directory = new TempDirectory();
        var paths = ReutersGold.Stories.Select(story => ReutersGold.Annotate(story, directory)).ToList();

        var report = SuggestMeasure.Measure(paths, out var counts);

        Assert.True(counts[SuggestionKind.Mention].Recall >= 0.97, report);
        Assert.True(counts[SuggestionKind.Mention].Precision >= 0.99, report);
        Assert.True(counts[SuggestionKind.Stat].Recall >= 0.97, report);
        Assert.True(counts[SuggestionKind.Stat].Precision >= 0.97, report);
        Assert.True(counts[SuggestionKind.Quote].Recall >= 1.0, report);
        Assert.True(counts[SuggestionKind.Quote].Precision >= 1.0, report);
    }
}
