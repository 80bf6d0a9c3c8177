using Dataset.Generator.Diagnostics;
using Dataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Dataset.Generator.Tests.Infrastructure.ArticleText;

namespace Dataset.Generator.Tests;

/// <summary>
/// One test per diagnostic the generator reports: its id, severity, message and exact location, and that the rest
/// of the article is still generated and compiles. (DS9999, the internal error, cannot be caused by input.)
/// </summary>
public sealed class DiagnosticTests
{
    private const string TalksPath = GeneratorHarness.ProjectDirectory + "data/talks.md";
    private const string OtherPath = GeneratorHarness.ProjectDirectory + "data/zz.md";

    /// <summary>Line 12 (0-based) is the first line of the body of <see cref="ArticleText.Article"/>.</summary>
    private const int Body = 12;

    [Fact]
    public void DS1001_MissingFrontMatter()
    {
        var run = GenerateWithValidArticle("# Talks\n\nBody.");

        AssertSingle(run, "DS1001", DiagnosticSeverity.Error, OtherPath, (0, 0, 0, 7),
            "The article must start with a '---' line that opens its YAML front matter");
    }

    [Fact]
    public void DS1002_UnclosedFrontMatter()
    {
        var run = GenerateWithValidArticle("---\ntitle: Talks\n\nBody.");

        AssertSingle(run, "DS1002", DiagnosticSeverity.Error, OtherPath, (0, 0, 0, 3),
            "The front matter opened here is never closed: add a '---' line after it");
    }

    [Fact]
    public void DS1003_InvalidYaml()
    {
        var run = GenerateValid("---\n" + Header + "tags: [a, b]\n" + Entities + "---\n" + ValidParagraph);

        AssertSingle(run, "DS1003", DiagnosticSeverity.Error, TalksPath, (4, 6, 4, 12),
            "Invalid front matter: lists ('[a, b]') are not supported: use a mapping of keys");
    }

    [Fact]
    public void DS1004_MissingField()
    {
        var run = GenerateValid("---\ntitle: Talks\npublished: 2015-09-30\n" + Entities + "---\n" + ValidParagraph);

        AssertSingle(run, "DS1004", DiagnosticSeverity.Error, TalksPath, (0, 0, 0, 3),
            "The front matter has no 'source': add 'source: ...'");
    }

    [Fact]
    public void DS1005_InvalidDate()
    {
        var run = GenerateValid("---\ntitle: Talks\nsource: AFP\npublished: 2015-9-30\n" + Entities + "---\n" + ValidParagraph);

        AssertSingle(run, "DS1005", DiagnosticSeverity.Error, TalksPath, (3, 11, 3, 20),
            "'2015-9-30' is not a date: write 'published' as YYYY-MM-DD, such as 2015-09-30");
    }

    [Fact]
    public void DS1006_UnknownField()
    {
        var run = GenerateValid("---\n" + Header + "tittle: Typo\n" + Entities + "---\n" + ValidParagraph);

        AssertSingle(run, "DS1006", DiagnosticSeverity.Warning, TalksPath, (4, 0, 4, 6),
            "Unknown field 'tittle' is ignored: did you mean 'title'?");
    }

    [Fact]
    public void DS1007_InvalidEntity()
    {
        var run = GenerateValid(Article(ValidParagraph, WithPerson("  Putin: { role: President }\n")));

        AssertSingle(run, "DS1007", DiagnosticSeverity.Error, TalksPath, (7, 2, 7, 7),
            "Entity 'Putin' needs a name: write 'Putin: { name: ..., role: ... }'");
    }

    [Fact]
    public void DS1008_InvalidKey()
    {
        var run = GenerateValid(Article(ValidParagraph, WithPerson("  All: { name: Everyone }\n")));

        AssertSingle(run, "DS1008", DiagnosticSeverity.Error, TalksPath, (7, 2, 7, 5),
            "'All' cannot name a generated member: 'All' is the generated list of every item");
    }

    [Fact]
    public void DS1008_InvalidKey_ArticleIdFromTheFileName()
    {
        var run = GenerateWithValidArticle(Article("Body."), "2015-talks.md");

        AssertSingle(run, "DS1008", DiagnosticSeverity.Error, GeneratorHarness.ProjectDirectory + "data/2015-talks.md", (0, 0, 0, 3),
            "'2015Talks' cannot name a generated member: a key must be a C# identifier (letters, digits and '_', not starting with a digit); the id comes from the file name, so set one with 'id: ...'");
    }

    [Fact]
    public void DS1009_DuplicateField()
    {
        var run = GenerateValid(Article(ValidParagraph, WithPerson("  Kerry: { name: Another Kerry }\n")));

        var diagnostic = AssertSingle(run, "DS1009", DiagnosticSeverity.Error, TalksPath, (7, 2, 7, 7),
            "'Kerry' is declared twice in the same map: remove one");
        AssertAdditional(diagnostic, TalksPath, (5, 2, 5, 7));
    }

    [Fact]
    public void DS2001_UnclosedSpan()
    {
        var run = GenerateValid(Article("An [unclosed span\n\n" + ValidParagraph));

        AssertSingle(run, "DS2001", DiagnosticSeverity.Warning, TalksPath, (Body, 3, Body, 4),
            "'[' opens an annotation that is not closed before the end of its paragraph: it is read as text; close it with ']{...}', or write '\\[' for a literal bracket");
    }

    [Fact]
    public void DS2001_UnclosedSpan_AtTheEndOfTheFile()
    {
        var run = GenerateValid(Article(ValidParagraph + "\n\nAn [unclosed span"));

        AssertSingle(run, "DS2001", DiagnosticSeverity.Warning, TalksPath, (Body + 2, 3, Body + 2, 4),
            "'[' opens an annotation that is not closed before the end of its paragraph: it is read as text; close it with ']{...}', or write '\\[' for a literal bracket");
    }

    [Fact]
    public void DS2001_UnclosedSpan_ForgottenBracketBeforeAttributesIsTheOnlyError()
    {
        var run = GenerateValid(Article("[Sixty-nine percent{.stat #Poll.Against} of Russians\n\n" + ValidParagraph));

        AssertSingle(run, "DS2001", DiagnosticSeverity.Warning, TalksPath, (Body, 0, Body, 1),
            "'[' opens an annotation that is not closed before the end of its paragraph: it is read as text; close it with ']{...}', or write '\\[' for a literal bracket");
    }

    [Fact]
    public void DS2006_StrayBracket_InsideAClosedSpanIsReported()
    {
        var run = GenerateValid(Article("[a } b]{.person ref=Kerry}\n\n" + ValidParagraph));

        AssertSingle(run, "DS2006", DiagnosticSeverity.Warning, TalksPath, (Body, 3, Body, 4),
            "'}' does not belong to an annotation here: it is read as text; write '\\}' for the literal character");
    }

    [Fact]
    public void DS2002_MissingAttributes()
    {
        var run = GenerateValid(Article("[Kerry] {.person ref=Kerry} spoke.\n\n" + ValidParagraph));

        AssertSingle(run, "DS2002", DiagnosticSeverity.Warning, TalksPath, (Body, 0, Body, 7),
            "'[Kerry]' is read as text: it is neither a link nor an annotation; an annotation must be followed directly by '{.kind ...}' (remove the space between ']' and '{'); write '\\[' and '\\]' for literal brackets");
    }

    [Fact]
    public void DS2002_MissingAttributes_BareBracketsAreAWarningAndALinkIsNone()
    {
        var run = GenerateValid(Article("[Kerry] spoke, see [the statement](https://example.org/s).\n\n" + ValidParagraph));

        AssertSingle(run, "DS2002", DiagnosticSeverity.Warning, TalksPath, (Body, 0, Body, 7),
            "'[Kerry]' is read as text: it is neither a link nor an annotation; an annotation must be followed directly by '{.kind ...}'; write '\\[' and '\\]' for literal brackets");
    }

    [Fact]
    public void DS2015_DeepNesting()
    {
        var run = GenerateValid(Article(string.Concat(Enumerable.Repeat("> ", 100)) + "Deep.\n\n" + ValidParagraph));

        AssertSingle(run, "DS2015", DiagnosticSeverity.Warning, TalksPath, (Body, 128, Body, 129),
            "The body nests too deeply here to be read as Markdown (65 levels of block quotes, lists or indentation, more than 64): it is read as plain paragraphs, annotations only");
    }

    [Fact]
    public void DS2003_UnclosedAttributes()
    {
        var run = GenerateValid(Article("[Kerry]{.person ref=Kerry spoke.\n\n" + ValidParagraph));

        AssertSingle(run, "DS2003", DiagnosticSeverity.Warning, TalksPath, (Body, 7, Body, 8),
            "'{' opens an attribute list that is not closed before the end of the line: close it with '}'");
    }

    [Fact]
    public void DS2004_UnknownKind()
    {
        var run = GenerateValid(Article("[Kerry]{.persn ref=Kerry}\n\n" + ValidParagraph));

        AssertSingle(run, "DS2004", DiagnosticSeverity.Error, TalksPath, (Body, 8, Body, 14),
            "Unknown annotation kind '.persn': use .quote, .stat, .person, .org or .place: did you mean 'person'?");
    }

    [Fact]
    public void DS2005_MissingId()
    {
        var run = GenerateValid(Article("[Yes]{.quote cue=said}\n\n" + ValidParagraph));

        AssertSingle(run, "DS2005", DiagnosticSeverity.Error, TalksPath, (Body, 0, Body, 22),
            "A .quote annotation needs an id: write '#Speaker.Key'");
    }

    [Fact]
    public void DS2006_StrayBracket()
    {
        var run = GenerateValid(Article("Sets } apart.\n\n" + ValidParagraph));

        AssertSingle(run, "DS2006", DiagnosticSeverity.Warning, TalksPath, (Body, 5, Body, 6),
            "'}' does not belong to an annotation here: it is read as text; write '\\}' for the literal character");
    }

    [Fact]
    public void DS2007_InvalidAttribute()
    {
        var run = GenerateValid(Article("[Yes]{.quote #Kerry.Yes cue=said cue=told}\n\n" + ValidParagraph));

        AssertSingle(run, "DS2007", DiagnosticSeverity.Error, TalksPath, (Body, 33, Body, 41),
            "Invalid attribute 'cue': it is given twice");
    }

    [Fact]
    public void DS2007_InvalidAttribute_Syntax()
    {
        var run = GenerateValid(Article("[Yes]{.quote #Kerry.Yes cue}\n\n" + ValidParagraph));

        AssertSingle(run, "DS2007", DiagnosticSeverity.Error, TalksPath, (Body, 24, Body, 27),
            "Invalid attribute 'cue': expected '=' after 'cue': write cue=value");
    }

    [Fact]
    public void DS2008_DuplicateId()
    {
        var run = GenerateValid(Article(ValidParagraph + "\n\n[Again]{.quote #Kerry.Agreed}"));

        var diagnostic = AssertSingle(run, "DS2008", DiagnosticSeverity.Error, TalksPath, (Body + 2, 15, Body + 2, 28),
            "'#Kerry.Agreed' is already used in this article: ids must be unique");
        AssertAdditional(diagnostic, TalksPath, (Body, 20, Body, 33));
    }

    [Fact]
    public void DS2009_UnknownSpeaker()
    {
        var run = GenerateValid(Article("[Hi]{.quote #Kery.Hi}\n\n" + ValidParagraph));

        AssertSingle(run, "DS2009", DiagnosticSeverity.Error, TalksPath, (Body, 13, Body, 17),
            "Unknown speaker 'Kery': did you mean 'Kerry'?: declare it under 'people:' in the front matter");
    }

    [Fact]
    public void DS2010_UnknownReference()
    {
        var run = GenerateValid(Article("[Moscow]{.place ref=Moscow}\n\n" + ValidParagraph));

        AssertSingle(run, "DS2010", DiagnosticSeverity.Error, TalksPath, (Body, 20, Body, 26),
            "Unknown place 'Moscow': declare it under 'places:' in the front matter");
    }

    [Fact]
    public void DS2011_InvalidId()
    {
        var run = GenerateValid(Article("[Yes]{.quote #Kerry}\n\n" + ValidParagraph));

        AssertSingle(run, "DS2011", DiagnosticSeverity.Error, TalksPath, (Body, 13, Body, 19),
            "'#Kerry' is not a valid quote id: write it as '#Speaker.Key'");
    }

    [Fact]
    public void DS2012_UnknownAttribute()
    {
        var run = GenerateValid(Article("[Kerry]{.person ref=Kerry role=x}\n\n" + ValidParagraph));

        AssertSingle(run, "DS2012", DiagnosticSeverity.Warning, TalksPath, (Body, 26, Body, 32),
            "Attribute 'role' means nothing on a .person annotation and is ignored");
        var mention = Assert.Single(GeneratedCode.Read(run.Driver.GetRunResult()).Decode().Articles.Single().Mentions, mention => mention.Text == "Kerry");
        Assert.Equal((global::Dataset.EntityKind.Person, "Kerry"), (mention.Kind, mention.EntityKey));
    }

    [Fact]
    public void DS2013_MissingReference()
    {
        var run = GenerateValid(Article("[Kerry]{.person}\n\n" + ValidParagraph));

        AssertSingle(run, "DS2013", DiagnosticSeverity.Error, TalksPath, (Body, 0, Body, 16),
            "A .person annotation needs 'ref=Key' naming an entity declared under 'people:'");
    }

    [Fact]
    public void DS2014_MissingKind()
    {
        var run = GenerateValid(Article("[Kerry]{ref=Kerry}\n\n" + ValidParagraph));

        AssertSingle(run, "DS2014", DiagnosticSeverity.Error, TalksPath, (Body, 0, Body, 18),
            "'[Kerry]{...}' has no kind: add .quote, .stat, .person, .org or .place to its attributes");
    }

    [Fact]
    public void DS3001_UnreadableNumber()
    {
        var run = GenerateValid(Article("[Many]{.stat #War.Many} died.\n\n" + ValidParagraph));

        AssertSingle(run, "DS3001", DiagnosticSeverity.Error, TalksPath, (Body, 0, Body, 23),
            "No number can be read from 'Many': 'Many' is not a number; add 'value=...' with the number");
    }

    [Fact]
    public void DS3001_UnreadableNumber_WordsAfterTheNumber()
    {
        var run = GenerateValid(Article("It killed [36 innocent people]{.stat #War.Dead}.\n\n" + ValidParagraph));

        AssertSingle(run, "DS3001", DiagnosticSeverity.Error, TalksPath, (Body, 10, Body, 47),
            "No number can be read from '36 innocent people': 'innocent people' after the number is not a scale or a unit: leave words that are not part of the number outside the brackets, or name the unit with unit=; add 'value=...' with the number");
    }

    [Theory]
    [InlineData("no more than 40", null)]
    [InlineData("between twenty and thirty per cent", null)]
    [InlineData("-0.3%", null)]
    [InlineData("two-thirds", null)]
    [InlineData("twenty-first", "'twenty-first' is an ordinal, not a quantity")]
    [InlineData("nineteen eighty-four", "'eighty-four' after the number is not a scale or a unit: leave words that are not part of the number outside the brackets, or name the unit with unit=")]
    [InlineData("about 20-30", "'about' cannot qualify a range")]
    [InlineData("thousands", "'thousands' is not a figure")]
    [InlineData("six in 10", null)]
    [InlineData("25 lakh", null)]
    public void DS3001_UnreadableNumber_OnlyWhenTheWholeTextIsNotANumber(string text, string? problem)
    {
        var run = Generate(Article($"[{text}]{{.stat #War.Figure}}\n\n" + ValidParagraph), UsesValidMembers + "internal static class UseFigure { internal static readonly object Figure = Sample.Statistics.War.Figure; }");

        if (problem is null)
        {
            Assert.DoesNotContain(run.GeneratorDiagnostics, diagnostic => diagnostic.Id.StartsWith("DS3", StringComparison.Ordinal));
            Assert.Empty(CompilerProblems(run));
            return;
        }

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("DS3001", $"No number can be read from '{text}': {problem}; add 'value=...' with the number"), (diagnostic.Id, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void DS3002_ContradictingValue()
    {
        var run = GenerateValid(Article("[20]{.stat #War.Sorties value=21}\n\n" + ValidParagraph), UsesValidMembers + "internal static class Sorties { internal const int Value = Sample.Stats.War.Sorties; }");

        AssertSingle(run, "DS3002", DiagnosticSeverity.Warning, TalksPath, (Body, 24, Body, 32),
            "value=21 contradicts '20', which reads as 20: the explicit value is used");
        Assert.Contains("public const int Sorties = 21;", run.Sources["Article_Talks.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void DS3002_ContradictingValue_Range()
    {
        var text = Article("[between 20 and 30]{.stat #War.Sorties value=25}\n\n" + ValidParagraph);
        var run = GenerateValid(text, UsesValidMembers + "internal static class Sorties { internal const int Value = Sample.Stats.War.Sorties; }");

        AssertSingle(run, "DS3002", DiagnosticSeverity.Warning, TalksPath, (Body, 39, Body, 47),
            "value=25 contradicts 'between 20 and 30', which reads as 20 to 30: the explicit value is used");
        var stat = Assert.Single(Parse(text).Stats, stat => stat.Group == "War");
        Assert.Equal(("25", null, Model.StatQualifier.Exact), (stat.Value, stat.Upper, stat.Qualifier));
    }

    [Fact]
    public void DS3003_NumberOverflow()
    {
        var run = GenerateValid(Article("[99,999,999,999,999,999,999]{.stat #War.Huge}\n\n" + ValidParagraph));

        AssertSingle(run, "DS3003", DiagnosticSeverity.Error, TalksPath, (Body, 0, Body, 45),
            "'99,999,999,999,999,999,999' is too large for a C# integer constant (the limit is 9,223,372,036,854,775,807)");
    }

    [Fact]
    public void DS3003_NumberOverflow_ExplicitValue()
    {
        var run = GenerateValid(Article("[Countless]{.stat #War.Huge value=99999999999999999999999999999999}\n\n" + ValidParagraph));

        AssertSingle(run, "DS3003", DiagnosticSeverity.Error, TalksPath, (Body, 28, Body, 66),
            "'99999999999999999999999999999999' is too large for a C# integer constant (the limit is 9,223,372,036,854,775,807)");
    }

    [Fact]
    public void DS3004_InvalidValue()
    {
        var run = GenerateValid(Article("[Ten]{.stat #War.Ten value=ten}\n\n" + ValidParagraph));

        AssertSingle(run, "DS3004", DiagnosticSeverity.Error, TalksPath, (Body, 21, Body, 30),
            "value=ten is not a number: write digits with an optional '-' and '.', such as value=1500000 or value=1.5");
    }

    [Fact]
    public void DS3005_TooPrecise()
    {
        var run = GenerateValid(Article("[3.14159265358979323]{.stat #Math.Pi}\n\n" + ValidParagraph));

        AssertSingle(run, "DS3005", DiagnosticSeverity.Error, TalksPath, (Body, 0, Body, 37),
            "'3.14159265358979323' has 18 significant digits: a fractional value is a double constant, which holds 15 exactly; round it, or give the rounded value with value=");
    }

    [Fact]
    public void DS3005_TooPrecise_ExplicitValue()
    {
        var run = GenerateValid(Article("[pi]{.stat #Math.Pi value=3.1415926535897932}\n\n" + ValidParagraph));

        AssertSingle(run, "DS3005", DiagnosticSeverity.Error, TalksPath, (Body, 0, Body, 45),
            "'value=3.1415926535897932' has 17 significant digits: a fractional value is a double constant, which holds 15 exactly; round it, or give the rounded value with value=");
    }

    [Fact]
    public void DS4001_DuplicateArticle()
    {
        var run = GenerateWithValidArticle("---\nid: Talks\n" + Header + "---\nBody.");

        var diagnostic = AssertSingle(run, "DS4001", DiagnosticSeverity.Error, OtherPath, (1, 4, 1, 9),
            "Article id 'Talks' is already used by another data file: set a different 'id:' in one of them");
        AssertAdditional(diagnostic, TalksPath, (0, 0, 0, 3));
    }

    [Fact]
    public void DS4002_ConflictingEntity()
    {
        var run = GenerateWithValidArticle(Article("Body.", "people:\n  Kerry: { name: John F. Kerry }\n"));

        var diagnostic = AssertSingle(run, "DS4002", DiagnosticSeverity.Error, OtherPath, (5, 2, 5, 7),
            "Person 'Kerry' is declared as 'John F. Kerry' here and as 'John Kerry' in another article: one key is one person, so use the same name or another key");
        AssertAdditional(diagnostic, TalksPath, (5, 2, 5, 7));
    }

    [Fact]
    public void DS4003_DuplicateMember()
    {
        var run = GenerateWithValidArticle(Article("[Again]{.quote #Kerry.Agreed} and [5]{.stat #Other.Five}"), usesOther: "Sample.Stats.Other.Five");

        var diagnostic = AssertSingle(run, "DS4003", DiagnosticSeverity.Error, OtherPath, (Body, 0, Body, 29),
            "'Quotes.Kerry.Agreed' is already generated from another article: use a different key");
        AssertAdditional(diagnostic, TalksPath, (Body, 1, Body, 43));
    }

    [Fact]
    public void DS4004_ConflictingLibraryEntity()
    {
        var shard1 = DatasetLibraries.Build("Shard1", ("alpha.md", DatasetLibraries.Article("Alpha", "Kerry", "John Kerry", 1)));
        var shard2 = DatasetLibraries.Build("Shard2", ("beta.md", DatasetLibraries.Article("Beta", "Kerry", "John F. Kerry", 1)));
        var run = GeneratorHarness.Run(
            [],
            "internal static class Use { internal static int People => Sample.DatasetCatalog.People.Count; }",
            references: [MetadataReference.CreateFromImage(shard1), MetadataReference.CreateFromImage(shard2)]);

        AssertSingleWithoutLocation(run, "DS4004", DiagnosticSeverity.Warning,
            "Person 'Kerry' is named 'John Kerry' in Shard1 and 'John F. Kerry' in Shard2: DatasetCatalog lists the key once, as 'John Kerry'; use the same name in both, or another key");
        Assert.Empty(CompilerProblems(run));
    }

    [Fact]
    public void DS9005_LibraryFormatVersion()
    {
        // A library built by another version of the package: its attribute gives another data format.
        var version = DatasetLibraries.GeneratorFormatVersion;
        var old = CSharpCompilation.Create(
            "Old.Data",
            [CSharpSyntaxTree.ParseText($"[assembly: Dataset.Storage.DatasetLibraryAttribute(typeof(Old.Data.Articles), FormatVersion = {version - 1}, ArticleCount = 1)] namespace Old.Data {{ public static class Articles {{ }} }}", cancellationToken: TestContext.Current.CancellationToken)],
            GeneratorHarness.CreateCompilation(string.Empty).References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("talks.md", Article(ValidParagraph))],
            UsesValidMembers,
            references: [MetadataReference.CreateFromImage(DatasetLibraries.Emit(old))]);

        AssertSingleWithoutLocation(run, "DS9005", DiagnosticSeverity.Error,
            $"The dataset library 'Old.Data' was generated with data format {version - 1}, and this project's Dataset package reads format {version}: build the library and this project with the same version of the Dataset package; DatasetCatalog leaves the library out");
        Assert.Empty(CompilerProblems(run));
        Assert.DoesNotContain("Old.Data", run.Sources["DatasetCatalog.g.cs"], StringComparison.Ordinal);
        Assert.Contains("new global::Dataset.DatasetLibrary(\"Consumer\"", run.Sources["DatasetCatalog.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void DS9006_LibraryNamespaceTaken()
    {
        // A library whose namespace is this project's, which has data of its own: Sample.Articles, Sample.Quotes... twice.
        var library = DatasetLibraries.BuildIn("News.Shard", "Sample", [], ("alpha.md", DatasetLibraries.Article("Alpha", "Lavrov", "Sergei Lavrov", 2)));
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("talks.md", Article(ValidParagraph))],
            UsesValidMembers + "internal static class Reader { public static string Read() => Sample.DatasetCatalog.Quotes.Count + \" \" + Sample.DatasetCatalog.Quotes[0].Text; }",
            references: [MetadataReference.CreateFromImage(library)]);

        AssertSingleWithoutLocation(run, "DS9006", DiagnosticSeverity.Error,
            "The dataset library 'News.Shard' generates its classes in the namespace 'Sample', as this project's own dataset does: their Articles, Quotes, Stats, People... classes or their DatasetCatalog would have the same names; set DatasetNamespace of one of them to another namespace; DatasetCatalog leaves the library out");

        // The catalog lists the project's own data only, never the project's classes a second time in the library's
        // place (the compiler takes Sample.Quotes to be the project's, CS0436, a warning).
        Assert.DoesNotContain("News.Shard", run.Sources["DatasetCatalog.g.cs"], StringComparison.Ordinal);
        Assert.Equal(2, run.Sources["DatasetCatalog.g.cs"].Split("global::Sample.Quotes.All").Length);
        Assert.All(CompilerProblems(run), problem => Assert.Equal("CS0436", problem.Id));
    }

    [Fact]
    public void DS9006_TwoLibrariesInOneNamespace()
    {
        var shard1 = DatasetLibraries.BuildIn("Shard1", "News", [], ("alpha.md", DatasetLibraries.Article("Alpha", "Kerry", "John Kerry", 1)));
        var shard2 = DatasetLibraries.BuildIn("Shard2", "News", [], ("beta.md", DatasetLibraries.Article("Beta", "Lavrov", "Sergei Lavrov", 1)));
        var run = GeneratorHarness.Run(
            [],
            "internal static class Reader { public static string Read() => News.Quotes.Lavrov.Q0.Text; }",
            references: [MetadataReference.CreateFromImage(shard2), MetadataReference.CreateFromImage(shard1)]);

        // Both are left out: News.Articles is either's, so the compiler could read neither.
        Assert.Equal(
            [
                "DS9006: The dataset library 'Shard1' generates its classes in the namespace 'News', as the dataset library 'Shard2' does: their Articles, Quotes, Stats, People... classes or their DatasetCatalog would have the same names; set DatasetNamespace of one of them to another namespace; DatasetCatalog leaves the library out",
                "DS9006: The dataset library 'Shard2' generates its classes in the namespace 'News', as the dataset library 'Shard1' does: their Articles, Quotes, Stats, People... classes or their DatasetCatalog would have the same names; set DatasetNamespace of one of them to another namespace; DatasetCatalog leaves the library out",
            ],
            run.GeneratorDiagnostics.Select(diagnostic => diagnostic.Id + ": " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(run.GeneratorDiagnostics, diagnostic => Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity));
        Assert.DoesNotContain("DatasetCatalog.g.cs", run.Sources.Keys);
        Assert.Equal(["CS0433"], CompilerProblems(run).Select(problem => problem.Id));
    }

    [Fact]
    public void DS9006_LibraryWithACatalogInThisProjectsNamespace()
    {
        // A library that references a library has a public DatasetCatalog; in this project's namespace it is this project's.
        var shard = DatasetLibraries.Build("Shard1", ("alpha.md", DatasetLibraries.Article("Alpha", "Kerry", "John Kerry", 1)));
        var combined = DatasetLibraries.BuildIn("News.All", "Sample", [MetadataReference.CreateFromImage(shard)], ("beta.md", DatasetLibraries.Article("Beta", "Lavrov", "Sergei Lavrov", 1)));
        var run = GeneratorHarness.Run(
            [],
            "internal static class Reader { public static string Read() => Sample.DatasetCatalog.Libraries.Count + \" \" + Sample.DatasetCatalog.Libraries[0].Name; }",
            references: [MetadataReference.CreateFromImage(combined), MetadataReference.CreateFromImage(shard)]);

        AssertSingleWithoutLocation(run, "DS9006", DiagnosticSeverity.Error,
            "The dataset library 'News.All' generates its classes in the namespace 'Sample', as this project's DatasetCatalog does: their Articles, Quotes, Stats, People... classes or their DatasetCatalog would have the same names; set DatasetNamespace of one of them to another namespace; DatasetCatalog leaves the library out");
        Assert.DoesNotContain("News.All", run.Sources["DatasetCatalog.g.cs"], StringComparison.Ordinal);
        Assert.Contains("new global::Dataset.DatasetLibrary(\"Shard1\"", run.Sources["DatasetCatalog.g.cs"], StringComparison.Ordinal);
        Assert.All(CompilerProblems(run), problem => Assert.Equal("CS0436", problem.Id));
    }

    [Fact]
    public void DS9001_InvalidNamespace()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Article("talks.md", Article(ValidParagraph))], UsesValidMembers.Replace("Sample.", string.Empty), rootNamespace: "My-Project");

        var diagnostic = AssertSingleWithoutLocation(run, "DS9001", DiagnosticSeverity.Error,
            "The namespace 'My-Project' (from RootNamespace) is not a valid C# namespace: set DatasetNamespace; the dataset is generated in the global namespace");
        Assert.Empty(CompilerProblems(run));
        Assert.NotNull(diagnostic);
    }

    [Fact]
    public void DS9002_InvalidVisibility()
    {
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("talks.md", Article(ValidParagraph))],
            UsesValidMembers,
            properties: new Dictionary<string, string> { ["DatasetVisibility"] = "protected" });

        AssertSingleWithoutLocation(run, "DS9002", DiagnosticSeverity.Error, "DatasetVisibility 'protected' must be 'internal' or 'public'");
        Assert.Empty(CompilerProblems(run));
        Assert.Contains("internal static partial class Articles", run.Sources["Dataset.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void DS9003_UnsupportedLanguageVersion()
    {
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("talks.md", Article(ValidParagraph))],
            "internal static class Use { }",
            languageVersion: LanguageVersion.CSharp7_2);

        AssertSingleWithoutLocation(run, "DS9003", DiagnosticSeverity.Error,
            "The dataset needs C# 7.3 or later, but this project uses C# 7.2: set LangVersion to 7.3 or later; no dataset code is generated");
        Assert.Empty(run.Sources);
        Assert.Empty(CompilerProblems(run));
    }

    [Fact]
    public void DS9004_InvalidStatConstants()
    {
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("talks.md", Article(ValidParagraph))],
            UsesValidMembers,
            properties: new Dictionary<string, string> { ["DatasetStatConstants"] = "sometimes" });

        AssertSingleWithoutLocation(run, "DS9004", DiagnosticSeverity.Error, "DatasetStatConstants 'sometimes' must be 'true' or 'false'; statistics are generated as constants");
        Assert.Empty(CompilerProblems(run));
        Assert.Contains("public const int ", run.Sources["Article_Talks.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void EveryDescriptorHasATestHere()
    {
        var tested = typeof(DiagnosticTests).GetMethods().Select(method => method.Name.Split('_')[0]).ToHashSet();
        var untested = DiagnosticDescriptors.All.Select(descriptor => descriptor.Id).Where(id => id != "DS9999" && !tested.Contains(id));

        Assert.Empty(untested);
    }

    [Fact]
    public void EveryDescriptorLinksToItsRowInTheDiagnosticsPage()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        const string Base = "https://github.com/o/r/blob/main/docs/diagnostics.md";
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            var anchor = descriptor.Id.ToLowerInvariant();
            Assert.Empty(descriptor.HelpLinkUri);
            Assert.Equal(Base + "#" + anchor, DiagnosticDescriptors.Get(descriptor.Id, Base).HelpLinkUri);
            Assert.Empty(DiagnosticDescriptors.Get(descriptor.Id, string.Empty).HelpLinkUri);
            Assert.Contains($"| <a id=\"{anchor}\"></a>{descriptor.Id} | {(descriptor.DefaultSeverity == DiagnosticSeverity.Error ? "error" : "warning")} | ", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryDescriptorIsTrackedInTheAnalyzerReleasesWithItsCategoryAndSeverity()
    {
        var tracked = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Dataset.Generator", "AnalyzerReleases.Unshipped.md"))
            + File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Dataset.Generator", "AnalyzerReleases.Shipped.md"));
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Assert.Contains($"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} | {descriptor.Title}", tracked, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("https://example.org/dataset", "https://example.org/dataset#ds2009")]
    [InlineData(" https://github.com/someone/dataset/blob/main/docs/diagnostics.md# ", "https://github.com/someone/dataset/blob/main/docs/diagnostics.md#ds2009")]
    [InlineData("http://localhost:8080/docs/diagnostics.html", "http://localhost:8080/docs/diagnostics.html#ds2009")]
    public void WithDatasetHelpLinkBaseEveryReportedDiagnosticLinksToItsAnchorThere(string configured, string link)
    {
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("talks.md", Article("[Hi]{.quote #Kery.Hi}\n\n" + ValidParagraph)), GeneratorHarness.Article("again.md", "---\nid: Talks\n" + Header + "---\nBody.")],
            properties: new Dictionary<string, string> { ["DatasetHelpLinkBase"] = configured, ["DatasetVisibility"] = "protected" });

        Assert.Equal(["DS2009", "DS4001", "DS9002"], run.GeneratorDiagnostics.Select(diagnostic => diagnostic.Id).Order());
        Assert.Equal(link, run.GeneratorDiagnostics.Single(diagnostic => diagnostic.Id == "DS2009").Descriptor.HelpLinkUri);
        Assert.All(run.GeneratorDiagnostics, diagnostic => Assert.Equal(configured.Trim().TrimEnd('#') + "#" + diagnostic.Id.ToLowerInvariant(), diagnostic.Descriptor.HelpLinkUri));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("docs/diagnostics.md")]
    [InlineData("/docs/diagnostics.md")]
    [InlineData("file:///home/ann/dataset/docs/diagnostics.md")]
    [InlineData("https://github.com/o/r/blob/main/docs/diagnostics.md#every-diagnostic")]
    public void WithoutAUsableDatasetHelpLinkBaseNoDiagnosticHasAHelpLink(string? configured)
    {
        var properties = new Dictionary<string, string> { ["DatasetVisibility"] = "protected" };
        if (configured is not null)
        {
            properties["DatasetHelpLinkBase"] = configured;
        }

        var run = GeneratorHarness.Run([GeneratorHarness.Article("talks.md", Article("[Hi]{.quote #Kery.Hi}\n\n" + ValidParagraph))], properties: properties);

        Assert.Equal(["DS2009", "DS9002"], run.GeneratorDiagnostics.Select(diagnostic => diagnostic.Id).Order());
        Assert.All(run.GeneratorDiagnostics, diagnostic => Assert.Empty(diagnostic.Descriptor.HelpLinkUri));
    }

    [Fact]
    public void EveryMessageFormatsWithoutLeftoverPlaceholders()
    {
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            var arguments = Enumerable.Range(0, 6).Select(index => (object)("arg" + index)).ToArray();
            var message = Diagnostic.Create(descriptor, Location.None, arguments).GetMessage(System.Globalization.CultureInfo.InvariantCulture);

            Assert.DoesNotMatch(@"\{[0-9]\}", message);
            Assert.Equal(descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture).Contains("{0}", StringComparison.Ordinal), message.Contains("arg0", StringComparison.Ordinal));
            Assert.Matches("^DS[1-49][0-9]{3}$", descriptor.Id);
        }
    }

    // ---- keys that could break the generated C# ----

    [Theory]
    [InlineData("@class", "@return", "@int", "@double")]
    [InlineData("@event", "@namespace", "@object", "@string")]
    [InlineData("var", "async", "dynamic", "nameof")]
    [InlineData("Sample", "Data", "System", "Dataset")]
    [InlineData("_", "Article_Talks", "Quote0", "Stat0")]
    public void KeywordsAndOtherNamesAsKeysGenerateCodeThatCompiles(string speaker, string quoteKey, string group, string statKey)
    {
        var raw = (string name) => name.TrimStart('@');
        var text = Article(
            $"[Yes]{{.quote #{raw(speaker)}.{raw(quoteKey)}}} [5]{{.stat #{raw(group)}.{raw(statKey)}}} [x]{{.person ref={raw(speaker)}}}\n\n" + ValidParagraph,
            $"people:\n  Kerry: {{ name: John Kerry, role: US Secretary of State }}\n  {raw(speaker)}: {{ name: Speaker }}\nplaces:\n  Russia: Russia\n");
        var csharp = UsesValidMembers +
            $"internal static class Keys {{ internal const int Five = global::Sample.Stats.{group}.{statKey}; internal static readonly object Quote = global::Sample.Quotes.{speaker}.{quoteKey}; internal static readonly object Person = global::Sample.People.{speaker}; }}";
        var run = Generate(text, csharp);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(CompilerProblems(run));
    }

    [Theory]
    [InlineData("  All: Everyone\n", "", "DS1008")]
    [InlineData("  ToString: Someone\n", "", "DS1008")]
    [InlineData("  Equals: Someone\n", "", "DS1008")]
    [InlineData("  People: Someone\n", "", "DS1008")]
    [InlineData("  2pac: Someone\n", "", "DS1008")]
    [InlineData("", "[x]{.quote #Kerry.Kerry}", "DS2011")]
    [InlineData("", "[x]{.quote #Kerry.All}", "DS2011")]
    [InlineData("", "[x]{.quote #Kerry.GetType}", "DS2011")]
    [InlineData("", "[x]{.quote #Kerry.2nd}", "DS2011")]
    [InlineData("", "[x]{.quote #Kerry.A.B}", "DS2011")]
    [InlineData("", "[x]{.quote #Kerry.}", "DS2011")]
    [InlineData("  Quotes: Someone\n", "[x]{.quote #Quotes.X}", "DS2011")]
    [InlineData("  record: Someone\n", "[x]{.quote #record.X}", "DS2011")]
    [InlineData("  required: Someone\n", "[x]{.quote #required.X}", "DS2011")]
    [InlineData("", "[1]{.stat #Stats.X}", "DS2011")]
    [InlineData("", "[1]{.stat #Statistics.X}", "DS2011")]
    [InlineData("", "[1]{.stat #All.X}", "DS2011")]
    [InlineData("", "[1]{.stat #G.G}", "DS2011")]
    [InlineData("", "[1]{.stat #G.MemberwiseClone}", "DS2011")]
    [InlineData("", "[1]{.stat #record.X}", "DS2011")]
    [InlineData("", "[1]{.stat #scoped.X}", "DS2011")]
    [InlineData("", "[1]{.stat #file.X}", "DS2011")]
    [InlineData("", "[1]{.stat #extension.X}", "DS2011")]
    [InlineData("", "[1]{.stat #G.Stat-1}", "DS2011")]
    public void ReservedNamesAreReportedAndNeverReachTheCompiler(string person, string body, string id)
    {
        var run = GenerateValid(Article(body + "\n\n" + ValidParagraph, WithPerson(person)));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.DefaultSeverity);
    }

    [Fact]
    public void AnArticleIdThatIsReservedIsReportedAndTheOtherArticlesStillCompile()
    {
        var run = GenerateWithValidArticle("---\nid: All\n" + Header + "---\n[1]{.stat #Only.One}");

        AssertSingle(run, "DS1008", DiagnosticSeverity.Error, OtherPath, (1, 4, 1, 7), "'All' cannot name a generated member: 'All' is the generated list of every item");
        Assert.DoesNotContain("class Only", string.Concat(run.Sources.Values), StringComparison.Ordinal);
    }

    [Fact]
    public void ManyErrorsInOneArticleStillLeaveItsValidPartsGenerated()
    {
        var body = "[a]{.quote} [b]{.nope #X.Y} [c]{.quote #Nobody.C} [d]{.stat #War.D} [e]{.place ref=Atlantis} ] [f] {.org}\n\n" + ValidParagraph + "\n\n[g\n\n";
        var run = GenerateValid(Article(body));

        Assert.Equal(
            ["DS2001", "DS2002", "DS2004", "DS2005", "DS2006", "DS2009", "DS2010", "DS3001"],
            run.GeneratorDiagnostics.Select(diagnostic => diagnostic.Id).Order());
        Assert.All(run.GeneratorDiagnostics, diagnostic => Assert.Equal(TalksPath, diagnostic.Location.GetLineSpan().Path));
    }

    // ---- helpers ----

    /// <summary>The entities of <see cref="ArticleText.Entities"/> with more lines after Lavrov (line 6).</summary>
    private static string WithPerson(string lines) =>
        Entities.Replace("  Lavrov: { name: Sergei Lavrov }\n", "  Lavrov: { name: Sergei Lavrov }\n" + lines, StringComparison.Ordinal);

    /// <summary>Generates <c>talks.md</c> and checks the valid members of <see cref="ArticleText.ValidParagraph"/> compile.</summary>
    private static GeneratorRun GenerateValid(string text, string csharp = UsesValidMembers)
    {
        var run = Generate(text, csharp);
        Assert.Empty(CompilerProblems(run));
        return run;
    }

    /// <summary>Generates a valid <c>talks.md</c> and <paramref name="other"/> as <c>zz.md</c>; the valid article must still compile.</summary>
    private static GeneratorRun GenerateWithValidArticle(string other, string name = "zz.md", string? usesOther = null)
    {
        var csharp = UsesValidMembers + (usesOther is null ? string.Empty : $"internal static class UseOther {{ internal const int Value = {usesOther}; }}");
        var run = GeneratorHarness.Run([GeneratorHarness.Article("talks.md", Article(ValidParagraph)), GeneratorHarness.Article(name, other)], csharp);
        Assert.Empty(CompilerProblems(run));
        return run;
    }

    private static Diagnostic AssertSingle(GeneratorRun run, string id, DiagnosticSeverity severity, string path, (int, int, int, int) span, string message)
    {
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal((id, severity), (diagnostic.Id, diagnostic.DefaultSeverity));

        // The harness compiles with warnings as errors, so a warning is reported as an error made from a warning.
        Assert.Equal(severity == DiagnosticSeverity.Warning, diagnostic.IsWarningAsError);
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var lineSpan = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, lineSpan.Path);
        Assert.Equal(span, (lineSpan.StartLinePosition.Line, lineSpan.StartLinePosition.Character, lineSpan.EndLinePosition.Line, lineSpan.EndLinePosition.Character));
        return diagnostic;
    }

    private static Diagnostic AssertSingleWithoutLocation(GeneratorRun run, string id, DiagnosticSeverity severity, string message)
    {
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal((id, severity), (diagnostic.Id, diagnostic.DefaultSeverity));
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Empty(diagnostic.AdditionalLocations);
        return diagnostic;
    }

    private static void AssertAdditional(Diagnostic diagnostic, string path, (int, int, int, int) span)
    {
        var lineSpan = Assert.Single(diagnostic.AdditionalLocations).GetLineSpan();
        Assert.Equal(path, lineSpan.Path);
        Assert.Equal(span, (lineSpan.StartLinePosition.Line, lineSpan.StartLinePosition.Character, lineSpan.EndLinePosition.Line, lineSpan.EndLinePosition.Character));
    }
}
