using System.Globalization;
using CsCheck;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using static Dataset.Generator.Tests.Infrastructure.ArticleText;

namespace Dataset.Generator.Tests;

/// <summary>The YAML front matter: required and optional fields, entity declarations and the YAML subset.</summary>
public sealed class FrontMatterTests
{
    private static string Front(string lines, string body = "Text.") => "---\n" + lines + "---\n" + body;

    private static string[] Ids(ArticleModel article) => article.Diagnostics.Select(diagnostic => diagnostic.Id).ToArray();

    [Fact]
    public void ReadsRequiredAndOptionalFields()
    {
        var article = Parse(Front("id: Talks2015\ntitle: Russia and US call urgent talks\nsource: Agence France-Presse\ndateline: UNITED NATIONS, United States\npublished: 2015-09-30\n"));

        Assert.Empty(article.Diagnostics);
        Assert.True(article.IsEmittable);
        Assert.Equal(
            ("Talks2015", "Russia and US call urgent talks", "Agence France-Presse", "UNITED NATIONS, United States", 2015, 9, 30),
            (article.Id, article.Title, article.Source, article.Dateline, article.Year, article.Month, article.Day));
        Assert.Empty(article.Entities);
        Assert.Equal(["Text."], article.Paragraphs);
    }

    [Theory]
    [InlineData("data/russia-us-syria-talks.md", "RussiaUsSyriaTalks")]
    [InlineData("data/talks.md", "Talks")]
    [InlineData("data/sub/un_general.assembly.md", "UnGeneralAssembly")]
    [InlineData("data/already Pascal.md", "AlreadyPascal")]
    public void TheIdDefaultsToTheFileNameInPascalCase(string path, string id)
    {
        var article = Parse(Front(Header), path);

        Assert.Empty(article.Diagnostics);
        Assert.Equal(id, article.Id);
        Assert.Null(article.Dateline);
    }

    [Fact]
    public void AFileNameThatGivesNoIdentifierIsAnErrorAndTheArticleIsNotEmitted()
    {
        var article = Parse(Front(Header), "data/2015-talks.md");

        Assert.Equal(["DS1008"], Ids(article));
        Assert.False(article.IsEmittable);
    }

    [Fact]
    public void ReadsEntitiesAsFlowMapsBareNamesOrBlockMaps()
    {
        var lines = Header +
            "people:\n" +
            "  Kerry: { name: John Kerry, role: US Secretary of State }\n" +
            "  Assad: Bashar al-Assad\n" +
            "  Lavrov:\n" +
            "    name: Sergei Lavrov\n" +
            "    role: Russian Foreign Minister\n" +
            "  Khoja: { name: \"Khoja, Khaled\", role: 'head of the \"National\" Coalition' }\n" +
            "  Nobody: { name: No Role, role: }\n" +
            "organizations:\n" +
            "  Nato: { name: NATO }\n" +
            "places:\n" +
            "  Kerry: { name: Kerry County }\n";
        var article = Parse(Front(lines));

        Assert.Empty(article.Diagnostics);
        Assert.Equal(
            [
                (Model.EntityKind.Person, "Kerry", "John Kerry", "US Secretary of State"),
                (Model.EntityKind.Person, "Assad", "Bashar al-Assad", null),
                (Model.EntityKind.Person, "Lavrov", "Sergei Lavrov", "Russian Foreign Minister"),
                (Model.EntityKind.Person, "Khoja", "Khoja, Khaled", "head of the \"National\" Coalition"),
                (Model.EntityKind.Person, "Nobody", "No Role", null),
                (Model.EntityKind.Organization, "Nato", "NATO", null),
                (Model.EntityKind.Place, "Kerry", "Kerry County", null),
            ],
            article.Entities.Select(entity => (entity.Kind, entity.Key, entity.Name, entity.Role)));
    }

    [Fact]
    public void AnEntityLocationIsItsKey()
    {
        var article = Parse(Front(Header + "people:\n  Kerry: { name: John Kerry }\n"));

        var kerry = Assert.Single(article.Entities);
        Assert.Equal((5, 2, 5, 7), (kerry.Location.StartLine, kerry.Location.StartColumn, kerry.Location.EndLine, kerry.Location.EndColumn));
    }

    [Fact]
    public void EmptySectionsDeclareNothing()
    {
        var article = Parse(Front(Header + "people:\norganizations:\nplaces:\n"));

        Assert.Empty(article.Diagnostics);
        Assert.Empty(article.Entities);
    }

    [Fact]
    public void QuotedScalarsResolveTheirEscapes()
    {
        var article = Parse(Front("title: \"Caf\\u00e9 \\\"talks\\\" \\\\ a/b\"\nsource: 'It''s AFP'\npublished: \"2015-09-30\"\ndateline: Paris # a comment\n"));

        Assert.Empty(article.Diagnostics);
        Assert.Equal(("Café \"talks\" \\ a/b", "It's AFP", "Paris"), (article.Title, article.Source, article.Dateline));
    }

    [Fact]
    public void CommentsBlankLinesAndTheDocumentEndMarkerAreAccepted()
    {
        var article = Parse("---\n# the article\n\ntitle: Talks   \n  # indented comment\nsource: AFP\npublished: 2015-09-30\n...\nBody.");

        Assert.Empty(article.Diagnostics);
        Assert.Equal(("Talks", "AFP"), (article.Title, article.Source));
        Assert.Equal(["Body."], article.Paragraphs);
    }

    [Fact]
    public void CrlfFrontMatterReadsTheSame()
    {
        var text = Article("Body.").Replace("\n", "\r\n");
        var article = Parse(text);

        Assert.Empty(article.Diagnostics);
        Assert.Equal(Parse(Article("Body.")).Entities.Select(entity => (entity.Key, entity.Name, entity.Role)), article.Entities.Select(entity => (entity.Key, entity.Name, entity.Role)));
        Assert.Equal(["Body."], article.Paragraphs);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("source")]
    [InlineData("published")]
    public void EachRequiredFieldIsRequired(string field)
    {
        var lines = string.Concat(Header.Split('\n').Where(line => line.Length > 0 && !line.StartsWith(field + ":", StringComparison.Ordinal)).Select(line => line + "\n"));
        var article = Parse(Front(lines));

        var diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal(("DS1004", field), (diagnostic.Id, diagnostic.Arguments[0]));
        Assert.True(article.IsEmittable);
    }

    [Theory]
    [InlineData("2015-9-30")]
    [InlineData("2015-02-30")]
    [InlineData("30/09/2015")]
    [InlineData("2015-09-30T10:00")]
    [InlineData("Sept. 30, 2015")]
    public void PublishedMustBeAValidIsoDate(string date)
    {
        var article = Parse(Front($"title: T\nsource: S\npublished: {date}\n"));

        Assert.Equal(["DS1005"], Ids(article));
        Assert.Equal((1, 1, 1), (article.Year, article.Month, article.Day));
    }

    [Fact]
    public void DatesReadAsTheInvariantCultureReadsThem()
    {
        // The usual shape is read without DateTime's parser: it must accept and reject exactly what that parser does.
        var digit = Gen.Char['0', '9'];
        char[] others = ['-', ' ', '/', '+', 'a', '\u0661', '\0', '\u00A0', '.'];
        var other = Gen.Int[0, others.Length - 1].Select(i => others[i]);
        var shaped = Gen.Frequency((20, digit), (1, other)).Array[10].Select(chars =>
        {
            chars[4] = chars[4] is >= '0' and <= '9' ? '-' : chars[4];
            chars[7] = chars[7] is >= '0' and <= '9' ? '-' : chars[7];
            return new string(chars);
        });
        Gen.OneOf(shaped, Gen.Frequency((20, digit), (1, other)).Array[8, 12].Select(chars => new string(chars)))
            .Sample(
                text =>
                {
                    var expected = DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? (date.Year, date.Month, date.Day) : ((int, int, int)?)null;
                    Assert.Equal(expected, ArticleParser.TryReadDate(text));
                },
                iter: 20_000);
        Assert.Equal((2016, 2, 29), ArticleParser.TryReadDate("2016-02-29"));
        Assert.Null(ArticleParser.TryReadDate("2015-02-29"));
        Assert.Null(ArticleParser.TryReadDate("0000-01-01"));
    }

    [Fact]
    public void AnEmptyTitleIsInvalid()
    {
        var article = Parse(Front("title:\nsource: S\npublished: 2015-09-30\n"));

        Assert.Equal(["DS1003"], Ids(article));
    }

    [Fact]
    public void UnknownFieldsAreWarnedAboutWithASuggestion()
    {
        var article = Parse(Front(Header + "tittle: Typo\npeople:\n  Kerry: { name: John Kerry, rol: Secretary }\n"));

        Assert.Equal(["DS1006", "DS1006"], Ids(article));
        Assert.Equal(["tittle", ": did you mean 'title'?"], article.Diagnostics[0].Arguments);
        Assert.Equal(["rol", ": did you mean 'role'?"], article.Diagnostics[1].Arguments);
        Assert.Equal("John Kerry", Assert.Single(article.Entities).Name);
        Assert.Null(article.Entities[0].Role);
    }

    [Theory]
    [InlineData("people:\n\tKerry: John Kerry\n")]
    [InlineData("\ttitle: Tabbed\n")]
    [InlineData("people:\n  \tKerry: John Kerry\n")]
    public void TabIndentationIsAnError(string lines)
    {
        var article = Parse(Front(Header + lines));

        Assert.Contains("DS1003", Ids(article));
        Assert.Contains("tabs", article.Diagnostics.First(diagnostic => diagnostic.Id == "DS1003").Arguments[0], StringComparison.Ordinal);
        Assert.Empty(article.Entities);
    }

    [Fact]
    public void ALineOfWhitespaceIsBlank()
    {
        var article = Parse(Front(Header + " \t \npeople:\n  Kerry: John Kerry\n"));

        Assert.Empty(article.Diagnostics);
        Assert.Single(article.Entities);
    }

    [Theory]
    [InlineData("tags:\n  - a\n", "lists ('- item') are not supported")]
    [InlineData("tags: [a, b]\n", "lists ('[a, b]') are not supported")]
    [InlineData("note: |\n", "block scalars")]
    [InlineData("note: &anchor x\n", "cannot start with '&'")]
    [InlineData("note: a: b\n", "cannot contain ': '")]
    [InlineData("note: \"open\n", "not closed on the same line")]
    [InlineData("note: \"bad \\q escape\"\n", "unknown escape '\\q'")]
    [InlineData("note: { a: b\n", "'{' is not closed")]
    [InlineData("note: { a: { b: c } }\n", "nested '{ }'")]
    [InlineData("just words\n", "expected 'key: value'")]
    [InlineData("  indented: x\n", "unexpected indentation")]
    [InlineData("\"quoted\": x\n", "is not a plain key")]
    public void YamlOutsideTheSubsetIsReportedNotGuessed(string lines, string reason)
    {
        var article = Parse(Front(Header + lines));

        var diagnostic = Assert.Single(article.Diagnostics, diagnostic => diagnostic.Id == "DS1003");
        Assert.Contains(reason, diagnostic.Arguments[0], StringComparison.Ordinal);
        Assert.Equal("Talks", article.Title);
    }

    [Fact]
    public void NestingTooDeeplyIsReported()
    {
        var lines = string.Concat(Enumerable.Range(0, 40).Select(level => new string(' ', level * 2) + "k" + level + ":\n")) + new string(' ', 80) + "leaf: x\n";
        var article = Parse(Front(Header + lines));

        Assert.Contains(article.Diagnostics, diagnostic => diagnostic.Id == "DS1003" && diagnostic.Arguments[0].Contains("nests too deeply", StringComparison.Ordinal));
        Assert.Equal("Talks", article.Title);
    }

    [Theory]
    [InlineData("people: Kerry\n", "'people' must map keys to entities")]
    [InlineData("title:\n  nested: x\n", "'title' must be a non-empty single-line value")]
    [InlineData("dateline:\n  nested: x\n", "'dateline' must be a single-line value")]
    [InlineData("people:\n  Kerry:\n    name:\n      first: John\n", "'name' of 'Kerry' must be a single-line value")]
    public void FieldsOfTheWrongShapeAreReported(string lines, string message)
    {
        var article = Parse(Front(Header.Replace("title: Talks\n", lines.StartsWith("title", StringComparison.Ordinal) ? string.Empty : "title: Talks\n") + lines));

        Assert.Contains(article.Diagnostics, diagnostic => diagnostic.Id == "DS1003" && diagnostic.Arguments[0].StartsWith(message, StringComparison.Ordinal));
        Assert.Empty(article.Entities);
    }

    [Theory]
    [InlineData("  Kerry:\n")]
    [InlineData("  Kerry: { role: Secretary }\n")]
    [InlineData("  Kerry: { name: \"\" }\n")]
    public void AnEntityWithoutANameIsAnError(string declaration)
    {
        var article = Parse(Front(Header + "people:\n" + declaration + "  Lavrov: Sergei Lavrov\n"));

        Assert.Equal(["DS1007"], Ids(article));
        Assert.Equal("Lavrov", Assert.Single(article.Entities).Key);
    }

    [Theory]
    [InlineData("2Kerry", "a key must be a C# identifier")]
    [InlineData("John-Kerry", "a key must be a C# identifier")]
    [InlineData("People", "enclosing class 'People'")]
    [InlineData("All", "'All' is the generated list")]
    [InlineData("DatasetStorage", "'DatasetStorage' is the generated class")]
    [InlineData("ToString", "would hide object.ToString")]
    [InlineData("GetHashCode", "would hide object.GetHashCode")]
    public void EntityKeysMustBeAbleToNameAMember(string key, string reason)
    {
        var article = Parse(Front(Header + $"people:\n  {key}: Someone\n  Lavrov: Sergei Lavrov\n"));

        var diagnostic = Assert.Single(article.Diagnostics);
        Assert.Equal(("DS1008", key), (diagnostic.Id, diagnostic.Arguments[0]));
        Assert.Contains(reason, diagnostic.Arguments[1], StringComparison.Ordinal);
        Assert.Equal("Lavrov", Assert.Single(article.Entities).Key);
    }

    [Theory]
    [InlineData("class")]
    [InlineData("record")]
    [InlineData("Articles2")]
    [InlineData("_")]
    public void KeywordsAndOtherIdentifiersAreValidEntityKeys(string key)
    {
        var article = Parse(Front(Header + $"organizations:\n  {key}: Someone\n"));

        Assert.Empty(article.Diagnostics);
        Assert.Equal(key, Assert.Single(article.Entities).Key);
    }

    [Fact]
    public void ADuplicateKeyKeepsTheFirstValue()
    {
        var article = Parse(Front(Header + "title: Second\npeople:\n  Kerry: John Kerry\n  Kerry: Other Kerry\n  Lavrov: { name: Sergei Lavrov, name: Other }\n"));

        Assert.Equal(["DS1009", "DS1009", "DS1009"], Ids(article));
        Assert.Equal("Talks", article.Title);
        Assert.Equal([("Kerry", "John Kerry"), ("Lavrov", "Sergei Lavrov")], article.Entities.Select(entity => (entity.Key, entity.Name)));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(30)]
    public void ADuplicateKeyInALargeMapPointsAtTheFirst(int people)
    {
        // Small maps compare keys along their entries, larger ones look them up: both find the first declaration.
        var declarations = string.Concat(Enumerable.Range(0, people).Select(i => $"  P{i}: {{ name: Person {i}, role: r, name: Again }}\n"));
        var last = people - 1;
        var article = Parse(Front(Header + "people:\n" + declarations + "  P1: Other\n" + "  P0: Other\n" + $"  P{last}: Other\n"));

        var duplicates = article.Diagnostics.Where(diagnostic => diagnostic.Id == "DS1009").ToArray();
        Assert.Equal(people + 3, duplicates.Length);
        Assert.All(duplicates.Take(people), duplicate => Assert.Equal("name", duplicate.Arguments[0]));
        Assert.Equal(["P1", "P0", $"P{last}"], duplicates.Skip(people).Select(duplicate => duplicate.Arguments[0]));
        Assert.Equal([2, 1, people], duplicates.Skip(people).Select(duplicate => duplicate.AdditionalLocation!.Value.StartLine - 4));
        Assert.Equal(Enumerable.Range(0, people).Select(i => ($"P{i}", $"Person {i}")), article.Entities.Select(entity => (entity.Key, entity.Name)));
    }

    [Fact]
    public void AnInvalidExplicitIdIsAnErrorAndTheArticleIsNotEmitted()
    {
        var article = Parse(Front("id: Articles\n" + Header));

        Assert.Equal(["DS1008"], Ids(article));
        Assert.False(article.IsEmittable);
    }

    [Fact]
    public void AKeywordIsAValidArticleId()
    {
        var article = Parse(Front("id: namespace\n" + Header));

        Assert.Empty(article.Diagnostics);
        Assert.Equal("namespace", article.Id);
    }
}
