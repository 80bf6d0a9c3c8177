namespace Dataset.Generator.Parsing.Body;

/// <summary>
/// A linear look at how deeply an article body nests before it is handed to Markdig, whose parser and tree walk
/// recurse on nested containers (a stack overflow would kill the compiler and cannot be caught). Counts, per line, the
/// block-quote and list markers and the leading indentation (two columns a level) that open block containers, and per
/// paragraph the unescaped <c>[</c> still open and the length of emphasis-delimiter runs. It over-counts rather than
/// under-counts: a body that passes nests at most <see cref="Limit"/> levels deep in Markdig's tree.
/// </summary>
internal static class NestingPreScan
{
    /// <summary>The deepest nesting read as Markdown; no article written by hand comes near it.</summary>
    public const int Limit = 64;

    /// <summary>The characters the scan of a line's text looks at: emphasis delimiters, escapes and brackets.</summary>
    private static readonly char[] Counted = { '*', '_', '~', '\\', '[', ']' };

    /// <summary>The first place the body nests deeper than <see cref="Limit"/>, or null.</summary>
    public static (int Offset, int Depth, string What)? FindTooDeep(string text, int bodyStart)
    {
        var brackets = 0;
        var position = bodyStart;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            end = end < 0 ? text.Length : end;
            var i = position;
            var columns = 0;
            var containers = 0;
            while (i < end)
            {
                var c = text[i];
                if (c is ' ' or '\t')
                {
                    // Indentation before the first marker nests lists; spaces between markers belong to them.
                    columns += containers > 0 ? 0 : c == ' ' ? 1 : 4 - (columns % 4);
                    i++;
                }
                else if (c == '>')
                {
                    containers++;
                    i++;
                }
                else if ((c is '-' or '*' or '+') && (i + 1 == end || text[i + 1] is ' ' or '\t'))
                {
                    containers++;
                    i++;
                }
                else if (c is >= '0' and <= '9' && OrderedMarkerEnd(text, i, end) is var markerEnd && markerEnd > i)
                {
                    containers++;
                    i = markerEnd;
                }
                else
                {
                    break;
                }

                if (containers + (columns / 2) > Limit)
                {
                    return (i - 1, containers + (columns / 2), "block quotes, lists or indentation");
                }
            }

            if (i == end)
            {
                brackets = 0; // a blank line (or one of markers only) ends the paragraph
            }

            var run = 0;
            for (; i < end; i++)
            {
                // Jump to the next character that counts: the ones between would each only end a run.
                var next = text.IndexOfAny(Counted, i, end - i);
                if (next < 0)
                {
                    break;
                }

                run = next > i ? 0 : run;
                i = next;
                var c = text[i];
                if (c is '*' or '_' or '~')
                {
                    run++;
                    if (run > Limit)
                    {
                        return (i, run, "emphasis delimiters");
                    }

                    continue;
                }

                run = 0;
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '[')
                {
                    brackets++;
                    if (brackets > Limit)
                    {
                        return (i, brackets, "'[' brackets");
                    }
                }
                else if (c == ']' && brackets > 0)
                {
                    brackets--;
                }
            }

            position = end + 1;
        }

        return null;
    }

    /// <summary>The offset past an ordered list marker (<c>1.</c>, <c>12)</c>) followed by a space, or <paramref name="start"/>.</summary>
    private static int OrderedMarkerEnd(string text, int start, int end)
    {
        var i = start;
        while (i < end && i - start < 9 && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i < end && text[i] is '.' or ')' && (i + 1 == end || text[i + 1] is ' ' or '\t') ? i + 1 : start;
    }
}
