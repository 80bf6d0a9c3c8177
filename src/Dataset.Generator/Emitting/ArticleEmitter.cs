using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>
/// Emits articles' members under <c>Articles</c>, <c>Quotes</c>, <c>Stats</c> and <c>Statistics</c>: thin properties
/// over the dataset's encoded data (see <see cref="ChunkEmitter"/>), with their docs and <c>#line</c> mapping. An
/// article's members depend on the article alone (and on what the checks across articles told it to leave out), so an
/// edit re-emits only its file. A file with several articles (a bucket, see <see cref="OutputFiles"/>) declares each
/// class once and puts every article's members in it: the compiler's cost grows with the number of partial
/// declarations of a class, not only with its members.
/// </summary>
internal static class ArticleEmitter
{
    /// <summary>
    /// Renders the article's members for a file whose code starts at <paramref name="indent"/> (inside a block
    /// namespace: 1), and what its encoded data holds: the quotes and statistics it keeps.
    /// </summary>
    public static ArticleMembers Render(ArticleModel article, EquatableArray<Skip> skips, GeneratorOptions options, int indent, CancellationToken cancellationToken)
    {
        var skippedQuotes = new HashSet<int>(skips.Where(skip => skip.Kind == SkipKind.Quote).Select(skip => skip.Index));
        var skippedStats = new HashSet<int>(skips.Where(skip => skip.Kind == SkipKind.Stat).Select(skip => skip.Index));
        // Index: the item's position among those the article keeps, which is its position in the encoded article.
        var quotes = article.Quotes.Where((_, index) => !skippedQuotes.Contains(index)).Select((quote, index) => (Quote: quote, Index: index)).ToList();
        var stats = article.Stats.Where((_, index) => !skippedStats.Contains(index)).Select((stat, index) => (Stat: stat, Index: index)).ToList();
        var data = EmitNames.Data(options);
        var id = Literals.String(article.Id);
        var file = LineDirectives.FileName(article.FilePath, options.ProjectDirectory, options.PathMap);

        var writer = Member(options, indent + 1);
        writer.XmlDoc(Xml(article.Title), ArticleRemarks(article, quotes.Count, stats.Count));
        writer.Mapped($"public static {EmitNames.Article} ", Identifiers(article.Id), $" => {data}.Article({id});", article.IdLocation, file);
        var members = new ArticleMembers(writer.Render());

        foreach (var (quote, index) in quotes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var person = article.Entities.First(entity => entity.Kind == EntityKindModel.Person && entity.Key == quote.Speaker);
            writer = Member(options, indent + 2);
            writer.XmlDoc(Xml("\u201C" + quote.Text + "\u201D"), QuoteRemarks(quote, person, article));
            writer.Mapped($"public static {EmitNames.Quote} ", Identifiers(quote.Key), $" => {data}.Quote({id}, {index});", quote.Location, file);
            members.Quotes.Add((TypeName(quote.Speaker), writer.Render()));
        }

        foreach (var (stat, index) in stats)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer = Member(options, indent + 2);
            writer.XmlDoc(StatSummary(stat), StatWritten(stat, article), "Full record: " + Reference(options, "Statistics", stat) + ".");
            writer.Mapped($"{StatModifiers(options)} {ConstantType(stat.ValueKind)} ", Identifiers(stat.Key), $" = {ConstantLiteral(stat)};", stat.Location, file);
            members.Stats.Add((TypeName(stat.Group), writer.Render()));

            writer = Member(options, indent + 2);
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
            members.Statistics.Add((TypeName(stat.Group), writer.Render()));
        }

        members.Encoded = new DataEncoder.ChunkArticle(article, quotes.Select(pair => pair.Quote).ToList(), stats.Select(pair => pair.Stat).ToList());
        return members;
    }

    /// <summary>
    /// Writes the members of a file's articles, each class declared once: <c>Articles</c>, then <c>Quotes</c>,
    /// <c>Stats</c> and <c>Statistics</c> with their nested classes in the order the articles first name them.
    /// </summary>
    public static void Write(CodeWriter writer, IReadOnlyList<ArticleMembers> articles, GeneratorOptions options)
    {
        var visibility = EmitNames.Visibility(options);
        writer.Open($"{visibility} static partial class Articles");
        var first = true;
        foreach (var article in articles)
        {
            Separate(writer, ref first);
            writer.Append(article.Article);
        }

        writer.Close();
        WriteNested(writer, $"{visibility} static partial class Quotes", articles.SelectMany(article => article.Quotes));
        WriteNested(writer, $"{visibility} static partial class Stats", articles.SelectMany(article => article.Stats));
        WriteNested(writer, $"{visibility} static partial class Statistics", articles.SelectMany(article => article.Statistics));
    }

    private static void WriteNested(CodeWriter writer, string header, IEnumerable<(string Class, RenderedMember Member)> members)
    {
        var classes = members.GroupBy(member => member.Class, System.StringComparer.Ordinal).ToList();
        if (classes.Count == 0)
        {
            return;
        }

        writer.Line();
        writer.Open(header);
        var firstClass = true;
        foreach (var nested in classes)
        {
            Separate(writer, ref firstClass);
            writer.Open($"public static partial class {nested.Key}");
            var firstMember = true;
            foreach (var (_, member) in nested)
            {
                Separate(writer, ref firstMember);
                writer.Append(member);
            }

            writer.Close();
        }

        writer.Close();
    }

    private static CodeWriter Member(GeneratorOptions options, int indent) => new(options.Language.SpanLineDirectives, indent);

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
    /// that <see cref="Footer"/> closes, with the writer left inside it. <c>#nullable enable annotations</c> with
    /// nullable warnings off from C# 8 on (nothing generated is annotated, so older versions need no other form).
    /// </summary>
    internal static CodeWriter Header(string origin, GeneratorOptions options)
    {
        var writer = new CodeWriter(options.Language.SpanLineDirectives);
        writer.Line("// <auto-generated/>");
        writer.Line("// Generated by the Dataset source generator from " + Comment(origin) + ". Edit the data file, not this file.");
        if (options.Language.Nullable)
        {
            // Annotations on (members read as non-null), warnings off: nothing here needs checking, and with warnings
            // off the compiler skips nullable analysis of every member, a tenth of a large dataset's build.
            writer.Line("#nullable enable annotations");
            writer.Line("#nullable disable warnings");
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
    internal static CodeWriter BodyWriter(GeneratorOptions options) => new(options.Language.SpanLineDirectives, BodyIndent(options));

    /// <summary>The indentation of the code after the <see cref="Header"/>: 1 inside a block namespace, else 0.</summary>
    internal static int BodyIndent(GeneratorOptions options) => InBlockNamespace(options) ? 1 : 0;

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
