using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>
/// Emits articles' members under <c>Articles</c>, <c>Quotes</c>, <c>Stats</c> and <c>Statistics</c>: thin properties
/// over the dataset's encoded data (see <see cref="ChunkEmitter"/>), with their docs and <c>#line</c> mapping. An
/// article's members depend on the article alone (and on what the checks across articles told it to leave out), so an
/// edit re-emits only its file. A file with several articles (a bucket, see <see cref="OutputFiles"/>) declares each
/// class once and puts every article's members in it: the compiler's cost grows with the number of partial
/// declarations of a class, not only with its members. Members are written straight into the file's builder (no
/// string per member); one that fails names its article (<see cref="ArticleEmitException"/>), and the file is written
/// again without that article, so the others stay whole.
/// </summary>
internal static class ArticleEmitter
{
    /// <summary>The article's members: the quotes and statistics it keeps (what the checks across articles did not leave to another).</summary>
    public static ArticleMembers Plan(ArticleModel article, EquatableArray<Skip> skips, GeneratorOptions options)
    {
        var skippedQuotes = new HashSet<int>(skips.Where(skip => skip.Kind == SkipKind.Quote).Select(skip => skip.Index));
        var skippedStats = new HashSet<int>(skips.Where(skip => skip.Kind == SkipKind.Stat).Select(skip => skip.Index));
        // Index: the item's position among those the article keeps, which is its position in the encoded article.
        var quotes = article.Quotes.Where((_, index) => !skippedQuotes.Contains(index)).Select((quote, index) => (Quote: quote, Index: index)).ToList();
        var stats = article.Stats.Where((_, index) => !skippedStats.Contains(index)).Select((stat, index) => (Stat: stat, Index: index)).ToList();
        var file = LineDirectives.FileName(article.FilePath, options.ProjectDirectory, options.PathMap);
        return new ArticleMembers(article, quotes, stats, file);
    }

    /// <summary>
    /// Writes the members of a file's articles, each class declared once: <c>Articles</c>, then <c>Quotes</c>,
    /// <c>Stats</c> and <c>Statistics</c> with their nested classes in the order the articles first name them. A member
    /// that fails (a generator bug) throws <see cref="ArticleEmitException"/> naming its article.
    /// </summary>
    /// <para>
    /// Each member reads its item by its position in the file's data (<paramref name="chunkClass"/>, which holds the
    /// articles in this order): the article's position, or the quote's or statistic's among the file's quotes or
    /// statistics, every article's after the one before it.
    /// </para>
    public static void Write(CodeWriter writer, IReadOnlyList<ArticleMembers> articles, string chunkClass, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var parts = new DeclarationParts(options, chunkClass);
        var visibility = EmitNames.Visibility(options);
        var quoteStarts = new Dictionary<ArticleMembers, int>();
        var statStarts = new Dictionary<ArticleMembers, int>();
        int quoteCount = 0, statCount = 0;
        foreach (var article in articles)
        {
            quoteStarts.Add(article, quoteCount);
            statStarts.Add(article, statCount);
            quoteCount += article.Quotes.Count;
            statCount += article.Stats.Count;
        }

        writer.Open($"{visibility} static partial class Articles");
        var first = true;
        for (var position = 0; position < articles.Count; position++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Separate(writer, ref first);
            Guarded(articles[position], position, (members, item) => WriteArticle(writer, members, item, parts));
        }

        writer.Close();
        var quotes = articles.SelectMany(article => article.Quotes.Select(quote => (Class: TypeName(quote.Quote.Speaker), Article: article, Item: quote.Index)));
        WriteNested(writer, $"{visibility} static partial class Quotes", quotes, (article, index) => WriteQuote(writer, article, article.Quotes[index].Quote, quoteStarts[article] + index, parts), cancellationToken);
        var stats = articles.SelectMany(article => article.Stats.Select(stat => (Class: TypeName(stat.Stat.Group), Article: article, Item: stat.Index))).ToList();
        WriteNested(writer, $"{visibility} static partial class Stats", stats, (article, index) => WriteConstant(writer, article, article.Stats[index].Stat, parts), cancellationToken);
        WriteNested(writer, $"{visibility} static partial class Statistics", stats, (article, index) => WriteStatistic(writer, article, article.Stats[index].Stat, statStarts[article] + index, parts), cancellationToken);
    }

    /// <summary>Writes one member of an article; a failure names the article (see <see cref="ArticleEmitException"/>).</summary>
    private static void Guarded(ArticleMembers article, int item, Action<ArticleMembers, int> write)
    {
        try
        {
            write(article, item);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or ArticleEmitException))
        {
            throw new ArticleEmitException(article, exception);
        }
    }

    private static void WriteNested(CodeWriter writer, string header, IEnumerable<(string Class, ArticleMembers Article, int Item)> members, Action<ArticleMembers, int> write, CancellationToken cancellationToken)
    {
        var classes = members.GroupBy(member => member.Class, StringComparer.Ordinal).ToList();
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
            foreach (var (_, article, item) in nested)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Separate(writer, ref firstMember);
                Guarded(article, item, write);
            }

            writer.Close();
        }

        writer.Close();
    }

    private static void WriteArticle(CodeWriter writer, ArticleMembers members, int position, DeclarationParts parts)
    {
        var article = members.Article;
        writer.Member(article.IdLocation, members.FileName);
        writer.Begin().Text("/// <summary>").XmlEscaped(article.Title).Text("</summary>").End();
        writer.Begin().Text("/// <remarks><para>").XmlEscaped(article.Source).Text(", ");
        if (article.Dateline is not null)
        {
            writer.XmlEscaped(article.Dateline).Text(", ");
        }

        writer.Text(Date(article)).Text(".</para><para>")
            .Text(Counted(article.Paragraphs.Count, "paragraph")).Text(", ").Text(Counted(members.Quotes.Count, "quote")).Text(", ").Text(Counted(members.Stats.Count, "statistic"))
            .Text(".</para><para>From ").XmlEscaped(article.RelativePath).Text(".</para></remarks>").End();
        writer.Mapped(parts.ArticleBefore, EscapeIdentifier(article.Id), article.IdLocation, members.FileName)
            .Text(parts.ArticleLookup).Text(position).Text(");").End();
    }

    private static void WriteQuote(CodeWriter writer, ArticleMembers members, QuoteModel quote, int item, DeclarationParts parts)
    {
        var article = members.Article;
        var speaker = article.Entities.First(entity => entity.Kind == EntityKind.Person && entity.Key == quote.Speaker);
        writer.Member(quote.Location, members.FileName);
        writer.Begin().Text("/// <summary>\u201C").XmlEscaped(quote.Text).Text("\u201D</summary>").End();
        writer.Begin().Text("/// <remarks><para>");
        if (quote.Cue is null)
        {
            writer.Text("Said by ");
        }

        writer.XmlEscaped(speaker.Name);
        if (speaker.Role is not null)
        {
            writer.Text(", ").XmlEscaped(speaker.Role);
        }

        if (quote.Cue is not null)
        {
            writer.Text(", ").XmlEscaped(quote.Cue);
        }

        writer.Text(".</para><para>");
        InArticle(writer, article, quote.Paragraph);
        writer.Text("</para></remarks>").End();
        writer.Mapped(parts.QuoteBefore, EscapeIdentifier(quote.Key), quote.Location, members.FileName)
            .Text(parts.QuoteLookup).Text(item).Text(");").End();
    }

    private static void WriteConstant(CodeWriter writer, ArticleMembers members, StatModel stat, DeclarationParts parts)
    {
        writer.Member(stat.Location, members.FileName);
        StatDocs(writer, stat, members.Article, "Full record: ", "Statistics", parts.Options);
        writer.Mapped(parts.ConstantBefore(stat.ValueKind), EscapeIdentifier(stat.Key), stat.Location, members.FileName)
            .Text(" = ").Text(stat.Value).Text(ConstantSuffix(stat.ValueKind)).Text(";").End();
    }

    private static void WriteStatistic(CodeWriter writer, ArticleMembers members, StatModel stat, int item, DeclarationParts parts)
    {
        writer.Member(stat.Location, members.FileName);
        // The same docs as the constant's, by reference (half the generated text of a statistic), where a cref can name it.
        if (CanReference(stat))
        {
            writer.Begin().Text("/// <inheritdoc cref=\"").Text(parts.Options.Qualify($"Stats.{stat.Group}.{stat.Key}")).Text("\"/>").End();
        }
        else
        {
            StatDocs(writer, stat, members.Article, "Constant: ", "Stats", parts.Options);
        }

        writer.Mapped(parts.StatisticBefore, EscapeIdentifier(stat.Key), stat.Location, members.FileName)
            .Text(parts.StatisticLookup).Text(item).Text(");").End();
    }

    /// <summary>
    /// A statistic's docs: the value, qualifier, unit and rate with the sentence; the words as written and where; and a
    /// reference to the same statistic under <paramref name="root"/>.
    /// </summary>
    private static void StatDocs(CodeWriter writer, StatModel stat, ArticleModel article, string label, string root, GeneratorOptions options)
    {
        writer.Begin().Text("/// <summary>").Text(Qualifier(stat.Qualifier));
        if (stat.Upper is { } upper)
        {
            writer.Text("from ").XmlEscaped(Readable(stat.Value, stat.Unit)).Text(" to ").XmlEscaped(Readable(upper, stat.Unit));
        }
        else
        {
            writer.XmlEscaped(Readable(stat.Value, stat.Unit));
        }

        if (stat.Unit is not null)
        {
            writer.Text(" ").XmlEscaped(stat.Unit);
        }

        if (stat.Per is not null)
        {
            writer.Text(" per ").XmlEscaped(stat.Per);
        }

        writer.Text(": \u201C").XmlEscaped(stat.Sentence).Text("\u201D</summary>").End();
        writer.Begin().Text("/// <remarks><para>Written as \u201C").XmlEscaped(stat.Text).Text("\u201D in paragraph ").Text(stat.Paragraph)
            .Text(" of \u201C").XmlEscaped(article.Title).Text("\u201D.</para><para>").Text(label);
        var name = $"{root}.{stat.Group}.{stat.Key}";
        if (CanReference(stat))
        {
            writer.Text("<see cref=\"").Text(options.Qualify(name)).Text("\"/>");
        }
        else
        {
            writer.XmlEscaped(name);
        }

        writer.Text(".</para></remarks>").End();
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
    /// that <see cref="Footer"/> closes, with the writer left inside it. <c>#nullable enable annotations</c> with
    /// nullable warnings off from C# 8 on (nothing generated is annotated, so older versions need no other form).
    /// Written to <paramref name="builder"/> when given (the whole file's).
    /// </summary>
    internal static CodeWriter Header(string origin, GeneratorOptions options, StringBuilder? builder = null)
    {
        var writer = new CodeWriter(builder ?? new StringBuilder(), options.Language.SpanLineDirectives, 0);
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

    /// <summary>A writer for the code after the <see cref="Header"/> (appended to <paramref name="builder"/>), indented into a block namespace when there is one.</summary>
    internal static CodeWriter BodyWriter(GeneratorOptions options, StringBuilder builder) => new(builder, options.Language.SpanLineDirectives, BodyIndent(options));

    /// <summary>The indentation of the code after the <see cref="Header"/>: 1 inside a block namespace, else 0.</summary>
    internal static int BodyIndent(GeneratorOptions options) => InBlockNamespace(options) ? 1 : 0;

    private static bool InBlockNamespace(GeneratorOptions options) =>
        options.Namespace.Length > 0 && !options.Language.FileScopedNamespaces;

    /// <summary>A key as a member name: with '@' when it is a C# keyword (<c>event</c> becomes <c>@event</c>).</summary>
    internal static string EscapeIdentifier(string key) => Identifiers.Escape(key);

    /// <summary>
    /// A key as the name of a generated class (a speaker, a statistics group). Keywords get '@', and so do names of
    /// lower-case ASCII letters only: declared plainly, C# warns that such a type name may become a keyword
    /// (CS8981, an error under warnings-as-errors); declared with '@' it does not, and uses read the same.
    /// </summary>
    internal static string TypeName(string key) =>
        key.Length > 0 && key.All(c => c is >= 'a' and <= 'z') ? "@" + key : EscapeIdentifier(key);

    internal static string Date(ArticleModel article) =>
        string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", article.Year, article.Month, article.Day);

    /// <summary>A file path inside a <c>//</c> comment: line breaks would end the comment, so they are replaced.</summary>
    internal static string Comment(string text) => Literals.XmlText(text);

    /// <summary>Where an item is: the article's source and date are on the article's own docs, one hover away.</summary>
    private static void InArticle(CodeWriter writer, ArticleModel article, int paragraph) =>
        writer.Text("Paragraph ").Text(paragraph).Text(" of \u201C").XmlEscaped(article.Title).Text("\u201D.");

    /// <summary>Whether a cref can name the statistic's members: not when a name needs '@'.</summary>
    private static bool CanReference(StatModel stat) => EscapeIdentifier(stat.Key) == stat.Key && TypeName(stat.Group) == stat.Group;

    private static string Qualifier(StatQualifier qualifier) => qualifier switch
    {
        StatQualifier.AtLeast => "at least ",
        StatQualifier.AtMost => "at most ",
        StatQualifier.About => "about ",
        StatQualifier.Nearly => "nearly ",
        _ => string.Empty,
    };

    /// <summary>
    /// The value with thousands separators (<c>14,000</c>), except for a year (<c>1979</c>, never <c>1,979</c>), or as
    /// it is when it is not a plain number.
    /// </summary>
    internal static string Readable(string value, string? unit)
    {
        if (unit is "year" or "years")
        {
            return value;
        }

        // Most values are whole numbers written plainly (no sign, no leading zero): grouped by hand, which is what the
        // format below gives them, without a decimal's custom formatting per statistic.
        if (value.Length is > 0 and < 19 && value[0] is >= '1' and <= '9' && value.All(c => c is >= '0' and <= '9'))
        {
            if (value.Length <= 3)
            {
                return value;
            }

            var grouped = new StringBuilder(value.Length + (value.Length / 3));
            for (var i = 0; i < value.Length; i++)
            {
                if (i > 0 && (value.Length - i) % 3 == 0)
                {
                    grouped.Append(',');
                }

                grouped.Append(value[i]);
            }

            return grouped.ToString();
        }

        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("#,0.############################", CultureInfo.InvariantCulture)
            : value;
    }

    /// <summary>A count with its noun, for docs: <c>1 quote</c>, <c>2 quotes</c>.</summary>
    internal static string Counted(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>
    /// A statistic's value is a constant (usable in <c>switch</c> and attributes, but copied into every assembly that
    /// uses it when that assembly is compiled) or, with <c>DatasetStatConstants=false</c>, a static read-only field
    /// (read at run time from the dataset's assembly, so a new version of it reaches consumers without a recompile).
    /// </summary>
    internal static string StatModifiers(GeneratorOptions options) => options.StatConstants ? "public const" : "public static readonly";

    internal static string ConstantType(StatValueKind kind) => kind switch
    {
        StatValueKind.Int => "int",
        StatValueKind.Long => "long",
        _ => "double",
    };

    private static string ConstantSuffix(StatValueKind kind) => kind switch
    {
        StatValueKind.Int => string.Empty,
        StatValueKind.Long => "L",
        _ => "D",
    };
}
