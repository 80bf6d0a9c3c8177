using Markdig.Parsers;
using Markdig.Syntax;

namespace Dataset.Generator.Parsing.Body;

/// <summary>
/// Lets Markdig read an article's whole text rather than a copy of its body: the lines before
/// <see cref="MarkdownBodyContext.BodyStart"/> (the front matter, already read by <see cref="FrontMatterReader"/>)
/// become one <see cref="FrontMatterBlock"/> that keeps no lines and that the tree walk skips. The body's first line
/// then starts with no block open, as the first line of a document does, so the body reads as it would alone, and
/// every source position Markdig gives is an offset in the article's text.
/// </summary>
internal sealed class FrontMatterBlockParser : BlockParser
{
    // The front matter's first line is its '---' fence, at the very start of the text.
    public FrontMatterBlockParser() => OpeningCharacters = new[] { '-' };

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.LineIndex != 0 || processor.Context is not MarkdownBodyContext { BodyStart: > 0 } context)
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new FrontMatterBlock(this));
        return IsLastLine(processor, context) ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block) =>
        IsLastLine(processor, (MarkdownBodyContext)processor.Context!) ? BlockState.BreakDiscard : BlockState.ContinueDiscard;

    /// <summary>Whether the line is the front matter's last (its closing fence): the body starts at the next line.</summary>
    private static bool IsLastLine(BlockProcessor processor, MarkdownBodyContext context) =>
        processor.Line.End + 2 >= context.BodyStart;
}

/// <summary>The front matter in Markdig's tree: no lines, no inlines, nothing the body reader reads.</summary>
internal sealed class FrontMatterBlock : LeafBlock
{
    public FrontMatterBlock(BlockParser parser)
        : base(parser)
    {
        // Blank lines inside the front matter do not end it (as inside a fenced code block).
        IsBreakable = false;
    }
}
