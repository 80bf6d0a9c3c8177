using System.Collections.Generic;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing.Body;

namespace Dataset.Generator.Parsing;

/// <summary>
/// A well-formed <c>[text]{attributes}</c> of an article's body as the parser read it, valid or not: its kind, id and
/// attributes as written, where it and its text are in <see cref="ParsedArticle.Text"/>, its block, and the
/// annotation it is nested in. Whether it generates anything is the model's to say (its quotes, statistics and
/// mentions are located at <see cref="Span"/>).
/// </summary>
internal sealed class ParsedAnnotation
{
    internal ParsedAnnotation(RawAnnotation raw, int index, ParsedAnnotation? parent, LineMap lines)
    {
        Index = index;
        Parent = parent;
        Attributes = raw.Attributes;
        Span = lines.Span(raw.Start, raw.End);
        TextSpan = lines.Span(raw.Start + 1, raw.Close);
        Block = raw.Block;
        TextStart = raw.TextStart;
        TextEnd = raw.TextEnd;
        foreach (var attribute in raw.Attributes)
        {
            if (attribute.Prefix == '.' && KindAttribute is null)
            {
                KindAttribute = attribute;
            }
            else if (attribute.Prefix == '#' && IdAttribute is null)
            {
                IdAttribute = attribute;
            }
        }

        // The first kind is the annotation's, as the checks read it (a second one is an error of its own).
        Kind = KindAttribute is { } kind ? AnnotationKinds.FromName(kind.Name) : AnnotationKind.None;
    }

    /// <summary>The annotation's place in <see cref="ParsedArticle.Annotations"/> (the order of their <c>[</c>).</summary>
    public int Index { get; }

    public AnnotationKind Kind { get; }

    /// <summary>The first <c>.kind</c> attribute, or null.</summary>
    public RawAttribute? KindAttribute { get; }

    /// <summary>The first <c>#id</c> attribute, or null.</summary>
    public RawAttribute? IdAttribute { get; }

    /// <summary>The id as written after its <c>#</c> (<c>Kerry.Agreed</c>), or null.</summary>
    public string? Id => IdAttribute?.Name;

    /// <summary>
    /// Every attribute in the order written. Each spans from its <c>.</c> or <c>#</c> (a <c>name=value</c> from its
    /// name) to its end, as offsets in <see cref="ParsedArticle.Text"/>.
    /// </summary>
    public IReadOnlyList<RawAttribute> Attributes { get; }

    /// <summary>The whole annotation, from its <c>[</c> to just past its <c>}</c>.</summary>
    public TextLocation Span { get; }

    /// <summary>Its text as written: after the <c>[</c> and before the <c>]</c> of its <c>]{</c>.</summary>
    public TextLocation TextSpan { get; }

    /// <summary>The 0-based index of its block in <see cref="ParsedArticle.Blocks"/>.</summary>
    public int Block { get; }

    /// <summary>Where its text starts in its block's plain text (<see cref="BlockModel.Text"/>).</summary>
    public int TextStart { get; }

    /// <summary>Where its text ends in its block's plain text.</summary>
    public int TextEnd { get; }

    /// <summary>The innermost annotation whose text holds this one, or null for one at the top level of its block.</summary>
    public ParsedAnnotation? Parent { get; }
}
