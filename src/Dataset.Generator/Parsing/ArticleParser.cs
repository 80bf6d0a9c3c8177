using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing.Body;
using Dataset.Generator.Parsing.FrontMatter;
using Dataset.Generator.Parsing.Numbers;

namespace Dataset.Generator.Parsing;

/// <summary>
/// Parses one data file into an <see cref="ArticleModel"/>: front matter, the body's blocks and links (read as Markdown
/// by <see cref="MarkdownBodyReader"/>) and its checked annotations.
/// Works on the file alone, so the incremental pipeline re-runs it only for the file that changed.
/// </summary>
internal sealed class ArticleParser
{
    private static readonly string[] KnownFields = { "id", "title", "source", "dateline", "published", "people", "organizations", "places" };

    private static readonly (string Section, string Class, string Mention, EntityKind Kind)[] Sections =
    {
        ("people", "People", "person", EntityKind.Person),
        ("organizations", "Organizations", "org", EntityKind.Organization),
        ("places", "Places", "place", EntityKind.Place),
    };

    private static readonly string[] Kinds = { "quote", "stat", "person", "org", "place" };

    private readonly string _filePath;
    private readonly string _text;
    private readonly LineMap _lines;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<EntityModel> _entities = new();
    private readonly List<QuoteModel> _quotes = new();
    private readonly List<StatModel> _stats = new();
    private readonly List<MentionModel> _mentions = new();
    /// <summary>The declared entities' keys, sized once for every declaration (a set cannot be sized on netstandard2.0).</summary>
    private Dictionary<(EntityKind Kind, string Key), bool> _entityKeys = new();
    private readonly Dictionary<(EntityKind Kind, string Typed), string> _suggestions = new();

    /// <summary>The ids of quotes and statistics so far, sized once the annotations are counted.</summary>
    private Dictionary<string, TextLocation> _ids = new(StringComparer.Ordinal);

    /// <summary>The <c>name=value</c> attributes of the annotation being read, and their names (reused from annotation to annotation).</summary>
    private readonly List<RawAttribute> _values = new();
    private readonly HashSet<string> _valueNames = new(StringComparer.Ordinal);

    /// <summary>
    /// How many names "did you mean" hints may still compare in this file. Bounded so that a file with huge numbers of
    /// unknown keys and declared names stays linear; past it, errors come without a hint.
    /// </summary>
    private int _suggestionBudget = 200_000;

    private ArticleParser(string filePath, string text)
    {
        // Parse a text without BOM and with LF line breaks only, so everything the model holds (offsets included)
        // is the same whatever the file's line endings; diagnostics map their spans back to the file.
        var normalized = new NormalizedText(text);
        _filePath = filePath;
        _text = normalized.Text;
        _lines = new LineMap(_text);
        _diagnostics = new DiagnosticBag(filePath, _lines, normalized);
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="cancellationToken"/> is checked per line and per annotation.</summary>
    public static ArticleModel Parse(string filePath, string relativePath, string text, CancellationToken cancellationToken = default) =>
        new ArticleParser(filePath, text).Parse(relativePath, cancellationToken);

    private ArticleModel Parse(string relativePath, CancellationToken cancellationToken)
    {
        var (openStart, openEnd, bodyOrFrontStart) = Line(0);
        if (!IsFence(openStart, openEnd, "---"))
        {
            _diagnostics.Add(DiagnosticDescriptors.MissingFrontMatter, openStart, openEnd);
            return Unemittable(relativePath);
        }

        var frontLines = new List<(int Start, int End)>();
        var position = bodyOrFrontStart;
        var bodyStart = -1;
        while (position < _text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (lineStart, lineEnd, next) = Line(position);
            if (IsFence(lineStart, lineEnd, "---") || IsFence(lineStart, lineEnd, "..."))
            {
                bodyStart = next;
                break;
            }

            frontLines.Add((lineStart, lineEnd));
            position = next;
        }

        if (bodyStart < 0)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnclosedFrontMatter, openStart, openEnd);
            return Unemittable(relativePath);
        }

        var fields = FrontMatterReader.Read(_text, frontLines, _diagnostics);
        foreach (var entry in fields.Entries)
        {
            if (Array.IndexOf(KnownFields, entry.Key) >= 0)
            {
                continue;
            }

            _diagnostics.Add(DiagnosticDescriptors.UnknownField, entry.KeyStart, entry.KeyEnd, entry.Key, Suggestions.DidYouMean(entry.Key, KnownFields));
        }

        var frontMatterLocation = _lines.Span(openStart, openEnd);
        var title = RequiredScalar(fields, "title", openStart, openEnd);
        var source = RequiredScalar(fields, "source", openStart, openEnd);
        var dateline = OptionalScalar(fields, "dateline");
        var (year, month, day) = Published(fields, openStart, openEnd);
        var (id, idLocation, idIsValid) = ArticleId(fields, relativePath, frontMatterLocation);
        _entityKeys = new Dictionary<(EntityKind Kind, string Key), bool>(DeclarationCount(fields));
        foreach (var (section, className, _, kind) in Sections)
        {
            ReadEntities(fields, section, className, kind);
        }

        var body = MarkdownBodyReader.Read(_text, bodyStart, _lines, _diagnostics);
        var texts = ImmutableArray.CreateBuilder<string>(body.Blocks.Count);
        foreach (var block in body.Blocks)
        {
            texts.Add(block.Text);
        }

        var paragraphs = new EquatableArray<string>(texts.MoveToImmutable());
        _ids = new Dictionary<string, TextLocation>(body.Annotations.Count, StringComparer.Ordinal);
        foreach (var annotation in body.Annotations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Interpret(annotation, paragraphs);
        }

        return new ArticleModel(
            _filePath,
            relativePath,
            id,
            idLocation,
            title,
            source,
            dateline,
            year,
            month,
            day,
            paragraphs,
            _entities.ToEquatableArray(),
            _quotes.ToEquatableArray(),
            _stats.ToEquatableArray(),
            _mentions.ToEquatableArray(),
            _diagnostics.ToEquatableArray(),
            IsEmittable: idIsValid)
        {
            Blocks = body.Blocks.ToEquatableArray(),
            Links = body.Links.ToEquatableArray(),
        };
    }

    private ArticleModel Unemittable(string relativePath) => new(
        _filePath, relativePath, string.Empty, default, string.Empty, string.Empty, null, 1, 1, 1,
        EquatableArray<string>.Empty, EquatableArray<EntityModel>.Empty, EquatableArray<QuoteModel>.Empty,
        EquatableArray<StatModel>.Empty, EquatableArray<MentionModel>.Empty, _diagnostics.ToEquatableArray(), IsEmittable: false);

    private string RequiredScalar(YamlMap fields, string name, int openStart, int openEnd)
    {
        if (fields.Find(name) is { } entry)
        {
            if (entry.Value is YamlScalar { Value.Length: > 0 } scalar)
            {
                return scalar.Value;
            }

            _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, entry.KeyStart, entry.Value.End, $"'{name}' must be a non-empty single-line value");
            return string.Empty;
        }

        _diagnostics.Add(DiagnosticDescriptors.MissingField, openStart, openEnd, name);
        return string.Empty;
    }

    private string? OptionalScalar(YamlMap fields, string name)
    {
        if (fields.Find(name) is not { } entry)
        {
            return null;
        }

        if (entry.Value is YamlScalar scalar)
        {
            return scalar.Value.Length == 0 ? null : scalar.Value;
        }

        _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, entry.KeyStart, entry.Value.End, $"'{name}' must be a single-line value");
        return null;
    }

    private (int Year, int Month, int Day) Published(YamlMap fields, int openStart, int openEnd)
    {
        var text = RequiredScalar(fields, "published", openStart, openEnd);
        if (text.Length == 0)
        {
            return (1, 1, 1);
        }

        if (TryReadDate(text) is { } date)
        {
            return date;
        }

        var value = fields.Find("published")!.Value;
        _diagnostics.Add(DiagnosticDescriptors.InvalidDate, value.Start, value.End, text);
        return (1, 1, 1);
    }

    /// <summary>
    /// A <c>yyyy-MM-dd</c> date as <see cref="DateTime.TryParseExact(string, string, IFormatProvider, DateTimeStyles, out DateTime)"/>
    /// reads it. The usual shape (ten characters, ASCII digits) is read here: parsing it through the culture's date
    /// format machinery cost more than the rest of the front matter.
    /// </summary>
    internal static (int Year, int Month, int Day)? TryReadDate(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-')
        {
            var year = Digits(text, 0, 4);
            var month = Digits(text, 5, 2);
            var day = Digits(text, 8, 2);
            if (year >= 0 && month >= 0 && day >= 0)
            {
                return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? (year, month, day) : null;
            }
        }

        return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? (date.Year, date.Month, date.Day) : null;

        // The value of the ASCII digits at start, or -1 when one is not a digit.
        static int Digits(string text, int start, int count)
        {
            var value = 0;
            for (var i = start; i < start + count; i++)
            {
                if (text[i] is < '0' or > '9')
                {
                    return -1;
                }

                value = (value * 10) + (text[i] - '0');
            }

            return value;
        }
    }

    private (string Id, TextLocation Location, bool IsValid) ArticleId(YamlMap fields, string relativePath, TextLocation frontMatter)
    {
        if (fields.Find("id") is { Value: YamlScalar { Value.Length: > 0 } scalar })
        {
            var problem = Identifiers.Problem(scalar.Value, "Articles");
            if (problem is null)
            {
                return (scalar.Value, _lines.Span(scalar.Start, scalar.End), true);
            }

            _diagnostics.Add(DiagnosticDescriptors.InvalidKey, scalar.Start, scalar.End, scalar.Value, problem);
            return (scalar.Value, default, false);
        }

        var slash = relativePath.LastIndexOf('/');
        var fileName = relativePath.Substring(slash + 1);
        var dot = fileName.LastIndexOf('.');
        var id = Identifiers.PascalCase(dot > 0 ? fileName.Substring(0, dot) : fileName);
        var fileProblem = Identifiers.Problem(id, "Articles");
        if (fileProblem is null)
        {
            return (id, frontMatter, true);
        }

        _diagnostics.Add(DiagnosticDescriptors.InvalidKey, frontMatter, null, id, fileProblem + "; the id comes from the file name, so set one with 'id: ...'");
        return (id, frontMatter, false);
    }

    /// <summary>How many entities the front matter's sections declare, at most.</summary>
    private static int DeclarationCount(YamlMap fields)
    {
        var count = 0;
        foreach (var (section, _, _, _) in Sections)
        {
            count += fields.Find(section)?.Value is YamlMap map ? map.Entries.Count : 0;
        }

        return count;
    }

    private void ReadEntities(YamlMap fields, string section, string className, EntityKind kind)
    {
        if (fields.Find(section) is not { } entry)
        {
            return;
        }

        if (entry.Value is YamlScalar { Value.Length: 0 })
        {
            return;
        }

        if (entry.Value is not YamlMap map)
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, entry.KeyStart, entry.Value.End, $"'{section}' must map keys to entities, one per line: '  Key: {{ name: ... }}'");
            return;
        }

        for (var i = 0; i < map.Entries.Count; i++)
        {
            var declaration = map.Entries[i];
            var problem = Identifiers.Problem(declaration.Key, className);
            if (problem is not null)
            {
                _diagnostics.Add(DiagnosticDescriptors.InvalidKey, declaration.KeyStart, declaration.KeyEnd, declaration.Key, problem);
                continue;
            }

            string? name = null;
            string? role = null;
            if (declaration.Value is YamlScalar scalar)
            {
                name = scalar.Value;
            }
            else if (declaration.Value is YamlMap properties)
            {
                for (var j = 0; j < properties.Entries.Count; j++)
                {
                    var property = properties.Entries[j];
                    var value = property.Value as YamlScalar;
                    switch (property.Key)
                    {
                        case "name" or "role" when value is null:
                            _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, property.KeyStart, property.Value.End, $"'{property.Key}' of '{declaration.Key}' must be a single-line value");
                            break;
                        case "name":
                            name = value?.Value;
                            break;
                        case "role":
                            role = value is null || value.Value.Length == 0 ? null : value.Value;
                            break;
                        default:
                            _diagnostics.Add(DiagnosticDescriptors.UnknownField, property.KeyStart, property.KeyEnd, property.Key, Suggestions.DidYouMean(property.Key, new[] { "name", "role" }));
                            break;
                    }
                }
            }

            if (string.IsNullOrEmpty(name))
            {
                _diagnostics.Add(DiagnosticDescriptors.InvalidEntity, declaration.KeyStart, declaration.KeyEnd, declaration.Key);
                continue;
            }

            _entities.Add(new EntityModel(kind, declaration.Key, name!, role, _lines.Span(declaration.KeyStart, declaration.KeyEnd)));
            _entityKeys[(kind, declaration.Key)] = true;
        }
    }

    private void Interpret(RawAnnotation annotation, EquatableArray<string> paragraphs)
    {
        var location = _lines.Span(annotation.Start, annotation.End);
        RawAttribute? kind = null;
        RawAttribute? id = null;
        var values = _values;
        var names = _valueNames;
        values.Clear();
        names.Clear();
        var attributes = annotation.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            var attribute = attributes[i];
            switch (attribute.Prefix)
            {
                case '.' when kind is null:
                    kind = attribute;
                    break;
                case '#' when id is null:
                    id = attribute;
                    break;
                case '=':
                    if (!names.Add(attribute.Name))
                    {
                        _diagnostics.Add(DiagnosticDescriptors.InvalidAttribute, attribute.Start, attribute.End, attribute.Name, "it is given twice");
                        return;
                    }

                    values.Add(attribute);
                    break;
                default:
                    _diagnostics.Add(DiagnosticDescriptors.InvalidAttribute, attribute.Start, attribute.End, attribute.Prefix + attribute.Name, attribute.Prefix == '.' ? "an annotation has one kind" : "an annotation has one id");
                    return;
            }
        }

        var paragraph = paragraphs[annotation.Block];
        var text = paragraph.Substring(annotation.TextStart, annotation.TextEnd - annotation.TextStart);
        if (kind is not { } k)
        {
            _diagnostics.Add(DiagnosticDescriptors.MissingKind, location, null, text.Length <= 40 ? text : text.Substring(0, 37) + "...");
            return;
        }

        if (Array.IndexOf(Kinds, k.Name) < 0)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnknownKind, _lines.Span(k.Start, k.End), null, k.Name, Suggestions.DidYouMean(k.Name, Kinds));
            return;
        }
        switch (k.Name)
        {
            case "quote":
                InterpretQuote(annotation, location, id, values, text);
                break;
            case "stat":
                InterpretStat(annotation, location, id, values, text, paragraph);
                break;
            default:
                InterpretMention(annotation, location, k.Name, id, values, text);
                break;
        }
    }

    private void InterpretQuote(RawAnnotation annotation, TextLocation location, RawAttribute? id, List<RawAttribute> values, string text)
    {
        if (!TryReadId(id, location, "quote", "Speaker.Key", "Quotes", out var speaker, out var key))
        {
            return;
        }

        if (!_entityKeys.ContainsKey((EntityKind.Person, speaker)))
        {
            _diagnostics.Add(DiagnosticDescriptors.UnknownSpeaker, IdPart(id!.Value, 0, speaker.Length), null, speaker, Suggest(EntityKind.Person, speaker));
            return;
        }

        string? cue = null;
        foreach (var value in values)
        {
            if (value.Name == "cue")
            {
                cue = value.Value;
            }
            else
            {
                _diagnostics.Add(DiagnosticDescriptors.UnknownAttribute, _lines.Span(value.Start, value.End), null, value.Name, "quote", Suggestions.DidYouMean(value.Name, new[] { "cue" }));
            }
        }

        _quotes.Add(new QuoteModel(speaker, key, text, cue, annotation.Block + 1, location, annotation.TextStart));
    }

    private void InterpretStat(RawAnnotation annotation, TextLocation location, RawAttribute? id, List<RawAttribute> values, string text, string paragraph)
    {
        if (!TryReadId(id, location, "stat", "Group.Key", "Stats", out var group, out var key))
        {
            return;
        }

        string? unit = null;
        RawAttribute? explicitValue = null;
        foreach (var value in values)
        {
            switch (value.Name)
            {
                case "unit":
                    unit = value.Value;
                    break;
                case "value":
                    explicitValue = value;
                    break;
                default:
                    _diagnostics.Add(DiagnosticDescriptors.UnknownAttribute, _lines.Span(value.Start, value.End), null, value.Name, "stat", Suggestions.DidYouMean(value.Name, new[] { "value", "unit" }));
                    break;
            }
        }

        var reading = NumberReader.Read(text, unit);
        var read = reading.Status == NumberReadingStatus.Read;
        decimal number;
        decimal? upper = null;
        var qualifier = read ? reading.Qualifier : StatQualifier.Exact;
        if (explicitValue is { } given)
        {
            var status = NumberReader.ParseExplicit(given.Value!, out number);
            if (status != NumberReadingStatus.Read)
            {
                var descriptor = status == NumberReadingStatus.Overflow ? DiagnosticDescriptors.NumberOverflow : DiagnosticDescriptors.InvalidValue;
                _diagnostics.Add(descriptor, given.Start, given.End, given.Value!);
                return;
            }

            if (read && reading.Value != number)
            {
                var readAs = reading.Upper is { } readUpper ? Format(reading.Value) + " to " + Format(readUpper) : Format(reading.Value);
                _diagnostics.Add(DiagnosticDescriptors.ContradictingValue, given.Start, given.End, given.Value!, text, readAs);

                // The explicit value is one number: the range the text reads as is not kept.
                qualifier = qualifier == StatQualifier.Range ? StatQualifier.Exact : qualifier;
            }
            else if (read)
            {
                upper = reading.Upper;
            }
        }
        else if (read)
        {
            number = reading.Value;
            upper = reading.Upper;
        }
        else
        {
            if (reading.Status == NumberReadingStatus.Overflow)
            {
                _diagnostics.Add(DiagnosticDescriptors.NumberOverflow, location, null, text);
            }
            else
            {
                _diagnostics.Add(DiagnosticDescriptors.UnreadableNumber, location, null, text, reading.Problem ?? "it is not a number");
            }

            return;
        }

        var valueKind = ValueKind(number);
        if (valueKind is not null && upper is { } high)
        {
            // The constant's type holds both bounds of a range.
            valueKind = ValueKind(high) is { } upperKind ? (StatValueKind)Math.Max((int)valueKind, (int)upperKind) : null;
        }

        if (valueKind is null)
        {
            _diagnostics.Add(DiagnosticDescriptors.NumberOverflow, location, null, explicitValue?.Value ?? text);
            return;
        }

        if ((TooPrecise(number) ?? (upper is { } bound ? TooPrecise(bound) : null)) is { } digits)
        {
            _diagnostics.Add(DiagnosticDescriptors.TooPrecise, location, null, explicitValue is { } value ? "value=" + value.Value : text, digits.ToString(CultureInfo.InvariantCulture));
            return;
        }

        var (sentenceStart, sentenceLength) = Sentences.Around(paragraph, annotation.TextStart, annotation.TextEnd);
        var sentence = paragraph.Substring(sentenceStart, sentenceLength);
        var upperLiteral = upper is { } u ? Format(u) : null;
        _stats.Add(new StatModel(group, key, Format(number), upperLiteral, valueKind.Value, unit ?? reading.Unit, qualifier, text, sentence, annotation.Block + 1, location, annotation.TextStart, sentenceStart));
    }

    /// <summary>The smallest of int, long and double that holds <paramref name="value"/>; <see langword="null"/> for an integer beyond a long.</summary>
    private static StatValueKind? ValueKind(decimal value)
    {
        if (decimal.Truncate(value) != value)
        {
            return StatValueKind.Double;
        }

        if (value >= int.MinValue && value <= int.MaxValue)
        {
            return StatValueKind.Int;
        }

        return value >= long.MinValue && value <= long.MaxValue ? StatValueKind.Long : null;
    }

    /// <summary>
    /// The number of significant digits of a fractional value that a double constant cannot hold exactly (more than
    /// <see cref="NumberReader.SignificantDigits"/>), or <see langword="null"/> when it can: the constant and
    /// <c>Statistic.Value</c> must agree.
    /// </summary>
    private static int? TooPrecise(decimal value)
    {
        if (decimal.Truncate(value) == value)
        {
            return null;
        }

        var digits = 0;
        var leading = true;
        foreach (var c in Format(value))
        {
            if (c is >= '1' and <= '9' || (c == '0' && !leading))
            {
                digits++;
                leading = false;
            }
        }

        return digits > NumberReader.SignificantDigits ? digits : null;
    }

    private void InterpretMention(RawAnnotation annotation, TextLocation location, string kindName, RawAttribute? id, List<RawAttribute> values, string text)
    {
        var (section, _, _, kind) = SectionOf(kindName);
        if (id is { } given)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnknownAttribute, _lines.Span(given.Start, given.End), null, "#" + given.Name, kindName, ": a mention names its entity with ref=Key");
        }

        RawAttribute? reference = null;
        foreach (var value in values)
        {
            if (value.Name == "ref")
            {
                reference = value;
            }
            else
            {
                _diagnostics.Add(DiagnosticDescriptors.UnknownAttribute, _lines.Span(value.Start, value.End), null, value.Name, kindName, Suggestions.DidYouMean(value.Name, new[] { "ref" }));
            }
        }

        if (reference is not { } r)
        {
            _diagnostics.Add(DiagnosticDescriptors.MissingReference, location, null, kindName, section);
            return;
        }

        var key = r.Value!;
        if (!_entityKeys.ContainsKey((kind, key)))
        {
            var noun = kind switch { EntityKind.Person => "person", EntityKind.Organization => "organization", _ => "place" };
            _diagnostics.Add(DiagnosticDescriptors.UnknownReference, r.Start + 4, r.End, noun, key, Suggest(kind, key), section);
            return;
        }

        _mentions.Add(new MentionModel(kind, key, text, annotation.Block + 1, location, annotation.TextStart));
    }

    /// <summary>The front matter section of the entities a mention kind (<c>person</c>, <c>org</c>, <c>place</c>) names.</summary>
    private static (string Section, string Class, string Mention, EntityKind Kind) SectionOf(string mention)
    {
        foreach (var section in Sections)
        {
            if (section.Mention == mention)
            {
                return section;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(mention), mention, "not a mention kind");
    }

    /// <summary>The "did you mean" hint for an unknown entity key, computed once per key and kind.</summary>
    private string Suggest(EntityKind kind, string typed)
    {
        if (!_suggestions.TryGetValue((kind, typed), out var suggestion))
        {
            var candidates = _entities.Where(entity => entity.Kind == kind).Select(entity => entity.Key).Take(Math.Min(_suggestionBudget, Suggestions.MaxCandidates)).ToList();
            _suggestionBudget -= candidates.Count;
            suggestion = Suggestions.DidYouMean(typed, candidates);
            _suggestions.Add((kind, typed), suggestion);
        }

        return suggestion;
    }

    /// <summary>Reads a two-part id (<c>#Speaker.Key</c>, <c>#Group.Key</c>) and checks both parts can be member names.</summary>
    private bool TryReadId(RawAttribute? id, TextLocation annotation, string kind, string shape, string rootClass, out string first, out string second)
    {
        first = second = string.Empty;
        if (id is not { } given)
        {
            _diagnostics.Add(DiagnosticDescriptors.MissingId, annotation, null, kind, shape);
            return false;
        }

        var at = _lines.Span(given.Start, given.End);
        var name = given.Name;
        var dot = name.IndexOf('.');
        if (dot <= 0 || dot == name.Length - 1 || name.IndexOf('.', dot + 1) >= 0)
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidId, at, null, given.Name, kind, $"write it as '#{shape}'");
            return false;
        }

        var owner = name.Substring(0, dot);
        var member = name.Substring(dot + 1);
        var problem = Identifiers.TypeProblem(owner, rootClass)
            ?? (rootClass == "Stats" ? Identifiers.Problem(owner, "Statistics") : null)
            ?? Identifiers.Problem(member, owner);
        if (problem is not null)
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidId, at, null, given.Name, kind, problem);
            return false;
        }

        if (_ids.TryGetValue(given.Name, out var earlier))
        {
            _diagnostics.Add(DiagnosticDescriptors.DuplicateId, at, earlier, given.Name);
            return false;
        }

        _ids.Add(given.Name, at);
        first = owner;
        second = member;
        return true;
    }

    /// <summary>The span of part of an id attribute: <paramref name="offset"/> counts from after the '#'.</summary>
    private TextLocation IdPart(RawAttribute id, int offset, int length) =>
        _lines.Span(id.Start + 1 + offset, id.Start + 1 + offset + length);

    private (int Start, int End, int Next) Line(int position)
    {
        var end = position;
        while (end < _text.Length && _text[end] != '\n' && _text[end] != '\r')
        {
            end++;
        }

        var next = end;
        if (next < _text.Length)
        {
            next += _text[next] == '\r' && next + 1 < _text.Length && _text[next + 1] == '\n' ? 2 : 1;
        }

        return (position, end, next);
    }

    /// <summary>Whether the line from <paramref name="start"/> to <paramref name="end"/> is <paramref name="fence"/> and trailing spaces or tabs.</summary>
    private bool IsFence(int start, int end, string fence)
    {
        while (end > start && (_text[end - 1] == ' ' || _text[end - 1] == '\t'))
        {
            end--;
        }

        return end - start == fence.Length && string.CompareOrdinal(_text, start, fence, 0, fence.Length) == 0;
    }

    private static string Format(decimal value)
    {
        if (decimal.Truncate(value) == value)
        {
            return decimal.Truncate(value).ToString("0", CultureInfo.InvariantCulture);
        }

        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.TrimEnd('0');
    }
}
