using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Parsers.Inlines;

namespace Dataset.Generator.Parsing.Body;

/// <summary>
/// The Markdown an article body is: CommonMark, plus Pandoc's bracketed spans <c>[text]{attributes}</c> (taking
/// precedence over links), Pandoc's <c>\ </c> escape (a no-break space), and strikeout <c>~~a~~</c>, subscript
/// <c>~a~</c> and superscript <c>^a^</c> (Pandoc's defaults). Source positions are precise, so every inline knows its
/// offsets. One pipeline serves every parse (Markdig pipelines are safe to share; the per-body state is in
/// <see cref="MarkdownBodyContext"/>).
/// </summary>
internal static class MarkdownPipelines
{
    public static MarkdownPipeline Body { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough | EmphasisExtraOptions.Subscript | EmphasisExtraOptions.Superscript);
        builder.BlockParsers.Insert(0, new FrontMatterBlockParser());
        builder.InlineParsers.InsertBefore<LinkInlineParser>(new BracketedSpanParser());
        builder.InlineParsers.InsertBefore<EscapeInlineParser>(new NoBreakSpaceEscapeParser());
        return builder.Build();
    }
}
