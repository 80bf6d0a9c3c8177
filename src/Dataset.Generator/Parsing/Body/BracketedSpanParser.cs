using Dataset.Generator.Diagnostics;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dataset.Generator.Parsing.Body;

/// <summary>
/// Closes a Pandoc bracketed span: a <c>]</c> followed directly by <c>{</c> ends the <c>[</c> still open before it
/// (the one Markdig's link parser opened) as a <see cref="BracketedSpanInline"/>. Runs before the link parser, so
/// <c>[text]{...}</c> is a span even where a link reference <c>[text]</c> is defined, and it also closes a <c>[</c>
/// that a link inside it made inactive (<c>[see [this](url)]{.quote ...}</c>, as Pandoc reads it).
/// </summary>
internal sealed class BracketedSpanParser : InlineParser
{
    public BracketedSpanParser() => OpeningCharacters = new[] { ']' };

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '{' || processor.Context is not MarkdownBodyContext context || processor.Inline is null)
        {
            return false;
        }

        var opener = processor.Inline.FirstParentOfType<LinkDelimiterInline>();
        if (opener is null)
        {
            return false;
        }

        var close = processor.GetSourcePosition(slice.Start);
        var brace = close + 1;
        var lineEnd = context.Attributes.LineEnd(brace);
        var closing = context.Attributes.FindClosingBrace(brace, lineEnd);
        if (closing < 0)
        {
            // Read as text (Markdig's link parser turns the brackets into literals); the ']' closes its '[' and the
            // rest of the line is no stray bracket: one mistake, one diagnostic.
            context.Diagnostics.Add(DiagnosticDescriptors.UnclosedAttributes, brace, brace + 1, "the end of the line");
            context.Handled(close, lineEnd);
            return false;
        }

        var attributes = context.Attributes.Read(brace + 1, closing);
        var start = opener.Span.Start + (opener.IsImage ? 1 : 0);
        var span = new BracketedSpanInline(start, close, closing + 1, attributes)
        {
            Span = new SourceSpan(start, closing),
            Line = opener.Line,
            Column = opener.Column,
        };

        var child = opener.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            span.AppendChild(child);
            child = next;
        }

        opener.ReplaceBy(span, copyChildren: false);
        if (opener.IsImage)
        {
            // '![text]{...}' is no image (it has no destination): a '!' and a span.
            span.InsertBefore(new LiteralInline("!") { Span = new SourceSpan(opener.Span.Start, opener.Span.Start) });
        }

        // Emphasis inside the span pairs up within it, as inside a link's text.
        processor.PostProcessInlines(0, span, null, false);
        span.IsClosed = true;
        processor.Inline = span;
        slice.Start += closing + 1 - close;
        return true;
    }
}
