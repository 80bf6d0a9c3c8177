using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Dataset.EndToEnd.Tests.Infrastructure;

namespace Dataset.EndToEnd.Tests;

/// <summary>
/// Projects outside the repository that reference the packed Dataset package, restored from a fresh NuGet cache,
/// built and run with the real dotnet CLI: what a package user gets.
/// </summary>
public sealed class ConsumerTests(PackageFixture fixture)
{
    private const string DeconflictionText =
        "We agreed on the imperative of as soon as possible -- perhaps even as soon as tomorrow, but as soon as possible -- having a military to military de-confliction discussion";

    [Fact]
    public async Task TheGeneratedDatasetCompilesIntoConstantsAndObjectsAndRuns()
    {
        var consumer = new ConsumerProject(fixture, "seed")
            .WriteConsumerProject()
            .CopySeedArticle()
            .WriteFile("data/markdown.md", MarkdownArticle)
            .WriteFile("Program.cs", """
                using System;
                using System.Globalization;
                using Consumer;

                // A const context: the statistic is a C# constant, not a property.
                const int x = Stats.LevadaPoll.Against;
                Console.WriteLine($"const: {x}");
                Console.WriteLine($"switch: {Describe(int.Parse("69", CultureInfo.InvariantCulture))}");

                Dataset.Quote quote = Quotes.Kerry.Deconfliction;
                Console.WriteLine($"quote: {quote.Text}");
                Console.WriteLine($"speaker: {Quotes.Kerry.Deconfliction.Speaker.Name}");
                Console.WriteLine($"person: {People.Kerry.Name}");
                Console.WriteLine($"article: {Articles.RussiaUsSyriaTalks.Title}");

                // Read by Markdig inside the packed generator: markup removed, link text kept, blocks apart.
                Console.WriteLine($"markdown quote: {Quotes.Kim.Win.Text}");
                Console.WriteLine($"markdown blocks: {string.Join(" | ", Articles.Markdown.Paragraphs)}");

                static string Describe(int percent)
                {
                    switch (percent)
                    {
                        // Case labels must be constants.
                        case Stats.LevadaPoll.Against:
                            return "against";
                        case Stats.LevadaPoll.InFavour:
                            return "in favour";
                        default:
                            return "neither";
                    }
                }
                """);

        var build = await consumer.BuildAsync();
        AssertSucceeded(build);
        Assert.True(Directory.Exists(Path.Combine(fixture.NuGetCache, "dataset", fixture.Version)), $"The package was not restored into the test's own cache {fixture.NuGetCache}.{Environment.NewLine}{build}");

        var run = await consumer.RunAsync();
        AssertSucceeded(run);
        AssertLines(
            run,
            "const: 69",
            "switch: against",
            $"quote: {DeconflictionText}",
            "speaker: John Kerry",
            "person: John Kerry",
            "article: Russia and US call urgent talks after Syria strikes",
            "markdown quote: We will win, see the statement",
            "markdown blocks: Heading | \"We will win, see the statement,\" said Kim. | a list item");

        // The generator and Markdig.dll beside it load in the consumer's compiler (no CS8784: analyzer failed to
        // load, no CS8785: generator failed).
        Assert.DoesNotContain("CS8784", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal);
    }

    private const string MarkdownArticle = """
        ---
        title: Markdown
        source: Test Wire
        published: 2026-11-30
        people:
          Kim: { name: Kim Jong-su }
        ---

        ## Heading

        "[We *will* win, see [the statement](https://example.org/s)]{.quote #Kim.Win}," said [Kim]{.person ref=Kim}.

        - a **list** item
        """;

    [Fact]
    public async Task AddingADataFileAddsItsTypes()
    {
        var consumer = new ConsumerProject(fixture, "second-article")
            .WriteConsumerProject()
            .CopySeedArticle()
            .WriteFile("Program.cs", """
                using System;
                using Consumer;

                Console.WriteLine($"articles: {Articles.All.Count}");
                Console.WriteLine($"quote: {Quotes.Zakharova.Position.Text}");
                Console.WriteLine($"speaker: {Quotes.Zakharova.Position.Speaker.Name}");
                Console.WriteLine($"person: {People.Zakharova.Role}");
                Console.WriteLine($"article: {Articles.ZakharovaBriefing.Title}");
                Console.WriteLine($"same article: {ReferenceEquals(Quotes.Zakharova.Position.Article, Articles.ZakharovaBriefing)}");
                Console.WriteLine($"seed: {Quotes.Kerry.Deconfliction.Speaker.Name}");
                """);

        // Without the second article, nothing names Zakharova.
        var before = await consumer.BuildAsync();
        Assert.False(before.Succeeded, $"The build succeeded before the article that declares Zakharova was added.{Environment.NewLine}{before}");
        Assert.True(
            before.ErrorLines.Any(line => line.Contains("error CS0117", StringComparison.Ordinal) && line.Contains("'Zakharova'", StringComparison.Ordinal)),
            $"Expected CS0117 for 'Zakharova' before the article was added.{Environment.NewLine}{before}");

        consumer.WriteFile("data/zakharova-briefing.md", """
            ---
            title: Moscow defends its air campaign
            source: Test Wire
            published: 2015-10-01
            people:
              Zakharova: { name: Maria Zakharova, role: Foreign Ministry spokeswoman }
            ---
            "[Our position on Syria has not changed]{.quote #Zakharova.Position cue=said}," [Zakharova]{.person ref=Zakharova} said.
            """);

        var after = await consumer.BuildAsync();
        AssertSucceeded(after);

        var run = await consumer.RunAsync();
        AssertSucceeded(run);
        AssertLines(
            run,
            "articles: 2",
            "quote: Our position on Syria has not changed",
            "speaker: Maria Zakharova",
            "person: Foreign Ministry spokeswoman",
            "article: Moscow defends its air campaign",
            "same article: True",
            "seed: John Kerry");
    }

    [Fact]
    public async Task AMisspelledQuoteKeyFailsTheBuildWithACompilerError()
    {
        var consumer = new ConsumerProject(fixture, "misspelled-key")
            .WriteConsumerProject()
            .CopySeedArticle()
            .WriteFile("Program.cs", """
                System.Console.WriteLine(Consumer.Quotes.Kerry.Deconflction.Text);
                """);

        var build = await consumer.BuildAsync();

        Assert.False(build.Succeeded, $"The build succeeded with a misspelled quote key.{Environment.NewLine}{build}");
        var errors = build.ErrorLines;
        Assert.True(
            errors.Any(line => Regex.IsMatch(line, @"Program\.cs\(1,\d+\): error CS0117: .*'Deconflction'")),
            $"Expected Program.cs(1,..): error CS0117 naming 'Deconflction'.{Environment.NewLine}{build}");
        Assert.True(
            errors.All(line => line.Contains("error CS0117", StringComparison.Ordinal)),
            $"Expected only the compiler's member-not-found error; the data is valid.{Environment.NewLine}{build}");
    }

    [Fact]
    public async Task AnUnclosedSpanInADataFileIsWarningDS2001AtItsLineAndColumnAndAWrongKindFailsTheBuild()
    {
        // Line 9 holds the '[' that is never closed, after "A recent poll found that " (25 characters): column 26.
        // Valid Markdown (the bracket reads as text) is never an error: DS2001 is a warning. An unknown annotation kind
        // on line 11 (DS2004, column 23) is an error that fails the build.
        const string article = """
            ---
            title: A poll on the deployment
            source: Test Wire
            published: 2015-10-01
            ---

            The first paragraph is fine.

            A recent poll found that [sixty-nine percent of Russians oppose the deployment.

            The last one is [not]{.persn ref=X} fine.
            """;
        Assert.Equal(25, article.Split('\n')[8].IndexOf('[', StringComparison.Ordinal));

        // The consumer treats warnings as errors, except DS2001: an error could not be made a warning this way.
        var consumer = new ConsumerProject(fixture, "unclosed-span");
        consumer = consumer
            .WriteFile("Consumer.csproj", consumer.ProjectFile("Exe", "Consumer", "\n    <WarningsNotAsErrors>DS2001</WarningsNotAsErrors>"))
            .WriteFile("data/unclosed-span.md", article)
            .WriteFile("Program.cs", """
                System.Console.WriteLine("The data file is broken: this never builds.");
                """);

        var build = await consumer.BuildAsync();

        Assert.False(build.Succeeded, $"The build succeeded with an unknown annotation kind in a data file.{Environment.NewLine}{build}");
        var errors = build.ErrorLines;
        Assert.True(
            errors.Length == 1 && errors[0].Contains("error DS2004", StringComparison.Ordinal),
            $"Expected DS2004 to be the only error, found:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}{Environment.NewLine}{build}");
        Assert.Matches(@"unclosed-span\.md\(11,23\): error DS2004: ", errors[0].Replace('\\', '/'));

        // MSBuild's format: <path>(line,column): warning DS2001: ... where the path (absolute here) is the data file's.
        var ds2001 = Regex.Matches(build.Output, @"^(?<path>.+)\((?<line>\d+),(?<column>\d+)\): warning DS2001: .*$", RegexOptions.Multiline).Select(match => match).ToArray();
        Assert.True(ds2001.Length >= 1, $"Expected a DS2001 warning.{Environment.NewLine}{build}");
        var location = ds2001[0];
        var path = location.Groups["path"].Value.Replace('\\', '/');
        Assert.True(
            path.EndsWith("data/unclosed-span.md", StringComparison.Ordinal),
            $"DS2001 does not point at data/unclosed-span.md: {location.Value}{Environment.NewLine}{build}");
        Assert.True(
            location.Groups["line"].Value == "9" && location.Groups["column"].Value == "26",
            $"Expected DS2001 at (9,26), got ({location.Groups["line"].Value},{location.Groups["column"].Value}).{Environment.NewLine}{build}");

        // The package was packed without a PackageProjectUrl: no help link (MSBuild prints one in parentheses after the message).
        Assert.False(ds2001[0].Value.Contains("(http", StringComparison.Ordinal), $"DS2001 has a help link: {ds2001[0]}");
    }

    [Fact]
    public async Task DatasetHelpLinkBaseLinksEveryDiagnosticToItsAnchorAndDatasetStatConstantsFalseMakesFields()
    {
        var consumer = new ConsumerProject(fixture, "help-links");
        consumer
            .WriteFile("Consumer.csproj", consumer.ProjectFile("Exe", "Consumer", """

                    <DatasetHelpLinkBase>https://example.org/dataset</DatasetHelpLinkBase>
                    <DatasetStatConstants>false</DatasetStatConstants>
                """))
            .WriteFile("data/unknown-speaker.md", """
                ---
                title: A quote nobody said
                source: Test Wire
                published: 2015-10-01
                people:
                  Kerry: { name: John Kerry }
                ---
                "[Hello]{.quote #Kery.Hello}," someone said, [69 percent]{.stat #Poll.Against} agreed.
                """)
            .WriteFile("Program.cs", """
                System.Console.WriteLine(Consumer.Stats.Poll.Against);
                """);

        var build = await consumer.BuildAsync();

        Assert.False(build.Succeeded, $"The build succeeded with an unknown speaker.{Environment.NewLine}{build}");
        var errors = build.ErrorLines.Distinct().ToArray();
        var ds2009 = Assert.Single(errors);
        Assert.True(
            ds2009.Contains("error DS2009: ", StringComparison.Ordinal) && ds2009.Contains("(https://example.org/dataset#ds2009)", StringComparison.Ordinal),
            $"Expected DS2009 with its help link, found:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}{Environment.NewLine}{build}");

        // The statistic compiled as a field: the only error is the data file's.
        consumer.WriteFile("data/unknown-speaker.md", File.ReadAllText(Path.Combine(consumer.Directory, "data/unknown-speaker.md")).Replace("#Kery.", "#Kerry.", StringComparison.Ordinal));
        AssertSucceeded(await consumer.BuildAsync());
        var run = await consumer.RunAsync();
        AssertSucceeded(run);
        AssertLines(run, "69");
    }

    [Fact]
    public async Task ADatasetWithMoreTextThanMetadataAllowsForStringLiteralsBuildsAndRunsWithNoSwitch()
    {
        // 12 articles of 250 distinct paragraphs of about 4,500 characters: 13.5 million characters, 27 MB as UTF-16, more
        // than the 16 MB #US heap that holds string literals (CS8103). The articles' texts are UTF-8 data ("..."u8), not
        // string literals, so the build needs no switch and no compiler feature.
        var consumer = new ConsumerProject(fixture, "large-text").WriteConsumerProject();
        for (var part = 0; part < 12; part++)
        {
            var article = new System.Text.StringBuilder($"---\ntitle: A very long report, part {part}\nsource: Test Wire\npublished: 2020-01-01\n---\n");
            for (var i = part * 250; i < (part + 1) * 250; i++)
            {
                article.Append(System.Globalization.CultureInfo.InvariantCulture, $"Paragraph {i} begins. ");
                article.Append(string.Concat(Enumerable.Repeat($"Line {i} of the report goes on and on without end. ", 85)));
                article.Append("\n\n");
            }

            consumer.WriteFile($"data/long-report-{part}.md", article.ToString());
        }

        consumer.WriteFile("Program.cs", """
            var paragraphs = Consumer.Articles.LongReport11.Paragraphs;
            System.Console.WriteLine($"articles: {Consumer.Articles.All.Count}");
            System.Console.WriteLine($"paragraphs: {paragraphs.Count}");
            System.Console.WriteLine($"last: {paragraphs[paragraphs.Count - 1].Substring(0, 22)}");
            """);

        var build = await consumer.BuildAsync();
        AssertSucceeded(build);
        var run = await consumer.RunAsync();
        AssertSucceeded(run);
        AssertLines(run, "articles: 12", "paragraphs: 250", "last: Paragraph 2999 begins.");
    }

    [Fact]
    public async Task DatasetNamespaceAndDatasetVisibilityAreHonoured()
    {
        // A library generates its dataset as public types in News.Data; another assembly uses them.
        var consumer = new ConsumerProject(fixture, "namespace-visibility");
        consumer
            .WriteFile("News/News.csproj", consumer.ProjectFile("Library", "News", """

                    <DatasetNamespace>News.Data</DatasetNamespace>
                    <DatasetVisibility>public</DatasetVisibility>
                """))
            .CopySeedArticle("News/data/russia-us-syria-talks.md")
            .WriteFile("App/App.csproj", consumer.ProjectFile("Exe", "App", extraItems: """

                    <ProjectReference Include="../News/News.csproj" />
                """))
            .WriteFile("App/Program.cs", """
                using System;

                const int against = News.Data.Stats.LevadaPoll.Against;
                Type quotes = typeof(News.Data.Quotes);
                Console.WriteLine($"const: {against}");
                Console.WriteLine($"quote: {News.Data.Quotes.Kerry.Deconfliction.Text}");
                Console.WriteLine($"person: {News.Data.People.Kerry.Name}");
                Console.WriteLine($"type: {quotes.FullName} in {quotes.Assembly.GetName().Name}, public: {quotes.IsPublic}");
                Console.WriteLine($"root namespace used: {quotes.Assembly.GetType("News.Quotes") is not null}");
                """);

        var build = await consumer.BuildAsync("App/App.csproj");
        AssertSucceeded(build);

        var run = await consumer.RunAsync("App/App.csproj");
        AssertSucceeded(run);
        AssertLines(
            run,
            "const: 69",
            $"quote: {DeconflictionText}",
            "person: John Kerry",
            "type: News.Data.Quotes in News, public: True",
            "root namespace used: False");
    }

    [Fact]
    public async Task ADatasetLibraryAndAnAppThatReferencesItRunFromTheAppsOutputFolder()
    {
        // The library holds the data and the package; the app only references the library, so the runtime assembly
        // reaches it through the package, transitively.
        var consumer = new ConsumerProject(fixture, "library-and-app");
        consumer
            .WriteFile("News/News.csproj", consumer.ProjectFile("Library", "News", """

                    <DatasetVisibility>public</DatasetVisibility>
                """))
            .CopySeedArticle("News/data/russia-us-syria-talks.md")
            .WriteFile("App/App.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <ImplicitUsings>disable</ImplicitUsings>
                    <RootNamespace>App</RootNamespace>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="../News/News.csproj" />
                  </ItemGroup>
                </Project>
                """)
            .WriteFile("App/Program.cs", SeedDatasetProgram.Source("News"));

        var build = await consumer.BuildAsync("App/App.csproj");
        AssertSucceeded(build);

        // The app's output folder holds the package's own runtime assembly.
        var output = Path.Combine("App", "bin", "Debug", "net10.0");
        var runtime = Path.Combine(consumer.Directory, output, "Dataset.dll");
        var packaged = Path.Combine(fixture.NuGetCache, "dataset", fixture.Version, "lib", "netstandard2.0", "Dataset.dll");
        Assert.True(File.Exists(runtime), $"The app's output folder has no Dataset.dll.{Environment.NewLine}{build}");
        Assert.True(
            File.ReadAllBytes(runtime).AsSpan().SequenceEqual(File.ReadAllBytes(packaged)),
            $"{runtime} is not the package's {packaged}.");

        var run = await consumer.RunBuiltAssemblyAsync(Path.Combine(output, "App.dll"));
        SeedDatasetProgram.AssertPrinted(run, SeedArticle.Read(fixture.SeedArticlePath));
    }

    [Fact]
    public async Task WithContinuousIntegrationBuildTheLineDirectivesAreMappedAndBuildsInTwoDirectoriesAreIdentical()
    {
        // ContinuousIntegrationBuild turns on DeterministicSourcePaths: the SDK computes PathMap from the SourceRoot
        // items in a target (source control adds the repository's root; here the project declares its directory).
        // The package must get that PathMap to the generator before the compiler-visible properties are written.
        async Task<(ConsumerProject Consumer, CommandResult Build)> BuildIn(string name)
        {
            var consumer = new ConsumerProject(fixture, name);
            consumer
                .WriteFile("Consumer.csproj", consumer.ProjectFile("Exe", "Consumer", extraItems: """

                        <SourceRoot Include="$(MSBuildProjectDirectory)/" />
                    """))
                .CopySeedArticle()
                .WriteFile("Program.cs", """
                    System.Console.WriteLine(Consumer.Quotes.Kerry.Deconfliction.Text);
                    """);
            var build = await consumer.BuildAsync("Consumer.csproj", "-p:ContinuousIntegrationBuild=true", "-p:EmitCompilerGeneratedFiles=true");
            AssertSucceeded(build);
            return (consumer, build);
        }

        var (first, build) = await BuildIn("pathmap");
        var (second, _) = await BuildIn(Path.Combine("elsewhere", "deeper", "pathmap"));

        var generated = Directory.GetFiles(Path.Combine(first.Directory, "obj"), "*.g.cs", SearchOption.AllDirectories)
            .Where(path => path.Replace('\\', '/').Contains("/generated/Dataset.Generator/", StringComparison.Ordinal))
            .ToArray();
        Assert.True(generated.Length > 0, $"No generated source was written under obj/.{Environment.NewLine}{build}");
        var files = generated.SelectMany(path => Regex.Matches(File.ReadAllText(path), "^#line .*\"(?<path>[^\"]*)\"\\r?$", RegexOptions.Multiline))
            .Select(match => match.Groups["path"].Value)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        Assert.True(
            files.Length == 1 && Regex.IsMatch(files[0], "^/_[0-9]*/data/russia-us-syria-talks\\.md$"),
            $"Expected every #line directive to name the mapped /_/data/russia-us-syria-talks.md, found [{string.Join(", ", files)}].{Environment.NewLine}{build}");

        foreach (var output in new[] { "Consumer.dll", "Consumer.pdb" })
        {
            var left = File.ReadAllBytes(Path.Combine(first.Directory, "obj", "Debug", "net10.0", output));
            var right = File.ReadAllBytes(Path.Combine(second.Directory, "obj", "Debug", "net10.0", output));
            Assert.True(left.AsSpan().SequenceEqual(right), $"{output} differs between {first.Directory} and {second.Directory}.");
        }
    }

    [Fact]
    public async Task AConsumerBuiltWithTheOldestCompilerTheRegistryServesBuildsAndRuns()
    {
        // Microsoft.Net.Compilers.Toolset makes the build use its own compiler (Roslyn 4.14, C# 13) instead of the SDK's.
        // SDK 10 replaces the compiler a package sets unless RoslynCompilerType says neither Core nor Framework (newer
        // toolset packages set it themselves; 4.14 predates it).
        var consumer = new ConsumerProject(fixture, "toolset-4.14");
        consumer
            .WriteFile("Consumer.csproj", consumer.ProjectFile("Exe", "Consumer", """

                    <RoslynCompilerType>Custom</RoslynCompilerType>
                """, """

                    <PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="4.14.0" PrivateAssets="all" />
                """))
            .CopySeedArticle()
            .WriteFile("Program.cs", """
                const int against = Consumer.Stats.LevadaPoll.Against;
                System.Console.WriteLine($"const: {against}");
                System.Console.WriteLine($"quote: {Consumer.Quotes.Kerry.Deconfliction.Text}");
                System.Console.WriteLine($"person: {Consumer.People.Kerry.Name}");
                """);

        var build = await consumer.BuildAsync("Consumer.csproj", "-v:normal");
        AssertSucceeded(build);
        var compiler = Path.Combine("microsoft.net.compilers.toolset", "4.14.0");
        Assert.True(
            build.Output.Split('\n').Any(line => line.Contains(compiler, StringComparison.OrdinalIgnoreCase) && line.Contains("csc", StringComparison.OrdinalIgnoreCase)),
            $"The build did not run the compiler of Microsoft.Net.Compilers.Toolset 4.14.0.{Environment.NewLine}{build}");

        var run = await consumer.RunAsync();
        AssertSucceeded(run);
        AssertLines(run, "const: 69", $"quote: {DeconflictionText}", "person: John Kerry");
    }

    [Fact]
    public async Task ANetstandard2_0LibraryInCSharp7_3PublishesItsDatasetToANet10App()
    {
        // netstandard2.0's default language version is C# 7.3: no nullable, no file-scoped namespaces, no span #line,
        // no UTF-8 literals. The library documents its public API and treats warnings as errors.
        var consumer = new ConsumerProject(fixture, "netstandard-library");
        consumer
            .WriteFile("News/News.csproj", consumer.ProjectFile("Library", "News", """

                    <DatasetNamespace>News.Data</DatasetNamespace>
                    <DatasetVisibility>public</DatasetVisibility>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                """, targetFramework: "netstandard2.0", nullable: false))
            .CopySeedArticle("News/data/russia-us-syria-talks.md")
            .WriteFile("App/App.csproj", consumer.ProjectFile("Exe", "App", extraItems: """

                    <ProjectReference Include="../News/News.csproj" />
                """))
            .WriteFile("App/Program.cs", """
                using System;
                using System.Linq;

                const int against = News.Data.Stats.LevadaPoll.Against;
                Console.WriteLine($"const: {against}");
                Console.WriteLine($"quote: {News.Data.Quotes.Kerry.Deconfliction.Text}");
                Console.WriteLine($"speaker: {News.Data.Quotes.Kerry.Deconfliction.Speaker.Name}");
                Console.WriteLine($"statistic: {News.Data.Statistics.LevadaPoll.Against.Value} {News.Data.Statistics.LevadaPoll.Against.Unit}");
                Console.WriteLine($"article: {News.Data.Articles.RussiaUsSyriaTalks.Title}");
                Console.WriteLine($"quotes: {News.Data.Quotes.All.Count == News.Data.Articles.All.Sum(article => article.Quotes.Count)}");
                """);

        var build = await consumer.BuildAsync("App/App.csproj");
        AssertSucceeded(build);
        var generated = Directory.GetFiles(Path.Combine(consumer.Directory, "News", "obj"), "*.g.cs", SearchOption.AllDirectories);
        Assert.True(generated.Length >= 2, $"The library's generated sources were not written.{Environment.NewLine}{build}");

        // The public dataset is a library for other projects' catalogs: its attribute, in a file of its own without a namespace.
        Assert.Contains(generated, path => Path.GetFileName(path) == "DatasetLibrary.g.cs");
        foreach (var source in generated.Where(path => Path.GetFileName(path) != "DatasetLibrary.g.cs").Select(File.ReadAllText))
        {
            Assert.DoesNotContain("\"u8", source, StringComparison.Ordinal);
            Assert.DoesNotContain("#nullable", source, StringComparison.Ordinal);
            Assert.Contains("namespace News.Data\n{", source, StringComparison.Ordinal);
        }

        var run = await consumer.RunAsync("App/App.csproj");
        AssertSucceeded(run);
        AssertLines(
            run,
            "const: 69",
            $"quote: {DeconflictionText}",
            "speaker: John Kerry",
            "statistic: 69 percent",
            "article: Russia and US call urgent talks after Syria strikes",
            "quotes: True");
    }

    [Fact]
    public async Task ANet472LibraryCompilesWithTheReferenceAssembliesPackage()
    {
        // .NET Framework 4.7.2 (C# 7.3 by default), built on any OS from Microsoft.NETFramework.ReferenceAssemblies.
        var consumer = new ConsumerProject(fixture, "net472-library");
        consumer
            .WriteFile("Legacy.csproj", consumer.ProjectFile("Library", "Legacy", """

                    <DatasetVisibility>public</DatasetVisibility>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                """, """

                    <PackageReference Include="Microsoft.NETFramework.ReferenceAssemblies" Version="1.0.3" PrivateAssets="all" />
                """, targetFramework: "net472", nullable: false))
            .CopySeedArticle()
            .WriteFile("Uses.cs", """
                namespace Legacy
                {
                    /// <summary>Uses the dataset from C# 7.3.</summary>
                    public static class Uses
                    {
                        /// <summary>A constant.</summary>
                        public const int Against = Stats.LevadaPoll.Against;

                        /// <summary>A quote's text.</summary>
                        public static string Deconfliction => Quotes.Kerry.Deconfliction.Text;
                    }
                }
                """);

        var build = await consumer.BuildAsync("Legacy.csproj");
        AssertSucceeded(build);
        Assert.True(File.Exists(Path.Combine(consumer.Directory, "bin", "Debug", "net472", "Legacy.dll")), $"Legacy.dll was not built.{Environment.NewLine}{build}");
    }

    [Fact]
    public async Task TheCompilerRunsWithoutBackgroundGarbageCollectionUnlessDatasetCompilerBackgroundGCIsTrue()
    {
        var consumer = new ConsumerProject(fixture, "compiler-gc")
            .WriteConsumerProject()
            .CopySeedArticle()
            .WriteFile("Program.cs", "System.Console.WriteLine(Consumer.People.Kerry.Name);");

        // MSBuild's Csc task lists, at detailed verbosity, the environment it starts the compiler process with.
        var build = await consumer.BuildAsync("Consumer.csproj", "-v:detailed");
        AssertSucceeded(build);
        Assert.Contains(CompilerEnvironment(build), line => line == "DOTNET_gcConcurrent=0");

        var optedOut = await consumer.BuildAsync("Consumer.csproj", "-v:detailed", "--no-incremental", "-p:DatasetCompilerBackgroundGC=true");
        AssertSucceeded(optedOut);
        Assert.DoesNotContain(CompilerEnvironment(optedOut), line => line.StartsWith("DOTNET_gcConcurrent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheCompilerLoadsTheGeneratorCompiledForItsPlatformUnlessDatasetGeneratorReadyToRunIsFalse()
    {
        var consumer = new ConsumerProject(fixture, "generator-readytorun")
            .WriteConsumerProject()
            .CopySeedArticle()
            .WriteFile("Program.cs", "System.Console.WriteLine(Consumer.Quotes.Kerry.Deconfliction.Speaker.Name);");

        // The SDK's compiler runs on the SDK's runtime, this test's own; a platform the package has no copy for gets the
        // IL assemblies.
        var platform = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        var shipped = PackageHolds($"readytorun/{platform}/Dataset.Generator.dll");
        var folder = shipped ? $"readytorun/{platform}" : "analyzers/dotnet/cs";
        var build = await consumer.BuildAsync("Consumer.csproj", "-v:detailed");
        AssertSucceeded(build);
        Assert.Equal([$"{folder}/Dataset.Generator.dll", $"{folder}/Markdig.dll"], DatasetAnalyzers(build));
        // The precompiled generator generated the dataset the program reads.
        AssertLines(await consumer.RunAsync("Consumer.csproj"), "John Kerry");

        var optedOut = await consumer.BuildAsync("Consumer.csproj", "-v:detailed", "--no-incremental", "-p:DatasetGeneratorReadyToRun=false");
        AssertSucceeded(optedOut);
        Assert.Equal(["analyzers/dotnet/cs/Dataset.Generator.dll", "analyzers/dotnet/cs/Markdig.dll"], DatasetAnalyzers(optedOut));

        // A design-time build (an IDE's) keeps the IL assemblies: the IDE that loads them may run on another runtime.
        var designTime = await consumer.BuildAsync("Consumer.csproj", "-v:detailed", "--no-incremental", "-p:DesignTimeBuild=true");
        AssertSucceeded(designTime);
        Assert.Equal(["analyzers/dotnet/cs/Dataset.Generator.dll", "analyzers/dotnet/cs/Markdig.dll"], DatasetAnalyzers(designTime));
    }

    [Fact]
    public async Task AnAppThatIsOnlyBuiltReadsItsDatasetWithTheRuntimeCompiledForItsPlatform()
    {
        var consumer = new ConsumerProject(fixture, "runtime-readytorun")
            .WriteConsumerProject()
            .CopySeedArticle()
            .WriteFile("Program.cs", """
                System.Console.WriteLine(Consumer.Quotes.Kerry.Deconfliction.Speaker.Name);
                System.Console.WriteLine(System.IO.Path.GetRelativePath(System.AppContext.BaseDirectory, typeof(Dataset.Quote).Assembly.Location).Replace('\\', '/'));
                """);

        // A portable app's host picks the runtime of its own platform from runtimes/<rid>/; a platform the package has
        // no copy for gets lib/'s IL one, which the build puts beside the app.
        var platform = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        var shipped = PackageHolds($"runtimes/{platform}/lib/net10.0/Dataset.dll");

        AssertSucceeded(await consumer.BuildAsync("Consumer.csproj"));
        AssertLines(await consumer.RunAsync("Consumer.csproj"), "John Kerry", shipped ? $"runtimes/{platform}/lib/net10.0/Dataset.dll" : "Dataset.dll");
    }

    /// <summary>Whether the packed Dataset package holds <paramref name="entry"/> (a / separated path inside it).</summary>
    private bool PackageHolds(string entry)
    {
        using var package = System.IO.Compression.ZipFile.OpenRead(fixture.PackagePath);
        return package.GetEntry(entry) is not null;
    }

    /// <summary>The package's analyzers on the compiler's command line, as paths inside the package (/ separated).</summary>
    private string[] DatasetAnalyzers(CommandResult build)
    {
        var marker = $"/{fixture.Version}/".Replace('/', Path.DirectorySeparatorChar);
        var paths = Regex.Matches(build.Output, @"/analyzer:(""[^""]+""|\S+)")
            .Select(match => match.Groups[1].Value.Trim('"'))
            .Where(path => path.Contains(marker, StringComparison.OrdinalIgnoreCase))
            .Select(path => path[(path.IndexOf(marker, StringComparison.OrdinalIgnoreCase) + marker.Length)..].Replace('\\', '/'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(paths.Length > 0, $"The build did not list the compiler's analyzers.{Environment.NewLine}{build}");
        return paths;
    }

    /// <summary>The lines under the Csc task's "Environment Variables passed to tool:" (fails when it has none).</summary>
    private static string[] CompilerEnvironment(CommandResult build)
    {
        var lines = build.Output.Split('\n').Select(line => line.Trim()).ToArray();
        var start = Array.IndexOf(lines, "Environment Variables passed to tool:");
        Assert.True(start >= 0, $"The build did not list the compiler's environment.{Environment.NewLine}{build}");
        return lines.Skip(start + 1).TakeWhile(line => line.Contains('=', StringComparison.Ordinal) && !line.Contains(' ', StringComparison.Ordinal)).ToArray();
    }

    private static void AssertSucceeded(CommandResult result) =>
        Assert.True(result.Succeeded, $"The command failed.{Environment.NewLine}{result}");

    private static void AssertLines(CommandResult result, params string[] expected)
    {
        var lines = result.Output.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        var missing = expected.Where(line => !lines.Contains(line, StringComparer.Ordinal)).ToArray();
        Assert.True(missing.Length == 0, $"The program did not print [{string.Join(" | ", missing)}].{Environment.NewLine}{result}");
    }
}
