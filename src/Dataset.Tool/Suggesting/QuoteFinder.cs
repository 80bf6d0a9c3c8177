using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Dataset.Generator.Model;

namespace Dataset.Tool.Suggesting;

/// <summary>
/// A quoted passage with its attribution: the reporting verb (<see cref="Cue"/>), the speaker when one declared person
/// is meant (<see cref="Speaker"/>), else the people it may be (<see cref="Candidates"/>) and why it is left open.
/// </summary>
internal sealed record QuoteSpan(int Start, int End, string Cue, EntityModel? Speaker, IReadOnlyList<EntityModel> Candidates, string? Open);

/// <summary>
/// Finds the direct quotes of an article's text in the shapes of wire copy and resolves their speaker:
/// <list type="bullet">
/// <item>the verb after the quote, before or after the speaker (<c>"...," Halvorsen said</c>, <c>"...," said Ann Ruiz of
/// Bellmark Ltd</c>), or before it, with or without a colon (<c>he said: "..."</c>, <c>she told Reuters "..."</c>),
/// <c>was quoted by ... as saying</c>, <c>according to</c>;</item>
/// <item>a partial quote inside a sentence (<c>he said the plan would "hurt our exporters badly"</c>), when it is three
/// words or more, or follows its verb (a short one after <c>so-called</c> or without a verb is a term, not a quote);</item>
/// <item>a quote that goes on in the same sentence after its attribution (<c>"...," he said, "..."</c>), in the next
/// sentence or over paragraphs (a paragraph that opens a quote it does not close, the next one opening it again);</item>
/// <item>the speaker: the declared person named in the attribution; for <c>he</c> or <c>she</c> the nearest person named
/// before whom the text does not call the other sex (<c>Mrs</c>, <c>Mr</c>, a role such as <c>spokeswoman</c>); for a title (<c>the minister</c>, <c>a company spokesman</c>) the declared person whose name or role holds
/// that word, else the nearest person named before with it (<c>Exco Chairman Richard Lacy</c>). A document (<c>the
/// report notes</c>) or a title no declared person holds is left to the editor with the candidates named; an
/// organization (<c>the company said</c>, <c>they said</c>) is no speaker, so its words are not proposed.</item>
/// </list>
/// </summary>
internal static class QuoteFinder
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly Regex ReportingVerb = new(
        @"(?<![\p{L}])(?:(?:was|were)\s+quoted\s+(?:by\s+[^""“”.]{1,60}?\s+)?as\s+saying|according\s+to|said|says|say|told|tells|added|adds|warned|warns|asked|stated|states|declared|explained|insisted|noted|notes|wrote|writes|urged|argued|announced|replied|stressed|commented|continued|concluded|recalled|acknowledged|conceded|predicted|observed|cautioned|complained)(?![\p{L}])",
        Options | RegexOptions.IgnoreCase);

    private static readonly Regex Word = new(@"[\p{L}][\p{L}'’.-]*", Options);

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "He", "She" };

    /// <summary>Subjects that are an organization or a group: its words are no person's quote.</summary>
    private static readonly HashSet<string> GroupWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "they", "we", "company", "companies", "firm", "firms", "group", "groups", "bank", "banks", "government", "ministry", "agency",
        "board", "union", "party", "court", "department", "corporation", "partners", "sources", "analysts", "officials", "executives",
    };

    /// <summary>Documents that are quoted: the editor declares who speaks for them, or leaves them.</summary>
    private static readonly HashSet<string> DocumentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "report", "statement", "study", "letter", "document", "filing", "memo", "survey", "release", "communique", "paper", "ruling", "order", "notice", "prospectus", "text",
    };

    /// <summary>Words between a subject and its verb, or before a title, that are not the subject.</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "also", "later", "then", "further", "again", "once", "recently", "has", "had", "have", "was", "is", "were", "been", "and", "but", "yet",
    };

    public static List<QuoteSpan> Find(TextRegions regions, NameIndex names)
    {
        var text = regions.Text;
        var matches = names.Find(text, regions.BodyStart).ToList();
        var people = matches.Where(match => match.Entities.Count == 1 && match.Entities[0].Kind == EntityKind.Person).ToList();
        var organizations = matches.Where(match => match.Entities.All(entity => entity.Kind != EntityKind.Person)).ToList();
        var persons = names.People; // declared, for titles the text never names ("a company spokesman")
        var found = new List<QuoteSpan>();
        QuoteSpan? previous = null;
        var previousOpen = false;
        foreach (var (paragraphStart, paragraphEnd) in Paragraphs(text, regions.BodyStart))
        {
            var continuing = previousOpen && paragraphStart < text.Length && text[paragraphStart] is '"' or '\u201C';
            previousOpen = false;
            foreach (var (open, close) in Passages(text, paragraphStart, paragraphEnd))
            {
                var (start, end) = Trim(text, open + 1, close);
                if (end - start < 2 || !regions.IsFree(start, end, SuggestionKind.Quote))
                {
                    continuing = false;
                    continue;
                }

                var unclosed = close == paragraphEnd;
                var quote = Attribute(text, regions.BodyStart, open, Math.Min(close + 1, paragraphEnd), start, end, people, organizations, persons);
                if (quote is null && (continuing || (previous is not null && IsNextSentence(text, previous.End, open))))
                {
                    quote = previous! with { Start = start, End = end };
                }

                continuing = false;
                if (quote is { Open: "organization" } or null)
                {
                    previous = null;
                    continue;
                }

                found.Add(quote);
                previous = quote;
                previousOpen = unclosed;
            }
        }

        return found;
    }

    private static QuoteSpan? Attribute(string text, int bodyStart, int open, int close, int start, int end, List<NameMatch> people, List<NameMatch> organizations, IReadOnlyList<EntityModel> persons)
    {
        var sentenceStart = SentenceStart(text, open, bodyStart);
        // A quote that ends its own sentence ("We will sell it.") ends the sentence there.
        var sentenceEnd = close > start && close - 1 > end && text[end..(close - 1)].IndexOfAny(['.', '!', '?']) >= 0 ? close : SentenceEnd(text, close);
        var after = text[close..sentenceEnd];
        var before = text[sentenceStart..open];
        var words = Word.Matches(text[start..end]).Count;

        // The verb after the quote when the quote hands over to it ("...," he said) or nothing before has one; else the last verb before.
        var verb = ReportingVerb.Match(after);
        var nextQuote = after.IndexOfAny(['"', '\u201C']);
        var verbsBefore = ReportingVerb.Matches(before);
        var handsOver = text[Math.Max(start, close - 2)..close].Contains(',', StringComparison.Ordinal);
        var verbAfter = verb.Success && (nextQuote < 0 || verb.Index < nextQuote) && Word.Matches(after[..verb.Index]).Count <= 6 && (handsOver || verbsBefore.Count == 0);
        string subject;
        int verbAt;
        if (verbAfter)
        {
            if (words < 3 && !handsOver)
            {
                return null; // a term in quotation marks in a sentence attributed after: "bridge" financing, Hutton said
            }

            verbAt = close + verb.Index;
            var between = after[..verb.Index];
            subject = Word.IsMatch(between) ? between : After(text, verbAt + verb.Length, sentenceEnd);
        }
        else
        {
            if (verbsBefore.Count == 0 || (words < 3 && Regex.IsMatch(before, @"(?:so-called|called|the|a|an)\s*$", RegexOptions.IgnoreCase)))
            {
                return null;
            }

            verb = verbsBefore[^1];
            verbAt = sentenceStart + verb.Index;
            var clause = before[..verb.Index];
            var boundary = Math.Max(clause.LastIndexOf(',') + 1, clause.LastIndexOf(';') + 1);
            subject = verb.Value.StartsWith("according", StringComparison.OrdinalIgnoreCase) ? After(text, verbAt + verb.Length, open) : clause[boundary..];
        }

        var cue = Regex.Replace(verb.Value, @"\s+", " ");
        if (cue.Contains("quoted", StringComparison.OrdinalIgnoreCase))
        {
            cue = "quoted as saying";
        }

        return Resolve(text, sentenceStart, sentenceEnd, open, verbAt, subject, people, organizations, persons, start, end, cue);
    }

    private static QuoteSpan Resolve(
        string text, int sentenceStart, int sentenceEnd, int open, int verbAt, string subject, List<NameMatch> people, List<NameMatch> organizations, IReadOnlyList<EntityModel> persons, int start, int end, string cue)
    {
        var subjectStart = text.IndexOf(subject, Math.Max(sentenceStart, Math.Min(verbAt, open) - subject.Length - 200), StringComparison.Ordinal);
        var subjectEnd = subjectStart + subject.Length;
        var outside = people.Where(person => (person.End <= open || person.Start >= end) && person.Start >= sentenceStart && person.End <= sentenceEnd).ToList();
        var before = people.Where(person => person.End <= open).ToList();
        var candidates = before.Select(person => person.Entities[0]).Reverse().DistinctBy(person => person.Key).Take(3).ToList();

        // A person named in the subject.
        if (subjectStart >= 0 && outside.FirstOrDefault(person => person.Start >= subjectStart && person.End <= subjectEnd) is { } named)
        {
            return new QuoteSpan(start, end, cue, named.Entities[0], [], null);
        }

        var subjectWords = Word.Matches(subject).Select(word => word.Value.TrimEnd('.')).Where(word => !Fillers.Contains(word)).ToList();
        if (subjectWords.Count > 0 && subjectWords.Count <= 5)
        {
            var head = subjectWords.FirstOrDefault(Pronouns.Contains) ?? Head(subjectWords);
            if (Pronouns.Contains(head))
            {
                // The nearest person named shortly before whom the text calls of that sex ("Mrs", "Mr", "spokeswoman"), else the
                // nearest person named before whom it does not call the other sex.
                var female = head.Equals("she", StringComparison.OrdinalIgnoreCase);
                var meant = before.LastOrDefault(person => person.End >= open - 400 && Sex(text, people, person.Entities[0]) == female)
                    ?? before.LastOrDefault(person => Sex(text, people, person.Entities[0]) != !female);
                return meant is not null
                    ? new QuoteSpan(start, end, cue, meant.Entities[0], candidates, null)
                    : new QuoteSpan(start, end, cue, null, candidates, $"'{head}' names no person before");
            }

            if (GroupWords.Contains(head) || NameIndex.IsLegalForm(subjectWords[^1]) || organizations.Any(organization => organization.Start >= subjectStart && organization.End <= subjectEnd && HasWord(text[organization.Start..organization.End], head)))
            {
                // An organization or a group speaks; the format wants a person.
                return new QuoteSpan(start, end, cue, null, [], "organization");
            }

            // A title: the declared person whose name or role holds it, else the nearest person named before with it.
            var holders = persons.Where(person => HasWord(person.Name, head) || (person.Role is { } role && HasWord(role, head))).DistinctBy(person => person.Key).ToList();
            if (holders.Count == 1)
            {
                return new QuoteSpan(start, end, cue, holders[0], [], null);
            }

            var titled = before.LastOrDefault(person => HasWord(text[Math.Max(0, person.Start - 40)..Math.Min(text.Length, person.End + 40)], head));
            if (titled is not null && holders.Count == 0 && char.IsLower(head[0]))
            {
                return new QuoteSpan(start, end, cue, titled.Entities[0], [], null);
            }

            var what = DocumentWords.Contains(head) ? $"a document ('{head}') speaks: declare who speaks for it"
                : holders.Count > 1 ? $"'{head}' names more than one declared person: choose one"
                : $"'{head}' is no declared person: declare them";
            return new QuoteSpan(start, end, cue, null, holders.Count > 0 ? holders : candidates, what);
        }

        // Else the person named nearest the verb in the sentence, before it first (the subject's place).
        var nearest = outside.Where(person => person.End <= verbAt).LastOrDefault() ?? outside.OrderBy(person => Math.Abs(person.Start - verbAt)).FirstOrDefault();
        return nearest is not null
            ? new QuoteSpan(start, end, cue, nearest.Entities[0], [], null)
            : new QuoteSpan(start, end, cue, null, candidates, "name its speaker");
    }

    /// <summary>
    /// Whether the text calls <paramref name="person"/> a woman (true) or a man (false): an honorific before a mention
    /// ("Mrs", "Ms", "Miss", "Mr", "Sir") or a declared role ("spokeswoman", "chairman"); null when it does not say.
    /// </summary>
    private static bool? Sex(string text, List<NameMatch> people, EntityModel person)
    {
        if (person.Role is { } role && Regex.Match(role, @"(?<![\p{L}])(?:chair|spokes|business|congress|council|sales|police|anchor)?(wo)?m[ae]n(?![\p{L}])", RegexOptions.IgnoreCase) is { Success: true } titled)
        {
            return titled.Groups[1].Success;
        }

        foreach (var mention in people.Where(match => match.Entities[0].Key == person.Key))
        {
            var honorific = Regex.Match(text[Math.Max(0, mention.Start - 6)..mention.Start], @"(?<![\p{L}])(Mrs|Ms|Miss|Mme|Madame|Lady|Mr|Sir)\.?\s+$");
            if (honorific.Success)
            {
                return honorific.Groups[1].Value is not ("Mr" or "Sir");
            }
        }

        return null;
    }

    /// <summary>The subject's head: its last word before "of", "for", "at", "who" or "in" ("a spokesman for the company": spokesman).</summary>
    private static string Head(List<string> words)
    {
        var cut = words.FindIndex(word => word is "of" or "for" or "at" or "who" or "in" or "with" or "from");
        return cut > 0 ? words[cut - 1] : words[^1];
    }

    private static bool HasWord(string text, string word) =>
        Regex.IsMatch(text, @"(?<![\p{L}])" + Regex.Escape(word) + @"(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The words after a verb that comes first ("said Ann Ruiz of Bellmark"), up to a comma or the sentence's end.</summary>
    private static string After(string text, int from, int to)
    {
        var part = text[from..Math.Max(from, to)];
        var comma = part.IndexOfAny([',', ';', '"', '\u201C']);
        return comma >= 0 ? part[..comma] : part;
    }

    private static bool IsNextSentence(string text, int previousEnd, int open)
    {
        if (open < previousEnd)
        {
            return false;
        }

        // Only an attribution or nothing between, and the quote opens a sentence or follows a comma: "...," he said. "..." or "...," he said, "..."
        var lead = text[previousEnd..open].TrimEnd();
        if (lead.Length > 0 && lead[^1] is not ('.' or ',' or ':' or '!' or '?' or '"' or '\u201D'))
        {
            return false;
        }

        var between = text[previousEnd..open];
        return between.Length < 120 && !between.Contains("\n\n", StringComparison.Ordinal) && (ReportingVerb.IsMatch(between) || between.Trim().Trim('"', '\u201D', ',', '.').Length == 0);
    }

    /// <summary>The body's paragraphs: runs of lines between blank lines.</summary>
    private static IEnumerable<(int Start, int End)> Paragraphs(string text, int from)
    {
        var start = from;
        while (start < text.Length)
        {
            while (start < text.Length && text[start] is '\n' or ' ' or '\t')
            {
                start++;
            }

            if (start >= text.Length)
            {
                yield break;
            }

            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end;
            yield return (start, end);
            start = end;
        }
    }

    /// <summary>The quotation marks' pairs in a paragraph; an opening left unclosed runs to the paragraph's end.</summary>
    private static IEnumerable<(int Open, int Close)> Passages(string text, int start, int end)
    {
        var open = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (open < 0 && (c == '\u201C' || (c == '"' && (i == start || !char.IsLetterOrDigit(text[i - 1])))))
            {
                open = i;
            }
            else if (open >= 0 && (c == '\u201D' || c == '"'))
            {
                yield return (open, i);
                open = -1;
            }
        }

        if (open >= 0)
        {
            yield return (open, end);
        }
    }

    /// <summary>The quote's words: no spaces at either end, no trailing comma or full stop.</summary>
    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.' or ';' or ':'))
        {
            end--;
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return (start, end);
    }

    /// <summary>Where the sentence around <paramref name="position"/> starts: after a sentence end, a blank line, or at most 300 characters back.</summary>
    private static int SentenceStart(string text, int position, int bodyStart)
    {
        for (var i = position - 1; i > bodyStart && position - i < 300; i--)
        {
            if (text[i] == '\n' && i > 0 && text[i - 1] == '\n')
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
            if ((text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n') || (text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))))
            {
                return i;
            }
        }

        return Math.Min(text.Length, position + 300);
    }
}
