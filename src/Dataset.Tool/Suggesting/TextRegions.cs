using System.Collections.Generic;
using System.Linq;
using Dataset.Generator.Parsing;
using Dataset.Tool.Preview;

namespace Dataset.Tool.Suggesting;

/// <summary>
/// Which parts of an article's text a new annotation may cover: the body only, never an existing annotation's
/// brackets or attributes, never half of an existing annotation, never across a blank line; and, by kind, not over an
/// annotation of a kind it cannot sit in or hold (a mention is not put inside a mention or a statistic, a quote may
/// hold mentions and statistics).
/// </summary>
internal sealed class TextRegions
{
    private readonly ArticleLayout _layout;
    private readonly List<(int Start, int End, int TextStart, int TextEnd, string? Kind)> _annotations;

    public TextRegions(ArticleLayout layout)
    {
        _layout = layout;
        _annotations = layout.Annotations.Select(annotation =>
        {
            var (textStart, textEnd) = layout.TextRegion(annotation);
            return (annotation.Start, annotation.End, textStart, textEnd, ArticleLayout.Kind(annotation));
        }).ToList();
    }

    public string Text => _layout.Text;

    public int BodyStart => _layout.BodyStart;

    /// <summary>Whether <c>[start, end)</c> can become an annotation of <paramref name="kind"/>.</summary>
    public bool IsFree(int start, int end, SuggestionKind kind)
    {
        if (start < _layout.BodyStart || end <= start || end > Text.Length || CrossesBlankLine(start, end))
        {
            return false;
        }

        foreach (var annotation in _annotations)
        {
            if (end <= annotation.Start || start >= annotation.End)
            {
                continue;
            }

            var inside = start >= annotation.TextStart && end <= annotation.TextEnd;
            var around = start <= annotation.Start && end >= annotation.End;
            if (!inside && !around)
            {
                return false;
            }

            var blocks = kind switch
            {
                SuggestionKind.Quote => annotation.Kind == "quote",
                _ => annotation.Kind is "stat" or "person" or "org" or "place",
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
