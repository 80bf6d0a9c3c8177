using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Generator.Model;
using Dataset.Tool.Loading;

namespace Dataset.Tool.Exporting;

/// <summary>A quote with the article it is in and its speaker as the dataset knows him (the first declaration).</summary>
internal sealed record QuoteRow(ArticleModel Article, QuoteModel Quote, EntityModel Speaker);

/// <summary>A statistic with its article.</summary>
internal sealed record StatRow(ArticleModel Article, StatModel Stat);

/// <summary>A mention with its article.</summary>
internal sealed record MentionRow(ArticleModel Article, MentionModel Mention);

/// <summary>One paragraph of an article (1-based <paramref name="Number"/>, as <c>Quote.Paragraph</c> counts).</summary>
internal sealed record ParagraphRow(ArticleModel Article, int Number, string Text);

/// <summary>
/// What the generated API holds, in the order its <c>All</c> lists give it: the articles by id, the quotes and
/// statistics in article (path) order, the entities by kind and key, each merged across articles (the first
/// declaration's name and role); what the build leaves out (duplicates, unemittable files) is left out here too.
/// </summary>
internal sealed class ExportSource
{
    public ExportSource(LoadedDataset dataset)
    {
        var byId = dataset.GeneratedArticles.ToDictionary(article => article.Id, StringComparer.Ordinal);
        var index = dataset.Index;
        Articles = index.ArticleIds.Select(id => byId[id]).ToList();
        Entities = index.Entities.ToList();
        var people = Entities.Where(entity => entity.Declaration.Kind == EntityKind.Person)
            .ToDictionary(entity => entity.Declaration.Key, entity => entity.Declaration, StringComparer.Ordinal);
        Quotes = index.Quotes.Select(reference =>
        {
            var article = byId[reference.ArticleId];
            var quote = article.Quotes[reference.Index];
            return new QuoteRow(article, quote, people[quote.Speaker]);
        }).ToList();
        Stats = index.Stats.Select(reference => new StatRow(byId[reference.ArticleId], byId[reference.ArticleId].Stats[reference.Index])).ToList();
        Mentions = Articles.SelectMany(article => article.Mentions.Select(mention => new MentionRow(article, mention))).ToList();
        Paragraphs = Articles.SelectMany(article => article.Paragraphs.Select((text, i) => new ParagraphRow(article, i + 1, text))).ToList();
    }

    public IReadOnlyList<ArticleModel> Articles { get; }

    public IReadOnlyList<QuoteRow> Quotes { get; }

    public IReadOnlyList<StatRow> Stats { get; }

    public IReadOnlyList<IndexedEntity> Entities { get; }

    public IReadOnlyList<MentionRow> Mentions { get; }

    public IReadOnlyList<ParagraphRow> Paragraphs { get; }

    public IEnumerable<EntityModel> EntitiesOf(EntityKind kind) =>
        Entities.Where(entity => entity.Declaration.Kind == kind).Select(entity => entity.Declaration);
}
