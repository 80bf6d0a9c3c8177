using System;
using System.Collections.Generic;
using System.Text;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dataset.Generator.Parsing.Body;

/// <summary>
/// Reads an article body as Markdown (<see cref="MarkdownPipelines.Body"/>) and walks Markdig's tree into blocks of
/// plain text, links and annotations, the texts as Pandoc reads them: markup removed, escapes and entities resolved,
/// inline code by its content, raw HTML dropped, every run of spaces, tabs and line breaks one space, and the spaces
/// at the edges of a span or a link's text not part of it. The walk keeps its own stacks (no recursion); a body that
/// nests too deeply for Markdig's recursive parts is read by <see cref="PlainBodyReader"/> instead, with DS2015.
/// Brackets and braces that Markdown reads as text get the warnings DS2001, DS2002 and DS2006.
/// </summary>
internal sealed class MarkdownBodyReader
{
    private readonly string _text;
    private readonly LineMap _lines;
    private readonly DiagnosticBag _diagnostics;
    private readonly MarkdownBodyContext _context;
    private readonly BodyReading _reading = new();

    /// <summary>The text of the block being walked (one builder a body: each block's text is copied out of it).</summary>
    private readonly StringBuilder _plain = new(256);

    /// <summary>The containers of the block being walked whose text is trimmed of edge spaces (spans and links), with where their text starts.</summary>
    private readonly List<(ContainerInline Container, int TextStart)> _open = new();

    /// <summary>The literal <c>[</c> of the block not yet matched, with the text length then and the braces held back since.</summary>
    private readonly List<(int Offset, int TextStart, int PendingBraces)> _brackets = new();

    private readonly List<int> _pendingBraces = new();

    /// <summary>The inline containers being walked (kept across blocks: one stack a body, not one a block).</summary>
    private readonly Stack<ContainerInline> _exits = new();

    /// <summary>Braces before this offset follow a reported <c>]</c> and are not reported again.</summary>
    private int _bracesReportedUntil;

    private MarkdownBodyReader(string text, int bodyStart, LineMap lines, DiagnosticBag diagnostics)
    {
        _text = text;
        _lines = lines;
        _diagnostics = diagnostics;
        _context = new MarkdownBodyContext(text, bodyStart, diagnostics);
    }

    public static BodyReading Read(string text, int bodyStart, LineMap lines, DiagnosticBag diagnostics)
    {
        BodyReads.Record(diagnostics.FilePath);
        if (NestingPreScan.FindTooDeep(text, bodyStart) is { } tooDeep)
        {
            var what = string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} levels of {1}, more than {2}", tooDeep.Depth, tooDeep.What, NestingPreScan.Limit);
            diagnostics.Add(DiagnosticDescriptors.DeepNesting, tooDeep.Offset, Math.Min(tooDeep.Offset + 1, text.Length), what);
            return PlainBodyReader.Read(text, bodyStart, lines, diagnostics);
        }

        var reader = new MarkdownBodyReader(text, bodyStart, lines, diagnostics);
        var before = diagnostics.Count;
        MarkdownDocument document;
        try
        {
            // The whole text, not a copy of the body: FrontMatterBlockParser keeps Markdig off the front matter.
            document = Markdown.Parse(text, MarkdownPipelines.Body, reader._context);
        }
        catch (ArgumentException exception)
        {
            // Markdig's own depth limit (emphasis nested in thousands of separate runs, say): it throws before it
            // could overflow the stack. Read the body without Markdown instead.
            diagnostics.Truncate(before);
            diagnostics.Add(DiagnosticDescriptors.DeepNesting, bodyStart, Math.Min(bodyStart + 1, text.Length), "Markdig: " + exception.Message.TrimEnd('.'));
            return PlainBodyReader.Read(text, bodyStart, lines, diagnostics);
        }

        reader.WalkBlocks(document);
        reader._reading.Annotations.Sort((left, right) => left.Start.CompareTo(right.Start));
        reader._reading.Links.Sort((left, right) => left.Location.Start.CompareTo(right.Location.Start));
        return reader._reading;
    }

    private void WalkBlocks(MarkdownDocument document)
    {
        // (container, next child index, list depth, quote depth, innermost container kind)
        var stack = new List<(ContainerBlock Container, int Next, int Lists, int Quotes, BlockKind Kind)>
        {
            (document, 0, 0, 0, BlockKind.Paragraph),
        };
        while (stack.Count > 0)
        {
            var top = stack.Count - 1;
            var (container, next, lists, quotes, kind) = stack[top];
            if (next >= container.Count)
            {
                stack.RemoveAt(top);
                continue;
            }

            stack[top] = (container, next + 1, lists, quotes, kind);
            switch (container[next])
            {
                case ListItemBlock item:
                    stack.Add((item, 0, lists + 1, quotes, BlockKind.ListItem));
                    break;
                case QuoteBlock quote:
                    stack.Add((quote, 0, lists, quotes + 1, BlockKind.Quote));
                    break;
                case LinkReferenceDefinitionGroup:
                    break;
                case ContainerBlock other:
                    stack.Add((other, 0, lists, quotes, kind));
                    break;
                case HeadingBlock heading:
                    AddBlock(heading, BlockKind.Heading, heading.Level);
                    break;
                case CodeBlock code:
                    AddCode(code);
                    break;
                case LeafBlock { Inline: not null } leaf:
                    AddBlock(leaf, kind, kind switch { BlockKind.ListItem => lists, BlockKind.Quote => quotes, _ => 0 });
                    break;
            }
        }
    }

    private void AddCode(CodeBlock code)
    {
        var builder = new StringBuilder();
        var lines = code.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            var slice = lines.Lines[i].Slice;
            builder.Append(slice.Text, slice.Start, slice.Length);
        }

        var text = builder.ToString().TrimEnd('\n');
        _reading.Blocks.Add(new BlockModel(BlockKind.Code, 0, text, Location(code.Span)));
    }

    private void AddBlock(LeafBlock leaf, BlockKind kind, int level)
    {
        var block = _reading.Blocks.Count;
        var firstAnnotation = _reading.Annotations.Count;
        _plain.Clear();
        _open.Clear();
        _brackets.Clear();
        _pendingBraces.Clear();
        WalkInlines(leaf.Inline!, block);
        while (_plain.Length > 0 && _plain[_plain.Length - 1] == ' ')
        {
            _plain.Length--;
        }

        // An empty span's text can sit in spaces trimmed since (at the block's end): keep it inside the block.
        for (var k = firstAnnotation; k < _reading.Annotations.Count; k++)
        {
            var annotation = _reading.Annotations[k];
            if (annotation.TextEnd > _plain.Length)
            {
                var textStart = Math.Min(annotation.TextStart, _plain.Length);
                _reading.Annotations[k] = annotation.WithText(textStart, textStart);
            }
        }

        foreach (var (offset, _, _) in _brackets)
        {
            _diagnostics.Add(DiagnosticDescriptors.UnclosedSpan, offset, offset + 1, "the end of its paragraph");
        }

        _reading.Blocks.Add(new BlockModel(kind, level, _plain.ToString(), Location(leaf.Span)));
    }

    private void WalkInlines(ContainerInline root, int block)
    {
        var exits = _exits;
        var node = root.FirstChild;
        while (true)
        {
            if (node is null)
            {
                if (exits.Count == 0)
                {
                    return;
                }

                var done = exits.Pop();
                Exit(done, block);
                node = done.NextSibling;
                continue;
            }

            switch (node)
            {
                case BracketedSpanInline or LinkInline:
                    _open.Add(((ContainerInline)node, _plain.Length));
                    break;
                case DelimiterInline delimiter:
                    // An opener left unmatched (Markdig turns most into literals itself): its characters are text.
                    var opener = delimiter.ToLiteral();
                    AppendLiteral(opener, 0, opener.Length, delimiter.Span.Start, escapedFirst: false);
                    break;
                case LiteralInline literal:
                    // Read in place from the slice's text: a string a literal would be garbage at once.
                    var content = literal.Content;
                    var length = content.Text is null ? 0 : Math.Max(content.Length, 0);
                    AppendLiteral(content.Text ?? string.Empty, content.Start, length, literal.Span.End - (content.Length - 1), literal.IsFirstCharacterEscaped);
                    break;
                case LineBreakInline:
                    AppendSpace();
                    break;
                case HtmlEntityInline entity:
                    _plain.Append(entity.Transcoded.ToString());
                    break;
                case CodeInline code:
                    _plain.Append(code.Content.Trim(' ', '\t', '\n'));
                    break;
                case AutolinkInline autolink:
                    _plain.Append(autolink.Url);
                    _reading.Links.Add(new LinkModel(autolink.Url, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, null, block + 1, Location(autolink.Span)));
                    break;
            }

            if (node is ContainerInline container)
            {
                exits.Push(container);
                node = container.FirstChild;
            }
            else
            {
                node = node.NextSibling;
            }
        }
    }

    private void Exit(ContainerInline container, int block)
    {
        if (container is not (BracketedSpanInline or LinkInline))
        {
            return;
        }

        var textStart = _open[_open.Count - 1].TextStart;
        _open.RemoveAt(_open.Count - 1);
        while (_plain.Length > textStart && _plain[_plain.Length - 1] == ' ')
        {
            _plain.Length--;
        }

        if (container is BracketedSpanInline { Attributes: { } attributes } span)
        {
            _reading.Annotations.Add(new RawAnnotation(span.Start, span.Close, span.End, block, textStart, _plain.Length, attributes));
        }
        else if (container is LinkInline { IsImage: false } link)
        {
            var text = _plain.ToString(textStart, _plain.Length - textStart);
            _reading.Links.Add(new LinkModel(text, link.Url ?? string.Empty, string.IsNullOrEmpty(link.Title) ? null : link.Title, block + 1, Location(link.Span)));
        }
    }

    /// <summary>
    /// Appends the <paramref name="length"/> characters of a literal at <paramref name="from"/> in <paramref name="content"/>;
    /// <paramref name="start"/> is the offset (in the text) of its first character.
    /// </summary>
    private void AppendLiteral(string content, int from, int length, int start, bool escapedFirst)
    {
        for (var i = 0; i < length; i++)
        {
            var c = content[from + i];
            if (c is ' ' or '\t')
            {
                AppendSpace();
                continue;
            }

            if (c is '[' or ']' or '{' or '}' && !(i == 0 && escapedFirst))
            {
                Bracket(c, start + i);
            }

            _plain.Append(c);
        }
    }

    /// <summary>One space for a run of spaces, tabs and line breaks; none at the start of a block, span or link text.</summary>
    private void AppendSpace()
    {
        var floor = _open.Count > 0 ? _open[_open.Count - 1].TextStart : 0;
        if (_plain.Length > floor && _plain[_plain.Length - 1] != ' ')
        {
            _plain.Append(' ');
        }
    }

    /// <summary>Tracks a bracket or brace that Markdown reads as text, and warns about the ones that look like a broken annotation.</summary>
    private void Bracket(char c, int offset)
    {
        switch (c)
        {
            case '[':
                _brackets.Add((offset, _plain.Length + 1, _pendingBraces.Count));
                break;
            case ']' when _context.IsHandled(offset):
                // The span parser reported this ']' (DS2003): it closes its '[' without another diagnostic.
                if (_brackets.Count > 0)
                {
                    _pendingBraces.RemoveRange(_brackets[_brackets.Count - 1].PendingBraces, _pendingBraces.Count - _brackets[_brackets.Count - 1].PendingBraces);
                    _brackets.RemoveAt(_brackets.Count - 1);
                }

                break;
            case ']' when _brackets.Count > 0:
                var (open, textStart, pending) = _brackets[_brackets.Count - 1];
                _brackets.RemoveAt(_brackets.Count - 1);
                for (var k = pending; k < _pendingBraces.Count; k++)
                {
                    ReportStray(_text[_pendingBraces[k]], _pendingBraces[k]);
                }

                _pendingBraces.RemoveRange(pending, _pendingBraces.Count - pending);
                var lineEnd = _context.Attributes.LineEnd(offset);
                var spaced = offset + 1;
                while (spaced < lineEnd && _text[spaced] == ' ')
                {
                    spaced++;
                }

                var hint = spaced > offset + 1 && spaced < lineEnd && _text[spaced] == '{' ? " (remove the space between ']' and '{')" : string.Empty;
                _diagnostics.Add(DiagnosticDescriptors.MissingAttributes, open, offset + 1, Excerpt(textStart), hint);
                if (hint.Length > 0)
                {
                    _bracesReportedUntil = _context.Attributes.SkipAttributes(spaced, lineEnd);
                }

                break;
            case ']':
                // A ']{...}' without its '[' (opened in an earlier paragraph, say) is one mistake, not three.
                ReportStray(c, offset);
                if (offset + 1 < _text.Length && _text[offset + 1] == '{')
                {
                    _bracesReportedUntil = _context.Attributes.SkipAttributes(offset + 1, _context.Attributes.LineEnd(offset));
                }

                break;
            default:
                if (offset < _bracesReportedUntil || _context.IsHandled(offset))
                {
                    break;
                }

                if (_brackets.Count > 0)
                {
                    // Inside an open '[' a brace is most likely its attribute list after a forgotten ']': report it
                    // only if the bracket turns out to be closed, else DS2001 alone says what is wrong.
                    _pendingBraces.Add(offset);
                }
                else
                {
                    ReportStray(c, offset);
                }

                break;
        }
    }

    private void ReportStray(char c, int offset) =>
        _diagnostics.Add(DiagnosticDescriptors.StrayBracket, offset, offset + 1, c.ToString());

    /// <summary>The text from <paramref name="start"/> to the end, cut to 40 characters.</summary>
    private string Excerpt(int start)
    {
        start = Math.Min(start, _plain.Length);
        var length = _plain.Length - start;
        return length <= 40 ? _plain.ToString(start, length) : _plain.ToString(start, 37) + "...";
    }

    private TextLocation Location(SourceSpan span)
    {
        var start = Math.Max(span.Start, _context.BodyStart);
        var end = Math.Max(start, span.End + 1);
        return _lines.Span(start, Math.Min(end, _text.Length));
    }
}
