using System.Globalization;
using System.Text.Json;
using Dataset.Benchmarks.Corpus;

namespace Dataset.Benchmarks.FirstAccess;

/// <summary>
/// Writes a corpus for the whole-build and first-access measurements: the Markdown files, the same data as one JSON
/// document, and the C# member path of the first article's first quote (<c>Quotes.Speaker.Key</c>).
/// </summary>
public static class CorpusCommand
{
    public static int Run(string[] args)
    {
        var count = int.Parse(Option(args, "--count") ?? throw new ArgumentException("--count N is required"), CultureInfo.InvariantCulture);
        var output = Option(args, "--out") ?? throw new ArgumentException("--out DIR is required");
        var articles = SyntheticCorpus.Create(count);
        SyntheticCorpus.Write(articles, output);
        Console.WriteLine($"{count} articles, {articles.Sum(article => (long)article.Text.Length) / 1024} KB, written to {output}");

        if (Option(args, "--json") is { } json)
        {
            using var stream = File.Create(json);
            JsonSerializer.Serialize(stream, new JsonDatasetDocument([.. articles.Select(article => article.Data)]), JsonDatasetContext.Default.JsonDatasetDocument);
            Console.WriteLine($"JSON: {json}");
        }

        if (Option(args, "--first-quote") is { } firstQuote)
        {
            var quote = articles[0].Data.Quotes[0];
            File.WriteAllText(firstQuote, $"{quote.Speaker}.{quote.Key}\n{quote.Text}\n");
        }

        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
