using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Tests.Infrastructure;

/// <summary>Builds small article files for parser and diagnostic tests, and parses or generates them.</summary>
internal static class ArticleText
{
    /// <summary>The front matter lines every test article shares, before its entities.</summary>
    public const string Header = "title: Talks\nsource: AFP\npublished: 2015-09-30\n";

    /// <summary>Two people, an organization and a place.</summary>
    public const string Entities =
        "people:\n" +
        "  Kerry: { name: John Kerry, role: US Secretary of State }\n" +
        "  Lavrov: { name: Sergei Lavrov }\n" +
        "organizations:\n" +
        "  Nato: { name: NATO }\n" +
        "places:\n" +
        "  Russia: { name: Russia }\n";

    /// <summary>A paragraph with one valid quote, statistic and mention, to check the rest of an article survives an error.</summary>
    public const string ValidParagraph =
        "\"[We agreed]{.quote #Kerry.Agreed cue=said}\" in [Russia]{.place ref=Russia} after [20]{.stat #Strikes.Missions} missions.";

    /// <summary>C# that uses every member <see cref="ValidParagraph"/> generates, so it compiles only if they exist.</summary>
    public const string UsesValidMembers =
        "internal static class Use\n{\n" +
        "    internal const int Missions = Sample.Stats.Strikes.Missions;\n" +
        "    internal static readonly object[] Members = { Sample.Quotes.Kerry.Agreed, Sample.Statistics.Strikes.Missions, Sample.People.Kerry, Sample.Places.Russia, Sample.Articles.Talks };\n" +
        "}\n";

    /// <summary>A whole article: the shared header, <paramref name="front"/> (the entities by default), then the body.</summary>
    public static string Article(string body, string? front = null) => "---\n" + Header + (front ?? Entities) + "---\n" + body;

    public static ArticleModel Parse(string text, string relativePath = "data/talks.md") =>
        ArticleParser.Parse(GeneratorHarness.ProjectDirectory + relativePath, relativePath, text);

    /// <summary>Runs the generator over one file, <c>/project/data/talks.md</c> unless named otherwise.</summary>
    public static GeneratorRun Generate(string text, string csharp = "", string name = "talks.md") =>
        GeneratorHarness.Run([GeneratorHarness.Article(name, text)], csharp);

    /// <summary>The compiler's diagnostics (errors and warnings) of the consumer build, generated code included.</summary>
    public static IEnumerable<Diagnostic> CompilerProblems(GeneratorRun run) =>
        run.CompilationDiagnostics.Where(diagnostic => diagnostic.Id.StartsWith("CS", StringComparison.Ordinal));
}
