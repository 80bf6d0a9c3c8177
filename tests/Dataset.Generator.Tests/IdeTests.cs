using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Text.RegularExpressions;
using Dataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Completion;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.QuickInfo;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generator.Tests;

/// <summary>
/// The dataset in the editor, through Roslyn's own IDE services (the ones editors call) over an in-memory workspace
/// with the generator attached (<see cref="IdeWorkspace"/>): completion lists the data, quick info shows the words,
/// Go to Definition lands on the annotation in the data file (<c>#line</c>), and renaming a key in a data file makes
/// every stale use an error at that use.
/// </summary>
public sealed class IdeTests
{
    private const string SeedPath = GeneratorHarness.ProjectDirectory + "data/russia-us-syria-talks.md";

    private static readonly string SeedText = File.ReadAllText(Path.Combine(RepositoryPaths.Data, "russia-us-syria-talks.md"));

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CompletionAfterQuotesListsTheSpeakersWhoAreQuoted()
    {
        var names = await CompletionsAsync("class C { object M() => Sample.Quotes.$$; }");

        Assert.Superset(new HashSet<string> { "All", "Kerry", "Carter", "Khoja", "Putin", "Stoltenberg", "Konovalov" }, names);
        Assert.DoesNotContain("Lavrov", names); // declared, never quoted
    }

    [Fact]
    public async Task CompletionAfterASpeakerListsTheirQuotes()
    {
        var names = await CompletionsAsync("class C { object M() => Sample.Quotes.Kerry.$$; }");

        Assert.Superset(new HashSet<string> { "Deconfliction", "GraveConcern" }, names);
        Assert.DoesNotContain("NoIsilForces", names); // Carter's
    }

    [Fact]
    public async Task AQuoteAddedToTheArticleIsInCompletionAtOnceWithoutABuild()
    {
        // What Visual Studio and VS Code do: the article is an additional document; its edit reruns the generator and
        // the next completion sees the new member. Nothing is built or written to disk.
        const string code = "class C { object M() => Sample.Quotes.Kerry.$$; }";
        using var workspace = IdeWorkspace.Create([new InMemoryAdditionalText(SeedPath, SeedText)], string.Empty);
        var before = await CompletionsAsync(workspace, code);
        Assert.Contains("Deconfliction", before);
        Assert.DoesNotContain("NextRound", before);

        workspace.EditDataFile(SeedPath, SeedText + "\n\"[We will meet again next week]{.quote #Kerry.NextRound}\", [Kerry]{.person ref=Kerry} said.\n");
        var after = await CompletionsAsync(workspace, code);

        Assert.Contains("NextRound", after);
        Assert.Superset(before, after);
    }

    [Fact]
    public async Task CompletionAfterAStatisticsGroupListsItsStats()
    {
        var names = await CompletionsAsync("class C { int M() => Sample.Stats.LevadaPoll.$$; }");

        Assert.Superset(new HashSet<string> { "Against", "InFavour" }, names);
        Assert.DoesNotContain("CivilianDeaths", names); // HomsStrike's
    }

    [Fact]
    public async Task QuickInfoOnAQuoteShowsItsTextSpeakerAndArticle()
    {
        var lines = await QuickInfoAsync("class C { object M() => Sample.Quotes.Kerry.Decon$$fliction; }");

        Assert.Equal(
            [
                "Dataset.Quote Sample.Quotes.Kerry.Deconfliction { get; }",
                "\u201CWe agreed on the imperative of as soon as possible -- perhaps even as soon as tomorrow, but as soon as possible -- having a military to military de-confliction discussion\u201D",
                "John Kerry, US Secretary of State, said.",
                "Paragraph 8 of \u201CRussia and US call urgent talks after Syria strikes\u201D.",
                "'Deconfliction' is not null here.",
            ],
            lines);
    }

    [Fact]
    public async Task QuickInfoOnAStatShowsItsValueAndSentence()
    {
        var lines = await QuickInfoAsync("class C { int M() => Sample.Stats.LevadaPoll.Aga$$inst; }");

        Assert.Equal(
            [
                "(constant) int Sample.Stats.LevadaPoll.Against = 69",
                "69 percent: \u201CSixty-nine percent of Russians are against Moscow's deployment of troops in Syria, with just 14 percent in favour, according to a recent poll by the Levada Centre.\u201D",
                "Written as \u201CSixty-nine percent\u201D in paragraph 30 of \u201CRussia and US call urgent talks after Syria strikes\u201D.",
                "Full record: Sample.Statistics.LevadaPoll.Against.",
            ],
            lines);
    }

    [Theory]
    [InlineData("Sample.Quotes.Kerry.Deconfliction", "\"«[We agreed on the imperative", "{.quote #Kerry.Deconfliction cue=said}»")]
    [InlineData("Sample.Quotes.Khoja.HomsStrike", "\"«[The Russians struck northern", "{.quote #Khoja.HomsStrike cue=said}»")]
    [InlineData("Sample.Stats.LevadaPoll.Against", "«[Sixty-nine percent]", "{.stat #LevadaPoll.Against}»")]
    [InlineData("Sample.Stats.HomsStrike.CivilianDeaths", "«[36]{.stat #HomsStrike.CivilianDeaths}", "[36]{.stat #HomsStrike.CivilianDeaths}»")]
    [InlineData("Sample.Statistics.LevadaPoll.InFavour", "«[14 percent]", "{.stat #LevadaPoll.InFavour}»")]
    [InlineData("Sample.People.Kerry", "\n  «Kerry: {", "\n  Kerry»: {")]
    [InlineData("Sample.Organizations.LevadaCentre", "\n  «LevadaCentre: {", "\n  LevadaCentre»: {")]
    [InlineData("Sample.Places.Homs", "\n  «Homs: {", "\n  Homs»: {")]
    [InlineData("Sample.Articles.RussiaUsSyriaTalks", "id: «RussiaUsSyriaTalks", "id: RussiaUsSyriaTalks»")]
    public async Task TheDefinitionOfAGeneratedMemberIsItsAnnotationInTheDataFile(string member, string start, string end)
    {
        using var workspace = IdeWorkspace.Create([new InMemoryAdditionalText(SeedPath, SeedText)], string.Empty);

        var mapped = await DefinitionAsync(workspace, member);

        Assert.True(mapped.HasMappedPath);
        Assert.Equal(SeedPath, mapped.Path);
        Assert.Equal(Span(SeedText, start, end), mapped.Span);
    }

    [Fact]
    public async Task AnAnnotationOverTwoLinesMapsToBothLines()
    {
        const string article = """
            ---
            title: Talks
            source: Test Wire
            published: 2015-09-30
            people:
              Kerry: { name: John Kerry }
            ---
            "[We agreed
            on talks]{.quote #Kerry.Talks}," [Kerry]{.person ref=Kerry} said.
            """;
        const string path = GeneratorHarness.ProjectDirectory + "data/talks.md";
        using var workspace = IdeWorkspace.Create([new InMemoryAdditionalText(path, article)], string.Empty);

        var mapped = await DefinitionAsync(workspace, "Sample.Quotes.Kerry.Talks");

        Assert.Equal(path, mapped.Path);
        Assert.Equal(new LinePositionSpan(new LinePosition(7, 1), new LinePosition(8, 30)), mapped.Span);
        Assert.Equal(Span(article, "\"«[We agreed", "{.quote #Kerry.Talks}»"), mapped.Span);
    }

    [Fact]
    public async Task OnlyTheDeclarationsAreMappedNeverTheStorage()
    {
        using var workspace = IdeWorkspace.Create([new InMemoryAdditionalText(SeedPath, SeedText)], string.Empty);
        var compilation = await workspace.CompilationAsync();
        var generated = compilation.SyntaxTrees.Where(tree => tree.FilePath != IdeWorkspace.ProgramPath).ToList();

        var mappings = generated.SelectMany(tree => tree.GetLineMappings(Cancellation).Where(mapping => mapping.MappedSpan.HasMappedPath)).ToList();
        var storage = compilation.GetTypeByMetadataName("Sample.DatasetStorage+Article_RussiaUsSyriaTalks")!;

        Assert.Equal(2, generated.Count);
        // One mapped line per generated member: the article, 8 quotes, 17 stats twice (constant and record), the entities.
        var entities = new[] { "Sample.People", "Sample.Organizations", "Sample.Places" }
            .Sum(name => compilation.GetTypeByMetadataName(name)!.GetMembers().OfType<IPropertySymbol>().Count(property => property.Name != "All"));
        Assert.Equal(1 + 8 + (2 * 17) + entities, mappings.Count);
        // A mapped region is one declaration, then at most the doc comments of the next member: no other code.
        Assert.All(generated, tree => Assert.All(
            tree.GetLineMappings(Cancellation).Where(mapping => mapping.MappedSpan.HasMappedPath),
            mapping => Assert.All(
                Enumerable.Range(mapping.Span.Start.Line + 1, mapping.Span.End.Line - mapping.Span.Start.Line),
                line => Assert.Matches(@"^\s*(///.*)?$", tree.GetText(Cancellation).Lines[line].ToString()))));
        Assert.All(mappings, mapping => Assert.Equal(SeedPath, mapping.MappedSpan.Path));
        Assert.All(storage.GetMembers(), member => Assert.All(member.Locations, location => Assert.False(location.GetMappedLineSpan().HasMappedPath)));
        Assert.Empty(compilation.GetDiagnostics(Cancellation).Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public async Task RenamingAKeyInTheDataFileMakesEveryStaleUseAnErrorAtThatUse()
    {
        const string code = """
            class C
            {
                object Q() => Sample.Quotes.Kerry.Deconfliction;
                object R() => Sample.Quotes.Kerry.Deconfliction.Text;
                const int Against = Sample.Stats.LevadaPoll.Against;
            }
            """;
        using var workspace = IdeWorkspace.Create([new InMemoryAdditionalText(SeedPath, SeedText)], code);
        Assert.Empty(Errors(await workspace.CompilationAsync()));

        workspace.EditDataFile(SeedPath, SeedText.Replace("#Kerry.Deconfliction ", "#Kerry.MilitaryTalks ", StringComparison.Ordinal));
        var errors = Errors(await workspace.CompilationAsync());

        Assert.Equal(2, errors.Count);
        var uses = AllIndexesOf(code, "Deconfliction");
        for (var i = 0; i < errors.Count; i++)
        {
            Assert.Equal("CS0117", errors[i].Id);
            Assert.Equal("'Quotes.Kerry' does not contain a definition for 'Deconfliction'", errors[i].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(IdeWorkspace.ProgramPath, errors[i].Location.SourceTree!.FilePath);
            Assert.Equal(new TextSpan(uses[i], "Deconfliction".Length), errors[i].Location.SourceSpan);
        }

        workspace.ProgramAt(code.Replace("Deconfliction", "MilitaryTalks", StringComparison.Ordinal) + "$$");
        Assert.Empty(Errors(await workspace.CompilationAsync()));
    }

    [Theory]
    [InlineData("/project/data/say \"hi\".md")]
    [InlineData("/project/data/two\nlines.md")]
    [InlineData("/project/data/two\rlines.md")]
    [InlineData("/project/data/line\u2028separator.md")]
    public void APathThatCannotBeALineFileNameLeavesTheMemberUnmappedAndTheCodeIntact(string path)
    {
        var run = GeneratorHarness.Run([new InMemoryAdditionalText(path, TalksArticle)], "class C { object Q => Sample.Quotes.Kerry.Talks; }");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.All(run.Sources.Values, source => Assert.DoesNotContain("#line", source, StringComparison.Ordinal));
        Assert.False(Location(run, "Sample.Quotes+Kerry", "Talks").GetMappedLineSpan().HasMappedPath);
    }

    [Theory]
    [InlineData(@"C:\Users\Ann Lee\news\data\talks.md", @"C:\Users\Ann Lee\news\data\talks.md")]
    [InlineData("/project/data/été #1 {x} 'y' 🙂.md", "/project/data/été #1 {x} 'y' 🙂.md")]
    [InlineData("data/talks.md", "/project/data/talks.md")]
    public void TheLineFileNameIsTheDataFilesFullPathWrittenAsItIs(string path, string mappedPath)
    {
        var run = GeneratorHarness.Run([new InMemoryAdditionalText(path, TalksArticle)], "class C { object Q => Sample.Quotes.Kerry.Talks; }");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var mapped = Location(run, "Sample.Quotes+Kerry", "Talks").GetMappedLineSpan();
        Assert.Equal(mappedPath, mapped.Path);
        Assert.Equal(Span(TalksArticle, "\"«[We agreed", "{.quote #Kerry.Talks}»"), mapped.Span);
    }

    [Fact]
    public void WithPathMapTheGeneratedTextAndThePdbNameTheMappedDataFile()
    {
        var run = GeneratorHarness.Run([GeneratorHarness.Article("talks.md", TalksArticle)], properties: new Dictionary<string, string> { ["PathMap"] = "/project/=/_/" });
        Assert.Empty(run.GeneratorDiagnostics);

        var (_, pdb) = EmitWithPathMap(run.Compilation, GeneratorHarness.ProjectDirectory);

        using var provider = MetadataReaderProvider.FromPortablePdbImage(ImmutableArray.Create(pdb));
        var reader = provider.GetMetadataReader();
        var documents = reader.Documents.Select(handle => reader.GetString(reader.GetDocument(handle).Name)).ToList();
        Assert.Contains("/_/data/talks.md", documents);
        Assert.DoesNotContain(documents, document => document.Contains("/project/", StringComparison.Ordinal));

        // The generated sources embedded in the PDB name the mapped path too: the compiler does not rewrite text.
        var embedded = reader.Documents.Select(handle => EmbeddedSource(reader, handle)).OfType<string>().ToList();
        Assert.NotEmpty(embedded);
        Assert.All(embedded, text => Assert.DoesNotContain("/project/", text, StringComparison.Ordinal));
        Assert.Contains(embedded, text => Regex.IsMatch(text, @"^#line \(8,2\)-\(9,30\) [0-9]+ ""/_/data/talks\.md""\r?$", RegexOptions.Multiline));
    }

    [Fact]
    public void WithPathMapBuildsInDifferentDirectoriesAreByteIdentical()
    {
        (byte[] Pe, byte[] Pdb) Build(string projectDirectory, string dataPath)
        {
            var run = GeneratorHarness.Run(
                [new InMemoryAdditionalText(dataPath, TalksArticle)],
                properties: new Dictionary<string, string> { ["ProjectDir"] = projectDirectory, ["PathMap"] = projectDirectory + "=/_/" });
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Contains(run.Sources.Values, source => source.Contains("\"/_/data/talks.md\"", StringComparison.Ordinal));
            return EmitWithPathMap(run.Compilation, projectDirectory);
        }

        var unix = Build("/home/ann/news/", "/home/ann/news/data/talks.md");
        var windows = Build(@"C:\work\news\", @"C:\work\news\data\talks.md");

        Assert.Equal(unix.Pe, windows.Pe);
        Assert.Equal(unix.Pdb, windows.Pdb);
    }

    /// <summary>
    /// Emits a deterministic assembly and portable PDB as the command-line compiler does with
    /// <c>/pathmap:&lt;projectDirectory&gt;=/_/</c>: source paths mapped, and every source embedded in the PDB.
    /// </summary>
    private static (byte[] Pe, byte[] Pdb) EmitWithPathMap(Compilation compilation, string projectDirectory)
    {
        var resolver = new SourceFileResolver([], baseDirectory: null, [new KeyValuePair<string, string>(projectDirectory, "/_/")]);
        compilation = compilation.WithOptions(compilation.Options.WithSourceReferenceResolver(resolver).WithDeterministic(true));
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var embedded = compilation.SyntaxTrees.Select(tree => EmbeddedText.FromSource(tree.FilePath, tree.GetText(Cancellation)));
        var result = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb), embeddedTexts: embedded, cancellationToken: Cancellation);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return (pe.ToArray(), pdb.ToArray());
    }

    /// <summary>The text of the document embedded in the PDB, or null when it is not embedded.</summary>
    private static string? EmbeddedSource(MetadataReader reader, DocumentHandle document)
    {
        var kind = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
        foreach (var handle in reader.GetCustomDebugInformation(document))
        {
            var information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) != kind)
            {
                continue;
            }

            // A 4-byte uncompressed size (0: not compressed) before the content, which is deflated when compressed.
            var blob = reader.GetBlobBytes(information.Value);
            using var content = new MemoryStream();
            if (BitConverter.ToInt32(blob, 0) == 0)
            {
                content.Write(blob, 4, blob.Length - 4);
            }
            else
            {
                using var deflate = new System.IO.Compression.DeflateStream(new MemoryStream(blob, 4, blob.Length - 4), System.IO.Compression.CompressionMode.Decompress);
                deflate.CopyTo(content);
            }

            return System.Text.Encoding.UTF8.GetString(content.ToArray());
        }

        return null;
    }

    private const string TalksArticle = """
        ---
        title: Talks
        source: Test Wire
        published: 2015-09-30
        people:
          Kerry: { name: John Kerry }
        ---
        "[We agreed
        on talks]{.quote #Kerry.Talks}," [Kerry]{.person ref=Kerry} said.
        """;

    private static async Task<HashSet<string>> CompletionsAsync(string code)
    {
        using var workspace = IdeWorkspace.Create([new InMemoryAdditionalText(SeedPath, SeedText)], string.Empty);
        return await CompletionsAsync(workspace, code);
    }

    private static async Task<HashSet<string>> CompletionsAsync(IdeWorkspace workspace, string code)
    {
        var (document, position) = workspace.ProgramAt(code);
        var service = CompletionService.GetService(document)!;

        var list = await service.GetCompletionsAsync(document, position, cancellationToken: Cancellation);

        return list.ItemsList.Select(item => item.DisplayText).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The text of every quick info section, one line per paragraph, empty lines left out.</summary>
    private static async Task<List<string>> QuickInfoAsync(string code)
    {
        using var workspace = IdeWorkspace.Create([new InMemoryAdditionalText(SeedPath, SeedText)], string.Empty);
        var (document, position) = workspace.ProgramAt(code);
        var service = QuickInfoService.GetService(document)!;

        var info = await service.GetQuickInfoAsync(document, position, Cancellation);

        Assert.NotNull(info);
        return info.Sections
            .SelectMany(section => section.Text.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries))
            .ToList();
    }

    /// <summary>Where the symbol named by the end of <paramref name="member"/> (used in Program.cs) is declared, mapped through <c>#line</c>.</summary>
    private static async Task<FileLinePositionSpan> DefinitionAsync(IdeWorkspace workspace, string member)
    {
        var (document, position) = workspace.ProgramAt($"class C {{ object M() => {member}$$; }}");
        var symbol = await SymbolFinder.FindSymbolAtPositionAsync(document, position - 1, Cancellation);

        Assert.NotNull(symbol);
        Assert.Equal(member.Substring(member.LastIndexOf('.') + 1), symbol.Name);
        var location = Assert.Single(symbol.Locations);
        Assert.True(location.IsInSource);
        return location.GetMappedLineSpan();
    }

    private static Location Location(GeneratorRun run, string type, string member) =>
        run.Compilation.GetTypeByMetadataName(type)!.GetMembers(member).Single().Locations.Single();

    /// <summary>
    /// The 0-based line span in <paramref name="text"/> from the « in <paramref name="start"/> to the » in
    /// <paramref name="end"/>; each needle (without its marker) occurs exactly once in the text.
    /// </summary>
    private static LinePositionSpan Span(string text, string start, string end)
    {
        var lines = SourceText.From(text).Lines;
        return lines.GetLinePositionSpan(TextSpan.FromBounds(Offset(text, start, '«'), Offset(text, end, '»')));
    }

    private static int Offset(string text, string needle, char marker)
    {
        var at = needle.IndexOf(marker, StringComparison.Ordinal);
        var plain = needle.Remove(at, 1);
        var found = AllIndexesOf(text, plain);
        Assert.True(found.Count == 1, $"'{plain}' occurs {found.Count} times in the data file.");
        return found[0] + at;
    }

    private static List<int> AllIndexesOf(string text, string value)
    {
        var found = new List<int>();
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            found.Add(i);
        }

        return found;
    }

    private static List<Diagnostic> Errors(Compilation compilation) =>
        compilation.GetDiagnostics(Cancellation)
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .ToList();
}
