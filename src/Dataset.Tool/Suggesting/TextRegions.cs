using System;
using Dataset.Generator.Parsing;

namespace Dataset.Tool.Suggesting;

/// <summary>
/// Which parts of an article's text a new annotation may cover: the body only, never an existing annotation's
/// brackets or attributes, never half of an existing annotation, never across a blank line; and, by kind, not over an
/// annotation of a kind it cannot sit in or hold (a mention is not put inside a mention or a statistic, a quote may
/// hold mentions and statistics).
/// </summary>
internal sealed class TextRegions
{
    private readonly ParsedArticle _parse;

    /// <param name="parse">An article whose body was read.</param>
    public TextRegions(ParsedArticle parse)
    {
        _parse = parse;
        BodyStart = parse.BodyStart ?? throw new ArgumentException($"{parse.Model.RelativePath} has no body.", nameof(parse));
    }

    public string Text => _parse.Text;

    public int BodyStart { get; }

    /// <summary>
    /// Whether <paramref name="position"/> is in an annotation's markup after its text (<c>]{.quote cue="told AFP"}</c>):
    /// the quotation marks of an attribute's value are no quotation marks of the copy.
    /// </summary>
    public bool IsInMarkup(int position)
    {
        foreach (var annotation in _parse.Annotations)
        {
            if (position >= annotation.TextSpan.End && position < annotation.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <c>[start, end)</c> can become an annotation of <paramref name="kind"/>.</summary>
    public bool IsFree(int start, int end, SuggestionKind kind)
    {
        if (start < BodyStart || end <= start || end > Text.Length || CrossesBlankLine(start, end))
        {
            return false;
        }

        foreach (var annotation in _parse.Annotations)
        {
            var (span, text) = (annotation.Span, annotation.TextSpan);
            if (end <= span.Start || start >= span.End)
            {
                continue;
            }

            var inside = start >= text.Start && end <= text.End;
            var around = start <= span.Start && end >= span.End;
            if (!inside && !around)
            {
                return false;
            }

            var blocks = kind switch
            {
                SuggestionKind.Quote => annotation.Kind == AnnotationKind.Quote,
                _ => annotation.Kind is AnnotationKind.Stat or AnnotationKind.Person or AnnotationKind.Organization or AnnotationKind.Place,
            };
            if (blocks)
            {
                return false;
            }
        }

        return true;
    }

    private bool CrossesBlankLine(int start, int end)
    {
        for (var i = Text.IndexOf('\n', start); i >= 0 && i < end; i = Text.IndexOf('\n', i + 1))
        {
            var j = i + 1;
            while (j < end && (Text[j] == ' ' || Text[j] == '\t'))
            {
                j++;
            }

            if (j < Text.Length && Text[j] == '\n')
            {
                return true;
            }
        }

        return false;
    }
}
