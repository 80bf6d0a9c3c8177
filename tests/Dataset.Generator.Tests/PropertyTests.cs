using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CsCheck;
using Dataset.Generator.Model;
using Dataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generator.Tests;

/// <summary>
/// Property tests over random articles (CsCheck): valid articles full of hostile text, and the same articles broken by
/// mutations. Every case runs the real generator through a driver; a sample of cases is also compiled.
/// <para>
/// The number of cases is <see cref="DefaultIterations"/> in total (split between the properties), or the value of the
/// environment variable <c>DATASET_PROPERTY_ITERATIONS</c> for a long run:
/// <c>DATASET_PROPERTY_ITERATIONS=1000000 dotnet test tests/Dataset.Generator.Tests -- --filter-class "Dataset.Generator.Tests.PropertyTests"</c>.
/// A failure prints the CsCheck seed of the smallest failing case; <c>DATASET_PROPERTY_SEED=&lt;seed&gt;</c> replays it.
/// </para>
/// </summary>
public sealed class PropertyTests
{
    public const int DefaultIterations = 10_000;
    public const string IterationsVariable = "DATASET_PROPERTY_ITERATIONS";
    public const string SeedVariable = "DATASET_PROPERTY_SEED";

    /// <summary>One mutated case in this many is also compiled (with the documentation checks and warnings as errors); one valid case in ten.</summary>
    private const int CompileEvery = 100;

    /// <summary>
    /// One mutated case in this many has every generated source fully parsed for diagnostics, XML docs included (the
    /// expensive part); every valid case does. The other checks run on every case.
    /// </summary>
    private const int ParseEvery = 4;

    private static long s_total;

    /// <summary>Valid articles with an annotation past the columns a <c>#line</c> span can name.</summary>
    private static long s_pastColumnLimit;

    private static readonly Lazy<CSharpCompilation> EmptyCompilation = new(() => GeneratorHarness.CreateCompilation(string.Empty));

    /// <summary>The article every mutated one is generated with: what it declares must never be lost.</summary>
    private static readonly string CompanionText =
        "---\nid: Companion\ntitle: Companion\nsource: AFP\npublished: 2015-09-30\npeople:\n  Companion: { name: The Companion }\n---\n" +
        "[Still here]{.quote #Companion.Kept} with [7]{.stat #Companion.Seven} and [him]{.person ref=Companion}.\n";

    private static readonly Lazy<ArticleModel> CompanionModel = new(() => ArticleText.Parse(CompanionText, "data/aaa-companion.md"));

    /// <summary>What a failure message shows of the case: built only when a check fails.</summary>
    internal delegate string Context();

    private static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable(IterationsVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : DefaultIterations;

    private static string? Seed => Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } seed ? seed : null;

    /// <summary>
    /// Mutated articles: the generator never throws (no exception, no DS9999); it never produces C# that fails to parse
    /// or has badly formed XML docs; the members it declares are exactly those the parsed model names; the strings in the
    /// generated storage are exactly the model's; every diagnostic's line and column match its span in the file; the
    /// companion article and the paragraphs the mutation did not touch lose nothing; and a sample compiles with no
    /// diagnostic at all, errors in the data or not.
    /// </summary>
    [Fact]
    public void MutatedArticlesNeverBreakTheGeneratorAndLoseNothingElse() =>
        Run("mutated articles", (int)(Iterations * 0.8), MutatedCase);

    /// <summary>
    /// Valid articles full of hostile text in every field: no diagnostic, the parsed model is exactly what was written,
    /// every string round-trips through the generated code, nothing else is declared, and a sample compiles cleanly.
    /// </summary>
    /// <remarks>
    /// Now and then an article has a line longer than a <c>#line</c> span's 65,536 columns (see
    /// <see cref="ArticleFactory"/>): the members annotated after it are mapped to their line, and parse and compile
    /// with no diagnostic like all the others.
    /// </remarks>
    [Fact]
    public void HostileTextRoundTripsExactlyAndAddsNoMember()
    {
        var before = Interlocked.Read(ref s_pastColumnLimit);
        var iterations = (int)(Iterations * 0.15);
        Run("valid hostile articles", iterations, ValidCase);
        var pastLimit = Interlocked.Read(ref s_pastColumnLimit) - before;
        TestContext.Current.SendDiagnosticMessage($"{pastLimit:N0} valid articles had an annotation past column {Emitting.LineDirectives.MaxCharacter:N0}.");
        That(iterations < 500 || pastLimit > 0, () => $"no article of {iterations} had an annotation past column {Emitting.LineDirectives.MaxCharacter}");
    }

    /// <summary>
    /// The same articles (valid or mutated) in another order, with CRLF line endings, with a BOM, and with '\' path
    /// separators produce byte-identical sources and the same diagnostics (but for the data file's path in
    /// <c>#line</c>); and with PathMap mapping the project directory to <c>/_/</c>, two checkouts in different
    /// directories, one with '\' separators, produce byte-identical sources, <c>#line</c> paths included.
    /// </summary>
    [Fact]
    public void OutputIsIndependentOfOrderLineEndingsBomAndPathSeparators() =>
        Run("determinism", Math.Max(1, Iterations - (int)(Iterations * 0.8) - (int)(Iterations * 0.15)), DeterminismCase);

    private static void Run(string name, int iterations, Action<int> check)
    {
        var count = 0L;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Gen.Int.Sample(
            seed =>
            {
                check(seed);
                Interlocked.Increment(ref count);
            },
            iter: iterations,
            seed: Seed,
            print: seed => $"case seed {seed}");
        var total = Interlocked.Add(ref s_total, count);
        var line = $"Property '{name}': {count:N0} cases passed in {clock.Elapsed.TotalSeconds:N1} s ({total:N0} property cases so far in this run; set {IterationsVariable} for more).";
        TestContext.Current.SendDiagnosticMessage(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        Console.WriteLine(line);
        That(count >= iterations, () => $"only {count} of {iterations} cases ran");
    }

    // ---- the cases ----

    internal static void MutatedCase(int seed)
    {
        var random = new Random(seed);
        var article = ArticleFactory.Create(random, "M", $"talks-{random.Next(1000)}.md");
        var mutated = Mutations.Apply(random, article);
        Context context = () => $"seed {seed}, {mutated.Description}\n{Show(mutated.Text)}";
        var companion = GeneratorHarness.Article("aaa-companion.md", CompanionText);
        var file = GeneratorHarness.Article(article.FileName, mutated.Text);
        var outcome = Generate([companion, file], compile: random.Next(CompileEvery) == 0, context, parse: random.Next(ParseEvery) == 0);

        var model = ArticleText.Parse(mutated.Text, "data/" + article.FileName);
        CheckAgainstModels(outcome, [CompanionModel.Value, model], context);
        CheckLocations(outcome.Diagnostics, file.Path, mutated.Text, context);

        if (mutated.Paragraph >= 0)
        {
            NothingLostOutside(article, mutated, model, context);
        }
    }

    internal static void ValidCase(int seed)
    {
        var random = new Random(seed);
        var articles = Enumerable.Range(0, random.Next(1, 3)).Select(i => ArticleFactory.Create(random, ((char)('A' + i)).ToString(), $"article-{(char)('a' + i)}-{random.Next(100)}.md")).ToList();
        Context context = () => $"seed {seed}\n" + string.Join("\n----\n", articles.Select(article => Show(article.Text)));
        var outcome = Generate(articles.Select(article => GeneratorHarness.Article(article.FileName, article.Text)), compile: random.Next(CompileEvery / 10) == 0, context);

        That(outcome.Diagnostics.IsEmpty, () => context() + "\n" + string.Join("\n", outcome.Diagnostics));
        var models = articles.Select(article => ArticleText.Parse(article.Text, "data/" + article.FileName)).ToList();
        for (var i = 0; i < articles.Count; i++)
        {
            ModelIsWhatWasWritten(articles[i], models[i], context);
        }

        var locations = models.SelectMany(model => model.Quotes.Select(quote => quote.Location).Concat(model.Stats.Select(stat => stat.Location)));
        if (locations.Any(location => location.StartColumn >= Emitting.LineDirectives.MaxCharacter))
        {
            Interlocked.Increment(ref s_pastColumnLimit);
        }

        CheckAgainstModels(outcome, models, context);
    }

    internal static void DeterminismCase(int seed)
    {
        var random = new Random(seed);
        var texts = Enumerable.Range(0, random.Next(2, 4))
            .Select(i =>
            {
                var article = ArticleFactory.Create(random, ((char)('A' + i)).ToString(), $"article-{(char)('a' + i)}.md");
                var text = random.Next(2) == 0 ? Mutations.Apply(random, article).Text : article.Text;
                return (Name: (i % 2 == 0 ? "" : "sub/") + article.FileName, Text: text.Replace("\r", string.Empty));
            })
            .ToList();
        Context context = () => $"seed {seed}\n" + string.Join("\n----\n", texts.Select(text => Show(text.Text)));

        var baseline = Sources(texts.Select(text => (AdditionalText)GeneratorHarness.Article(text.Name, text.Text)), GeneratorHarness.ProjectDirectory, out var diagnostics);
        var variants = new (string Name, IEnumerable<AdditionalText> Files, string ProjectDirectory)[]
        {
            ("reversed order", texts.AsEnumerable().Reverse().Select(text => (AdditionalText)GeneratorHarness.Article(text.Name, text.Text)), GeneratorHarness.ProjectDirectory),
            ("CRLF", texts.Select(text => (AdditionalText)GeneratorHarness.Article(text.Name, text.Text.Replace("\n", "\r\n"))), GeneratorHarness.ProjectDirectory),
            ("CR", texts.Select(text => (AdditionalText)GeneratorHarness.Article(text.Name, text.Text.Replace('\n', '\r'))), GeneratorHarness.ProjectDirectory),
            ("UTF-8 BOM bytes", texts.Where(text => IsEncodable(text.Text)).Count() < texts.Count ? [] : texts.Select(text => (AdditionalText)TextAdditionalText.FromBytes(GeneratorHarness.ProjectDirectory + "data/" + text.Name, Encoding.UTF8.GetBytes(WithBom(text.Text)))), GeneratorHarness.ProjectDirectory),
            ("BOM character", texts.Select(text => (AdditionalText)GeneratorHarness.Article(text.Name, WithBom(text.Text))), GeneratorHarness.ProjectDirectory),
            ("backslashes", texts.Select(text => (AdditionalText)new InMemoryAdditionalText(@"C:\project\data\" + text.Name.Replace('/', '\\'), text.Text)), @"C:\project\"),
        };
        foreach (var (name, files, projectDirectory) in variants.Where(variant => variant.Files.Any()))
        {
            var sources = Sources(files, projectDirectory, out var variantDiagnostics);
            That(baseline.SequenceEqual(sources), () => $"{name} changes the generated sources: {context()}\n{FirstDifference(baseline, sources)}");
            That(diagnostics.SequenceEqual(variantDiagnostics), () => $"{name} changes the diagnostics: {context()}\n{string.Join("\n", diagnostics)}\n---\n{string.Join("\n", variantDiagnostics)}");
        }

        // As ContinuousIntegrationBuild sets it: PathMap maps each checkout's directory to the same /_/.
        var unix = Sources(texts.Select(text => (AdditionalText)new InMemoryAdditionalText("/home/ann/news/data/" + text.Name, text.Text)), "/home/ann/news/", out var unixDiagnostics, pathMap: "/home/ann/news/=/_/");
        var windows = Sources(texts.Select(text => (AdditionalText)new InMemoryAdditionalText(@"C:\work\news\data\" + text.Name.Replace('/', '\\'), text.Text)), @"C:\work\news\", out var windowsDiagnostics, pathMap: @"C:\work\news\=/_/");
        That(unix.SequenceEqual(windows), () => $"with PathMap, the checkout's directory changes the generated sources: {context()}\n{FirstDifference(unix, windows)}");
        That(unixDiagnostics.SequenceEqual(windowsDiagnostics), () => $"with PathMap, the checkout's directory changes the diagnostics: {context()}");
        That(diagnostics.SequenceEqual(unixDiagnostics), () => $"PathMap changes the diagnostics: {context()}");
        That(baseline.SequenceEqual(unix.Select(WithoutLineDirectivePaths)), () => $"PathMap changes more than the #line paths: {context()}\n{FirstDifference(baseline, unix.Select(WithoutLineDirectivePaths).ToList())}");
        That(
            unix.SelectMany(LineDirectivePaths).All(path => path.StartsWith("/_/data/", StringComparison.Ordinal)),
            () => $"a #line path is not mapped to /_/data/: {context()}\n{string.Join("\n", unix.SelectMany(LineDirectivePaths).Distinct())}");
    }

    // ---- checks ----

    /// <summary>
    /// Every check of the suite on one file (with the companion article): generated without exception, parsed and
    /// compiled with no diagnostic, members and strings as the model says, diagnostics where their offsets are, and
    /// the same output with CRLF and CR line endings and with a BOM.
    /// </summary>
    internal static void CheckFile(string name, string text)
    {
        Context context = () => $"{name}\n{Show(text)}";
        var file = GeneratorHarness.Article(name, text);
        var outcome = Generate([GeneratorHarness.Article("aaa-companion.md", CompanionText), file], compile: true, context);
        CheckAgainstModels(outcome, [CompanionModel.Value, ArticleText.Parse(text, "data/" + name)], context);
        CheckLocations(outcome.Diagnostics, file.Path, text, context);

        var lf = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var baseline = Sources([GeneratorHarness.Article(name, lf)], GeneratorHarness.ProjectDirectory, out var diagnostics);
        foreach (var variant in new[] { lf.Replace("\n", "\r\n"), lf.Replace('\n', '\r'), WithBom(lf) })
        {
            var sources = Sources([GeneratorHarness.Article(name, variant)], GeneratorHarness.ProjectDirectory, out var variantDiagnostics);
            That(baseline.SequenceEqual(sources), () => $"line endings or a BOM change the generated sources: {context()}\n{FirstDifference(baseline, sources)}");
            That(diagnostics.SequenceEqual(variantDiagnostics), () => $"line endings or a BOM change the diagnostics: {string.Join("\n", diagnostics)}\n---\n{string.Join("\n", variantDiagnostics)}");
        }
    }

    /// <summary>
    /// The text with a byte order mark in front, unless it starts with one: a second U+FEFF is no byte order mark but a
    /// character of the text (a mutation can write one), which the reader rightly keeps.
    /// </summary>
    private static string WithBom(string text) => text.StartsWith('\uFEFF') ? text : "\uFEFF" + text;

    internal sealed record Outcome(ImmutableArray<Diagnostic> Diagnostics, GeneratedCode Code);

    /// <summary>Runs the generator; it must not throw nor report DS9999, and its output must parse without any diagnostic.</summary>
    internal static Outcome Generate(IEnumerable<AdditionalText> files, bool compile, Context context, bool parse = true)
    {
        var driver = GeneratorHarness.CreateDriver(files.ToImmutableArray()).RunGenerators(EmptyCompilation.Value);
        var result = driver.GetRunResult();
        var generator = result.Results.Single();
        That(generator.Exception is null, () => $"the generator threw {generator.Exception}: {context()}");
        Assert.DoesNotContain(result.Diagnostics, diagnostic => diagnostic.Id is "DS9999" or "CS8785");
        var code = GeneratedCode.Read(result);
        var syntax = parse || compile ? code.ParseDiagnostics.ToList() : [];
        That(syntax.Count == 0, () => $"the generated code does not parse cleanly: {string.Join("\n", syntax)}\n{context()}");
        if (compile)
        {
            var problems = EmptyCompilation.Value.AddSyntaxTrees(result.GeneratedTrees).GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
            That(problems.Count == 0, () => $"the generated code does not compile cleanly: {string.Join("\n", problems)}\n{context()}");
        }

        return new Outcome(result.Diagnostics, code);
    }

    /// <summary>The generated code declares exactly what the models name, and holds exactly their strings.</summary>
    internal static void CheckAgainstModels(Outcome outcome, IReadOnlyList<ArticleModel> models, Context context)
    {
        Assert.DoesNotContain(outcome.Diagnostics, diagnostic => diagnostic.Id.StartsWith("DS4", StringComparison.Ordinal));
        var emitted = models.Where(model => model.IsEmittable).ToList();
        var expectedPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in emitted)
        {
            expectedPaths.Add("Articles." + model.Id);
            foreach (var quote in model.Quotes)
            {
                expectedPaths.Add("Quotes." + quote.Speaker);
                expectedPaths.Add($"Quotes.{quote.Speaker}.{quote.Key}");
            }

            foreach (var stat in model.Stats)
            {
                foreach (var root in new[] { "Stats", "Statistics" })
                {
                    expectedPaths.Add($"{root}.{stat.Group}");
                    expectedPaths.Add($"{root}.{stat.Group}.{stat.Key}");
                }
            }

            foreach (var entity in model.Entities)
            {
                expectedPaths.Add(Emitting.EmitNames.EntityClass(entity.Kind) + "." + entity.Key);
            }
        }

        var paths = outcome.Code.MemberPaths();
        That(
            expectedPaths.SetEquals(paths),
            () => $"declared members differ: missing {string.Join(", ", expectedPaths.Except(paths))}; extra {string.Join(", ", paths.Except(expectedPaths))}\n{context()}");

        var allowedTypes = GeneratedCode.PublicClasses.Append("DatasetStorage").ToHashSet();
        That(outcome.Code.TopLevelTypeNames().IsSubsetOf(allowedTypes), () => $"unexpected types {string.Join(", ", outcome.Code.TopLevelTypeNames().Except(allowedTypes))}\n{context()}");

        // Everything the parser produced reads back exactly through the runtime's decoder.
        var data = outcome.Code.Decode();
        Same(
            emitted.SelectMany(model => model.Quotes.Select(quote => $"{model.Id}|{quote.Speaker}|{quote.Key}|{quote.Text}|{quote.Cue ?? "<null>"}|{quote.Paragraph}|{Where(model, quote.Location)}")),
            data.Quotes.Select(q => $"{q.ArticleId}|{q.SpeakerKey}|{q.Key}|{q.Text}|{q.Cue ?? "<null>"}|{q.Paragraph}|{Where(q.Location)}"),
            "quotes",
            context);
        That(data.Quotes.All(q => q.Speaker.Key == q.SpeakerKey && q.Article.Id == q.ArticleId && q.Article.Quotes.Contains(q) && q.Speaker.Quotes.Contains(q)), () => $"quote links do not hold\n{context()}");
        Same(
            emitted.SelectMany(model => model.Stats.Select(stat => $"{model.Id}|{stat.Group}|{stat.Key}|{decimal.Parse(stat.Value, CultureInfo.InvariantCulture)}|{stat.Unit ?? "<null>"}|{(int)stat.Qualifier}|{stat.Text}|{stat.Sentence}|{stat.Paragraph}|{Where(model, stat.Location)}")),
            data.Stats.Select(s => $"{s.ArticleId}|{s.Group}|{s.Key}|{s.Value}|{s.Unit ?? "<null>"}|{(int)s.Qualifier}|{s.Text}|{s.Sentence}|{s.Paragraph}|{Where(s.Location)}"),
            "statistics",
            context);
        Same(
            emitted.SelectMany(model => model.Stats.Select(stat => $"{stat.Group}.{stat.Key}={decimal.Parse(stat.Value, CultureInfo.InvariantCulture)}")),
            outcome.Code.Constants().Select(constant => $"{constant.Key}={Convert.ToDecimal(constant.Value, CultureInfo.InvariantCulture)}"),
            "constants",
            context);
        Same(
            emitted.SelectMany(model => model.Mentions.Select(mention => $"{model.Id}|{(int)mention.Kind}|{mention.EntityKey}|{mention.Text}|{mention.Paragraph}|{Where(model, mention.Location)}")),
            data.Articles.SelectMany(article => article.Mentions).Select(m => $"{m.ArticleId}|{(int)m.Kind}|{m.EntityKey}|{m.Text}|{m.Paragraph}|{Where(m.Location)}"),
            "mentions",
            context);
        Same(
            emitted.Select(model => $"{model.Id}|{model.Title}|{model.Source}|{model.Dateline ?? "<null>"}|{model.Year:D4}-{model.Month:D2}-{model.Day:D2}|{Where(model, model.IdLocation)}"),
            data.Articles.Select(a => $"{a.Id}|{a.Title}|{a.Source}|{a.Dateline ?? "<null>"}|{a.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}|{Where(a.Location)}"),
            "articles",
            context);
        Same(
            emitted.SelectMany(model => model.Paragraphs.Select((paragraph, index) => $"{model.Id}|{index}|{paragraph}")),
            data.Articles.SelectMany(article => article.Paragraphs.Select((paragraph, index) => $"{article.Id}|{index}|{paragraph}")),
            "paragraphs",
            context);
        var entities = emitted.SelectMany(model => model.Entities).GroupBy(entity => (entity.Kind, entity.Key)).Select(group => group.First()).ToList();
        Same(
            entities.Select(entity => $"{(int)entity.Kind}|{entity.Key}|{entity.Name}|{entity.Role ?? "<null>"}"),
            data.People.Cast<global::Dataset.Entity>().Concat(data.Organizations).Concat(data.Places).Select(e => $"{(int)e.Kind}|{e.Key}|{e.Name}|{e.Role ?? "<null>"}"),
            "entities",
            context);
        Same(
            emitted.SelectMany(model => model.Mentions.Select(mention => $"{(int)mention.Kind}|{mention.EntityKey}|{model.Id}|{Where(model, mention.Location)}")),
            data.People.Cast<global::Dataset.Entity>().Concat(data.Organizations).Concat(data.Places).SelectMany(e => e.Mentions.Select(m => $"{(int)e.Kind}|{e.Key}|{m.ArticleId}|{Where(m.Location)}")),
            "entity mentions",
            context);
    }

    private static string Where(ArticleModel model, TextLocation l) =>
        $"{model.RelativePath}({l.StartLine + 1},{l.StartColumn + 1})-({l.EndLine + 1},{l.EndColumn + 1})@{l.Start}+{l.Length}";

    private static string Where(global::Dataset.SourceLocation l) => $"{l.File}({l.Line},{l.Column})-({l.EndLine},{l.EndColumn})@{l.Start}+{l.Length}";

    /// <summary>What the parser read from a valid article is exactly what the factory wrote into it.</summary>
    private static void ModelIsWhatWasWritten(GeneratedArticle article, ArticleModel model, Context context)
    {
        That(model.IsEmittable, () => context());
        Assert.Equal(article.Id, model.Id);
        Assert.Equal(article.Title, model.Title);
        Assert.Equal(article.Source, model.Source);
        Assert.Equal(article.Dateline, model.Dateline);
        Assert.Equal(article.Paragraphs, model.Paragraphs);
        Assert.Equal(
            article.Quotes.Select(quote => (quote.Speaker, quote.Key, quote.Text, quote.Cue, quote.Paragraph)),
            model.Quotes.Select(quote => (quote.Speaker, quote.Key, quote.Text, quote.Cue, quote.Paragraph)));
        Assert.Equal(
            article.Stats.Select(stat => (stat.Group, stat.Key, stat.Text, stat.Value, stat.Unit, stat.Paragraph)),
            model.Stats.Select(stat => (stat.Group, stat.Key, stat.Text, decimal.Parse(stat.Value, CultureInfo.InvariantCulture), stat.Unit, stat.Paragraph)));
        Assert.Equal(
            article.Mentions.Select(mention => (mention.Key, mention.Text, mention.Paragraph)),
            model.Mentions.Select(mention => (mention.EntityKey, mention.Text, mention.Paragraph)));
        Assert.Equal(
            article.Entities.Select(entity => (entity.Key, entity.Name, entity.Role)).Order(),
            model.Entities.Select(entity => (entity.Key, entity.Name, entity.Role)).Order());
    }

    /// <summary>A mutation inside one paragraph keeps every quote, statistic and mention of the others.</summary>
    private static void NothingLostOutside(GeneratedArticle article, MutatedText mutated, ArticleModel model, Context context)
    {
        That(model.IsEmittable, () => context());
        var (start, end) = article.ParagraphSpans[mutated.Paragraph];
        var region = mutated.Text.Substring(start, end - start + mutated.Text.Length - article.Text.Length);

        // An id the mutation wrote into its paragraph may now come first and turn the other one into a duplicate (DS2008).
        bool Untouched(string first, string second) => !region.Contains("#" + first + "." + second, StringComparison.Ordinal);
        foreach (var quote in article.Quotes.Where(quote => quote.Paragraph != mutated.Paragraph + 1 && Untouched(quote.Speaker, quote.Key)))
        {
            That(model.Quotes.Any(q => q.Speaker == quote.Speaker && q.Key == quote.Key && q.Text == quote.Text), () => $"lost quote {quote.Speaker}.{quote.Key}: {context()}");
        }

        foreach (var stat in article.Stats.Where(stat => stat.Paragraph != mutated.Paragraph + 1 && Untouched(stat.Group, stat.Key)))
        {
            That(model.Stats.Any(s => s.Group == stat.Group && s.Key == stat.Key && s.Text == stat.Text && decimal.Parse(s.Value, CultureInfo.InvariantCulture) == stat.Value), () => $"lost statistic {stat.Group}.{stat.Key}: {context()}");
        }

        var mentions = model.Mentions.Select(mention => (mention.EntityKey, mention.Text)).ToList();
        foreach (var mention in article.Mentions.Where(mention => mention.Paragraph != mutated.Paragraph + 1))
        {
            That(mentions.Remove((mention.Key, mention.Text)), () => $"lost mention of {mention.Key}: {context()}");
        }
    }

    /// <summary>Each diagnostic in the file points where <see cref="SourceText"/> puts its span: line and column agree with the offsets.</summary>
    internal static void CheckLocations(ImmutableArray<Diagnostic> diagnostics, string path, string text, Context context)
    {
        var source = SourceText.From(text);
        foreach (var diagnostic in diagnostics.Where(diagnostic => diagnostic.Location.GetLineSpan().Path == path))
        {
            // No DatasetHelpLinkBase in these runs: no diagnostic may carry a link (it would be a dead one).
            Assert.True(string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri), diagnostic.Id);
            var span = diagnostic.Location.SourceSpan;
            That(span.End <= text.Length, () => $"{diagnostic} ends after the file: {context()}");
            if (text.StartsWith('\uFEFF'))
            {
                continue;
            }

            That(
                source.Lines.GetLinePositionSpan(span) == diagnostic.Location.GetLineSpan().Span,
                () => $"{diagnostic}: {source.Lines.GetLinePositionSpan(span)} is where its offsets are: {context()}");
        }
    }

    private static void That(bool condition, Func<string> message)
    {
        if (!condition)
        {
            Assert.Fail(message());
        }
    }

    private static void Same(IEnumerable<string> expected, IEnumerable<string> actual, string what, Context context)
    {
        var left = expected.Order(StringComparer.Ordinal).ToList();
        var right = actual.Order(StringComparer.Ordinal).ToList();
        if (!left.SequenceEqual(right))
        {
            Assert.Fail($"{what} do not round-trip: expected only\n  {string.Join("\n  ", left.Except(right).Select(Show))}\nactual only\n  {string.Join("\n  ", right.Except(left).Select(Show))}\n{context()}");
        }
    }

    /// <summary>
    /// The generated sources, each after its hint name, in order; without <paramref name="pathMap"/>, with the
    /// <c>#line</c> paths replaced by a placeholder (see <see cref="WithoutLineDirectivePaths"/>), with it as they are.
    /// </summary>
    internal static List<string> Sources(IEnumerable<AdditionalText> files, string projectDirectory, out List<string> diagnostics, string? pathMap = null)
    {
        var properties = new Dictionary<string, string> { ["ProjectDir"] = projectDirectory };
        if (pathMap is not null)
        {
            properties["PathMap"] = pathMap;
        }

        var driver = GeneratorHarness.CreateDriver(files.ToImmutableArray(), properties: properties)
            .RunGenerators(EmptyCompilation.Value);
        var result = driver.GetRunResult();
        Assert.Null(result.Results.Single().Exception);
        diagnostics = result.Diagnostics
            .Select(diagnostic => $"{diagnostic.Id} {diagnostic.Location.GetLineSpan().Span} {diagnostic.GetMessage(CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)
            .ToList();
        return result.Results.Single().GeneratedSources
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .Select(source => source.HintName + "\n" + (pathMap is null ? WithoutLineDirectivePaths(source.SourceText.ToString()) : source.SourceText.ToString()))
            .ToList();
    }

    /// <summary>
    /// The source with the file named by each <c>#line</c> directive replaced by a placeholder: a directive must name the
    /// data file where it is on this machine (that is where the debugger and the IDE go), so only that path may differ.
    /// </summary>
    private static string WithoutLineDirectivePaths(string source) =>
        System.Text.RegularExpressions.Regex.Replace(source, LineDirectivePath, "$1\"<path>\"", System.Text.RegularExpressions.RegexOptions.Multiline);

    /// <summary>The file named by each <c>#line</c> directive of the source.</summary>
    private static IEnumerable<string> LineDirectivePaths(string source) =>
        System.Text.RegularExpressions.Regex.Matches(source, LineDirectivePath, System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(match => match.Groups["path"].Value);

    private const string LineDirectivePath = "^(\\s*#line\\b[^\"\\n]*)\"(?<path>(?:[^\"\\\\\\n]|\\\\.)*)\"";

    private static string FirstDifference(List<string> left, List<string> right)
    {
        for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
        {
            if (left[i] != right[i])
            {
                var a = left[i].Split('\n');
                var b = right[i].Split('\n');
                for (var line = 0; line < Math.Min(a.Length, b.Length); line++)
                {
                    if (a[line] != b[line])
                    {
                        return $"line {line + 1}:\n- {a[line]}\n+ {b[line]}";
                    }
                }
            }
        }

        return $"{left.Count} sources against {right.Count}";
    }

    /// <summary>Whether UTF-8 can hold <paramref name="text"/> (no lone surrogate), so that it survives a trip through bytes.</summary>
    private static bool IsEncodable(string text)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Text with control and invisible characters written as escapes, for failure messages.</summary>
    internal static string Show(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c == '\n' || (c >= ' ' && c < 0x7F) ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.ToString();
    }
}
