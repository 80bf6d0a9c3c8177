using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Generator.Parsing.Numbers;

namespace Dataset.Tool.Suggesting;

/// <summary>
/// Finds what an article does not annotate yet: occurrences of its declared entities' names (a person's last name too)
/// outside mentions, numbers outside statistics (read by the generator's <see cref="NumberReader"/>), and quoted
/// passages next to a reporting verb outside quotes. Works on the article's own text, so every suggestion has an exact
/// place that <c>--apply</c> can bracket without changing anything else.
/// </summary>
internal static class Suggester
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as", "that", "than", "its", "their", "his", "her",
    };

    /// <summary>The suggestions for one article, in text order.</summary>
    public static IReadOnlyList<Suggestion> Suggest(ParsedArticle parse, string? group = null, bool everyNumber = false)
    {
        var article = parse.Model;
        var regions = new TextRegions(parse);
        var names = NameIndex.For(article);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in parse.Annotations.SelectMany(annotation => annotation.Attributes).Where(attribute => attribute.Prefix == '#'))
        {
            ids.Add(attribute.Name);
        }

        var mentions = Mentions(regions, names);
        var stats = Stats(regions, group ?? article.Id, ids, mentions, everyNumber);
        var quotes = Quotes(regions, names, ids);
        return mentions.Concat(stats).Concat(quotes).OrderBy(suggestion => suggestion.Start).ThenBy(suggestion => suggestion.Kind).ToList();
    }

    private static List<Suggestion> Mentions(TextRegions regions, NameIndex names)
    {
        var found = names.Find(regions.Text, regions.BodyStart)
            .Where(match => regions.IsFree(match.Start, match.End, SuggestionKind.Mention))
            .OrderByDescending(match => match.End - match.Start)
            .ThenBy(match => match.Start)
            .ToList();
        var taken = new List<(int Start, int End)>();
        var suggestions = new List<Suggestion>();
        foreach (var match in found)
        {
            if (taken.Any(range => match.Start < range.End && range.Start < match.End))
            {
                continue;
            }

            taken.Add((match.Start, match.End));
            var text = regions.Text[match.Start..match.End];
            if (match.Entities.Count == 1)
            {
                var entity = match.Entities[0];
                suggestions.Add(new Suggestion(
                    SuggestionKind.Mention, match.Start, match.End, text, "." + AnnotationKinds.Mention(entity.Kind).Name() + " ref=" + entity.Key,
                    $"mention of {Class(entity.Kind)}.{entity.Key} ({entity.Name})", CanApply: true));
            }
            else
            {
                var candidates = string.Join(" or ", match.Entities.Select(entity => $"{Class(entity.Kind)}.{entity.Key}"));
                var first = match.Entities[0];
                suggestions.Add(new Suggestion(
                    SuggestionKind.Mention, match.Start, match.End, text, "." + AnnotationKinds.Mention(first.Kind).Name() + " ref=" + first.Key,
                    $"mention of {candidates}: ambiguous, choose one", CanApply: false)
                {
                    Candidates = match.Entities,
                });
            }
        }

        return suggestions;
    }

    private static List<Suggestion> Stats(TextRegions regions, string group, HashSet<string> ids, List<Suggestion> mentions, bool everyNumber)
    {
        var suggestions = new List<Suggestion>();
        var text = regions.Text;
        bool IsFree(int start, int end) => regions.IsFree(start, end, SuggestionKind.Stat) && !mentions.Any(mention => start < mention.End && mention.Start < end);
        foreach (var (start, end, reading, unit) in StatisticFinder.Find(text, regions.BodyStart, IsFree, everyNumber))
        {
            var value = text[start..end];
            var next = StatisticFinder.NextWords(text, end, 3);
            // The key: the words after the span ("14.6 pct of the total": Total), else the span's own words ("36 people": People).
            var own = Regex.Matches(value, @"\p{L}{2,}").Select(word => word.Value).ToList();
            var key = UniqueKey(unit == "year" ? "Year" + value : KeyFromWords(next, 2, KeyFromWords(own, 2, "Number")), group, ids);
            var attributes = ".stat #" + group + "." + key + (unit is null ? string.Empty : " unit=" + unit);
            var figure = reading.Value.ToString(CultureInfo.InvariantCulture) + (reading.Upper is { } upper ? "-" + upper.ToString(CultureInfo.InvariantCulture) : string.Empty)
                + (reading.Unit is null ? unit is null ? string.Empty : " " + unit : " " + reading.Unit) + (reading.Per is { } per ? " per " + per : string.Empty);
            suggestions.Add(new Suggestion(SuggestionKind.Stat, start, end, value, attributes, $"statistic {figure} ({reading.Qualifier}) as Stats.{group}.{key}", CanApply: true));
        }

        return suggestions;
    }

    private static List<Suggestion> Quotes(TextRegions regions, NameIndex names, HashSet<string> ids)
    {
        var suggestions = new List<Suggestion>();
        var text = regions.Text;
        foreach (var quote in QuoteFinder.Find(regions, names))
        {
            var (start, end) = (quote.Start, quote.End);
            var speakerKey = quote.Speaker?.Key ?? "Speaker";
            var words = Regex.Matches(text[start..end], @"[\p{L}][\p{L}'’]*").Select(word => word.Value.Replace("'", string.Empty).Replace("’", string.Empty)).ToList();
            var key = UniqueKey(KeyFromWords(words, 3, "Quote"), speakerKey, ids);
            var cue = quote.Cue.Contains(' ', StringComparison.Ordinal) ? "\"" + quote.Cue + "\"" : quote.Cue;
            var candidates = string.Join(" or ", quote.Candidates.Select(person => "People." + person.Key));
            var description = quote.Speaker is { } speaker
                ? $"quote of {speaker.Name}? check the speaker"
                : $"quote: {quote.Open}" + (candidates.Length > 0 ? $"; the speaker may be {candidates}" : " (#Speaker.Key)");
            suggestions.Add(new Suggestion(SuggestionKind.Quote, start, end, text[start..end], $".quote #{speakerKey}.{key} cue={cue}", description, CanApply: false));
        }

        return suggestions;
    }

    private static string KeyFromWords(IEnumerable<string> words, int count, string fallback)
    {
        var parts = words.Where(word => !StopWords.Contains(word)).Take(count)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant()).ToList();
        return parts.Count == 0 ? fallback : string.Concat(parts);
    }

    /// <summary>A key that is a valid member name under <paramref name="first"/> and not yet used as <c>first.key</c> in the article.</summary>
    private static string UniqueKey(string wanted, string first, HashSet<string> ids)
    {
        var key = Identifiers.Problem(wanted, first) is null ? wanted : "Item" + wanted;
        var candidate = key;
        for (var n = 2; ids.Contains(first + "." + candidate) || Identifiers.Problem(candidate, first) is not null; n++)
        {
            candidate = key + n.ToString(CultureInfo.InvariantCulture);
        }

        ids.Add(first + "." + candidate);
        return candidate;
    }

    private static string Class(EntityKind kind) => kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Organization => "Organizations",
        _ => "Places",
    };
}
