using System.Text.Json;
using System.Text.RegularExpressions;
using Dataset.EndToEnd.Tests.Infrastructure;
using Dataset.Tool.Exporting;
using Dataset.Tool.Tests.Infrastructure;

namespace Dataset.Tool.Tests;

/// <summary>`dataset export`: CSV as RFC 4180 says, JSON with every string exact, and a JSON Schema made from the same columns.</summary>
public sealed class ExportTests
{
    private const string Tricky = """
        ---
        id: Tricky
        title: "Commas, \"quotes\", and a\ttab"
        source: "Line\nbreak"
        published: 2016-02-29
        people:
          Kerry: { name: "Kerry, John \"JK\"", role: "=1+1" }
        ---

        "[A quote, with "quotes"
        over two lines]{.quote #Kerry.Two cue="told AFP"}," [Kerry]{.person ref=Kerry} said of [1.50]{.stat #Money.Rate unit=percent value=1.50} and [3,000,000,000]{.stat #Money.Total} and [over 14,000]{.stat #Money.Deaths} at [16.00 dlrs a barrel]{.stat #Money.Oil}.

        """;

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("carriage\rreturn", "\"carriage\rreturn\"")]
    [InlineData("", "")]
    public void CsvFieldsAreQuotedOnlyWhenRFC4180NeedsIt(string field, string written) =>
        Assert.Equal(written, CsvExport.Escape(field));

    [Fact]
    public void CsvAndJsonCarryEveryTextExactly()
    {
        using var directory = new TempDirectory();
        directory.Write("data/tricky.md", Tricky);
        var json = Path.Combine(directory.Path, "out.json");
        var csv = Path.Combine(directory.Path, "csv");

        var jsonRun = ToolRunner.Run("export", "--root", directory.Path, "--out", json);
        var csvRun = ToolRunner.Run("export", "--root", directory.Path, "--format", "csv", "--out", csv);

        Assert.True(jsonRun.ExitCode == 0, jsonRun.ToString());
        Assert.True(csvRun.ExitCode == 0, csvRun.ToString());
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var quote = document.RootElement.GetProperty("quotes")[0];
        Assert.Equal("A quote, with \"quotes\" over two lines", quote.GetProperty("text").GetString());
        Assert.Equal("told AFP", quote.GetProperty("cue").GetString());
        Assert.Equal("Kerry, John \"JK\"", quote.GetProperty("speaker_name").GetString());
        var stats = document.RootElement.GetProperty("stats").EnumerateArray().ToList();
        Assert.Equal(["1.5", "3000000000", "14000", "16"], stats.Select(stat => stat.GetProperty("value").GetRawText()));
        Assert.Equal(["Exact", "Exact", "AtLeast", "Exact"], stats.Select(stat => stat.GetProperty("qualifier").GetString()));
        Assert.Equal(["percent", null, null, "USD"], stats.Select(stat => stat.GetProperty("unit").GetString()));
        Assert.Equal([null, null, null, "barrel"], stats.Select(stat => stat.GetProperty("per").GetString()));
        Assert.Equal("Line\nbreak", document.RootElement.GetProperty("articles")[0].GetProperty("source").GetString());

        var bytes = File.ReadAllBytes(Path.Combine(csv, "quotes.csv"));
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 without a BOM");
        var quotes = Csv.Read(File.ReadAllText(Path.Combine(csv, "quotes.csv")));
        Assert.Equal("A quote, with \"quotes\" over two lines", quotes[1][quotes[0].IndexOf("text")]);
        var statRows = Csv.Read(File.ReadAllText(Path.Combine(csv, "stats.csv")));
        Assert.Equal(["", "", "", "barrel"], statRows.Skip(1).Select(row => row[statRows[0].IndexOf("per")]));
        var people = Csv.Read(File.ReadAllText(Path.Combine(csv, "people.csv")));
        Assert.Equal(["Kerry", "Kerry, John \"JK\"", "=1+1"], people[1]);
        var articles = Csv.Read(File.ReadAllText(Path.Combine(csv, "articles.csv")));
        Assert.Equal("Commas, \"quotes\", and a\ttab", articles[1][articles[0].IndexOf("title")]);
        Assert.DoesNotContain("paragraphs", articles[0]);
        var paragraphs = Csv.Read(File.ReadAllText(Path.Combine(csv, "paragraphs.csv")));
        Assert.Equal(["article", "paragraph", "text"], paragraphs[0]);
        Assert.Equal(document.RootElement.GetProperty("articles")[0].GetProperty("paragraphs")[0].GetString(), paragraphs[1][2]);
    }

    [Fact]
    public void ArticlesWithErrorsAreNotExported()
    {
        using var directory = new TempDirectory();
        directory.Write("data/broken.md", "---\ntitle: T\nsource: S\npublished: 2015-09-30\n---\n\nA [typo]{.persn ref=Kerry} here.\n");
        var json = Path.Combine(directory.Path, "out.json");

        var result = ToolRunner.Run("export", "--root", directory.Path, "--out", json);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error DS2004", result.Error);
        Assert.False(File.Exists(json));
    }

    [Fact]
    public void TheSchemaDescribesEveryColumnWithItsType()
    {
        var result = ToolRunner.Run("export", "--schema");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var schema = JsonDocument.Parse(result.Output);
        Assert.Equal(JsonSchemaExport.Dialect, schema.RootElement.GetProperty("$schema").GetString());
        var tables = schema.RootElement.GetProperty("properties");
        foreach (var table in ExportTables.All.Where(table => table.InJson))
        {
            var items = tables.GetProperty(table.Name).GetProperty("items");
            Assert.False(items.GetProperty("additionalProperties").GetBoolean());
            Assert.Equal(table.Columns.Select(column => column.Name), items.GetProperty("required").EnumerateArray().Select(name => name.GetString()));
            foreach (var column in table.Columns)
            {
                Assert.Matches("^[a-z]+(_[a-z]+)*$", column.Name);
                var property = items.GetProperty("properties").GetProperty(column.Name);
                Assert.False(string.IsNullOrWhiteSpace(property.GetProperty("description").GetString()));
                var type = property.GetProperty("type");
                var expected = column.Type switch
                {
                    ExportType.OptionalString => "[\"string\",\"null\"]",
                    ExportType.Integer => "\"integer\"",
                    ExportType.Number => "\"number\"",
                    ExportType.StringList => "\"array\"",
                    _ => "\"string\"",
                };
                Assert.Equal(expected, Regex.Replace(type.GetRawText(), @"\s", string.Empty));
            }
        }

        Assert.Equal(ExportTables.All.Where(table => table.InJson).Select(table => table.Name), schema.RootElement.GetProperty("required").EnumerateArray().Select(name => name.GetString()));
    }

    [Fact]
    public void AnExportOfTheSeedArticleMatchesItsOwnSchema()
    {
        var json = ToolRunner.Run("export", Repository.SeedArticle, "--root", Repository.Root);
        var schema = ToolRunner.Run("export", "--schema");

        using var document = JsonDocument.Parse(json.Output);
        using var schemaDocument = JsonDocument.Parse(schema.Output);
        foreach (var table in document.RootElement.EnumerateObject())
        {
            var properties = schemaDocument.RootElement.GetProperty("properties").GetProperty(table.Name).GetProperty("items").GetProperty("properties");
            Assert.NotEqual(0, table.Value.GetArrayLength());
            foreach (var item in table.Value.EnumerateArray())
            {
                foreach (var field in item.EnumerateObject())
                {
                    var property = properties.GetProperty(field.Name);
                    var types = property.GetProperty("type") is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray().Select(t => t.GetString()).ToList() : [property.GetProperty("type").GetString()];
                    var actual = field.Value.ValueKind switch
                    {
                        JsonValueKind.String => "string",
                        JsonValueKind.Null => "null",
                        JsonValueKind.Array => "array",
                        JsonValueKind.Number when field.Value.TryGetInt64(out _) && !field.Value.GetRawText().Contains('.') => "integer",
                        JsonValueKind.Number => "number",
                        _ => "other",
                    };
                    Assert.True(types.Contains(actual) || (actual == "integer" && types.Contains("number")), $"{table.Name}.{field.Name}: {actual} is not {string.Join("|", types)}");
                    if (property.TryGetProperty("enum", out var allowed))
                    {
                        Assert.Contains(field.Value.GetString(), allowed.EnumerateArray().Select(value => value.GetString()));
                    }
                }
            }
        }
    }
}
