using System.Collections.Generic;
using System.Linq;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>
/// One article's members as its file will declare them (see <see cref="ArticleEmitter.Plan"/>): the quotes and
/// statistics it keeps, each with its position among them, which is its position in the encoded article.
/// </summary>
internal sealed class ArticleMembers
{
    public ArticleMembers(ArticleModel article, List<(QuoteModel Quote, int Index)> quotes, List<(StatModel Stat, int Index)> stats, string? fileName)
    {
        Article = article;
        Quotes = quotes;
        Stats = stats;
        FileName = fileName;
    }

    public ArticleModel Article { get; }

    public IReadOnlyList<(QuoteModel Quote, int Index)> Quotes { get; }

    public IReadOnlyList<(StatModel Stat, int Index)> Stats { get; }

    /// <summary>The data file as the <c>#line</c> directives name it, or null when it cannot be named (see <see cref="LineDirectives.FileName"/>).</summary>
    public string? FileName { get; }

    /// <summary>What the article's encoded data holds.</summary>
    public DataEncoder.ChunkArticle Encoded =>
        new(Article, Quotes.Select(pair => pair.Quote).ToList(), Stats.Select(pair => pair.Stat).ToList());
}
