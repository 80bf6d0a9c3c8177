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

    private static readonly Regex Quoted = new("(?:\"(?<text>[^\"]+?)\"|\u201C(?<text>[^\u201C\u201D]+?)\u201D)", Options);

    private static readonly Regex ReportingVerb = new(
        @"\b(?:said|says|say|told|tells|warned|added|asked|stated|declared|explained|insisted|noted|wrote|urged|argued|announced|replied|stressed|according\s+to)\b",
        Options | RegexOptions.IgnoreCase);

    private static readonly Regex Pronoun = new(@"\b(?:he|she|He|She)\b", Options);

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
                    $"mention of {candidates}: ambiguous, choose one", CanApply: false));
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
                + (reading.Unit is null ? unit is null ? string.Empty : " " + unit : " " + reading.Unit);
            suggestions.Add(new Suggestion(SuggestionKind.Stat, start, end, value, attributes, $"statistic {figure} ({reading.Qualifier}) as Stats.{group}.{key}", CanApply: true));
        }

        return suggestions;
    }

    private static List<Suggestion> Quotes(TextRegions regions, NameIndex names, HashSet<string> ids)
    {
        var suggestions = new List<Suggestion>();
        var text = regions.Text;
        var people = names.Find(text, regions.BodyStart).Where(match => match.Entities.Count == 1 && match.Entities[0].Kind == EntityKind.Person).ToList();
        foreach (Match match in Quoted.Matches(text, regions.BodyStart))
        {
            var group = match.Groups["text"];
            var start = group.Index;
            var end = group.Index + group.Length;
            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.' or ';' or ':'))
            {
                end--;
            }

            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (end - start < 2 || !regions.IsFree(start, end, SuggestionKind.Quote))
            {
                continue;
            }

            var sentenceStart = SentenceStart(text, match.Index, regions.BodyStart);
            var sentenceEnd = SentenceEnd(text, match.Index + match.Length);
            var after = text[(match.Index + match.Length)..sentenceEnd];
            var beforeText = text[sentenceStart..match.Index];
            var verb = ReportingVerb.Match(after);
            var verbAt = match.Index + match.Length + verb.Index;
            if (!verb.Success)
            {
                var verbs = ReportingVerb.Matches(beforeText);
                if (verbs.Count == 0)
                {
                    continue;
                }

                verb = verbs[^1];
                verbAt = sentenceStart + verb.Index;
            }

            // The speaker: the person named nearest the verb in the sentence, else (after "he", "she") the last person named before.
            var inSentence = people.Where(person => person.Start >= sentenceStart && person.End <= sentenceEnd && (person.End <= match.Index || person.Start >= match.Index + match.Length)).ToList();
            var speaker = inSentence.OrderBy(person => Math.Abs(person.Start - verbAt)).FirstOrDefault()?.Entities[0]
                ?? (Pronoun.IsMatch(after + beforeText) ? people.LastOrDefault(person => person.End <= match.Index)?.Entities[0] : null);
            var speakerKey = speaker?.Key ?? "Speaker";
            var words = Regex.Matches(text[start..end], @"[\p{L}][\p{L}'’]*").Select(word => word.Value.Replace("'", string.Empty).Replace("’", string.Empty)).ToList();
            var key = UniqueKey(KeyFromWords(words, 3, "Quote"), speakerKey, ids);
            var cue = verb.Value.Contains(' ') ? "\"" + Regex.Replace(verb.Value, @"\s+", " ") + "\"" : verb.Value;
            suggestions.Add(new Suggestion(
                SuggestionKind.Quote, start, end, text[start..end], $".quote #{speakerKey}.{key} cue={cue}",
                speaker is null ? "quote: name its speaker (#Speaker.Key)" : $"quote of {speaker.Name}? check the speaker", CanApply: false));
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

    /// <summary>Where the sentence around <paramref name="position"/> starts: after a sentence end, a blank line, or at most 300 characters back.</summary>
    private static int SentenceStart(string text, int position, int bodyStart)
    {
        for (var i = position - 1; i > bodyStart && position - i < 300; i--)
        {
            if (text[i] == '\n' && IsBlankBefore(text, i))
            {
                return i + 1;
            }

            if (text[i] is '.' or '!' or '?' && i + 2 < text.Length && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || text[i + 2] is '"' or '\u201C' or '['))
            {
                return i + 2;
            }
        }

        return Math.Max(bodyStart, position - 300);
    }

    /// <summary>Where the sentence that goes on at <paramref name="position"/> ends: a sentence end, a blank line, or 300 characters on.</summary>
    private static int SentenceEnd(string text, int position)
    {
        for (var i = position; i < text.Length && i - position < 300; i++)
        {
            if ((text[i] == '\n' && IsBlankAfter(text, i)) || (text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))))
            {
                return i;
            }
        }

        return Math.Min(text.Length, position + 300);
    }

    /// <summary>Whether the line break at <paramref name="i"/> follows a blank line.</summary>
    private static bool IsBlankBefore(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] is ' ' or '\t')
        {
            j--;
        }

        return j >= 0 && text[j] == '\n';
    }

    /// <summary>Whether the line after the line break at <paramref name="i"/> is blank.</summary>
    private static bool IsBlankAfter(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] is ' ' or '\t')
        {
            j++;
        }

        return j >= text.Length || text[j] == '\n';
    }

    private static string Class(EntityKind kind) => kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Organization => "Organizations",
        _ => "Places",
    };
}
