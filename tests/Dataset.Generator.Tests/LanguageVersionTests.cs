using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Dataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generator.Tests;

/// <summary>
/// Generated code compiles in every C# version from 7.3 (the default of netstandard2.0 and .NET Framework projects) on,
/// using only what the version has: below C# 8 no <c>#nullable</c>, below C# 10 block namespaces and plain
/// <c>#line N</c> directives, below C# 11 string literals instead of <c>"..."u8</c>, which decode to the same objects.
/// </summary>
public sealed class LanguageVersionTests
{
    private const string Uses = """
        /// <summary>Uses the API.</summary>
        public static class Use
        {
            /// <summary>A constant.</summary>
            public const int Against = Sample.Stats.LevadaPoll.Against;

            /// <summary>A quote.</summary>
            public static global::Dataset.Quote Quote => Sample.Quotes.Kerry.Deconfliction;

            /// <summary>A person.</summary>
            public static string Name => Sample.People.Kerry.Name;

            /// <summary>Keywords as keys.</summary>
            public static global::Dataset.Quote Keyword => Sample.Quotes.@class.@return;
        }
        """;

    private const string KeywordArticle = """
        ---
        id: event
        title: Keywords everywhere
        source: Test Wire
        published: 2020-01-01
        people:
          class: { name: Ada Class }
        places:
          namespace: { name: Namespace Bay }
        ---
        "[Return it]{.quote #class.return}," said [Ada]{.person ref=class} in [the bay]{.place ref=namespace} after [3]{.stat #checked.double} tries.
        """;

    public static TheoryData<LanguageVersion> Versions => new()
    {
        LanguageVersion.CSharp7_3,
        LanguageVersion.CSharp8,
        LanguageVersion.CSharp9,
        LanguageVersion.CSharp10,
        LanguageVersion.CSharp11,
        LanguageVersion.Latest,
    };

    [Theory]
    [MemberData(nameof(Versions))]
    public void PublicDatasetCompilesWithoutAnyDiagnosticUnderWarningsAsErrorsAndDocumentationChecks(LanguageVersion version)
    {
        var run = GeneratorHarness.Run(
            [SmokeTests.Seed(), GeneratorHarness.Article("keywords.md", KeywordArticle)],
            Uses,
            properties: new Dictionary<string, string> { ["DatasetVisibility"] = "public" },
            languageVersion: version);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var strict = run.Compilation.WithOptions(((CSharpCompilationOptions)run.Compilation.Options).WithWarningLevel(9999));
        Assert.Empty(strict.GetDiagnostics(TestContext.Current.CancellationToken).Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        Assert.Equal(version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable, run.Compilation.Options.NullableContextOptions);

        // Each construct appears exactly from the version that has it on.
        var effective = GeneratorHarness.ParseOptionsFor(version).LanguageVersion;
        // The members' files (the library attribute, which has no namespace and no data, is checked by CatalogTests).
        Assert.Contains("DatasetLibrary.g.cs", run.Sources.Keys);
        var sources = run.Sources.Where(source => source.Key != "DatasetLibrary.g.cs").Select(source => source.Value).ToList();
        Assert.Equal(3, sources.Count);
        Assert.All(sources, source =>
        {
            Assert.Equal(effective >= LanguageVersion.CSharp8, source.Contains("\n#nullable enable annotations\n#nullable disable warnings\n", StringComparison.Ordinal));
            Assert.Equal(effective >= LanguageVersion.CSharp10, source.Contains("\nnamespace Sample;\n", StringComparison.Ordinal));
            Assert.Equal(effective < LanguageVersion.CSharp10, source.Contains("\nnamespace Sample\n{\n", StringComparison.Ordinal));
            Assert.Equal(effective >= LanguageVersion.CSharp10, source.Contains("\n#line (", StringComparison.Ordinal));
            Assert.Equal(effective < LanguageVersion.CSharp10, Regex.IsMatch(source, "\n#line [0-9]+ \"/project/data/[a-z-]+\\.md\"\n"));
            Assert.Equal(effective >= LanguageVersion.CSharp11, source.Contains("\"u8", StringComparison.Ordinal));
        });
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void GoToDefinitionLandsOnTheAnnotationsLineInEveryVersion(LanguageVersion version)
    {
        var run = GeneratorHarness.Run([SmokeTests.Seed()], languageVersion: version);

        var quote = run.Compilation.GetTypeByMetadataName("Sample.Quotes+Kerry")!.GetMembers("Deconfliction").Single();
        var mapped = quote.Locations.Single().GetMappedLineSpan();
        Assert.True(mapped.HasMappedPath);
        Assert.Equal(GeneratorHarness.ProjectDirectory + "data/russia-us-syria-talks.md", mapped.Path);

        // Line 65 of the seed holds the [We agreed ...]{.quote #Kerry.Deconfliction} annotation, from column 2.
        Assert.Equal(64, mapped.StartLinePosition.Line);
        if (GeneratorHarness.ParseOptionsFor(version).LanguageVersion >= LanguageVersion.CSharp10)
        {
            Assert.Equal(1, mapped.StartLinePosition.Character);
        }
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, null)]
    [InlineData(LanguageVersion.CSharp7_3, "My.Data")]
    [InlineData(LanguageVersion.CSharp10, "My.Data")]
    public void SharedFilesOfALargeDatasetCompileInOldVersionsWithAndWithoutANamespace(LanguageVersion version, string? rootNamespace)
    {
        // Above 256 articles, articles share files: several articles' members, then the file's storage, in one namespace.
        var articles = Enumerable.Range(0, 260).Select(i => GeneratorHarness.Article(
            $"a{i}.md",
            $"---\ntitle: Article {i}\nsource: Test Wire\npublished: 2020-01-01\npeople:\n  P{i}: Person {i}\n---\n"
            + $"\"[Quote {i}]{{.quote #P{i}.Q}},\" said [P]{{.person ref=P{i}}} of [{i}]{{.stat #G{i}.S}} things.\n"));
        var prefix = rootNamespace is null ? "global::" : "global::" + rootNamespace + ".";
        var run = GeneratorHarness.Run(
            articles,
            $"internal static class Use {{ internal const int S = {prefix}Stats.G259.S; internal static string T => {prefix}Quotes.P3.Q.Text; }}",
            rootNamespace,
            languageVersion: version);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains(run.Sources.Keys, name => name.StartsWith("Articles_", StringComparison.Ordinal));
    }

    [Fact]
    public void StringLiteralsBeforeCSharp11DecodeToExactlyTheObjectsOfTheUtf8Literals()
    {
        // The seed, and random articles full of hostile text: non-ASCII, emoji, lone surrogates, control characters.
        var articles = new List<AdditionalText> { SmokeTests.Seed() };
        var random = new Random(20261130);
        for (var i = 0; i < 3; i++)
        {
            var article = ArticleFactory.Create(random, ((char)('A' + i)).ToString(), $"hostile-{i}.md");
            articles.Add(GeneratorHarness.Article(article.FileName, article.Text));
        }

        var utf8Run = GeneratorHarness.Run(articles, languageVersion: LanguageVersion.CSharp11);
        var stringRun = GeneratorHarness.Run(articles, languageVersion: LanguageVersion.CSharp10);
        Assert.Contains(utf8Run.Sources.Values, source => source.Contains("\"u8", StringComparison.Ordinal));
        Assert.DoesNotContain(stringRun.Sources.Values, source => source.Contains("\"u8", StringComparison.Ordinal));

        // Each in its own context: both assemblies are named Consumer.
        var contexts = new[] { new AssemblyLoadContext("utf8-literals", isCollectible: true), new AssemblyLoadContext("string-literals", isCollectible: true) };
        try
        {
            var utf8 = Load(contexts[0], utf8Run);
            var text = Load(contexts[1], stringRun);

            Assert.Equal(EncodedDataTests.Describe(utf8), EncodedDataTests.Describe(text));
            Assert.Equal(utf8.Articles, text.Articles);
            Assert.Equal(utf8.Quotes, text.Quotes);
            Assert.Equal(utf8.Stats, text.Stats);
            Assert.Equal(utf8.People, text.People);
            Assert.Equal(utf8.Organizations, text.Organizations);
            Assert.Equal(utf8.Places, text.Places);
            Assert.Equal(utf8.Articles.SelectMany(article => article.Mentions), text.Articles.SelectMany(article => article.Mentions));
            Assert.Contains(text.Articles.SelectMany(article => article.Paragraphs), paragraph => paragraph.Any(char.IsSurrogate));
        }
        finally
        {
            Array.ForEach(contexts, context => context.Unload());
        }
    }

    /// <summary>The dataset object of the compiled run (<c>DatasetStorage.Data</c>), as the generated code built it.</summary>
    private static Dataset.Storage.EncodedDataset Load(AssemblyLoadContext context, GeneratorRun run)
    {
        Assert.Empty(run.CompilationDiagnostics);
        using var image = new MemoryStream();
        var emitted = run.Compilation.Emit(image, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        var assembly = context.LoadFromStream(image);
        var field = assembly.GetType("Sample.DatasetStorage")!.GetField("Data", BindingFlags.NonPublic | BindingFlags.Static)!;
        return (Dataset.Storage.EncodedDataset)field.GetValue(null)!;
    }
}
