using System;
using System.Collections.Generic;
using System.Globalization;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing.Body;
using Dataset.Generator.Parsing.FrontMatter;
using Dataset.Generator.Parsing.Numbers;

namespace Dataset.Generator.Parsing;

/// <summary>
/// Turns the raw annotations of one article into its quotes, statistics and mentions, by the rules of each kind: a
/// two-part id that can be a member name and is not used twice, known attributes, a declared speaker or entity, a
/// number the text states (or an explicit <c>value=</c> that agrees with it) that its constant can hold. An
/// annotation that breaks a rule is dropped with its diagnostic.
/// </summary>
internal sealed class AnnotationInterpreter
{
    private readonly DiagnosticBag _diagnostics;
    private readonly DeclaredEntities _entities;
    private readonly EquatableArray<string> _paragraphs;

    /// <summary>The ids of quotes and statistics so far.</summary>
    private readonly Dictionary<string, TextLocation> _ids;

    /// <summary>The <c>name=value</c> attributes of the annotation being read, and their names (reused from annotation to annotation).</summary>
    private readonly List<RawAttribute> _values = new();
    private readonly HashSet<string> _valueNames = new(StringComparer.Ordinal);

    /// <param name="diagnostics">Where problems are reported.</param>
    /// <param name="entities">The article's declarations, which speakers and references must name.</param>
    /// <param name="paragraphs">The plain text of every block, which annotations index.</param>
    /// <param name="annotationCount">How many annotations there are, to size the id map once.</param>
    public AnnotationInterpreter(DiagnosticBag diagnostics, DeclaredEntities entities, EquatableArray<string> paragraphs, int annotationCount)
    {
        _diagnostics = diagnostics;
        _entities = entities;
        _paragraphs = paragraphs;
        _ids = new Dictionary<string, TextLocation>(annotationCount, StringComparer.Ordinal);
    }

    public List<QuoteModel> Quotes { get; } = new();

    public List<StatModel> Stats { get; } = new();

    public List<MentionModel> Mentions { get; } = new();

    /// <summary>Checks <paramref name="annotation"/> and keeps what it generates, if anything.</summary>
    public void Interpret(RawAnnotation annotation)
    {
        var location = _diagnostics.Span(annotation.Start, annotation.End);
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

        var paragraph = _paragraphs[annotation.Block];
        var text = paragraph.Substring(annotation.TextStart, annotation.TextEnd - annotation.TextStart);
        if (kind is not { } k)
        {
            _diagnostics.Add(DiagnosticDescriptors.MissingKind, location, null, text.Length <= 40 ? text : text.Substring(0, 37) + "...");
            return;
        }

        var annotationKind = AnnotationKinds.FromName(k.Name);
        switch (annotationKind)
        {
            case AnnotationKind.Quote:
                InterpretQuote(annotation, location, id, values, text);
                break;
            case AnnotationKind.Stat:
                InterpretStat(annotation, location, id, values, text, paragraph);
                break;
            case AnnotationKind.Person or AnnotationKind.Organization or AnnotationKind.Place:
                InterpretMention(annotation, location, annotationKind, id, values, text);
                break;
            default:
                _diagnostics.Add(DiagnosticDescriptors.UnknownKind, _diagnostics.Span(k.Start, k.End), null, k.Name, Suggestions.DidYouMean(k.Name, AnnotationKinds.Names));
                break;
        }
    }

    private void InterpretQuote(RawAnnotation annotation, TextLocation location, RawAttribute? id, List<RawAttribute> values, string text)
    {
        if (!TryReadId(id, location, AnnotationKind.Quote, "Speaker.Key", "Quotes", out var speaker, out var key))
        {
            return;
        }

        if (!_entities.Contains(EntityKind.Person, speaker))
        {
            _diagnostics.Add(DiagnosticDescriptors.UnknownSpeaker, IdPart(id!.Value, 0, speaker.Length), null, speaker, _entities.Suggest(EntityKind.Person, speaker));
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
                _diagnostics.Add(DiagnosticDescriptors.UnknownAttribute, _diagnostics.Span(value.Start, value.End), null, value.Name, AnnotationKind.Quote.Name(), Suggestions.DidYouMean(value.Name, new[] { "cue" }));
            }
        }

        Quotes.Add(new QuoteModel
        {
            Speaker = speaker,
            Key = key,
            Text = text,
            Cue = cue,
            Paragraph = annotation.Block + 1,
            Location = location,
            TextStart = annotation.TextStart,
        });
    }

    private void InterpretStat(RawAnnotation annotation, TextLocation location, RawAttribute? id, List<RawAttribute> values, string text, string paragraph)
    {
        if (!TryReadId(id, location, AnnotationKind.Stat, "Group.Key", "Stats", out var group, out var key))
        {
            return;
        }

        string? unit = null;
        string? per = null;
        RawAttribute? explicitValue = null;
        foreach (var value in values)
        {
            switch (value.Name)
            {
                case "unit":
                    unit = value.Value;
                    break;
                case "per":
                    per = value.Value;
                    break;
                case "value":
                    explicitValue = value;
                    break;
                default:
                    _diagnostics.Add(DiagnosticDescriptors.UnknownAttribute, _diagnostics.Span(value.Start, value.End), null, value.Name, AnnotationKind.Stat.Name(), Suggestions.DidYouMean(value.Name, new[] { "value", "unit", "per" }));
                    break;
            }
        }

        var reading = NumberReader.Read(text, unit, per);
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
                var readAs = new StatValue(reading.Value, reading.Upper).ToString();
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
                // 18.5 poct: the scale or unit one letter away, for a word of three letters or more that is neither one nor a number word.
                var hint = reading.Unread is { Length: >= 3 } unread && !NumberReader.IsKnownWord(unread) ? Suggestions.DidYouMean(unread, NumberReader.WordsAfterANumber(), maxDistance: 1) : string.Empty;
                var problem = (reading.Problem ?? "it is not a number") + (hint.Length == 0 ? string.Empty : " (" + hint.Substring(2) + ")");
                _diagnostics.Add(DiagnosticDescriptors.UnreadableNumber, location, null, text, problem);
            }

            return;
        }

        var stat = new StatValue(number, upper);
        if (stat.Kind is not { } valueKind)
        {
            _diagnostics.Add(DiagnosticDescriptors.NumberOverflow, location, null, explicitValue?.Value ?? text);
            return;
        }

        if (stat.TooPrecise is { } digits)
        {
            _diagnostics.Add(DiagnosticDescriptors.TooPrecise, location, null, explicitValue is { } value ? "value=" + value.Value : text, digits.ToString(CultureInfo.InvariantCulture));
            return;
        }

        var (sentenceStart, sentenceLength) = Sentences.Around(paragraph, annotation.TextStart, annotation.TextEnd);
        Stats.Add(new StatModel
        {
            Group = group,
            Key = key,
            Value = stat.Literal,
            Upper = stat.UpperLiteral,
            ValueKind = valueKind,
            Unit = unit ?? reading.Unit,
            Per = per ?? reading.Per,
            Qualifier = qualifier,
            Text = text,
            Sentence = paragraph.Substring(sentenceStart, sentenceLength),
            Paragraph = annotation.Block + 1,
            Location = location,
            TextStart = annotation.TextStart,
            SentenceStart = sentenceStart,
        });
    }

    private void InterpretMention(RawAnnotation annotation, TextLocation location, AnnotationKind mention, RawAttribute? id, List<RawAttribute> values, string text)
    {
        var kindName = mention.Name();
        var kind = mention.Entity()!.Value;
        var section = DeclaredEntities.Section(kind);
        if (id is { } given)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnknownAttribute, _diagnostics.Span(given.Start, given.End), null, "#" + given.Name, kindName, ": a mention names its entity with ref=Key");
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
                _diagnostics.Add(DiagnosticDescriptors.UnknownAttribute, _diagnostics.Span(value.Start, value.End), null, value.Name, kindName, Suggestions.DidYouMean(value.Name, new[] { "ref" }));
            }
        }

        if (reference is not { } r)
        {
            _diagnostics.Add(DiagnosticDescriptors.MissingReference, location, null, kindName, section);
            return;
        }

        var key = r.Value!;
        if (!_entities.Contains(kind, key))
        {
            var noun = kind switch { EntityKind.Person => "person", EntityKind.Organization => "organization", _ => "place" };
            _diagnostics.Add(DiagnosticDescriptors.UnknownReference, r.Start + 4, r.End, noun, key, _entities.Suggest(kind, key), section);
            return;
        }

        Mentions.Add(new MentionModel
        {
            Kind = kind,
            EntityKey = key,
            Text = text,
            Paragraph = annotation.Block + 1,
            Location = location,
            TextStart = annotation.TextStart,
        });
    }

    /// <summary>Reads a two-part id (<c>#Speaker.Key</c>, <c>#Group.Key</c>) and checks both parts can be member names.</summary>
    private bool TryReadId(RawAttribute? id, TextLocation annotation, AnnotationKind annotationKind, string shape, string rootClass, out string first, out string second)
    {
        first = second = string.Empty;
        var kind = annotationKind.Name();
        if (id is not { } given)
        {
            _diagnostics.Add(DiagnosticDescriptors.MissingId, annotation, null, kind, shape);
            return false;
        }

        var at = _diagnostics.Span(given.Start, given.End);
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
        _diagnostics.Span(id.Start + 1 + offset, id.Start + 1 + offset + length);
}
