using System;
using System.Collections.Generic;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing.Body;
using Dataset.Generator.Parsing.FrontMatter;

namespace Dataset.Generator.Parsing;

/// <summary>
/// One article as a tool sees it after one parse (<see cref="ArticleParser.Read"/>): the model the generator builds,
/// and what the model leaves out: the text every offset counts in, where the front matter and the body are, and every
/// well-formed annotation, valid or not, with its kind, attributes, spans and nesting. Never a value of the
/// generator's incremental pipeline, which compares and caches only models: this holds the whole text and is not
/// equatable.
/// </summary>
internal sealed class ParsedArticle
{
    internal ParsedArticle(ArticleModel model, string text, LineMap lines, FrontMatterSplit split, BodyReading? body)
    {
        Model = model;
        Text = text;
        Lines = lines;
        FrontMatter = split.IsOpened ? lines.Span(0, split.IsClosed ? split.CloseEnd : text.Length) : null;
        BodyStart = split.IsClosed ? split.BodyStart : null;
        Annotations = body is null ? Array.Empty<ParsedAnnotation>() : Nest(body.Annotations, lines);
    }

    private ParsedArticle(ArticleModel model, string text)
    {
        Model = model;
        Text = text;
        Lines = new LineMap(text);
        Annotations = Array.Empty<ParsedAnnotation>();
    }

    /// <summary>What the parser would build from the file, diagnostics included.</summary>
    public ArticleModel Model { get; }

    /// <summary>The file's text as the parser reads it: without its BOM, every CRLF and CR written as LF.</summary>
    public string Text { get; }

    /// <summary>Line and column positions in <see cref="Text"/>, as the model's locations count them.</summary>
    public LineMap Lines { get; }

    /// <summary>
    /// From the opening <c>---</c> to the end of the closing line (its line break excluded); to the end of the text when
    /// no line closes it; null when the file has no front matter.
    /// </summary>
    public TextLocation? FrontMatter { get; }

    /// <summary>Where the body starts (after the front matter's closing line), or null when no body was read.</summary>
    public int? BodyStart { get; }

    /// <summary>
    /// The body's blocks in document order, with their plain text and spans (<see cref="BlockModel.Location"/>: start
    /// and end offsets, first and last line); what <see cref="ParsedAnnotation.Block"/> indexes.
    /// </summary>
    public EquatableArray<BlockModel> Blocks => Model.Blocks;

    /// <summary>Every well-formed annotation of the body, valid or not, in the order of their <c>[</c>.</summary>
    public IReadOnlyList<ParsedAnnotation> Annotations { get; }

    /// <summary>A file the parser did not get through (it failed, or the file could not be read): only its model and text.</summary>
    public static ParsedArticle Unread(ArticleModel model, string text) => new(model, new NormalizedText(text).Text);

    /// <summary>The annotations with their parents: spans nest or are apart, so the open ones form a stack.</summary>
    private static ParsedAnnotation[] Nest(IReadOnlyList<RawAnnotation> raw, LineMap lines)
    {
        var annotations = new ParsedAnnotation[raw.Count];
        var open = new Stack<ParsedAnnotation>();
        for (var i = 0; i < raw.Count; i++)
        {
            while (open.Count > 0 && open.Peek().Span.End <= raw[i].Start)
            {
                open.Pop();
            }

            annotations[i] = new ParsedAnnotation(raw[i], i, open.Count > 0 ? open.Peek() : null, lines);
            open.Push(annotations[i]);
        }

        return annotations;
    }
}
