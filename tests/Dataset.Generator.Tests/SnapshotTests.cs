using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Dataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generator.Tests;

/// <summary>
/// The generated code, compared with the verified snapshots in <c>Snapshots/</c> (see <see cref="Snapshot"/>; run with
/// <c>DATASET_ACCEPT_SNAPSHOTS=1</c> to accept a change). Every test also compiles the output, with any C# given
/// using the generated API, and requires that compilation to be free of warnings and errors.
/// </summary>
public sealed class SnapshotTests
{
    private const string KerryArticle = """
        ---
        title: Kerry calls for talks
        source: Test Wire
        dateline: NEW YORK
        published: 2015-09-30
        people:
          Kerry: { name: John Kerry, role: US Secretary of State }
        ---
        "[We agreed on talks]{.quote #Kerry.Talks cue=said}," [Kerry]{.person ref=Kerry} said.
        """;

    [Fact]
    public void SeedArticle()
    {
        var run = GeneratorHarness.Run([SmokeTests.Seed()], "internal static class Use { internal const int Against = Sample.Stats.LevadaPoll.Against; }");

        Verify(run);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void MinimalArticle()
    {
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("minimal.md", """
                ---
                title: Nothing happened
                source: Test Wire
                published: 2001-02-03
                ---
                """)],
            "internal static class Use { internal static global::Dataset.Article A => Sample.Articles.Minimal; }");

        Verify(run);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void OneQuote()
    {
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("kerry.md", KerryArticle)],
            "internal static class Use { internal static global::Dataset.Quote Q => Sample.Quotes.Kerry.Talks; }");

        Verify(run);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void OneQuoteInCSharp7_3()
    {
        // netstandard2.0 and .NET Framework projects: no #nullable, a block namespace, #line N, string literals.
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("kerry.md", KerryArticle)],
            "internal static class Use { internal static global::Dataset.Quote Q => Sample.Quotes.Kerry.Talks; }",
            languageVersion: LanguageVersion.CSharp7_3);

        Verify(run);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void OneQuoteInCSharp10()
    {
        // Everything of today's output but the UTF-8 literals (C# 11), which are string literals here.
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("kerry.md", KerryArticle)],
            "internal static class Use { internal static global::Dataset.Quote Q => Sample.Quotes.Kerry.Talks; }",
            languageVersion: LanguageVersion.CSharp10);

        Verify(run);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void StatInsideQuote()
    {
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("homs.md", """
                ---
                title: Strike in Homs
                source: Test Wire
                published: 2015-09-30
                people:
                  Khoja: { name: Khaled Khoja, role: head of the National Coalition }
                ---
                "[The Russians killed [36]{.stat #HomsStrike.CivilianDeaths} innocent people]{.quote #Khoja.HomsStrike cue=said}," said [Khaled Khoja]{.person ref=Khoja}.
                """)],
            """
            internal static class Use
            {
                internal const int Deaths = Sample.Stats.HomsStrike.CivilianDeaths;
                internal static global::Dataset.Quote Q => Sample.Quotes.Khoja.HomsStrike;
                internal static global::Dataset.Statistic S => Sample.Statistics.HomsStrike.CivilianDeaths;
            }
            """);

        Verify(run);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void KeywordKeys()
    {
        // Keys are identifiers, and C# keywords among them are valid keys: they must be emitted with '@'. So must a
        // class name of lower-case letters only ('poll'), or the consumer gets CS8981 at the SDK's warning level.
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("keywords.md", """
                ---
                id: event
                title: Keywords everywhere
                source: Test Wire
                published: 2020-01-01
                people:
                  class: { name: Ada Class }
                  object: { name: Ob Ject }
                organizations:
                  static: { name: Static Inc }
                places:
                  namespace: { name: Namespace Bay }
                ---
                "[Return it]{.quote #class.return}," said [Ada]{.person ref=class} of [Static]{.org ref=static} in [the bay]{.place ref=namespace}.

                "[Fine]{.quote #object.int}," said [Ob]{.person ref=object} after [3]{.stat #checked.double} tries.

                [Most]{.stat #poll.share value=51 unit=percent} agree.
                """)],
            """
            internal static class Use
            {
                internal static global::Dataset.Article A => Sample.Articles.@event;
                internal static global::Dataset.Quote Q1 => Sample.Quotes.@class.@return;
                internal static global::Dataset.Quote Q2 => Sample.Quotes.@object.@int;
                internal static global::Dataset.Person P => Sample.People.@class;
                internal static global::Dataset.Person P2 => Sample.People.@object;
                internal static global::Dataset.Organization O => Sample.Organizations.@static;
                internal static global::Dataset.Place L => Sample.Places.@namespace;
                internal const int D = Sample.Stats.@checked.@double;
                internal const int S = Sample.Stats.poll.share;
            }
            """);

        Verify(run);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void TwoArticlesSharingAPerson()
    {
        var run = GeneratorHarness.Run(
            [
                GeneratorHarness.Article("kerry.md", KerryArticle),
                GeneratorHarness.Article("kerry-again.md", """
                    ---
                    title: Kerry again
                    source: Test Wire
                    published: 2015-10-01
                    people:
                      Kerry: { name: John Kerry, role: US Secretary of State }
                      Lavrov: { name: Sergei Lavrov }
                    ---
                    [Kerry]{.person ref=Kerry} met [Lavrov]{.person ref=Lavrov} and said there was "[grave concern]{.quote #Kerry.GraveConcern cue=said}".
                    """),
            ],
            """
            internal static class Use
            {
                internal static int Quoted => Sample.People.Kerry.Quotes.Count;
                internal static global::Dataset.Quote Q1 => Sample.Quotes.Kerry.Talks;
                internal static global::Dataset.Quote Q2 => Sample.Quotes.Kerry.GraveConcern;
            }
            """);

        Verify(run);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void DatasetNamespaceOverride()
    {
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("kerry.md", KerryArticle)],
            "internal static class Use { internal static global::Dataset.Quote Q => My.Data.Quotes.Kerry.Talks; }",
            properties: new Dictionary<string, string> { ["DatasetNamespace"] = "My.Data" });

        Verify(run);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void PublicVisibility()
    {
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("kerry.md", KerryArticle)],
            "/// <summary>Uses the API.</summary>\npublic static class Use { /// <summary>A quote.</summary>\npublic static global::Dataset.Quote Q => Sample.Quotes.Kerry.Talks; }",
            properties: new Dictionary<string, string> { ["DatasetVisibility"] = "public" });

        Verify(run);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(TypeOf(run, "Sample.Quotes").DeclaredAccessibility == Accessibility.Public);
        Assert.True(TypeOf(run, "Sample.DatasetStorage").DeclaredAccessibility == Accessibility.Internal);
    }

    [Fact]
    public void StatisticsAsReadOnlyFields()
    {
        // DatasetStatConstants=false: the same members, docs and #line mapping, as static read-only fields.
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("poll.md", """
                ---
                title: A poll
                source: Test Wire
                published: 2015-09-30
                ---
                [Sixty-nine percent]{.stat #Poll.Against} are against, [1.5 million]{.stat #Poll.Marched} marched, [9,000,000,000]{.stat #Poll.Asked} were asked and [0.25]{.stat #Poll.Share value=0.25} shrugged.
                """)],
            "/// <summary>Uses the API.</summary>\npublic static class Use { /// <summary>A value.</summary>\npublic static readonly double Share = Sample.Stats.Poll.Share; }",
            properties: new Dictionary<string, string> { ["DatasetVisibility"] = "public", ["DatasetStatConstants"] = "false" });

        Verify(run);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain("const ", run.Sources["Article_Poll.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void GlobalNamespace()
    {
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("kerry.md", KerryArticle)],
            "internal static class Use { internal static global::Dataset.Quote Q => global::Quotes.Kerry.Talks; }",
            rootNamespace: null);

        Verify(run);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.All(run.Sources.Values, source => Assert.DoesNotContain("namespace ", source));
    }

    [Fact]
    public void ArticleWithErrors()
    {
        // An unknown speaker and an unclosed span are reported; the valid quote and statistic are still emitted.
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("broken.md", """
                ---
                title: Broken but useful
                source: Test Wire
                published: 2020-01-02
                people:
                  Kerry: { name: John Kerry }
                ---
                "[This one is fine]{.quote #Kerry.Fine cue=said}," [Kerry]{.person ref=Kerry} said.

                "[Nobody declared me]{.quote #Lavrov.Undeclared}," someone said.

                Strikes killed [12]{.stat #Strike.Deaths} people.

                This [span is never closed.
                """)],
            """
            internal static class Use
            {
                internal static global::Dataset.Quote Q => Sample.Quotes.Kerry.Fine;
                internal const int Deaths = Sample.Stats.Strike.Deaths;
            }
            """);

        Verify(run);
        Assert.Equal(["DS2001", "DS2009"], run.GeneratorDiagnostics.Select(diagnostic => diagnostic.Id).Order());
        Assert.All(run.GeneratorDiagnostics, diagnostic => Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity));
        Assert.DoesNotContain("Undeclared", run.Sources["Article_Broken.g.cs"]);
    }

    [Fact]
    public void CatalogOverTwoLibraries()
    {
        var shard1 = DatasetLibraries.Build("News.Y2014", ("alpha.md", DatasetLibraries.Article("Alpha", "Kerry", "John Kerry", 2)));
        var shard2 = DatasetLibraries.Build("News.Y2015", ("beta.md", DatasetLibraries.Article("Beta", "Lavrov", "Sergei Lavrov", 1)));
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("kerry.md", KerryArticle)],
            "internal static class Use { internal static global::Dataset.Quote Q => Sample.DatasetCatalog.Quotes[0]; }",
            references: [MetadataReference.CreateFromImage(shard1), MetadataReference.CreateFromImage(shard2)]);

        Verify(run);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    // The helper itself, on a scratch folder: the tests above only ever see it succeed.

    [Fact]
    public void SnapshotHelperWritesReceivedFileAndFailsWithUnifiedDiffOnMismatch()
    {
        using var scratch = new ScratchDirectory();
        var run = GeneratorHarness.Run([GeneratorHarness.Article("kerry.md", KerryArticle)]);
        Snapshot.Match(run.Driver.GetRunResult(), run.GeneratorDiagnostics, scratch.Path, "T.M", accept: true);
        var verified = Path.Combine(scratch.Path, "T.M#Article_Kerry.g.verified.cs");
        var original = File.ReadAllText(verified);
        File.WriteAllText(verified, original.Replace("Kerry calls for talks", "Kerry calls for a break"));

        var failure = Assert.ThrowsAny<Exception>(() => Snapshot.Match(run.Driver.GetRunResult(), run.GeneratorDiagnostics, scratch.Path, "T.M", accept: false));

        Assert.Contains("--- T.M#Article_Kerry.g.verified.cs", failure.Message);
        Assert.Contains("+++ T.M#Article_Kerry.g.received.cs", failure.Message);
        Assert.Matches(@"\n@@ -\d+,\d+ \+\d+,\d+ @@\n", failure.Message);
        Assert.Contains("\n-    /// <summary>Kerry calls for a break</summary>\n+    /// <summary>Kerry calls for talks</summary>\n", failure.Message);
        Assert.Equal(original, File.ReadAllText(Path.Combine(scratch.Path, "T.M#Article_Kerry.g.received.cs")));
        Assert.False(File.Exists(Path.Combine(scratch.Path, "T.M#Dataset.g.received.cs")));
    }

    [Fact]
    public void SnapshotHelperDeletesStaleReceivedFileOnMatchAndIgnoresLineEndings()
    {
        using var scratch = new ScratchDirectory();
        var run = GeneratorHarness.Run([GeneratorHarness.Article("kerry.md", KerryArticle)]);
        Snapshot.Match(run.Driver.GetRunResult(), run.GeneratorDiagnostics, scratch.Path, "T.M", accept: true);
        var verified = Path.Combine(scratch.Path, "T.M#Dataset.g.verified.cs");
        var received = Path.Combine(scratch.Path, "T.M#Dataset.g.received.cs");
        File.WriteAllText(verified, File.ReadAllText(verified).Replace("\n", "\r\n"));
        File.WriteAllText(received, "stale");

        Snapshot.Match(run.Driver.GetRunResult(), run.GeneratorDiagnostics, scratch.Path, "T.M", accept: false);

        Assert.False(File.Exists(received));
        Assert.Equal(
            ["T.M#Article_Kerry.g.verified.cs", "T.M#Dataset.g.verified.cs", "T.M.verified.txt"],
            Directory.GetFiles(scratch.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("No diagnostics.\n", File.ReadAllText(Path.Combine(scratch.Path, "T.M.verified.txt")));
    }

    [Fact]
    public void SnapshotHelperFailsOnMissingAndOnNoLongerGeneratedVerifiedFiles()
    {
        using var scratch = new ScratchDirectory();
        var run = GeneratorHarness.Run([GeneratorHarness.Article("kerry.md", KerryArticle)]);
        File.WriteAllText(Path.Combine(scratch.Path, "T.M#Article_Gone.g.verified.cs"), "//HintName: Article_Gone.g.cs\n");

        var failure = Assert.ThrowsAny<Exception>(() => Snapshot.Match(run.Driver.GetRunResult(), run.GeneratorDiagnostics, scratch.Path, "T.M", accept: false));

        Assert.Contains("Missing T.M#Dataset.g.verified.cs", failure.Message);
        Assert.Contains("Missing T.M.verified.txt", failure.Message);
        Assert.Contains("--- /dev/null\n+++ T.M#Dataset.g.received.cs\n@@ -0,0 +1,", failure.Message);
        Assert.Contains("+//HintName: Dataset.g.cs\n", failure.Message);
        Assert.Contains("T.M#Article_Gone.g.verified.cs is verified, but the generator no longer produces that source", failure.Message);
        Assert.True(File.Exists(Path.Combine(scratch.Path, "T.M#Dataset.g.received.cs")));
        Assert.True(File.Exists(Path.Combine(scratch.Path, "T.M.received.txt")));

        Snapshot.Match(run.Driver.GetRunResult(), run.GeneratorDiagnostics, scratch.Path, "T.M", accept: true);

        Assert.Equal(
            ["T.M#Article_Kerry.g.verified.cs", "T.M#Dataset.g.verified.cs", "T.M.verified.txt"],
            Directory.GetFiles(scratch.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SnapshotHelperWritesOneDiagnosticALineWithOneBasedSpans()
    {
        var descriptor = new DiagnosticDescriptor("DS0000", "Title", "Something about {0}", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);
        var text = Microsoft.CodeAnalysis.Text.SourceText.From("line one\nline two\n");
        var location = Location.Create("/project/data/a.md", new Microsoft.CodeAnalysis.Text.TextSpan(14, 3), text.Lines.GetLinePositionSpan(new Microsoft.CodeAnalysis.Text.TextSpan(14, 3)));
        var diagnostics = new[]
        {
            Diagnostic.Create(descriptor, location, "b"),
            Diagnostic.Create(descriptor, Location.None, "a"),
        };

        Assert.Equal(
            "DS0000 Warning (no location): Something about a\nDS0000 Warning /project/data/a.md(2,6)-(2,9): Something about b\n",
            Snapshot.FormatDiagnostics(diagnostics));
    }

    /// <summary>
    /// Checks the snapshots, then compiles: the generated code, and the C# using it, must have no diagnostic at all,
    /// also at the highest warning level (the SDK raises the level with the target framework, so a consumer sees the
    /// warning waves, CS8981 for lower-case type names among them).
    /// </summary>
    private static void Verify(GeneratorRun run, [CallerMemberName] string test = "")
    {
        Snapshot.Match(run, nameof(SnapshotTests), test);
        Assert.Empty(run.CompilationDiagnostics);
        var strict = run.Compilation.WithOptions(((CSharpCompilationOptions)run.Compilation.Options).WithWarningLevel(9999));
        Assert.Empty(strict.GetDiagnostics(TestContext.Current.CancellationToken).Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
    }

    private static INamedTypeSymbol TypeOf(GeneratorRun run, string metadataName) =>
        run.Compilation.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException(metadataName + " was not generated");

    private sealed class ScratchDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("dataset-snapshots-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
