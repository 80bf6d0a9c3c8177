using System;
using System.Linq;

namespace Dataset.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A program that reads a dataset generated from the seed article, first one quote (first access), then every quote
/// (the whole dataset), and what it must print: the values the seed file states.
/// </summary>
internal static class SeedDatasetProgram
{
    /// <summary>Program.cs for a project whose generated dataset is in <paramref name="datasetNamespace"/>.</summary>
    public static string Source(string datasetNamespace) => $$"""
        using System;
        using {{datasetNamespace}};

        // First access: nothing of the dataset has been read before these lines.
        Console.WriteLine($"first quote: {Quotes.Kerry.Deconfliction.Text}");
        Console.WriteLine($"first speaker: {Quotes.Kerry.Deconfliction.Speaker.Name}");
        Console.WriteLine($"against: {Stats.LevadaPoll.Against}");
        Console.WriteLine($"kerry quotes: {People.Kerry.Quotes.Count}");

        // The whole dataset.
        Console.WriteLine($"quotes: {Quotes.All.Count}");
        for (var i = 0; i < Quotes.All.Count; i++)
        {
            Console.WriteLine($"quote {i}: {Quotes.All[i].Speaker.Name} | {Quotes.All[i].Text}");
        }
        """;

    /// <summary>Everything <see cref="Source"/> prints for the seed article, line by line.</summary>
    public static string[] ExpectedLines(SeedArticle seed)
    {
        var deconfliction = seed.Quote("Kerry.Deconfliction");
        return
        [
            $"first quote: {deconfliction.Text}",
            $"first speaker: {deconfliction.SpeakerName}",
            // "[Sixty-nine percent]{.stat #LevadaPoll.Against}": number words, which this reader does not parse.
            "against: 69",
            $"kerry quotes: {seed.Quotes.Count(quote => quote.SpeakerKey == "Kerry")}",
            $"quotes: {seed.Quotes.Count}",
            .. seed.Quotes.Select((quote, i) => $"quote {i}: {quote.SpeakerName} | {quote.Text}"),
        ];
    }

    /// <summary>
    /// Asserts that <paramref name="run"/> printed exactly the expected lines, then <paramref name="more"/> (what a
    /// program that adds lines to <see cref="Source"/> prints after it), and nothing else.
    /// </summary>
    public static void AssertPrinted(CommandResult run, SeedArticle seed, params string[] more)
    {
        Assert.True(run.Succeeded, $"The program failed.{Environment.NewLine}{run}");
        string[] expected = [.. ExpectedLines(seed), .. more];
        var printed = run.Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var first = Enumerable.Range(0, Math.Max(expected.Length, printed.Length))
            .FirstOrDefault(i => i >= expected.Length || i >= printed.Length || expected[i] != printed[i], -1);
        Assert.True(
            first < 0,
            $"Line {first + 1} differs: expected [{expected.ElementAtOrDefault(first)}], printed [{printed.ElementAtOrDefault(first)}].{Environment.NewLine}{run}");
    }
}
