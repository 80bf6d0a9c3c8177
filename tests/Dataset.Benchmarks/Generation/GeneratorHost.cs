using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Dataset.Benchmarks.Corpus;
using Dataset.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Benchmarks.Generation;

/// <summary>
/// Runs the real generator in memory the way the compiler does: every data file an AdditionalFile marked
/// <c>DatasetArticle="true"</c>, with the global options MSBuild passes (RootNamespace, ProjectDir).
/// </summary>
public static class GeneratorHost
{
    public const string ProjectDirectory = "/project/";

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>A data file at /project/data/&lt;name&gt;, as the compiler reads it (a UTF-8 <see cref="SourceText"/>).</summary>
    public static AdditionalText File(string fileName, string text) => new MemoryAdditionalText(ProjectDirectory + "data/" + fileName, text);

    public static ImmutableArray<AdditionalText> Files(IEnumerable<SyntheticArticle> articles) =>
        [.. articles.Select(article => File(article.FileName, article.Text))];

    public static GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> files, bool trackSteps = false, IIncrementalGenerator? generator = null) =>
        CSharpGeneratorDriver.Create(
            [(generator ?? new DatasetGenerator()).AsSourceGenerator()],
            additionalTexts: files,
            parseOptions: ParseOptions,
            optionsProvider: OptionsProvider.Instance,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The consumer's own C#: one small file (the generator reads no syntax, so nothing else matters).</summary>
    public static CSharpCompilation CreateCompilation(string csharp = "internal static class Program { private static void Main() { } }") =>
        CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(csharp, ParseOptions, path: ProjectDirectory + "Program.cs")],
            [],
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The same compilation after an edit of its C# file.</summary>
    public static Compilation EditCSharp(Compilation compilation, int serial)
    {
        var tree = compilation.SyntaxTrees.Single();
        var edited = CSharpSyntaxTree.ParseText(
            $"internal static class Program {{ private static void Main() {{ }} private static int Edit{serial} => {serial}; }}",
            ParseOptions,
            tree.FilePath);
        return compilation.ReplaceSyntaxTree(tree, edited);
    }

    /// <summary>The article with one word of one paragraph changed (so every later offset in it moves by one character).</summary>
    public static string EditArticle(string text, int serial)
    {
        var marker = "in the latest count.";
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("The synthetic article has no statistic sentence to edit.");
        }

        return text[..at] + (serial % 2 == 0 ? "in the latest counts." : "in the newest count.") + text[(at + marker.Length)..];
    }

    /// <summary>Every source the generator produced, as text.</summary>
    public static IReadOnlyList<(string HintName, SourceText Text)> Outputs(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw.", exception);
        }

        return [.. result.GeneratedSources.Select(source => (source.HintName, source.SourceText))];
    }

    /// <summary>The generator's diagnostics of the last run.</summary>
    public static ImmutableArray<Diagnostic> Diagnostics(GeneratorDriver driver) => driver.GetRunResult().Diagnostics;

    /// <summary>How many times the generator read the text of a data file made by <see cref="File"/> (it reads a file once per parse).</summary>
    public static int Reads(AdditionalText file) => ((MemoryAdditionalText)file).Reads;

    private sealed class MemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);
        private int _reads;

        public override string Path { get; } = path;

        public int Reads => Volatile.Read(ref _reads);

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _reads);
            return _text;
        }
    }

    /// <summary>What MSBuild writes to the analyzer config for a consumer of the package: every file is an article.</summary>
    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        public static readonly OptionsProvider Instance = new();

        private static readonly DictionaryOptions Article = new(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.DatasetArticle", "true"));

        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(ImmutableDictionary<string, string>.Empty
            .Add("build_property.RootNamespace", "Consumer")
            .Add("build_property.ProjectDir", ProjectDirectory));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Article;

        private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
