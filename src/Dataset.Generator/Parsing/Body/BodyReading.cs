using System.Collections.Generic;
using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing.Body;

/// <summary>What reading an article's body found: its blocks of text, its links and its well-formed annotations.</summary>
internal sealed class BodyReading
{
    public List<BlockModel> Blocks { get; } = new();

    public List<LinkModel> Links { get; } = new();

    /// <summary>The annotations in the order of their <c>[</c>; <see cref="RawAnnotation.Block"/> indexes <see cref="Blocks"/>.</summary>
    public List<RawAnnotation> Annotations { get; } = new();
}
