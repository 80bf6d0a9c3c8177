using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dataset.Generator.Parsing.Body;

/// <summary>Pandoc's escape <c>\ </c> (backslash, space): a no-break space. CommonMark leaves both characters as they are.</summary>
internal sealed class NoBreakSpaceEscapeParser : InlineParser
{
    public NoBreakSpaceEscapeParser() => OpeningCharacters = new[] { '\\' };

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != ' ')
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new LiteralInline("\u00A0")
        {
            Span = new SourceSpan(start, start + 1),
            Line = line,
            Column = column,
            IsFirstCharacterEscaped = true,
        };
        slice.Start += 2;
        return true;
    }
}
