using System.Globalization;
using System.Text.Json;
using Dataset.Benchmarks.Corpus;

namespace Dataset.Benchmarks.FirstAccess;

/// <summary>
/// Writes a corpus for the whole-build and first-access measurements: the Markdown files, the same data as one JSON
/// document, every quote's text and speaker's name alone as another (<c>--json-quotes</c>), and the C# member path of the first article's first quote (<c>Quotes.Speaker.Key</c>); <c>--shape dense</c>
/// for the seed's density (see <see cref="CorpusShape"/>).
/// </summary>
public static class CorpusCommand
{
    public static int Run(string[] args)
    {
        var count = int.Parse(Option(args, "--count") ?? throw new ArgumentException("--count N is required"), CultureInfo.InvariantCulture);
        var output = Option(args, "--out") ?? throw new ArgumentException("--out DIR is required");
        var shape = CorpusShape.Parse(Option(args, "--shape") ?? CorpusShape.Light.Name);
        var articles = SyntheticCorpus.Create(count, shape);
        SyntheticCorpus.Write(articles, output);
        Console.WriteLine($"{count} articles ({shape.Name}), {articles.Sum(article => (long)article.Text.Length) / 1024} KB, written to {output}");

        if (Option(args, "--json") is { } json)
        {
            using var stream = File.Create(json);
            JsonSerializer.Serialize(stream, new JsonDatasetDocument([.. articles.Select(article => article.Data)]), JsonDatasetContext.Default.JsonDatasetDocument);
            Console.WriteLine($"JSON: {json}");
        }

        if (Option(args, "--json-quotes") is { } jsonQuotes)
        {
            // Every quote's text and its speaker's name, in the order of Quotes.All (article path order).
            var quotes = articles.OrderBy(article => article.FileName, StringComparer.Ordinal)
                .SelectMany(article => article.Data.Quotes.Select(quote => new JsonQuoteText(quote.Text, article.Data.People.Single(person => person.Key == quote.Speaker).Name)))
                .ToList();
            using var stream = File.Create(jsonQuotes);
            JsonSerializer.Serialize(stream, new JsonQuotesDocument(quotes), JsonDatasetContext.Default.JsonQuotesDocument);
            Console.WriteLine($"JSON of the quotes' texts and speakers: {jsonQuotes}");
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
