using Markdig.Syntax.Inlines;

namespace Dataset.Generator.Parsing.Body;

/// <summary>A Pandoc bracketed span <c>[text]{attributes}</c> in Markdig's tree: its children are the text's inlines.</summary>
internal sealed class BracketedSpanInline : ContainerInline
{
    public BracketedSpanInline(int start, int close, int end, RawAttribute[]? attributes)
    {
        Start = start;
        Close = close;
        End = end;
        Attributes = attributes;
    }

    /// <summary>The offset of the <c>[</c> in the article's text.</summary>
    public int Start { get; }

    /// <summary>The offset of the <c>]</c> that ends the text.</summary>
    public int Close { get; }

    /// <summary>The offset just past the closing <c>}</c> in the article's text.</summary>
    public int End { get; }

    /// <summary>The attributes, or null when the list was invalid (reported): the span's text is then plain text.</summary>
    public RawAttribute[]? Attributes { get; }
}
