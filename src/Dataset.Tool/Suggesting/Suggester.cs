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

    /// <summary>Between two words of a name: spaces, or one line break (a blank line ends the paragraph).</summary>
    private const string Gap = @"(?:[ \t]+|[ \t]*\n[ \t]*)";

    private const string NumberWord = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    private static readonly Regex Number = new(
        @"(?<![\p{L}\p{N}_.,'’-])" +
        @"(?:(?:more\s+than|at\s+least|over|up\s+to|less\s+than|fewer\s+than|under|about|around|approximately|roughly|some|nearly|almost)\s+)?" +
        @"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|(?:" + NumberWord + @")(?:(?:-|\s+|\s+and\s+)(?:" + NumberWord + @"|hundred|thousand)(?![\p{L}]))*)" +
        @"(?:\s+(?:hundred|thousand|million|billion|trillion))?" +
        @"(?:\s*%|\s+percent|\s+per\s+cent)?" +
        @"(?![\p{L}\p{N}_]|[.,][0-9]|-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]*ieth)\b)",
        Options | RegexOptions.IgnoreCase);

    private static readonly Regex Month = new(
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*$",
        Options);

    private static readonly Regex MonthAfter = new(
        @"^\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
        Options);

    private static readonly Regex Quoted = new("(?:\"(?<text>[^\"]+?)\"|\u201C(?<text>[^\u201C\u201D]+?)\u201D)", Options);

    private static readonly Regex ReportingVerb = new(
        @"\b(?:said|says|say|told|tells|warned|added|asked|stated|declared|explained|insisted|noted|wrote|urged|argued|announced|replied|stressed|according\s+to)\b",
        Options | RegexOptions.IgnoreCase);

    private static readonly Regex Pronoun = new(@"\b(?:he|she|He|She)\b", Options);

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from", "as", "that", "than", "its", "their", "his", "her",
    };

    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal) { "years", "months", "weeks", "days", "hours", "minutes" };

    /// <summary>The suggestions for one article, in text order.</summary>
    public static IReadOnlyList<Suggestion> Suggest(ParsedArticle parse, string? group = null)
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
        var stats = Stats(regions, article, group ?? article.Id, ids, mentions);
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

    private static List<Suggestion> Stats(TextRegions regions, ArticleModel article, string group, HashSet<string> ids, List<Suggestion> mentions)
    {
        var suggestions = new List<Suggestion>();
        var text = regions.Text;
        foreach (Match match in Number.Matches(text, regions.BodyStart))
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            if (!regions.IsFree(start, end, SuggestionKind.Stat) || mentions.Any(mention => start < mention.End && mention.Start < end))
            {
                continue;
            }

            // A day of a month is a date, not a statistic; "one of", "the two delegations" count rather than state a figure.
            var before = text[Math.Max(regions.BodyStart, start - 12)..start];
            if (Month.IsMatch(before) || MonthAfter.IsMatch(text[end..Math.Min(text.Length, end + 12)]) || IsCountingWord(match.Value, text, start, end))
            {
                continue;
            }

            var reading = NumberReader.Read(match.Value);
            if (reading.Status != NumberReadingStatus.Read)
            {
                continue;
            }

            // The span an editor writes: the scale, currency or unit words after the number too ("2.4 mln dlrs", "14.6 pct"),
            // but not a count of people or a duration, which the number alone states ("36 people", "five years").
            var value = match.Value;
            foreach (var longer in Longer(text, end))
            {
                var extended = NumberReader.Read(text[start..longer]);
                if (extended.Status == NumberReadingStatus.Read && extended.Unit is not null and not "people" && !TimeUnits.Contains(extended.Unit) && regions.IsFree(start, longer, SuggestionKind.Stat)
                    && !mentions.Any(mention => start < mention.End && mention.Start < longer))
                {
                    (reading, end, value) = (extended, longer, text[start..longer]);
                    break;
                }
            }

            var next = NextWords(text, end, 3);
            var isYear = Regex.IsMatch(match.Value, "^(1[89][0-9]{2}|20[0-9]{2})$");
            var unit = reading.Unit is null ? isYear ? "year" : next.Count > 0 && TimeUnits.Contains(next[0]) ? next[0] : null : null;
            var key = UniqueKey(isYear ? "Year" + match.Value : KeyFromWords(next, 2, "Number"), group, ids);
            var attributes = ".stat #" + group + "." + key + (unit is null ? string.Empty : " unit=" + unit);
            var figure = reading.Value.ToString(CultureInfo.InvariantCulture) + (reading.Unit is null ? unit is null ? string.Empty : " " + unit : " " + reading.Unit);
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

    /// <summary>
    /// Number words that count things rather than state a figure: "no one", "one of", "the two delegations", "these three
    /// men" (a number written in digits is a figure even after "the": "the 240,000 deaths").
    /// </summary>
    private static bool IsCountingWord(string value, string text, int start, int end)
    {
        if (!char.IsLetter(value[0]))
        {
            return false;
        }

        var previous = Regex.Match(text[Math.Max(0, start - 12)..start], @"([\p{L}]+)\s+$");
        var before = previous.Success ? previous.Groups[1].Value.ToLowerInvariant() : string.Empty;
        if (before is "the" or "these" or "those" or "all" or "every")
        {
            return true;
        }

        if (!value.Equals("one", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var next = NextWords(text, end, 1);
        return (next.Count > 0 && next[0] is "of" or "another" or "day") || before is "no" or "any" or "each" or "some" or "this" or "that" or "which";
    }

    /// <summary>Where the next one to four words after <paramref name="position"/> end, the farthest first (on one line).</summary>
    private static IEnumerable<int> Longer(string text, int position)
    {
        var ends = new List<int>();
        foreach (Match word in Regex.Matches(text[position..Math.Min(text.Length, position + 60)], @"\G[ \t]+[\p{L}$%/]+(?:\.\p{L}\.)?"))
        {
            ends.Add(position + word.Index + word.Length);
            if (ends.Count == 4)
            {
                break;
            }
        }

        ends.Reverse();
        return ends;
    }

    /// <summary>Up to <paramref name="count"/> words after <paramref name="position"/> in the same sentence (a hyphen joins, as in "four-year-long").</summary>
    private static List<string> NextWords(string text, int position, int count)
    {
        var words = new List<string>();
        foreach (Match word in Regex.Matches(text[position..Math.Min(text.Length, position + 80)], @"\G[\s\-]*([\p{L}]+)"))
        {
            words.Add(word.Groups[1].Value);
            if (words.Count == count)
            {
                break;
            }
        }

        return words;
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
