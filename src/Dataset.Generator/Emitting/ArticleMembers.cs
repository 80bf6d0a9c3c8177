using System.Collections.Generic;

namespace Dataset.Generator.Emitting;

/// <summary>
/// One article's members, rendered before its file is written (see <see cref="ArticleEmitter.Render"/>): an article
/// that fails to render (a generator bug, reported) leaves the other articles of its file whole.
/// </summary>
internal sealed class ArticleMembers
{
    public ArticleMembers(RenderedMember article)
    {
        Article = article;
    }

    /// <summary>The <c>Articles.&lt;Id&gt;</c> member.</summary>
    public RenderedMember Article { get; }

    /// <summary>The quotes, each with the class of its speaker under <c>Quotes</c>.</summary>
    public List<(string Class, RenderedMember Member)> Quotes { get; } = new();

    /// <summary>The statistics' constants, each with the class of its group under <c>Stats</c>.</summary>
    public List<(string Class, RenderedMember Member)> Stats { get; } = new();

    /// <summary>The statistics' records, each with the class of its group under <c>Statistics</c>.</summary>
    public List<(string Class, RenderedMember Member)> Statistics { get; } = new();

    /// <summary>What the article's encoded data holds.</summary>
    public DataEncoder.ChunkArticle Encoded { get; set; }
}

/// <summary>
/// A member's code (docs, <c>#line</c> directive, declaration) at its final indentation, and whether it left a
/// <c>#line</c> mapping open that the writer must end before the next brace.
/// </summary>
internal readonly struct RenderedMember
{
    public RenderedMember(string code, bool mapped)
    {
        Code = code;
        Mapped = mapped;
    }

    public string Code { get; }

    public bool Mapped { get; }
}
