using System;
using System.Collections.Generic;
using System.Globalization;
using Dataset.Generator.Model;

namespace Dataset.Tool.Exporting;

/// <summary>
/// Every exported table and column. Each value is the one the generated C# API yields for the same member (see the
/// comments naming it), so an export and a program that uses the dataset agree.
/// </summary>
internal static class ExportTables
{
    public static IReadOnlyList<IExportTable> All { get; } = Create();

    private static IReadOnlyList<IExportTable> Create()
    {
        var articles = new ExportTable<ArticleModel>("articles", "Every article (Articles.All), ordered by id.", source => source.Articles)
            .Column("id", ExportType.String, "The member name under Articles (Article.Id).", article => article.Id)
            .Column("title", ExportType.String, "The headline (Article.Title).", article => article.Title)
            .Column("source", ExportType.String, "Who published it (Article.Source).", article => article.Source)
            .Column("dateline", ExportType.OptionalString, "Where it was filed from (Article.Dateline).", article => article.Dateline)
            .Column("published", ExportType.String, "The publication date, YYYY-MM-DD (Article.Published).", article => Date(article))
            .Column("paragraphs", ExportType.StringList, "The body's paragraphs as plain text (Article.Paragraphs); in CSV, paragraphs.csv.", article => article.Paragraphs);
        Located(articles, article => (article.RelativePath, article.IdLocation));

        var paragraphs = new ExportTable<ParagraphRow>("paragraphs", "Every paragraph of every article (Article.Paragraphs), one a row.", source => source.Paragraphs, inJson: false)
            .Column("article", ExportType.String, "The article's id.", row => row.Article.Id)
            .Column("paragraph", ExportType.Integer, "The paragraph's 1-based number.", row => row.Number)
            .Column("text", ExportType.String, "The paragraph as plain text.", row => row.Text);

        var quotes = new ExportTable<QuoteRow>("quotes", "Every quote (Quotes.All), in article order.", source => source.Quotes)
            .Column("id", ExportType.String, "Speaker.Key, the member under Quotes.", row => row.Quote.Speaker + "." + row.Quote.Key)
            .Column("speaker", ExportType.String, "The speaker's key under People (Quote.SpeakerKey).", row => row.Quote.Speaker)
            .Column("speaker_name", ExportType.String, "The speaker's name (Quote.Speaker.Name).", row => row.Speaker.Name)
            .Column("key", ExportType.String, "The quote's key (Quote.Key).", row => row.Quote.Key)
            .Column("text", ExportType.String, "The words quoted (Quote.Text).", row => row.Quote.Text)
            .Column("cue", ExportType.OptionalString, "The reporting verb (Quote.Cue).", row => row.Quote.Cue)
            .Column("article", ExportType.String, "The article's id (Quote.ArticleId).", row => row.Article.Id)
            .Column("paragraph", ExportType.Integer, "The 1-based paragraph (Quote.Paragraph).", row => row.Quote.Paragraph);
        Located(quotes, row => (row.Article.RelativePath, row.Quote.Location));

        var stats = new ExportTable<StatRow>("stats", "Every statistic (Stats.All), in article order.", source => source.Stats)
            .Column("id", ExportType.String, "Group.Key, the member under Stats and Statistics.", row => row.Stat.Group + "." + row.Stat.Key)
            .Column("group", ExportType.String, "The group (Statistic.Group).", row => row.Stat.Group)
            .Column("key", ExportType.String, "The key (Statistic.Key).", row => row.Stat.Key)
            .Column("value", ExportType.Number, "The value (Statistic.Value).", row => decimal.Parse(row.Stat.Value, NumberStyles.Float, CultureInfo.InvariantCulture))
            .Column("unit", ExportType.OptionalString, "The unit (Statistic.Unit).", row => row.Stat.Unit)
            .Column("per", ExportType.OptionalString, "What a rate is per, such as barrel (Statistic.Per).", row => row.Stat.Per)
            .Column("qualifier", ExportType.String, "How the words qualify the number (Statistic.Qualifier).", row => row.Stat.Qualifier.ToString(), Enum.GetNames<StatQualifier>())
            .Column("text", ExportType.String, "The number as written (Statistic.Text).", row => row.Stat.Text)
            .Column("sentence", ExportType.String, "The sentence it is in (Statistic.Sentence).", row => row.Stat.Sentence)
            .Column("article", ExportType.String, "The article's id (Statistic.ArticleId).", row => row.Article.Id)
            .Column("paragraph", ExportType.Integer, "The 1-based paragraph (Statistic.Paragraph).", row => row.Stat.Paragraph);
        Located(stats, row => (row.Article.RelativePath, row.Stat.Location));

        var mentions = new ExportTable<MentionRow>("mentions", "Every mention of a person, organization or place (Article.Mentions), in article order.", source => source.Mentions)
            .Column("kind", ExportType.String, "What is mentioned (Mention.Kind).", row => row.Mention.Kind.ToString(), Enum.GetNames<EntityKind>())
            .Column("entity", ExportType.String, "The entity's key under People, Organizations or Places (Mention.EntityKey).", row => row.Mention.EntityKey)
            .Column("text", ExportType.String, "The words of the mention (Mention.Text).", row => row.Mention.Text)
            .Column("article", ExportType.String, "The article's id (Mention.ArticleId).", row => row.Article.Id)
            .Column("paragraph", ExportType.Integer, "The 1-based paragraph (Mention.Paragraph).", row => row.Mention.Paragraph);
        Located(mentions, row => (row.Article.RelativePath, row.Mention.Location));

        return new IExportTable[]
        {
            articles,
            paragraphs,
            quotes,
            stats,
            Entities("people", "Every person (People.All), by key.", EntityKind.Person),
            Entities("organizations", "Every organization (Organizations.All), by key.", EntityKind.Organization),
            Entities("places", "Every place (Places.All), by key.", EntityKind.Place),
            mentions,
        };
    }

    private static ExportTable<EntityModel> Entities(string name, string description, EntityKind kind) =>
        new ExportTable<EntityModel>(name, description, source => source.EntitiesOf(kind))
            .Column("key", ExportType.String, "The member name (Entity.Key).", entity => entity.Key)
            .Column("name", ExportType.String, "The name (Entity.Name).", entity => entity.Name)
            .Column("role", ExportType.OptionalString, "The role of the first declaration in path order (Entity.Role).", entity => entity.Role);

    /// <summary>The provenance columns, as the generated <c>SourceLocation</c> gives them: 1-based line and column, 0-based offset.</summary>
    private static void Located<TRow>(ExportTable<TRow> table, Func<TRow, (string File, TextLocation Location)> where) => table
        .Column("file", ExportType.String, "The data file, relative to the project (Location.File).", row => where(row).File)
        .Column("line", ExportType.Integer, "The 1-based line the annotation starts on (Location.Line).", row => where(row).Location.StartLine + 1)
        .Column("column", ExportType.Integer, "The 1-based column it starts at (Location.Column).", row => where(row).Location.StartColumn + 1)
        .Column("end_line", ExportType.Integer, "The 1-based line it ends on (Location.EndLine).", row => where(row).Location.EndLine + 1)
        .Column("end_column", ExportType.Integer, "The 1-based column just past its end (Location.EndColumn).", row => where(row).Location.EndColumn + 1)
        .Column("offset", ExportType.Integer, "The 0-based character offset in the text with LF line breaks and no BOM (Location.Start).", row => where(row).Location.Start)
        .Column("length", ExportType.Integer, "The length in characters (Location.Length).", row => where(row).Location.Length);

    private static string Date(ArticleModel article) =>
        string.Create(CultureInfo.InvariantCulture, $"{article.Year:0000}-{article.Month:00}-{article.Day:00}");
}
