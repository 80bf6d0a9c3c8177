using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Dataset.EndToEnd.Tests.Infrastructure;

/// <summary>One quote of the seed article as its file states it.</summary>
internal sealed record SeedQuote(string Id, string SpeakerKey, string SpeakerName, string Text);

/// <summary>
/// The seed article's quotes read straight from data/russia-us-syria-talks.md, independently of the generator and the
/// runtime's decoder: the expected values of the tests that run a dataset built from it. It reads only what the seed
/// file uses (people as one-line flow mappings, spans without escapes or line breaks) and refuses anything else.
/// </summary>
internal sealed class SeedArticle
{
    // An innermost span: no bracket inside its text, no brace inside its attributes.
    private static readonly Regex InnermostSpan = new(@"\[(?<text>[^\[\]]*)\]\{(?<attributes>[^{}]*)\}");
    private static readonly Regex QuoteAttributes = new(@"^\.quote #(?<speaker>\w+)\.(?<key>\w+)(?: |$)");
    private static readonly Regex Person = new(@"^  (?<key>\w+): \{ name: (?<name>[^,{}]+?)(?:, role: [^{}]+)? \}$");
    private static readonly Regex QuoteMarker = new("\u0001(?<index>[0-9]+)\u0002");

    private SeedArticle(IReadOnlyList<SeedQuote> quotes) => Quotes = quotes;

    /// <summary>The quotes in the order the article states them.</summary>
    public IReadOnlyList<SeedQuote> Quotes { get; }

    public SeedQuote Quote(string id) => Quotes.Single(quote => quote.Id == id);

    public static SeedArticle Read(string path)
    {
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        if (lines[0] != "---" || end < 0)
        {
            throw new InvalidDataException($"{path} does not start with a front matter block.");
        }

        var people = new Dictionary<string, string>(StringComparer.Ordinal);
        var section = "";
        foreach (var line in lines[1..end])
        {
            if (!line.StartsWith(' '))
            {
                section = line;
                continue;
            }

            if (section == "people:")
            {
                var person = Person.Match(line);
                if (!person.Success)
                {
                    throw new InvalidDataException($"Cannot read the person '{line}' of {path}.");
                }

                people.Add(person.Groups["key"].Value, person.Groups["name"].Value);
            }
        }

        var body = string.Join("\n", lines[(end + 1)..]);
        if (body.Contains('\\', StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path} has escapes, which this reader does not resolve.");
        }

        // Innermost spans first: a mention or stat becomes its text, a quote a marker that its enclosing spans keep.
        var texts = new List<(string Speaker, string Key, string Text)>();
        string previous;
        do
        {
            previous = body;
            body = InnermostSpan.Replace(body, span =>
            {
                var quote = QuoteAttributes.Match(span.Groups["attributes"].Value);
                if (!quote.Success)
                {
                    return span.Groups["text"].Value;
                }

                var text = span.Groups["text"].Value;
                if (text.Contains('\n', StringComparison.Ordinal) || QuoteMarker.IsMatch(text))
                {
                    throw new InvalidDataException($"The quote #{quote.Groups["speaker"]}.{quote.Groups["key"]} of {path} crosses a line or holds a quote.");
                }

                texts.Add((quote.Groups["speaker"].Value, quote.Groups["key"].Value, text));
                return $"\u0001{texts.Count - 1}\u0002";
            });
        }
        while (body != previous);

        var quotes = QuoteMarker.Matches(body)
            .Select(marker => texts[int.Parse(marker.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)])
            .Select(quote => new SeedQuote($"{quote.Speaker}.{quote.Key}", quote.Speaker, people[quote.Speaker], quote.Text))
            .ToArray();
        if (quotes.Length != texts.Count || quotes.Length == 0)
        {
            throw new InvalidDataException($"Read {texts.Count} quotes from {path} but found {quotes.Length} of them in the text.");
        }

        return new SeedArticle(quotes);
    }
}
