using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>
/// Emits one article's members under <c>Articles</c>, <c>Quotes</c>, <c>Stats</c> and <c>Statistics</c>: thin
/// properties over the dataset's encoded data (see <see cref="ChunkEmitter"/>), with their docs and <c>#line</c>
/// mapping. Depends on the article alone (and on what the checks across articles told it to leave out), so an edit
/// re-emits only that article.
/// </summary>
internal static class ArticleEmitter
{
    /// <summary>
    /// Writes the article's members (after the file's <see cref="Header"/>; several articles can share a file, see
    /// <see cref="OutputFiles"/>), and returns what its encoded data holds: the quotes and statistics it keeps.
    /// </summary>
    public static DataEncoder.ChunkArticle Write(CodeWriter writer, ArticleModel article, EquatableArray<Skip> skips, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var skippedQuotes = new HashSet<int>(skips.Where(skip => skip.Kind == SkipKind.Quote).Select(skip => skip.Index));
        var skippedStats = new HashSet<int>(skips.Where(skip => skip.Kind == SkipKind.Stat).Select(skip => skip.Index));
        // Index: the item's position among those the article keeps, which is its position in the encoded article.
        var quotes = article.Quotes.Where((_, index) => !skippedQuotes.Contains(index)).Select((quote, index) => (Quote: quote, Index: index)).ToList();
        var stats = article.Stats.Where((_, index) => !skippedStats.Contains(index)).Select((stat, index) => (Stat: stat, Index: index)).ToList();
        var visibility = EmitNames.Visibility(options);
        var data = EmitNames.Data(options);
        var id = Literals.String(article.Id);
        var file = LineDirectives.FileName(article.FilePath, options.ProjectDirectory, options.PathMap);

        writer.Open($"{visibility} static partial class Articles");
        writer.XmlDoc(Xml(article.Title), ArticleRemarks(article, quotes.Count, stats.Count));
        writer.Mapped($"public static {EmitNames.Article} ", Identifiers(article.Id), $" => {data}.Article({id});", article.IdLocation, file);
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
                    cancellationToken.ThrowIfCancellationRequested();
                    Separate(writer, ref firstQuote);
                    writer.XmlDoc(Xml("\u201C" + quote.Text + "\u201D"), QuoteRemarks(quote, person, article));
                    writer.Mapped($"public static {EmitNames.Quote} ", Identifiers(quote.Key), $" => {data}.Quote({id}, {index});", quote.Location, file);
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
                    cancellationToken.ThrowIfCancellationRequested();
                    Separate(writer, ref firstStat);
                    writer.XmlDoc(StatSummary(stat), StatWritten(stat, article), "Full record: " + Reference(options, "Statistics", stat) + ".");
                    writer.Mapped($"{StatModifiers(options)} {ConstantType(stat.ValueKind)} ", Identifiers(stat.Key), $" = {ConstantLiteral(stat)};", stat.Location, file);
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
                    cancellationToken.ThrowIfCancellationRequested();
                    Separate(writer, ref firstStat);
                    // The same docs as the constant's, by reference (half the generated text of a statistic), where a cref can name it.
                    if (CanReference(stat))
                    {
                        writer.RawDoc($"<inheritdoc cref=\"{options.Qualify($"Stats.{stat.Group}.{stat.Key}")}\"/>");
                    }
                    else
                    {
                        writer.XmlDoc(StatSummary(stat), StatWritten(stat, article), "Constant: " + Reference(options, "Stats", stat) + ".");
                    }

                    writer.Mapped($"public static {EmitNames.Statistic} ", Identifiers(stat.Key), $" => {data}.Statistic({id}, {index});", stat.Location, file);
                }

                writer.Close();
            }

            writer.Close();
        }

        return new DataEncoder.ChunkArticle(article, quotes.Select(pair => pair.Quote).ToList(), stats.Select(pair => pair.Stat).ToList());
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

    /// <summary>
    /// A generated file's first lines, with its namespace (a file holds one): file-scoped from C# 10 on, else a block
    /// that <see cref="Footer"/> closes, with the writer left inside it. <c>#nullable enable</c> from C# 8 on (nothing
    /// generated is annotated, so older versions need no other form).
    /// </summary>
    internal static CodeWriter Header(string origin, GeneratorOptions options)
    {
        var writer = new CodeWriter(options.Language.SpanLineDirectives);
        writer.Line("// <auto-generated/>");
        writer.Line("// Generated by the Dataset source generator from " + Comment(origin) + ". Edit the data file, not this file.");
        if (options.Language.Nullable)
        {
            writer.Line("#nullable enable");
        }

        writer.Line();
        if (options.Namespace.Length > 0 && options.Language.FileScopedNamespaces)
        {
            writer.Line("namespace " + options.Namespace + ";");
            writer.Line();
        }
        else if (options.Namespace.Length > 0)
        {
            writer.Open("namespace " + options.Namespace);
        }

        return writer;
    }

    /// <summary>What ends a generated file after the <see cref="Header"/>: the block namespace's brace, if any.</summary>
    internal static string Footer(GeneratorOptions options) => InBlockNamespace(options) ? "}\n" : string.Empty;

    /// <summary>A writer for the code after the <see cref="Header"/>, indented into a block namespace when there is one.</summary>
    internal static CodeWriter BodyWriter(GeneratorOptions options) =>
        new(options.Language.SpanLineDirectives, InBlockNamespace(options) ? 1 : 0);

    private static bool InBlockNamespace(GeneratorOptions options) =>
        options.Namespace.Length > 0 && !options.Language.FileScopedNamespaces;

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

    private static string[] QuoteRemarks(QuoteModel quote, EntityModel speaker, ArticleModel article)
    {
        var who = speaker.Role is null ? speaker.Name : $"{speaker.Name}, {speaker.Role}";
        var said = quote.Cue is null ? $"Said by {who}." : $"{who}, {quote.Cue}.";
        return new[] { Xml(said), InArticle(article, quote.Paragraph) };
    }

    /// <summary>Where an item is: the article's source and date are on the article's own docs, one hover away.</summary>
    private static string InArticle(ArticleModel article, int paragraph) =>
        Xml($"Paragraph {paragraph} of \u201C{article.Title}\u201D.");

    /// <summary>The words as written and where; the value, qualifier and unit are in the summary.</summary>
    private static string StatWritten(StatModel stat, ArticleModel article) =>
        Xml($"Written as \u201C{stat.Text}\u201D in paragraph {stat.Paragraph} of \u201C{article.Title}\u201D.");

    /// <summary>
    /// A <c>&lt;see cref&gt;</c> to the same statistic under <paramref name="root"/> (<c>Stats</c> or <c>Statistics</c>),
    /// named from <c>global::</c> so no key can capture it; plain text when a name needs '@' (a keyword, or a
    /// lower-case class name), which a cref would have to spell differently.
    /// </summary>
    private static string Reference(GeneratorOptions options, string root, StatModel stat)
    {
        var name = $"{root}.{stat.Group}.{stat.Key}";
        return CanReference(stat) ? $"<see cref=\"{options.Qualify(name)}\"/>" : Xml(name);
    }

    /// <summary>Whether a cref can name the statistic's members: not when a name needs '@'.</summary>
    private static bool CanReference(StatModel stat) => Identifiers(stat.Key) == stat.Key && TypeName(stat.Group) == stat.Group;

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
        var value = stat.Upper is { } upper
            ? $"from {Readable(stat.Value, stat.Unit)} to {Readable(upper, stat.Unit)}"
            : Readable(stat.Value, stat.Unit);
        return Xml($"{qualifier}{value}{unit}: \u201C{stat.Sentence}\u201D");
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

    /// <summary>
    /// A statistic's value is a constant (usable in <c>switch</c> and attributes, but copied into every assembly that
    /// uses it when that assembly is compiled) or, with <c>DatasetStatConstants=false</c>, a static read-only field
    /// (read at run time from the dataset's assembly, so a new version of it reaches consumers without a recompile).
    /// </summary>
    internal static string StatModifiers(GeneratorOptions options) => options.StatConstants ? "public const" : "public static readonly";

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
}
