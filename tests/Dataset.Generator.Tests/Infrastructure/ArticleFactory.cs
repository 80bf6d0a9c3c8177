using System.Globalization;
using System.Text;
using Dataset.Generator.Model;

namespace Dataset.Generator.Tests.Infrastructure;

internal sealed record ExpectedEntity(string Section, string Key, string Name, string? Role);

internal sealed record ExpectedQuote(string Speaker, string Key, string Text, string? Cue, int Paragraph);

internal sealed record ExpectedStat(string Group, string Key, string Text, decimal Value, string? Unit, int Paragraph);

internal sealed record ExpectedMention(string Section, string Key, string Text, int Paragraph);

/// <summary>A valid article written by <see cref="ArticleFactory"/>, with what the parser must read from it.</summary>
internal sealed class GeneratedArticle
{
    public required string FileName { get; init; }

    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Source { get; init; }

    public required string? Dateline { get; init; }

    public required List<ExpectedEntity> Entities { get; init; }

    public required List<string> Paragraphs { get; init; }

    public required List<ExpectedQuote> Quotes { get; init; }

    public required List<ExpectedStat> Stats { get; init; }

    public required List<ExpectedMention> Mentions { get; init; }

    /// <summary>The file's text.</summary>
    public required string Text { get; init; }

    /// <summary>Where each body paragraph is in <see cref="Text"/>: from its first character to the end of its last line.</summary>
    public required List<(int Start, int End)> ParagraphSpans { get; init; }
}

/// <summary>
/// Writes random valid articles whose every text field (title, source, dateline, names, roles, quote text, cue, unit,
/// paragraph text) is full of hostile text: quotes, backslashes, <c>"""</c>, <c>*/</c>, <c>&lt;/summary&gt;</c>,
/// <c>]]&gt;</c>, <c>#line</c>, <c>#pragma</c>, braces, U+2028/U+2029, control characters, right-to-left marks and
/// text that looks like C#. Each article comes with the model the parser must read from it. Deterministic for a seed.
/// </summary>
internal static class ArticleFactory
{
    /// <summary>Tokens that must come through the generator unchanged. None starts or ends with white space.</summary>
    public static readonly string[] Hostile =
    [
        "\"", "\\", "\"\"\"", "\\\"", "*/", "/*", "//", "///", "</summary>", "<summary>", "<see cref=\"X\"/>", "]]>", "<![CDATA[", "&amp;", "&", "<", ">",
        "#line", "#line 1 \"evil.cs\"", "#pragma", "#pragma warning disable", "#error", "#if", "#endif", "{", "}", "{{", "}}", "{0}",
        "a\u2028b", "a\u2029b", "a\u0085b", "\u0001", "\u0000", "\u0007", "\u001B[31m", "\u007F", "\u200F", "\u202E", "\u2066", "\u200B", "\uFEFF",
        "x\ty", "x\u000By", "x\u000Cy", "\uD83D\uDE00", "\uD800", "\uDFFF", "\uFFFD", "\uFFFE", "\uE000", "\u0378",
        "\"; } public static int Injected = 1; //", "\"); class Injected { } //", "$\"{x}\"", "@\"", "'", "`", "\u05E9\u05DC\u05D5\u05DD",
        "-->", "<!--", "%", "--", "...", "Kerry", "class", "Quotes.Kerry.X", "null", "\\u0022", "\\n", "=", "#", ".", ",",
    ];

    private static readonly string[] Words = ["talks", "Russia", "said", "the", "strikes", "Homs", "agreed", "on", "de-confliction", "today"];

    /// <summary>One article in this many has a paragraph that starts with a line longer than <see cref="LongLine"/>.</summary>
    private const int LongLineEvery = 50;

    /// <summary>
    /// The length of a long line: past the 65,536 columns a <c>#line</c> span can name, so that the annotations after
    /// it must be mapped another way.
    /// </summary>
    private const int LongLine = 65_600;

    private static readonly string[] PeopleKeys = ["Kerry", "Lavrov", "Khoja", "\u03A3\u03C9\u03BA\u03C1\u03AC\u03C4\u03B7\u03C2", "@event", "_x", "\u00DCnal", "Obama"];

    private static readonly string[] OrganizationKeys = ["Nato", "Levada", "Un", "@namespace"];

    private static readonly string[] PlaceKeys = ["Homs", "Moscow", "Syria", "@string"];

    private static readonly string[] Groups = ["Poll", "War", "@event", "\u00C9lection", "Strikes"];

    /// <summary>Hostile tokens with no digit and no number word, before the number of a statistic that states its value with value=.</summary>
    private static readonly string[] StatPrefixes = Hostile.Where(token => !token.Any(char.IsDigit) && token != "\u0378").Concat(["of", "reported", "killed"]).ToArray();

    /// <summary>A random valid article; <paramref name="prefix"/> makes its quote and statistic keys unique among articles.</summary>
    public static GeneratedArticle Create(Random random, string prefix, string fileName)
    {
        var builder = new Builder(random, prefix);
        return builder.Build(fileName);
    }

    /// <summary>Random text of one to <paramref name="max"/> tokens, hostile or not, separated by single spaces.</summary>
    public static string Text(Random random, int max = 4)
    {
        var count = random.Next(1, max + 1);
        return string.Join(" ", Enumerable.Range(0, count).Select(_ => random.Next(3) == 0 ? Words[random.Next(Words.Length)] : Hostile[random.Next(Hostile.Length)]));
    }

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="value"/>.</summary>
    public static string YamlQuoted(string value, Random random)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append(random.Next(2) == 0 ? "\\t" : "\t"); break;
                default:
                    if (c < ' ' || c == '\u007F' || char.IsSurrogate(c) || c == '\u0085' || c == '\uFEFF' || random.Next(8) == 0)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Body text that reads as <see cref="Reads"/>(<paramref name="plain"/>): every ASCII punctuation character escaped, so no Markdown markup.</summary>
    public static string BodyEscaped(string plain)
    {
        var builder = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            if (c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// What escaped body text reads as (CommonMark and Pandoc): a tab is a space (tokens hold no run of them), and U+0000
    /// is U+FFFD.
    /// </summary>
    public static string Reads(string plain) => plain.Replace('\t', ' ').Replace('\0', '\uFFFD');

    /// <summary>A double-quoted attribute value holding exactly <paramref name="value"/>.</summary>
    public static string AttributeQuoted(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Raw(string key) => key.TrimStart('@');

    private sealed class Builder(Random random, string prefix)
    {
        private readonly List<ExpectedEntity> _entities = [];
        private readonly List<ExpectedQuote> _quotes = [];
        private readonly List<ExpectedStat> _stats = [];
        private readonly List<ExpectedMention> _mentions = [];
        private int _serial;
        private int _paragraph;

        /// <summary>One piece of a paragraph: what is written and what it reads as.</summary>
        private readonly record struct Segment(string Source, string Plain);

        public GeneratedArticle Build(string fileName)
        {
            var title = Text(random);
            var source = Text(random, 3);
            var dateline = random.Next(3) == 0 ? null : Text(random, 3);
            var explicitId = random.Next(2) == 0;
            var id = explicitId ? prefix + "Article" : PascalCase(fileName);
            var front = new List<string>
            {
                "title: " + YamlQuoted(title, random),
                "source: " + YamlQuoted(source, random),
                "published: " + new DateTime(2000, 1, 1).AddDays(random.Next(10_000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            if (dateline is not null)
            {
                front.Add("dateline: " + YamlQuoted(dateline, random));
            }

            if (explicitId)
            {
                front.Add("id: " + id);
            }

            front.Add(Section("people", PeopleKeys, random.Next(1, 4)));
            var organizations = random.Next(3);
            if (organizations > 0)
            {
                front.Add(Section("organizations", OrganizationKeys, organizations));
            }

            var places = random.Next(3);
            if (places > 0)
            {
                front.Add(Section("places", PlaceKeys, places));
            }

            if (random.Next(4) == 0)
            {
                front.Add("# a comment: with \"quotes\" and */");
            }

            Shuffle(front);
            var text = new StringBuilder("---\n" + string.Join("\n", front) + "\n---\n");
            if (random.Next(2) == 0)
            {
                text.Append('\n');
            }

            var paragraphs = new List<string>();
            var spans = new List<(int, int)>();
            var count = random.Next(1, 6);
            var longParagraph = random.Next(LongLineEvery) == 0 ? random.Next(1, count + 1) : 0;
            for (_paragraph = 1; _paragraph <= count; _paragraph++)
            {
                var segments = Segments(depth: 0, random.Next(2, 9));
                if (_paragraph == longParagraph)
                {
                    segments.Insert(0, Plain(LongWords()));
                }

                var start = text.Length;
                text.Append(Join(segments));
                spans.Add((start, text.Length));
                paragraphs.Add(string.Join(" ", segments.Select(segment => segment.Plain)));
                text.Append(_paragraph < count ? (random.Next(4) == 0 ? "\n  \n\n" : "\n\n") : random.Next(2) == 0 ? "\n" : string.Empty);
            }

            return new GeneratedArticle
            {
                FileName = fileName,
                Id = id,
                Title = title,
                Source = source,
                Dateline = dateline,
                Entities = _entities,
                Paragraphs = paragraphs,
                Quotes = _quotes,
                Stats = _stats,
                Mentions = _mentions,
                Text = text.ToString(),
                ParagraphSpans = spans,
            };
        }

        private string Section(string name, string[] pool, int count)
        {
            var lines = new List<string> { name + ":" };
            foreach (var key in pool.OrderBy(_ => random.Next()).Take(count))
            {
                var raw = Raw(key);

                // The same key always gets the same name, so that articles written for one run never conflict (DS4002).
                var keyed = new Random(raw.Sum(c => c));
                var entityName = Text(keyed, 3);
                var role = keyed.Next(2) == 0 ? null : Text(keyed, 3);
                _entities.Add(new ExpectedEntity(name, raw, entityName, role));
                switch (random.Next(role is null ? 3 : 2))
                {
                    case 0:
                        lines.Add($"  {raw}: {{ name: {YamlQuoted(entityName, random)}{(role is null ? string.Empty : ", role: " + YamlQuoted(role, random))} }}");
                        break;
                    case 1:
                        lines.Add($"  {raw}:");
                        lines.Add("    name: " + YamlQuoted(entityName, random));
                        if (role is not null)
                        {
                            lines.Add("    role: " + YamlQuoted(role, random));
                        }

                        break;
                    default:
                        lines.Add($"  {raw}: {YamlQuoted(entityName, random)}");
                        break;
                }
            }

            return string.Join("\n", lines);
        }

        private List<Segment> Segments(int depth, int count)
        {
            var segments = new List<Segment>();
            for (var i = 0; i < count; i++)
            {
                var roll = random.Next(10);
                if (roll < 5 || depth > 2)
                {
                    var plain = random.Next(2) == 0 ? Words[random.Next(Words.Length)] : Hostile[random.Next(Hostile.Length)];
                    segments.Add(new Segment(BodyEscaped(plain), Reads(plain)));
                }
                else if (roll < 7 && depth == 0)
                {
                    segments.Add(Quote(depth));
                }
                else if (roll < 9)
                {
                    segments.Add(Stat());
                }
                else
                {
                    segments.Add(Mention(depth));
                }
            }

            return segments;
        }

        /// <summary>Segments joined by a space or, now and then, a line break (read as a space).</summary>
        private string Join(List<Segment> segments)
        {
            var builder = new StringBuilder();
            for (var i = 0; i < segments.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(random.Next(5) == 0 ? (random.Next(2) == 0 ? "\n" : "  \n  ") : " ");
                }

                builder.Append(segments[i].Source);
            }

            return builder.ToString();
        }

        private Segment Quote(int depth)
        {
            var speaker = Raw(PickEntity("people").Key);
            var key = prefix + "Q" + _serial++;
            var cue = random.Next(2) == 0 ? null : Text(random, 3);
            var index = _quotes.Count;
            _quotes.Add(null!);
            var inner = Segments(depth + 1, random.Next(1, 5));
            var text = string.Join(" ", inner.Select(segment => segment.Plain));
            _quotes[index] = new ExpectedQuote(speaker, key, text, cue, _paragraph);
            var attributes = new List<string> { ".quote", $"#{speaker}.{key}" };
            if (cue is not null)
            {
                attributes.Add("cue=" + AttributeQuoted(cue));
            }

            return new Segment("[" + Join(inner) + "]{" + string.Join(" ", Shuffled(attributes)) + "}", text);
        }

        private Segment Stat()
        {
            var group = Raw(Groups[random.Next(Groups.Length)]);
            var key = prefix + "S" + _serial++;
            var number = random.Next(0, 2_000_000);
            var explicitValue = random.Next(5) == 0;
            var percent = !explicitValue && random.Next(4) == 0;
            var words = new List<string>();
            if (explicitValue)
            {
                // Words that are not a number make the text unreadable, so it needs value= (a bare number reads as itself).
                for (var i = random.Next(3); i > 0; i--)
                {
                    words.Add(StatPrefixes[random.Next(StatPrefixes.Length)]);
                }
            }

            var digits = random.Next(2) == 0 ? number.ToString("N0", CultureInfo.InvariantCulture) : number.ToString(CultureInfo.InvariantCulture);
            words.Add(explicitValue && random.Next(2) == 0 ? "many" : digits);
            if (percent)
            {
                words.Add("percent");
            }

            var text = Reads(string.Join(" ", words));
            var unit = percent ? "percent" : null;
            var attributes = new List<string> { ".stat", $"#{group}.{key}" };
            if (explicitValue)
            {
                attributes.Add("value=" + number.ToString(CultureInfo.InvariantCulture));
            }

            if (!percent && random.Next(3) == 0)
            {
                unit = Text(random, 2);
                attributes.Add("unit=" + AttributeQuoted(unit));
            }

            _stats.Add(new ExpectedStat(group, key, text, number, unit, _paragraph));
            return new Segment("[" + BodyEscaped(text) + "]{" + string.Join(" ", Shuffled(attributes)) + "}", text);
        }

        private Segment Mention(int depth)
        {
            var section = new[] { "people", "organizations", "places" }.Where(name => _entities.Any(entity => entity.Section == name)).OrderBy(_ => random.Next()).First();
            var entity = PickEntity(section);
            var kind = section switch { "people" => "person", "organizations" => "org", _ => "place" };
            var index = _mentions.Count;
            _mentions.Add(null!);
            var inner = random.Next(3) == 0 && depth < 2 ? Segments(depth + 1, random.Next(1, 3)) : [Plain(random.Next(2) == 0 ? entity.Name : Words[random.Next(Words.Length)])];
            var text = string.Join(" ", inner.Select(segment => segment.Plain));
            _mentions[index] = new ExpectedMention(section, entity.Key, text, _paragraph);
            return new Segment("[" + Join(inner) + "]{" + string.Join(" ", Shuffled(new List<string> { "." + kind, "ref=" + entity.Key })) + "}", text);
        }

        private static Segment Plain(string text) => new(BodyEscaped(text), Reads(text));

        /// <summary>Plain words, separated by single spaces, longer than <see cref="LongLine"/> characters.</summary>
        private string LongWords()
        {
            var builder = new StringBuilder(LongLine + 20);
            while (builder.Length < LongLine + random.Next(100))
            {
                builder.Append(Words[random.Next(Words.Length)]).Append(' ');
            }

            return builder.Append("end").ToString();
        }

        private ExpectedEntity PickEntity(string section)
        {
            var candidates = _entities.Where(entity => entity.Section == section).ToList();
            return candidates[random.Next(candidates.Count)];
        }

        private List<string> Shuffled(List<string> items)
        {
            Shuffle(items);
            return items;
        }

        private void Shuffle<T>(List<T> items)
        {
            for (var i = items.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }
    }

    private static string PascalCase(string fileName) => Identifiers.PascalCase(Path.GetFileNameWithoutExtension(fileName));
}
