using System;
using System.Collections.Generic;
using Dataset.Generator.Model;

namespace Dataset.Tool.Suggesting;

/// <summary>What a suggestion would annotate.</summary>
internal enum SuggestionKind
{
    Mention = 0,
    Stat = 1,
    Quote = 2,
}

/// <summary>
/// A proposed annotation: the text at <see cref="Start"/>..<see cref="End"/> (offsets in the article's text with LF
/// line breaks) would become <c>[text]{Attributes}</c>. <see cref="CanApply"/> is false when the tool cannot be sure
/// (a name two entities share, a quote's speaker), so <c>--apply</c> leaves it to the author.
/// </summary>
internal sealed record Suggestion(SuggestionKind Kind, int Start, int End, string Text, string Attributes, string Description, bool CanApply)
{
    /// <summary>For a name several declared entities share, each of them (the first is the one <see cref="Attributes"/> names); else empty.</summary>
    public IReadOnlyList<EntityModel> Candidates { get; init; } = Array.Empty<EntityModel>();

    /// <summary>The annotated text to paste: the words, then the attribute list.</summary>
    public string Annotated => "[" + Text + "]{" + Attributes + "}";
}
