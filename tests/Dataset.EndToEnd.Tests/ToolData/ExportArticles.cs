using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dataset.EndToEnd.Tests.ToolData;

/// <summary>
/// A second article next to the seed one, with text that CSV and JSON must carry exactly (commas, quotes, a line
/// break in a quote, non-ASCII, decimals, qualifiers, units), and the two sides of the export comparison: a program that
/// prints every record through the generated API, and the same lines made from an export.
/// </summary>
internal static class ExportArticles
{
    public const string Second = """
        ---
        id: SecondArticle
        title: "Commas, \"quotes\" and Genève"
        source: Reuters
        published: 2016-02-29
        people:
          Kerry: { name: John Kerry, role: US Secretary of State }
          Lavrov: Sergei Lavrov
        organizations:
          UnRefugees: { name: "UN refugee agency, Geneva" }
        places:
          Geneva: Genève
        ---

        "[Talks will resume,
        with "everyone" at the table]{.quote #Lavrov.TalksResume cue=told}," [Lavrov]{.person ref=Lavrov} told reporters in [Genève]{.place ref=Geneva}.

        The [UN refugee agency, Geneva]{.org ref=UnRefugees} counted [1.5 million]{.stat #Refugees2016.Registered} refugees, [about 0.25 percent]{.stat #Refugees2016.Share} of the region, and [over 14,000]{.stat #Refugees2016.Camps unit=camps} camps.

        The budget is [3,000,000,000]{.stat #Budget2016.Total unit=dollars} dollars; [2.50]{.stat #Budget2016.Rate value=2.5 unit=percent} percent of it is spent.

        "[Yes \[really\]]{.quote #Kerry.SecondYes}," said [Kerry]{.person ref=Kerry}.

        """;

    /// <summary>The consumer's Program.cs: one line per record, strings as JSON literals, fields separated by '|'.</summary>
    public const string Printer = """
        using System;
        using System.Globalization;
        using System.Text.Json;
        using Consumer;

        foreach (var a in Articles.All)
        {
            Console.WriteLine("article|" + J(a.Id) + "|" + J(a.Title) + "|" + J(a.Source) + "|" + J(a.Dateline) + "|" + J(a.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) + "|" + J(a.Paragraphs) + "|" + L(a.Location));
        }

        foreach (var q in Quotes.All)
        {
            Console.WriteLine("quote|" + J(q.SpeakerKey + "." + q.Key) + "|" + J(q.SpeakerKey) + "|" + J(q.Speaker.Name) + "|" + J(q.Key) + "|" + J(q.Text) + "|" + J(q.Cue) + "|" + J(q.ArticleId) + "|" + N(q.Paragraph) + "|" + L(q.Location));
        }

        foreach (var s in Stats.All)
        {
            Console.WriteLine("stat|" + J(s.Group + "." + s.Key) + "|" + s.Value.ToString(CultureInfo.InvariantCulture) + "|" + J(s.Unit) + "|" + J(s.Qualifier.ToString()) + "|" + J(s.Text) + "|" + J(s.Sentence) + "|" + J(s.ArticleId) + "|" + N(s.Paragraph) + "|" + L(s.Location));
        }

        foreach (var p in People.All)
        {
            Console.WriteLine("person|" + J(p.Key) + "|" + J(p.Name) + "|" + J(p.Role));
        }

        foreach (var o in Organizations.All)
        {
            Console.WriteLine("organization|" + J(o.Key) + "|" + J(o.Name) + "|" + J(o.Role));
        }

        foreach (var p in Places.All)
        {
            Console.WriteLine("place|" + J(p.Key) + "|" + J(p.Name) + "|" + J(p.Role));
        }

        foreach (var a in Articles.All)
        {
            foreach (var m in a.Mentions)
            {
                Console.WriteLine("mention|" + J(m.Kind.ToString()) + "|" + J(m.EntityKey) + "|" + J(m.Text) + "|" + J(m.ArticleId) + "|" + N(m.Paragraph) + "|" + L(m.Location));
            }
        }

        static string J(object? value) => JsonSerializer.Serialize(value);

        static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

        static string L(Dataset.SourceLocation l) =>
            J(l.File) + "|" + N(l.Line) + "|" + N(l.Column) + "|" + N(l.EndLine) + "|" + N(l.EndColumn) + "|" + N(l.Start) + "|" + N(l.Length);
        """;

    /// <summary>The lines <see cref="Printer"/> prints, made from a JSON export of the same articles.</summary>
    public static string[] Lines(JsonElement export)
    {
        var lines = new List<string>();
        foreach (var a in export.GetProperty("articles").EnumerateArray())
        {
            var paragraphs = a.GetProperty("paragraphs").EnumerateArray().Select(paragraph => paragraph.GetString()).ToList();
            lines.Add("article|" + J(a, "id") + "|" + J(a, "title") + "|" + J(a, "source") + "|" + J(a, "dateline") + "|" + J(a, "published") + "|" + JsonSerializer.Serialize(paragraphs) + "|" + L(a));
        }

        foreach (var q in export.GetProperty("quotes").EnumerateArray())
        {
            lines.Add("quote|" + J(q, "id") + "|" + J(q, "speaker") + "|" + J(q, "speaker_name") + "|" + J(q, "key") + "|" + J(q, "text") + "|" + J(q, "cue") + "|" + J(q, "article") + "|" + N(q, "paragraph") + "|" + L(q));
        }

        foreach (var s in export.GetProperty("stats").EnumerateArray())
        {
            lines.Add("stat|" + J(s, "id") + "|" + s.GetProperty("value").GetRawText() + "|" + J(s, "unit") + "|" + J(s, "qualifier") + "|" + J(s, "text") + "|" + J(s, "sentence") + "|" + J(s, "article") + "|" + N(s, "paragraph") + "|" + L(s));
        }

        foreach (var (table, kind) in new[] { ("people", "person"), ("organizations", "organization"), ("places", "place") })
        {
            foreach (var e in export.GetProperty(table).EnumerateArray())
            {
                lines.Add(kind + "|" + J(e, "key") + "|" + J(e, "name") + "|" + J(e, "role"));
            }
        }

        foreach (var m in export.GetProperty("mentions").EnumerateArray())
        {
            lines.Add("mention|" + J(m, "kind") + "|" + J(m, "entity") + "|" + J(m, "text") + "|" + J(m, "article") + "|" + N(m, "paragraph") + "|" + L(m));
        }

        return lines.ToArray();
    }

    private static string J(JsonElement item, string name) => JsonSerializer.Serialize(item.GetProperty(name).GetString());

    private static string N(JsonElement item, string name) => item.GetProperty(name).GetInt32().ToString(CultureInfo.InvariantCulture);

    private static string L(JsonElement item) =>
        J(item, "file") + "|" + N(item, "line") + "|" + N(item, "column") + "|" + N(item, "end_line") + "|" + N(item, "end_column") + "|" + N(item, "offset") + "|" + N(item, "length");
}
