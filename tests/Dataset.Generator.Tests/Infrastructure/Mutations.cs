using System.Text;

namespace Dataset.Generator.Tests.Infrastructure;

/// <summary>A mutated article: its text, and the body paragraph the mutation was confined to (-1: anywhere in the file).</summary>
internal sealed record MutatedText(string Text, int Paragraph, string Description);

/// <summary>
/// Breaks articles the ways typing and bad merges do: deleted, duplicated, swapped and inserted characters and lines,
/// truncation, and random attribute soup. Half of the mutations stay inside one body paragraph, so that what the
/// other paragraphs declare must survive them.
/// </summary>
internal static class Mutations
{
    /// <summary>Characters inserted by mutations: everything the format gives a meaning, and some hostile ones.</summary>
    private static readonly char[] Inserted =
    [
        '[', ']', '{', '}', '\\', '"', '\'', '#', '.', '=', ' ', '\t', ':', '-', '\n', '\r', '\u2028', '\u2029', '\u0085', '\0', '\u202E', '\uFEFF', '\uD800', 'a', '1', '%', '|', '&', '*', '>',
    ];

    private static readonly string[] Soup =
    [
        "{", "}", "[", "]", "]{", "{.quote", ".quote", ".stat", ".person", ".org", ".place", ".persn", "#Kerry.X", "#Kerry", "#.", "#A.B.C", "#Kerry.All", "#Kerry.Kerry",
        "ref=Kerry", "ref=Nobody", "ref=", "cue=", "cue=\"", "cue=\"x\"", "cue=\"a\\\"b\"", "value=12", "value=x", "value=99999999999999999999", "unit=", "unit=\"%\"", "role=x",
        "\"", "\\", "=", ".", "#", " ", "  ", "\t", "[x]{.quote #Kerry.Soup}", "[5]{.stat #Soup.Five}", "[x]{.person ref=Kerry}", "\\[", "\\]", "\\{", "\\}",
    ];

    public static MutatedText Apply(Random random, GeneratedArticle article)
    {
        var text = article.Text;
        var times = random.Next(1, 4);
        if (random.Next(2) == 0 && article.ParagraphSpans.Count > 1)
        {
            // Confined to one paragraph: no line break is inserted or removed at its edges, and no truncation.
            var paragraph = random.Next(article.ParagraphSpans.Count);
            var (start, end) = article.ParagraphSpans[paragraph];
            var inside = text.Substring(start, end - start);
            var description = new StringBuilder();
            for (var i = 0; i < times; i++)
            {
                inside = Mutate(random, inside, confined: true, description);
            }

            return new MutatedText(text.Substring(0, start) + inside + text.Substring(end), paragraph, description.ToString());
        }

        var log = new StringBuilder();
        for (var i = 0; i < times; i++)
        {
            text = Mutate(random, text, confined: false, log);
        }

        return new MutatedText(text, -1, log.ToString());
    }

    private static string Mutate(Random random, string text, bool confined, StringBuilder log)
    {
        var operation = random.Next(confined ? 10 : 12);
        var at = random.Next(text.Length + 1);
        switch (operation)
        {
            case 0 when text.Length > 0:
                at = Math.Min(at, text.Length - 1);
                log.Append($"delete char {at}; ");
                return text.Remove(at, 1);
            case 1 when text.Length > 0:
                at = Math.Min(at, text.Length - 1);
                log.Append($"duplicate char {at}; ");
                return text.Insert(at, text[at].ToString());
            case 2 when text.Length > 1:
                at = Math.Min(at, text.Length - 2);
                log.Append($"swap chars {at}; ");
                return text.Substring(0, at) + text[at + 1] + text[at] + text.Substring(at + 2);
            case 3:
                {
                    var c = Inserted[random.Next(Inserted.Length)];
                    if (confined && c is '\n' or '\r')
                    {
                        c = '[';
                    }

                    log.Append($"insert U+{(int)c:X4} at {at}; ");
                    return text.Insert(at, c.ToString());
                }

            case 4:
            case 5:
                {
                    var soup = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Soup[random.Next(Soup.Length)] + (random.Next(2) == 0 ? " " : string.Empty)));
                    log.Append($"insert soup at {at}; ");
                    return text.Insert(at, soup);
                }

            case 6:
            case 7:
            case 8:
                return LineMutation(random, text, log);
            case 9 when text.Length > 0:
                {
                    var length = random.Next(1, Math.Min(20, text.Length - Math.Min(at, text.Length - 1)) + 1);
                    at = Math.Min(at, text.Length - 1);
                    log.Append($"replace {length} chars at {at}; ");
                    var replacement = new string(Enumerable.Range(0, length).Select(_ => Inserted[random.Next(Inserted.Length)]).Where(c => !confined || c is not ('\n' or '\r')).ToArray());
                    return text.Substring(0, at) + replacement + text.Substring(Math.Min(text.Length, at + length));
                }

            case 10:
                log.Append($"truncate at {at}; ");
                return text.Substring(0, at);
            case 11:
                log.Append("CR line endings; ");
                return text.Replace("\r\n", "\n").Replace('\n', '\r');
            default:
                return text;
        }
    }

    private static string LineMutation(Random random, string text, StringBuilder log)
    {
        var lines = text.Split('\n').ToList();
        var i = random.Next(lines.Count);
        var j = random.Next(lines.Count);
        switch (random.Next(3))
        {
            case 0 when lines.Count > 1:
                log.Append($"delete line {i}; ");
                lines.RemoveAt(i);
                break;
            case 1:
                log.Append($"duplicate line {i}; ");
                lines.Insert(i, lines[i]);
                break;
            default:
                log.Append($"swap lines {i} {j}; ");
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
        }

        return string.Join("\n", lines);
    }
}
