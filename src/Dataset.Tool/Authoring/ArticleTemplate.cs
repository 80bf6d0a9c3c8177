using System.Globalization;
using System.Text;

namespace Dataset.Tool.Authoring;

/// <summary>
/// The text of a new article: front matter with the required fields and empty entity maps, every value double-quoted
/// (the front matter reader's escapes), so no title can break the YAML subset.
/// </summary>
internal static class ArticleTemplate
{
    public static string Create(string title, string source, string published, string? dateline, string? id)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        if (id is not null)
        {
            text.Append("id: ").Append(Quoted(id)).Append('\n');
        }

        text.Append("title: ").Append(Quoted(title)).Append('\n');
        text.Append("source: ").Append(Quoted(source)).Append('\n');
        if (dateline is not null)
        {
            text.Append("dateline: ").Append(Quoted(dateline)).Append('\n');
        }

        text.Append("published: ").Append(published).Append('\n');
        text.Append("# people:\n#   Kerry: { name: John Kerry, role: US Secretary of State }\n");
        text.Append("# organizations:\n#   LevadaCentre: { name: Levada Centre }\n");
        text.Append("# places:\n#   Homs: { name: Homs province }\n");
        text.Append("---\n");
        return text.ToString();
    }

    /// <summary>A double-quoted YAML scalar: backslash, quote and control characters escaped.</summary>
    public static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085')
                    {
                        text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }
}
