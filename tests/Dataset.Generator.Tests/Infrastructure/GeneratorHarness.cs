using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the real generator over in-memory data files and C# the way the compiler does, and compiles the result
/// against the real runtime library, so tests see exactly what a consumer's build would.
/// </summary>
internal static class GeneratorHarness
{
    /// <summary>The project directory test files live under; data-file paths are made relative to it.</summary>
    public const string ProjectDirectory = "/project/";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        return [.. platform, MetadataReference.CreateFromFile(typeof(global::Dataset.Article).Assembly.Location)];
    });

    /// <summary>A data file at <c>/project/data/&lt;name&gt;</c>.</summary>
    public static InMemoryAdditionalText Article(string name, string text) => new(ProjectDirectory + "data/" + name, text);

    public static GeneratorRun Run(
        IEnumerable<AdditionalText> articles,
        string csharp = "",
        string? rootNamespace = "Sample",
        IReadOnlyDictionary<string, string>? properties = null,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        IEnumerable<MetadataReference>? references = null)
    {
        var files = articles.ToImmutableArray();
        var driver = CreateDriver(files, rootNamespace, properties, languageVersion: languageVersion);
        var compilation = CreateCompilation(csharp, languageVersion);
        if (references is not null)
        {
            compilation = compilation.AddReferences(references);
        }

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, output, generatorDiagnostics);
    }

    public static GeneratorDriver CreateDriver(
        ImmutableArray<AdditionalText> articles,
        string? rootNamespace = "Sample",
        IReadOnlyDictionary<string, string>? properties = null,
        bool trackSteps = false,
        LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        // The assembly name is CreateCompilation's, as MSBuild gives the compiler and the generator the same one.
        var options = ImmutableDictionary<string, string>.Empty.Add("build_property.ProjectDir", ProjectDirectory).Add("build_property.AssemblyName", "Consumer");
        if (rootNamespace is not null)
        {
            options = options.Add("build_property.RootNamespace", rootNamespace);
        }

        foreach (var (key, value) in properties ?? new Dictionary<string, string>())
        {
            options = options.SetItem("build_property." + key, value);
        }

        var provider = new TestOptionsProvider(options, articles.Select(file => file.Path).ToImmutableHashSet());
        return CSharpGeneratorDriver.Create(
            [new DatasetGenerator().AsSourceGenerator()],
            additionalTexts: articles,
            parseOptions: ParseOptionsFor(languageVersion),
            optionsProvider: provider,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The parse options of a project of C# <paramref name="languageVersion"/>, with documentation checks.</summary>
    public static CSharpParseOptions ParseOptionsFor(LanguageVersion languageVersion) =>
        languageVersion == LanguageVersion.Latest ? ParseOptions : ParseOptions.WithLanguageVersion(languageVersion);

    /// <summary>
    /// A consumer compilation of <paramref name="csharp"/> in C# <paramref name="languageVersion"/> with every warning an
    /// error, and nullable reference types on where the version has them (C# 8 on).
    /// </summary>
    public static CSharpCompilation CreateCompilation(string csharp, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var parseOptions = ParseOptionsFor(languageVersion);
        return CSharpCompilation.Create(
            "Consumer",
            string.IsNullOrEmpty(csharp) ? [] : [CSharpSyntaxTree.ParseText(csharp, parseOptions, path: "/project/Program.cs")],
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: parseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Error));
    }
}
