using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>
/// Emits one article's source: its members under <c>Articles</c>, <c>Quotes</c>, <c>Stats</c> and
/// <c>Statistics</c>, and the storage class that builds its objects on first use. Depends on the article alone
/// (and on what the checks across articles told it to leave out), so an edit re-emits only that article.
/// </summary>
internal static class ArticleEmitter
{
    /// <summary>The article's source file: the header, then <see cref="Write"/>.</summary>
    public static string Emit(ArticleModel article, EquatableArray<Skip> skips, GeneratorOptions options)
    {
        var writer = Header(article.RelativePath);
        Write(writer, article, skips, options);
        return writer.ToString();
    }

    /// <summary>
    /// Writes the article's members and storage in their own namespace block, so that several articles can share a
    /// file (see <see cref="OutputFiles"/>).
    /// </summary>
    public static void Write(CodeWriter writer, ArticleModel article, EquatableArray<Skip> skips, GeneratorOptions options)
    {
        var skippedQuotes = new HashSet<int>(skips.Where(skip => skip.Kind == SkipKind.Quote).Select(skip => skip.Index));
        var skippedStats = new HashSet<int>(skips.Where(skip => skip.Kind == SkipKind.Stat).Select(skip => skip.Index));
        var quotes = article.Quotes.Select((quote, index) => (Quote: quote, Index: index)).Where(pair => !skippedQuotes.Contains(pair.Index)).ToList();
        var stats = article.Stats.Select((stat, index) => (Stat: stat, Index: index)).Where(pair => !skippedStats.Contains(pair.Index)).ToList();
        var visibility = EmitNames.Visibility(options);
        var storage = EmitNames.Storage(options) + "." + EmitNames.ArticleStorage(article.Id);
        var source = $"{article.Source}, {Date(article)}";
        var file = LineDirectives.FileName(article.FilePath, options.ProjectDirectory, options.PathMap);

        OpenNamespace(writer, options);

        writer.Open($"{visibility} static partial class Articles");
        writer.XmlDoc(Xml(article.Title), ArticleRemarks(article, quotes.Count, stats.Count));
        writer.Mapped($"public static {EmitNames.Article} ", Identifiers(article.Id), $" => {storage}.Article;", article.IdLocation, file);
        writer.Close();

        if (quotes.Count > 0)
        {
            writer.Line();
            writer.Open($"{visibility} static partial class Quotes");
            var firstSpeaker = true;
            foreach (var speaker in quotes.GroupBy(pair => pair.Quote.Speaker))
            {
                Separate(writer, ref firstSpeaker);
                var person = article.Entities.First(entity => entity.Kind == EntityKindModel.Person && entity.Key == speaker.Key);
                writer.Open($"public static partial class {TypeName(speaker.Key)}");
                var firstQuote = true;
                foreach (var (quote, index) in speaker)
                {
                    Separate(writer, ref firstQuote);
                    writer.XmlDoc(Xml("\u201C" + quote.Text + "\u201D"), QuoteRemarks(quote, person, article, source));
                    writer.Mapped($"public static {EmitNames.Quote} ", Identifiers(quote.Key), $" => {storage}.{EmitNames.QuoteField(index)};", quote.Location, file);
                }

                writer.Close();
            }

            writer.Close();
        }

        if (stats.Count > 0)
        {
            writer.Line();
            writer.Open($"{visibility} static partial class Stats");
            var firstGroup = true;
            foreach (var group in stats.GroupBy(pair => pair.Stat.Group))
            {
                Separate(writer, ref firstGroup);
                writer.Open($"public static partial class {TypeName(group.Key)}");
                var firstStat = true;
                foreach (var (stat, _) in group)
                {
                    Separate(writer, ref firstStat);
                    writer.XmlDoc(StatSummary(stat), StatWritten(stat), InArticle(article, source, stat.Paragraph), "The full record is " + Reference(options, "Statistics", stat) + ".");
                    writer.Mapped($"public const {ConstantType(stat.ValueKind)} ", Identifiers(stat.Key), $" = {ConstantLiteral(stat)};", stat.Location, file);
                }

                writer.Close();
            }

            writer.Close();
            writer.Line();
            writer.Open($"{visibility} static partial class Statistics");
            firstGroup = true;
            foreach (var group in stats.GroupBy(pair => pair.Stat.Group))
            {
                Separate(writer, ref firstGroup);
                writer.Open($"public static partial class {TypeName(group.Key)}");
                var firstStat = true;
                foreach (var (stat, index) in group)
                {
                    Separate(writer, ref firstStat);
                    writer.XmlDoc(StatSummary(stat), StatWritten(stat), InArticle(article, source, stat.Paragraph), "The value as a constant is " + Reference(options, "Stats", stat) + ".");
                    writer.Mapped($"public static {EmitNames.Statistic} ", Identifiers(stat.Key), $" => {storage}.{EmitNames.StatField(index)};", stat.Location, file);
                }

                writer.Close();
            }

            writer.Close();
        }

        writer.Line();
        writer.Open("internal static partial class DatasetStorage");
        WriteStorage(writer, article, quotes, stats, options);
        writer.Close();
        CloseNamespace(writer, options);
    }

    private static void WriteStorage(
        CodeWriter writer,
        ArticleModel article,
        List<(QuoteModel Quote, int Index)> quotes,
        List<(StatModel Stat, int Index)> stats,
        GeneratorOptions options)
    {
        var id = Literals.String(article.Id);
        var texts = Pool(article, quotes, stats);
        writer.Doc($"The objects of the article {article.Id}, built when it is first used.");
        writer.Open($"internal static class {EmitNames.ArticleStorage(article.Id)}");
        writer.Line($"private const string File = {Literals.String(article.RelativePath)};");
        writer.Line();
        if (!texts.IsEmpty)
        {
            // First: static fields are initialized in the order they are declared.
            writer.Line("// The article's long texts in one literal (see README, Large datasets); the objects below slice it.");
            writer.Line($"private static readonly string {TextPool.FieldName} = {Literals.String(texts.Text)};");
            writer.Line();
        }

        writer.Line($"internal static readonly {EmitNames.Article} Article = CreateArticle();");

        foreach (var (quote, index) in quotes)
        {
            writer.Line();
            writer.Line($"internal static readonly {EmitNames.Quote} {EmitNames.QuoteField(index)} = new {EmitNames.Quote}(");
            writer.Line($"    {Literals.String(quote.Key)},");
            writer.Line($"    {texts.Expression(quote.Text)},");
            writer.Line($"    {Literals.String(quote.Speaker)},");
            writer.Line($"    () => {options.Qualify("People")}.{Identifiers(quote.Speaker)},");
            writer.Line($"    {id},");
            writer.Line("    () => Article,");
            writer.Line($"    {Literals.String(quote.Cue)},");
            writer.Line($"    {quote.Paragraph},");
            writer.Line($"    {Location(quote.Location)});");
        }

        foreach (var (stat, index) in stats)
        {
            writer.Line();
            writer.Line($"internal static readonly {EmitNames.Statistic} {EmitNames.StatField(index)} = new {EmitNames.Statistic}(");
            writer.Line($"    {Literals.String(stat.Group)},");
            writer.Line($"    {Literals.String(stat.Key)},");
            writer.Line($"    {stat.Value}m,");
            writer.Line($"    {Literals.String(stat.Unit)},");
            writer.Line($"    {EmitNames.StatQualifier}.{stat.Qualifier},");
            writer.Line($"    {texts.Expression(stat.Text)},");
            writer.Line($"    {texts.Expression(stat.Sentence)},");
            writer.Line($"    {id},");
            writer.Line("    () => Article,");
            writer.Line($"    {stat.Paragraph},");
            writer.Line($"    {Location(stat.Location)});");
        }

        writer.Line();
        writer.Line($"internal static readonly {EmitNames.ReadOnlyList}<{EmitNames.Quote}> Quotes = {ArrayOf(EmitNames.Quote, quotes.Select(pair => EmitNames.QuoteField(pair.Index)))};");
        writer.Line();
        writer.Line($"internal static readonly {EmitNames.ReadOnlyList}<{EmitNames.Statistic}> Stats = {ArrayOf(EmitNames.Statistic, stats.Select(pair => EmitNames.StatField(pair.Index)))};");
        writer.Line();
        if (article.Mentions.Count == 0)
        {
            writer.Line($"internal static readonly {EmitNames.Mention}[] Mentions = global::System.Array.Empty<{EmitNames.Mention}>();");
        }
        else
        {
            writer.Line($"internal static readonly {EmitNames.Mention}[] Mentions = new {EmitNames.Mention}[]");
            writer.Line("{");
            foreach (var mention in article.Mentions)
            {
                writer.Line($"    new {EmitNames.Mention}({EmitNames.EntityKind}.{mention.Kind}, {Literals.String(mention.EntityKey)}, {texts.Expression(mention.Text)}, {id}, {mention.Paragraph}, {Location(mention.Location)}),");
            }

            writer.Line("};");
        }
        writer.Line();
        writer.Line("// A method, not a field initializer, so the lists above count as initialized when the lambdas read them.");
        writer.Line($"private static {EmitNames.Article} CreateArticle() => new {EmitNames.Article}(");
        writer.Line($"    {id},");
        writer.Line($"    {texts.Expression(article.Title)},");
        writer.Line($"    {texts.Expression(article.Source)},");
        writer.Line($"    {texts.Expression(article.Dateline)},");
        writer.Line($"    new global::System.DateTime({article.Year}, {article.Month}, {article.Day}),");
        if (article.Paragraphs.Count == 0)
        {
            writer.Line("    global::System.Array.Empty<string>(),");
        }
        else
        {
            writer.Line("    new string[]");
            writer.Line("    {");
            foreach (var paragraph in article.Paragraphs)
            {
                writer.Line($"        {texts.Expression(paragraph)},");
            }

            writer.Line("    },");
        }
        writer.Line("    () => Quotes,");
        writer.Line("    () => Stats,");
        writer.Line("    () => Mentions,");
        writer.Line($"    {Location(article.IdLocation)});");
        writer.Close();
    }

    /// <summary>The article's long texts: quotes, stats and mentions, then its title, source, dateline and paragraphs.</summary>
    private static TextPool Pool(ArticleModel article, List<(QuoteModel Quote, int Index)> quotes, List<(StatModel Stat, int Index)> stats)
    {
        var texts = new TextPool();
        foreach (var (quote, _) in quotes)
        {
            texts.Add(quote.Text);
        }

        foreach (var (stat, _) in stats)
        {
            texts.Add(stat.Text);
            texts.Add(stat.Sentence);
        }

        foreach (var mention in article.Mentions)
        {
            texts.Add(mention.Text);
        }

        texts.Add(article.Title);
        texts.Add(article.Source);
        texts.Add(article.Dateline);
        foreach (var paragraph in article.Paragraphs)
        {
            texts.Add(paragraph);
        }

        return texts;
    }

    /// <summary>A one-line array creation: <c>new T[] { a, b }</c>, or <c>global::System.Array.Empty&lt;T&gt;()</c> when there are no items.</summary>
    internal static string ArrayOf(string type, IEnumerable<string> items)
    {
        var list = string.Join(", ", items);
        return list.Length == 0 ? $"global::System.Array.Empty<{type}>()" : $"new {type}[] {{ {list} }}";
    }

    /// <summary>Writes the blank line that separates an item from the one before it: none before the first.</summary>
    internal static void Separate(CodeWriter writer, ref bool first)
    {
        if (!first)
        {
            writer.Line();
        }

        first = false;
    }

    internal static CodeWriter Header(string origin)
    {
        var writer = new CodeWriter();
        writer.Line("// <auto-generated/>");
        writer.Line("// Generated by the Dataset source generator from " + Comment(origin) + ". Edit the data file, not this file.");
        writer.Line("#nullable enable");
        writer.Line();
        return writer;
    }

    internal static void OpenNamespace(CodeWriter writer, GeneratorOptions options)
    {
        if (options.Namespace.Length > 0)
        {
            writer.Open("namespace " + options.Namespace);
        }
    }

    internal static void CloseNamespace(CodeWriter writer, GeneratorOptions options)
    {
        if (options.Namespace.Length > 0)
        {
            writer.Close();
        }
    }

    internal static string Identifiers(string key) => Parsing.Identifiers.Escape(key);

    /// <summary>
    /// A key as the name of a generated class (a speaker, a statistics group). Keywords get '@', and so do names of
    /// lower-case ASCII letters only: declared plainly, C# warns that such a type name may become a keyword
    /// (CS8981, an error under warnings-as-errors); declared with '@' it does not, and uses read the same.
    /// </summary>
    internal static string TypeName(string key) =>
        key.Length > 0 && key.All(c => c is >= 'a' and <= 'z') ? "@" + key : Identifiers(key);

    internal static string Date(ArticleModel article) =>
        string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", article.Year, article.Month, article.Day);

    /// <summary>A file path inside a <c>//</c> comment: line breaks would end the comment, so they are replaced.</summary>
    internal static string Comment(string text) => Literals.XmlText(text);

    /// <summary>Data-file text as XML doc text (see <see cref="Literals.XmlText"/>).</summary>
    internal static string Xml(string text) => Literals.XmlText(text);

    private static string[] ArticleRemarks(ArticleModel article, int quotes, int stats)
    {
        var where = article.Dateline is null ? string.Empty : article.Dateline + ", ";
        return new[]
        {
            Xml($"{article.Source}, {where}{Date(article)}."),
            Xml($"{Count(article.Paragraphs.Count, "paragraph")}, {Count(quotes, "quote")}, {Count(stats, "statistic")}."),
            Xml($"From {article.RelativePath}."),
        };
    }

    private static string[] QuoteRemarks(QuoteModel quote, EntityModel speaker, ArticleModel article, string source)
    {
        var who = speaker.Role is null ? speaker.Name : $"{speaker.Name}, {speaker.Role}";
        var said = quote.Cue is null ? $"Said by {who}." : $"{who}, {quote.Cue}.";
        return new[] { Xml(said), InArticle(article, source, quote.Paragraph) };
    }

    private static string InArticle(ArticleModel article, string source, int paragraph) =>
        Xml($"In \u201C{article.Title}\u201D ({source}), paragraph {paragraph}.");

    private static string StatWritten(StatModel stat)
    {
        var unit = stat.Unit is null ? "no unit" : "unit " + stat.Unit;
        return Xml($"Written as \u201C{stat.Text}\u201D: value {stat.Value}, qualifier {stat.Qualifier}, {unit}.");
    }

    /// <summary>
    /// A <c>&lt;see cref&gt;</c> to the same statistic under <paramref name="root"/> (<c>Stats</c> or <c>Statistics</c>),
    /// named from <c>global::</c> so no key can capture it; plain text when a name needs '@' (a keyword, or a
    /// lower-case class name), which a cref would have to spell differently.
    /// </summary>
    private static string Reference(GeneratorOptions options, string root, StatModel stat)
    {
        var name = $"{root}.{stat.Group}.{stat.Key}";
        return Identifiers(stat.Key) == stat.Key && TypeName(stat.Group) == stat.Group
            ? $"<see cref=\"{options.Qualify(name)}\"/>"
            : Xml(name);
    }

    private static string StatSummary(StatModel stat)
    {
        var qualifier = stat.Qualifier switch
        {
            StatQualifierModel.AtLeast => "at least ",
            StatQualifierModel.AtMost => "at most ",
            StatQualifierModel.About => "about ",
            StatQualifierModel.Nearly => "nearly ",
            _ => string.Empty,
        };
        var unit = stat.Unit is null ? string.Empty : " " + stat.Unit;
        return Xml($"{qualifier}{Readable(stat.Value, stat.Unit)}{unit}: \u201C{stat.Sentence}\u201D");
    }

    /// <summary>
    /// The value with thousands separators (<c>14,000</c>), except for a year (<c>1979</c>, never <c>1,979</c>), or as
    /// it is when it is not a plain number.
    /// </summary>
    private static string Readable(string value, string? unit) =>
        unit is not ("year" or "years")
        && decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("#,0.############################", CultureInfo.InvariantCulture)
            : value;

    internal static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string ConstantType(StatValueKind kind) => kind switch
    {
        StatValueKind.Int => "int",
        StatValueKind.Long => "long",
        _ => "double",
    };

    private static string ConstantLiteral(StatModel stat) => stat.ValueKind switch
    {
        StatValueKind.Int => stat.Value,
        StatValueKind.Long => stat.Value + "L",
        _ => stat.Value + "D",
    };

    private static string Location(TextLocation location) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "new {0}(File, {1}, {2}, {3}, {4}, {5}, {6})",
            EmitNames.SourceLocation,
            location.StartLine + 1,
            location.StartColumn + 1,
            location.EndLine + 1,
            location.EndColumn + 1,
            location.Start,
            location.Length);
}
