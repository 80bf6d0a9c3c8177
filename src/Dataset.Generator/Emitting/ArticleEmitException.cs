using System;

namespace Dataset.Generator.Emitting;

/// <summary>
/// A member of <see cref="Article"/> could not be written (a generator bug): its file is written again without that
/// article, so the others stay whole, and the failure is reported as an internal error.
/// </summary>
internal sealed class ArticleEmitException : Exception
{
    public ArticleEmitException(ArticleMembers article, Exception inner)
        : base("A member of " + article.Article.FilePath + " could not be written", inner)
    {
        Article = article;
    }

    public ArticleMembers Article { get; }
}
