using System.Globalization;
using System.Text;

namespace Dataset.Tool.Tests.Infrastructure;

/// <summary>
/// The development set: real Reuters stories, kept outside the repository in ../shared/corpora/reuters-dev/, and their
/// gold annotations, kept beside the tests in ReutersGold/&lt;story&gt;.tsv as positions only (no text of the stories):
/// <c>entity kind key name [role]</c> declares an entity (the gold declares what an editor would, such as a quoted
/// spokesman the story does not name); <c>mention kind key line column length</c>, <c>stat line column
/// length [attribute]</c> and <c>quote speaker line column length</c> annotate the span at that place in the story file
/// (1-based line and column). <see cref="Annotate"/> applies them to the story: the gold-annotated article.
/// </summary>
internal static class ReutersGold
{
    public static string StoriesDirectory => Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "corpora", "reuters-dev"));

    public static string GoldDirectory => Path.Combine(Repository.TestsDirectory, "ReutersGold");

    /// <summary>The stories that have gold, by name (acq-reut-00011).</summary>
    public static IReadOnlyList<string> Stories =>
        Directory.GetFiles(GoldDirectory, "*.tsv").Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Writes <paramref name="story"/> with its gold annotations to <paramref name="directory"/>/data/ and returns its path.</summary>
    public static string Annotate(string story, TempDirectory directory) =>
        directory.Write(Path.Combine("data", story + ".md"), Apply(story));

    /// <summary>The story's text with the gold's entities declared in its front matter and its annotations bracketed.</summary>
    public static string Apply(string story)
    {
        var path = Path.Combine(StoriesDirectory, story + ".md");
        if (!Directory.Exists(StoriesDirectory) || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The development set is missing: {path} does not exist. The tests read the Reuters stories from ../shared/corpora/reuters-dev/ beside the repository (CI provides it).");
        }

        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var lineStarts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            lineStarts.Add(i + 1);
        }

        var declarations = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        var inserts = new List<(int Offset, int Order, string Text)>();
        var n = 0;
        var id = "R" + new string(story.Where(char.IsAsciiDigit).ToArray());
        foreach (var row in File.ReadAllLines(Path.Combine(GoldDirectory, story + ".tsv")).Where(row => row.Length > 0 && row[0] != '#'))
        {
            var fields = row.Split('\t');
            int Offset(int at) => lineStarts[Number(fields[at]) - 1] + Number(fields[at + 1]) - 1;
            switch (fields[0])
            {
                case "entity":
                    var map = fields[1] switch { "person" => "people", "org" => "organizations", _ => "places" };
                    if (!declarations.TryGetValue(map, out var entries))
                    {
                        declarations[map] = entries = new StringBuilder(map + ":\n");
                    }

                    entries.Append("  ").Append(fields[2]).Append(": { name: ").Append(Quoted(fields[3]))
                        .Append(fields.Length > 4 ? ", role: " + Quoted(fields[4]) : string.Empty).Append(" }\n");
                    break;
                case "mention":
                    Bracket(Offset(3), Number(fields[5]), "{." + fields[1] + " ref=" + fields[2] + "}");
                    break;
                case "stat":
                    Bracket(Offset(1), Number(fields[3]), "{.stat #" + id + ".S" + (++n).ToString(CultureInfo.InvariantCulture) + (fields.Length > 4 ? " " + fields[4] : string.Empty) + "}");
                    break;
                case "quote":
                    Bracket(Offset(2), Number(fields[4]), "{.quote #" + fields[1] + "." + id + "Q" + (++n).ToString(CultureInfo.InvariantCulture) + "}");
                    break;
                default:
                    throw new InvalidDataException($"{story}.tsv: '{fields[0]}' is not entity, mention, stat or quote.");
            }
        }

        // The front matter's closing line gets the declarations before it.
        var closing = text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 1;
        inserts.Add((closing, -1, string.Concat(declarations.Values.Select(entries => entries.ToString()))));

        var result = new StringBuilder(text.Length * 2);
        var position = 0;
        foreach (var (offset, _, insert) in inserts.OrderBy(insert => insert.Offset).ThenBy(insert => insert.Order))
        {
            result.Append(text, position, offset - position).Append(insert);
            position = offset;
        }

        return result.Append(text, position, text.Length - position).ToString();

        // At one offset: the closings first (the inner, shorter, span's first), then the openings (the outer, longer, span's first).
        void Bracket(int start, int length, string attributes)
        {
            inserts.Add((start, int.MaxValue - length, "["));
            inserts.Add((start + length, length, "]" + attributes));
        }
    }

    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>The text of each gold statistic of <paramref name="story"/> as the story writes it, with the attributes the gold gives it (or empty).</summary>
    public static IReadOnlyList<(string Text, string Attributes)> Stats(string story)
    {
        var lines = File.ReadAllText(Path.Combine(StoriesDirectory, story + ".md")).ReplaceLineEndings("\n").Split('\n');
        return File.ReadAllLines(Path.Combine(GoldDirectory, story + ".tsv"))
            .Select(row => row.Split('\t'))
            .Where(fields => fields[0] == "stat")
            .Select(fields => (lines[Number(fields[1]) - 1].Substring(Number(fields[2]) - 1, Number(fields[3])), fields.Length > 4 ? fields[4] : string.Empty))
            .ToList();
    }

    private static int Number(string field) => int.Parse(field, NumberStyles.None, CultureInfo.InvariantCulture);
}
