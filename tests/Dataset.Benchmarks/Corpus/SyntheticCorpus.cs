using System.Globalization;
using System.Text;
using Dataset.Benchmarks.FirstAccess;

namespace Dataset.Benchmarks.Corpus;

/// <summary>One synthetic article: its file name, its Markdown text, and the same data as the JSON model.</summary>
public sealed record SyntheticArticle(string FileName, string Text, JsonArticle Data);

/// <summary>
/// How dense a synthetic article is. <see cref="Light"/> is the benchmarks' corpus since issue 5 (4 quotes, 5
/// statistics, 7 mentions, 8 paragraphs, statistic groups shared across articles); <see cref="Dense"/> has the seed
/// article's density (8 quotes, 8 statistics, 16 mentions, 16 paragraphs, a statistic group of its own per article),
/// which costs the compiler about twice as many members and one class per article.
/// </summary>
public sealed record CorpusShape(string Name, int Quotes, int StatSentences, int MentionSentences, int Paragraphs, int People, int Organizations, int Places, bool GroupPerArticle)
{
    public static readonly CorpusShape Light = new("light", Quotes: 4, StatSentences: 4, MentionSentences: 2, Paragraphs: 8, People: 4, Organizations: 2, Places: 3, GroupPerArticle: false);

    public static readonly CorpusShape Dense = new("dense", Quotes: 8, StatSentences: 7, MentionSentences: 6, Paragraphs: 16, People: 6, Organizations: 3, Places: 4, GroupPerArticle: true);

    /// <summary>The shape named <paramref name="name"/> (<c>light</c> or <c>dense</c>).</summary>
    public static CorpusShape Parse(string name) => name.ToLowerInvariant() switch
    {
        "light" => Light,
        "dense" => Dense,
        _ => throw new ArgumentException($"unknown corpus shape '{name}': light or dense"),
    };
}

/// <summary>
/// Writes N realistic annotated articles, deterministic for a seed. In the light shape (the default): about 4 KB each,
/// about 15 annotations each (4 quotes, 5 statistics written with digits, separators, decimals, scale words, number
/// words, qualifiers and percentages, 7 mentions; two of the quotes hold a nested mention or statistic); in the dense
/// shape (<see cref="CorpusShape.Dense"/>) about 8 KB and 32 annotations, the seed article's density. People, organizations and places
/// come from shared pools with a skewed pick, so popular people are declared and quoted in many articles and the
/// generator's cross-file entity merging is exercised. Statistic groups are shared too (partial classes across files),
/// except in the dense shape, where each article has a group of its own.
/// Every article is valid: the generator reports no diagnostic for any N.
/// </summary>
public static class SyntheticCorpus
{
    public const int DefaultSeed = 20150930;

    private static readonly string[] FirstNames =
    [
        "John", "Sergei", "Maria", "Ahmed", "Li", "Fatima", "Pierre", "Anna", "Carlos", "Yuki", "Olga", "David", "Amina", "Hans",
        "Sofia", "Omar", "Elena", "James", "Priya", "Mehmet", "Laura", "Ivan", "Chen", "Nadia", "Paulo", "Ingrid", "Kofi",
        "Hiroshi", "Leila", "Marco", "Sarah", "Dmitri", "Aisha", "Jonas", "Rosa", "Tariq", "Helen", "Viktor", "Mei", "Samuel",
    ];

    private static readonly string[] LastNames =
    [
        "Kerry", "Lavrov", "Haddad", "Novak", "Moreau", "Tanaka", "Silva", "Petrov", "Khoury", "Schmidt", "Okafor", "Rossi",
        "Nakamura", "Costa", "Ivanova", "Hassan", "Muller", "Garcia", "Kowalski", "Yilmaz", "Andersen", "Dubois", "Sato", "Mensah",
        "Romano", "Volkov", "Farouk", "Lindqvist", "Alvarez", "Osei", "Bauer", "Kim", "Nguyen", "Popescu", "Haddadi", "Larsen",
        "Mbeki", "Fischer", "Castillo", "Abbas", "Horvat", "Janssen", "Quinn", "Reyes", "Sokolov", "Tembo", "Varga", "Weber",
        "Zhou", "Brennan",
    ];

    private static readonly string[] Roles =
    [
        "Foreign Minister", "Defense Secretary", "UN envoy", "spokesman for the ministry", "opposition leader", "army chief of staff",
        "senior analyst", "Prime Minister", "head of the aid agency", "regional governor", "President", "central bank governor",
    ];

    private static readonly string[] OrganizationStems =
    [
        "United Nations", "Red Cross", "World Bank", "NATO", "European Union", "African Union", "Levada Centre", "Amnesty International",
        "Human Rights Watch", "World Food Programme", "Arab League", "OPEC", "Interpol", "IMF", "UNICEF", "WHO",
    ];

    private static readonly string[] OrganizationKinds = ["", "Council", "Commission", "Institute", "Office", "Agency", "Mission", "Secretariat", "Forum"];

    private static readonly string[] PlaceStems =
    [
        "Moscow", "Washington", "Damascus", "Homs", "Aleppo", "Baghdad", "Kabul", "Geneva", "Vienna", "Cairo", "Beirut", "Ankara",
        "Tehran", "Kiev", "Crimea", "Donetsk", "Tripoli", "Sanaa", "Mosul", "Raqqa", "Idlib", "Latakia", "Amman", "Riyadh", "Doha",
    ];

    private static readonly string[] PlacePrefixes = ["", "North", "South", "East", "West", "Central", "Upper", "Lower"];

    private static readonly string[] Topics =
    [
        "ceasefire talks", "budget vote", "refugee crisis", "air strikes", "trade deal", "election result", "aid convoy", "peace plan",
        "sanctions", "border clashes", "oil prices", "drought", "vaccine rollout", "bank rescue", "port blockade", "prisoner swap",
    ];

    private static readonly string[] QuoteKeys =
    [
        "Warning", "Pledge", "Denial", "Appeal", "Demand", "Promise", "Rejection", "Concern", "Outlook", "Criticism", "Defence",
        "Assessment", "Regret", "Praise", "Threat", "Offer",
    ];

    private static readonly string[] StatGroups =
    [
        "Casualties", "Displacement", "Budget", "Polls", "Aid", "Trade", "Troops", "Prices", "Elections", "Health", "Energy",
        "Refugees", "Strikes", "Economy", "Prisoners", "Harvest", "Shipping", "Debt", "Turnout", "Detentions",
    ];

    private static readonly string[] Measures =
    [
        "Deaths", "Injured", "Displaced", "Sorties", "Villages", "Tonnes", "Share", "Vote", "Cost", "Growth", "Convoys", "Arrests",
        "Soldiers", "Barrels", "Doses", "Trucks",
    ];

    private static readonly string[] QuoteTexts =
    [
        "We agreed on the imperative of holding talks as soon as possible, perhaps even as soon as tomorrow",
        "There is no military solution to this conflict and everyone at this table knows it",
        "The convoy was stopped at the last checkpoint and turned back without any explanation",
        "We will not accept any agreement that leaves our people without protection",
        "It does appear they were in areas where there were probably no militant forces at all",
        "Our priority is to get food and medicine to the families who have waited for months",
        "This is a grave concern for all of us and it must be investigated without delay",
        "The figures we have seen this week are worse than anything we expected in the spring",
        "Nobody should be under any illusion about what happens if these talks fail",
        "We are ready to compromise for the sake of the country and its people",
    ];

    private static readonly string[] Cues = ["said", "told reporters", "warned", "told AFP", "added", "insisted"];

    private static readonly string[] Filler =
    [
        "Officials expressed alarm after the first reports reached the capital late on Tuesday.",
        "The announcement came after weeks of closed-door negotiations between the two delegations.",
        "Diplomats said the proposals would be discussed again at a meeting later this month.",
        "Analysts warned that the narrow agreement could not disguise the deep divisions that remain.",
        "The government has repeatedly denied the accusations, calling them politically motivated.",
        "Residents described long queues outside bakeries and petrol stations across the region.",
        "The talks were held on the sidelines of the annual summit, away from the cameras.",
        "Both sides presented the operation as a response to the attacks earlier in the year.",
        "Critics said the plan lacked detail on how it would be funded or enforced.",
        "Observers on the ground were unable to confirm the figures independently.",
        "The statement did not say when the next round of negotiations would take place.",
        "Markets reacted calmly to the news, with prices little changed by the close.",
    ];

    private static readonly string[] NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] TensWords = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly Pool People = new(600, PersonName, PersonRole);
    private static readonly Pool Organizations = new(140, OrganizationName, _ => null);
    private static readonly Pool Places = new(200, PlaceName, _ => null);

    /// <summary><paramref name="count"/> articles, the same for the same seed.</summary>
    public static IReadOnlyList<SyntheticArticle> Create(int count, int seed = DefaultSeed) => Create(count, CorpusShape.Light, seed);

    /// <summary><paramref name="count"/> articles of <paramref name="shape"/>, the same for the same seed.</summary>
    public static IReadOnlyList<SyntheticArticle> Create(int count, CorpusShape shape, int seed = DefaultSeed)
    {
        var articles = new List<SyntheticArticle>(count);
        for (var i = 0; i < count; i++)
        {
            // One random stream per article: article i is the same whatever the count, so a corpus of 100 is the
            // start of the corpus of 10,000.
            articles.Add(new ArticleBuilder(new Random(unchecked(seed * 31 + i)), i, shape).Build());
        }

        return articles;
    }

    /// <summary>Writes the articles under <paramref name="directory"/> (UTF-8, LF line endings).</summary>
    public static void Write(IEnumerable<SyntheticArticle> articles, string directory)
    {
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var article in articles)
        {
            File.WriteAllText(Path.Combine(directory, article.FileName), article.Text, utf8);
        }
    }

    private static string PersonName(int index)
    {
        // Distinct (first, last) pairs: index in [0, 600) maps to a spread of the 40 x 50 combinations.
        var combination = (int)((index * 1_931L) % (FirstNames.Length * LastNames.Length));
        return FirstNames[combination % FirstNames.Length] + " " + LastNames[combination / FirstNames.Length];
    }

    private static string? PersonRole(int index) => index % 5 == 4 ? null : Roles[index % Roles.Length];

    private static string OrganizationName(int index)
    {
        var stem = OrganizationStems[index % OrganizationStems.Length];
        var kind = OrganizationKinds[index / OrganizationStems.Length % OrganizationKinds.Length];
        return kind.Length == 0 ? stem : stem + " " + kind;
    }

    private static string PlaceName(int index)
    {
        var stem = PlaceStems[index % PlaceStems.Length];
        var prefix = PlacePrefixes[index / PlaceStems.Length % PlacePrefixes.Length];
        return prefix.Length == 0 ? stem : prefix + " " + stem;
    }

    /// <summary>A C# identifier from a name: its letters and digits, each word capitalized.</summary>
    private static string Key(string name)
    {
        var builder = new StringBuilder();
        foreach (var word in name.Split(' ', '-', '.'))
        {
            var letters = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (letters.Length > 0)
            {
                builder.Append(char.ToUpperInvariant(letters[0])).Append(letters, 1, letters.Length - 1);
            }
        }

        return builder.ToString();
    }

    /// <summary>A pool of entities; entity i always has the same key, name and role.</summary>
    private sealed class Pool(int size, Func<int, string> name, Func<int, string?> role)
    {
        public int Size => size;

        public JsonEntity this[int index] => new(Key(name(index)), name(index), role(index));

        /// <summary>A skewed pick: low indexes (the well-known people and places) come up far more often.</summary>
        public int Pick(Random random) => (int)(size * Math.Pow(random.NextDouble(), 2.5));
    }

    private readonly record struct Segment(string Source, string Plain);

    private sealed class ArticleBuilder(Random random, int index, CorpusShape shape)
    {
        private readonly List<JsonQuote> _quotes = [];
        private readonly List<JsonStat> _stats = [];
        private readonly List<JsonMention> _mentions = [];
        private readonly List<JsonEntity> _people = [];
        private readonly List<JsonEntity> _organizations = [];
        private readonly List<JsonEntity> _places = [];
        private readonly HashSet<string> _usedQuoteKeys = [];
        private readonly HashSet<string> _usedMeasures = [];
        private int _paragraph;
        private string? _group;

        public SyntheticArticle Build()
        {
            var topic = Topics[random.Next(Topics.Length)];
            Declare(People, _people, shape.People);
            Declare(Organizations, _organizations, shape.Organizations);
            Declare(Places, _places, shape.Places);
            var dateline = _places[0].Name.ToUpperInvariant();
            var published = new DateTime(2010, 1, 1).AddDays(random.Next(5_000));
            var title = $"{Capitalize(topic)} in {_places[0].Name} as {_people[0].Name} meets {_organizations[0].Name}";
            var fileName = $"article-{index:D5}-{topic.Replace(' ', '-')}.md";

            // Light: 8 paragraphs; 4 quotes, 5 statistics, 7 mentions = 16 annotations. Dense: 16 paragraphs; 8 quotes, 8
            // statistics, 16 mentions = 32.
            var plan = new List<List<Func<Segment>>>();
            for (var p = 0; p < shape.Paragraphs; p++)
            {
                plan.Add([]);
            }

            // Quotes in the even paragraphs (of every four, the first with a nested mention, the third with a nested
            // statistic, each with a mention of its speaker); statistics in the odd ones; the other mentions spread over
            // the paragraphs from the second on, two paragraphs apart.
            NestedKind[] nesting = [NestedKind.Mention, NestedKind.None, NestedKind.Stat, NestedKind.None];
            for (var q = 0; q < shape.Quotes; q++)
            {
                var nested = nesting[q % nesting.Length];
                plan[1 + (q * 2)].Add(() => QuoteSentence(nested));
            }

            for (var s = 0; s < shape.StatSentences; s++)
            {
                plan[s * 2].Add(StatSentence);
            }

            for (var m = 0; m < shape.MentionSentences; m++)
            {
                plan[(1 + (m * 3)) % shape.Paragraphs].Add(MentionSentence);
            }

            var body = new StringBuilder();
            var paragraphs = new List<string>();
            for (_paragraph = 1; _paragraph <= plan.Count; _paragraph++)
            {
                var segments = new List<Segment>();
                foreach (var make in plan[_paragraph - 1])
                {
                    segments.Add(make());
                }

                // Filler until the paragraph is about 380 characters, in a seeded order.
                var fillers = new HashSet<string>();
                while (segments.Sum(segment => segment.Source.Length + 1) < 380)
                {
                    var filler = Filler[random.Next(Filler.Length)];
                    if (fillers.Add(filler))
                    {
                        segments.Insert(random.Next(segments.Count + 1), Plain(filler));
                    }
                }

                body.Append(string.Join(" ", segments.Select(segment => segment.Source))).Append("\n\n");
                paragraphs.Add(string.Join(" ", segments.Select(segment => segment.Plain)));
            }

            var front = new StringBuilder();
            front.Append("---\n");
            front.Append("title: ").Append(title).Append('\n');
            front.Append("source: Agence France-Presse\n");
            front.Append("dateline: ").Append(dateline).Append('\n');
            front.Append("published: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            Section(front, "people", _people);
            Section(front, "organizations", _organizations);
            Section(front, "places", _places);
            front.Append("---\n\n");

            var text = front.Append(body.ToString().TrimEnd('\n')).Append('\n').ToString();
            var id = Key(Path.GetFileNameWithoutExtension(fileName));
            var data = new JsonArticle(
                id, title, "Agence France-Presse", dateline, published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                paragraphs, [.. _people], [.. _organizations], [.. _places], _quotes, _stats, _mentions);
            return new SyntheticArticle(fileName, text, data);
        }

        private void Declare(Pool pool, List<JsonEntity> into, int count)
        {
            var seen = new HashSet<int>();
            while (into.Count < count)
            {
                var pick = pool.Pick(random);
                if (seen.Add(pick))
                {
                    into.Add(pool[pick]);
                }
            }
        }

        private static void Section(StringBuilder front, string name, List<JsonEntity> entities)
        {
            front.Append(name).Append(":\n");
            foreach (var entity in entities)
            {
                front.Append("  ").Append(entity.Key).Append(": { name: ").Append(entity.Name);
                if (entity.Role is not null)
                {
                    front.Append(", role: ").Append(entity.Role);
                }

                front.Append(" }\n");
            }
        }

        private enum NestedKind
        {
            None,
            Mention,
            Stat,
        }

        private Segment QuoteSentence(NestedKind nested)
        {
            var speaker = _people[random.Next(_people.Count)];
            string key;
            do
            {
                key = QuoteKeys[random.Next(QuoteKeys.Length)];
            }
            while (!_usedQuoteKeys.Add(key));

            key += index.ToString(CultureInfo.InvariantCulture);
            var words = QuoteTexts[random.Next(QuoteTexts.Length)];
            var inner = new List<Segment> { Plain(words) };
            var quoteIndex = _quotes.Count;
            _quotes.Add(null!);
            if (nested == NestedKind.Mention)
            {
                inner.Add(Plain("in"));
                inner.Add(Mention(_places, "place", EntityKindName.Place));
            }
            else if (nested == NestedKind.Stat)
            {
                inner.Add(Plain("after"));
                inner.Add(Stat());
                inner.Add(Plain("were reported"));
            }

            var cue = Cues[random.Next(Cues.Length)];
            var plain = string.Join(" ", inner.Select(segment => segment.Plain));
            _quotes[quoteIndex] = new JsonQuote(speaker.Key, key, plain, cue, _paragraph);
            var cueAttribute = cue.Contains(' ') ? $"cue=\"{cue}\"" : "cue=" + cue;
            var span = $"[{string.Join(" ", inner.Select(segment => segment.Source))}]{{.quote #{speaker.Key}.{key} {cueAttribute}}}";
            var who = Mention(_people, "person", EntityKindName.Person, speaker);
            return new Segment($"\"{span},\" {who.Source} {cue}.", $"\"{plain},\" {who.Plain} {cue}.");
        }

        private Segment StatSentence()
        {
            var stat = Stat();
            var lead = random.Next(3) switch
            {
                0 => "According to officials,",
                1 => "Figures released on Monday showed",
                _ => "The ministry said",
            };
            return new Segment($"{lead} {stat.Source} in the latest count.", $"{lead} {stat.Plain} in the latest count.");
        }

        private Segment MentionSentence()
        {
            var roll = random.Next(3);
            var mention = roll switch
            {
                0 => Mention(_people, "person", EntityKindName.Person),
                1 => Mention(_organizations, "org", EntityKindName.Organization),
                _ => Mention(_places, "place", EntityKindName.Place),
            };
            var sentence = roll switch
            {
                0 => ("{0} spoke to reporters after the meeting."),
                1 => ("A statement from the {0} urged restraint."),
                _ => ("Fighting was reported again near {0}."),
            };
            return new Segment(string.Format(CultureInfo.InvariantCulture, sentence, mention.Source), string.Format(CultureInfo.InvariantCulture, sentence, mention.Plain));
        }

        private Segment Mention(List<JsonEntity> declared, string kind, string kindName, JsonEntity? entity = null)
        {
            entity ??= declared[random.Next(declared.Count)];
            _mentions.Add(new JsonMention(kindName, entity.Key, entity.Name, _paragraph));
            return new Segment($"[{entity.Name}]{{.{kind} ref={entity.Key}}}", entity.Name);
        }

        private Segment Stat()
        {
            var group = shape.GroupPerArticle
                ? _group ??= StatGroups[random.Next(StatGroups.Length)] + index.ToString(CultureInfo.InvariantCulture)
                : StatGroups[random.Next(StatGroups.Length)];
            string measure;
            do
            {
                measure = Measures[random.Next(Measures.Length)];
            }
            while (!_usedMeasures.Add(measure));

            var key = measure + index.ToString(CultureInfo.InvariantCulture);
            decimal value;
            string written;
            string? unit = null;
            var qualifier = "Exact";
            switch (random.Next(7))
            {
                case 0:
                    // Digits with thousands separators: 240,000.
                    value = random.Next(1_000, 2_000_000);
                    written = ((int)value).ToString("N0", CultureInfo.InvariantCulture);
                    break;
                case 1:
                    // A decimal and a scale word: 1.5 million.
                    var tenths = random.Next(11, 99);
                    value = tenths * 100_000m;
                    written = (tenths / 10m).ToString("0.0", CultureInfo.InvariantCulture) + " million";
                    break;
                case 2:
                    // Number words: Sixty-nine percent.
                    var number = random.Next(21, 100);
                    value = number;
                    written = Capitalize(Words(number)) + " percent";
                    unit = "percent";
                    break;
                case 3:
                    // A small number word: five.
                    var small = random.Next(2, 20);
                    value = small;
                    written = NumberWords[small];
                    break;
                case 4:
                    // A qualifier: over 14,000.
                    var (phrase, kind) = random.Next(3) switch
                    {
                        0 => ("over", "AtLeast"),
                        1 => ("about", "About"),
                        _ => ("nearly", "Nearly"),
                    };
                    value = random.Next(100, 50_000);
                    written = phrase + " " + ((int)value).ToString("N0", CultureInfo.InvariantCulture);
                    qualifier = kind;
                    break;
                case 5:
                    // A percentage with a sign: 37%.
                    value = random.Next(1, 100);
                    written = ((int)value).ToString(CultureInfo.InvariantCulture) + "%";
                    unit = "percent";
                    break;
                default:
                    // A year with an explicit unit.
                    value = random.Next(1945, 2015);
                    written = ((int)value).ToString(CultureInfo.InvariantCulture);
                    unit = "year";
                    break;
            }

            _stats.Add(new JsonStat(group, key, written, value, unit, qualifier, _paragraph));
            var unitAttribute = unit == "year" ? " unit=year" : string.Empty;
            return new Segment($"[{written}]{{.stat #{group}.{key}{unitAttribute}}}", written);
        }

        private static string Words(int number) =>
            number < 20 ? NumberWords[number] : number % 10 == 0 ? TensWords[number / 10] : TensWords[number / 10] + "-" + NumberWords[number % 10];

        private static Segment Plain(string text) => new(text, text);

        private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static class EntityKindName
    {
        public const string Person = nameof(Person);
        public const string Organization = nameof(Organization);
        public const string Place = nameof(Place);
    }
}
