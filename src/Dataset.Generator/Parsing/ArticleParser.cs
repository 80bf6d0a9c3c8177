using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing.Body;
using Dataset.Generator.Parsing.FrontMatter;

namespace Dataset.Generator.Parsing;

/// <summary>
/// Parses one data file into an <see cref="ArticleModel"/>: splits off its front matter (<see cref="FrontMatterSplit"/>)
/// and reads its fields and declared entities, reads the body's blocks and links as Markdown
/// (<see cref="MarkdownBodyReader"/>), and checks its annotations (<see cref="AnnotationInterpreter"/>).
/// Works on the file alone, so the incremental pipeline re-runs it only for the file that changed.
/// </summary>
internal sealed class ArticleParser
{
    private static readonly string[] KnownFields = { "id", "title", "source", "dateline", "published", "people", "organizations", "places" };

    private readonly string _filePath;
    private readonly string _text;
    private readonly LineMap _lines;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>What the parse found beside the model, for <see cref="Read"/>.</summary>
    private FrontMatterSplit? _split;
    private BodyReading? _body;

    private ArticleParser(string filePath, string text)
    {
        // Parse a text without BOM and with every CRLF and CR written as LF, so everything the model holds (offsets
        // included) is the same whatever the file's line endings; diagnostics map their spans back to the file.
        var normalized = new NormalizedText(text);
        _filePath = filePath;
        _text = normalized.Text;
        _lines = new LineMap(_text);
        _diagnostics = new DiagnosticBag(filePath, _lines, normalized);
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="cancellationToken"/> is checked per line and per annotation.</summary>
    public static ArticleModel Parse(string filePath, string relativePath, string text, CancellationToken cancellationToken = default) =>
        new ArticleParser(filePath, text).Parse(relativePath, cancellationToken);

    /// <summary>
    /// Parses <paramref name="text"/> as <see cref="Parse"/> does, and keeps what the model leaves out: the text the
    /// offsets count in, where the front matter and the body are, and every annotation, valid or not. For tools: the
    /// generator keeps only the model, which its incremental pipeline compares and caches.
    /// </summary>
    public static ParsedArticle Read(string filePath, string relativePath, string text, CancellationToken cancellationToken = default)
    {
        var parser = new ArticleParser(filePath, text);
        var model = parser.Parse(relativePath, cancellationToken);
        return new ParsedArticle(model, parser._text, parser._lines, parser._split!, parser._body);
    }

    /// <summary>
    /// Parses one data file and never throws: <paramref name="readText"/> failing or the parser failing (a bug) gives an
    /// article that only reports DS9999. The generator and the tool call this.
    /// </summary>
    public static ArticleModel ParseFile(string filePath, string relativePath, Func<string> readText, CancellationToken cancellationToken = default)
    {
        try
        {
            return Parse(filePath, relativePath, readText(), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(filePath, relativePath, exception);
        }
    }

    /// <summary>
    /// Reads one data file as <see cref="ParseFile"/> does, keeping what tools need beside the model (see
    /// <see cref="Read"/>); after a failure, only the model that reports it and the text, if it was read.
    /// </summary>
    public static ParsedArticle ReadFile(string filePath, string relativePath, Func<string> readText, CancellationToken cancellationToken = default)
    {
        string? text = null;
        try
        {
            text = readText();
            return Read(filePath, relativePath, text, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return ParsedArticle.Unread(Failed(filePath, relativePath, exception), text ?? string.Empty);
        }
    }

    /// <summary>The article of a file that could not be read or parsed: it only reports DS9999.</summary>
    private static ArticleModel Failed(string filePath, string relativePath, Exception exception)
    {
        var failure = DiagnosticInfo.InternalError(filePath, exception);
        return ArticleModel.Unemittable(filePath, relativePath, new[] { failure }.ToEquatableArray());
    }

    private ArticleModel Parse(string relativePath, CancellationToken cancellationToken)
    {
        var split = _split = FrontMatterSplit.Find(_text, cancellationToken);
        var openEnd = split.OpenEnd;
        if (!split.IsOpened || !split.IsClosed)
        {
            _diagnostics.Add(split.IsOpened ? DiagnosticDescriptors.UnclosedFrontMatter : DiagnosticDescriptors.MissingFrontMatter, 0, openEnd);
            return ArticleModel.Unemittable(_filePath, relativePath, _diagnostics.ToEquatableArray());
        }

        var fields = FrontMatterReader.Read(_text, split.Lines, _diagnostics);
        foreach (var entry in fields.Entries)
        {
            if (Array.IndexOf(KnownFields, entry.Key) >= 0)
            {
                continue;
            }

            _diagnostics.Add(DiagnosticDescriptors.UnknownField, entry.KeyStart, entry.KeyEnd, entry.Key, Suggestions.DidYouMean(entry.Key, KnownFields));
        }

        var title = RequiredScalar(fields, "title", openEnd);
        var source = RequiredScalar(fields, "source", openEnd);
        var dateline = OptionalScalar(fields, "dateline");
        var (year, month, day) = Published(fields, openEnd);
        var (id, idLocation, idIsValid) = ArticleId(fields, relativePath, _lines.Span(0, openEnd));
        var entities = DeclaredEntities.Read(fields, _diagnostics);

        var body = _body = MarkdownBodyReader.Read(_text, split.BodyStart, _lines, _diagnostics);
        var texts = ImmutableArray.CreateBuilder<string>(body.Blocks.Count);
        foreach (var block in body.Blocks)
        {
            texts.Add(block.Text);
        }

        var paragraphs = new EquatableArray<string>(texts.MoveToImmutable());
        var interpreter = new AnnotationInterpreter(_diagnostics, entities, paragraphs, body.Annotations.Count);
        foreach (var annotation in body.Annotations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            interpreter.Interpret(annotation);
        }

        return new ArticleModel
        {
            FilePath = _filePath,
            RelativePath = relativePath,
            Id = id,
            IdLocation = idLocation,
            Title = title,
            Source = source,
            Dateline = dateline,
            Year = year,
            Month = month,
            Day = day,
            Paragraphs = paragraphs,
            Entities = entities.All.ToEquatableArray(),
            Quotes = interpreter.Quotes.ToEquatableArray(),
            Stats = interpreter.Stats.ToEquatableArray(),
            Mentions = interpreter.Mentions.ToEquatableArray(),
            Diagnostics = _diagnostics.ToEquatableArray(),
            IsEmittable = idIsValid,
            Blocks = body.Blocks.ToEquatableArray(),
            Links = body.Links.ToEquatableArray(),
        };
    }

    private string RequiredScalar(YamlMap fields, string name, int openEnd)
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

        _diagnostics.Add(DiagnosticDescriptors.MissingField, 0, openEnd, name);
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

    private (int Year, int Month, int Day) Published(YamlMap fields, int openEnd)
    {
        var text = RequiredScalar(fields, "published", openEnd);
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
}
