using System.Collections.Generic;

namespace Dataset.Generator.Parsing.Body;

/// <summary>One attribute of an annotation's <c>{...}</c> list, with where it was written.</summary>
internal readonly struct RawAttribute
{
    public RawAttribute(char prefix, string name, string? value, int start, int end)
    {
        Prefix = prefix;
        Name = name;
        Value = value;
        Start = start;
        End = end;
    }

    /// <summary><c>.</c> for a kind, <c>#</c> for an id, <c>=</c> for <c>name=value</c>.</summary>
    public char Prefix { get; }

    public string Name { get; }

    public string? Value { get; }

    public int Start { get; }

    public int End { get; }
}

/// <summary>
/// A well-formed <c>[text]{attributes}</c> as a body reader found it, before its kind and id are checked.
/// <see cref="TextStart"/> and <see cref="TextEnd"/> index the plain text of its block.
/// </summary>
internal sealed class RawAnnotation
{
    public RawAnnotation(int start, int close, int end, int block, int textStart, int textEnd, IReadOnlyList<RawAttribute> attributes)
    {
        Start = start;
        Close = close;
        End = end;
        Block = block;
        TextStart = textStart;
        TextEnd = textEnd;
        Attributes = attributes;
    }

    /// <summary>The offset of the opening <c>[</c> in the file.</summary>
    public int Start { get; }

    /// <summary>The offset of the <c>]</c> that ends the text (the attribute list's <c>{</c> follows it).</summary>
    public int Close { get; }

    /// <summary>The offset just past the closing <c>}</c> in the file.</summary>
    public int End { get; }

    /// <summary>The 0-based index of the block the annotation is in.</summary>
    public int Block { get; }

    public int TextStart { get; }

    public int TextEnd { get; }

    public IReadOnlyList<RawAttribute> Attributes { get; }

    /// <summary>The same annotation with its text at <paramref name="textStart"/> to <paramref name="textEnd"/> of its block.</summary>
    public RawAnnotation WithText(int textStart, int textEnd) => new(Start, Close, End, Block, textStart, textEnd, Attributes);
}
