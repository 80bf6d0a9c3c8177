using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Dataset.Generator.Checks;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Emitting;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generator;

/// <summary>
/// Turns annotated article files (AdditionalFiles marked <c>DatasetArticle="true"</c>) into a typed dataset.
/// Pipeline: filter by metadata → parse each file into an equatable model → group the articles into output files
/// (one per article in a small dataset, buckets of articles in a large one, see <see cref="OutputFiles"/>) and emit
/// each (see <see cref="OutputFileEmitter"/>); the checks across articles run on a collected list of small keys and
/// emit one index source. This class only wires the steps and reports what they return.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DatasetGenerator : IIncrementalGenerator
{
    /// <summary>Sets up the pipeline.</summary>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The parse options give the consumer's C# version; they change only with the project's settings, so a C# edit
        // leaves this step (and everything after it) cached.
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => ReadOptions(pair.Left.GlobalOptions, pair.Right))
            .WithTrackingName(TrackingNames.Options);

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsArticle(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.Files);

        var projectDirectory = options
            .Select(static (options, _) => options.ProjectDirectory)
            .WithTrackingName(TrackingNames.ProjectDirectory);

        var articles = files
            .Combine(projectDirectory)
            .Select(static (pair, cancellationToken) => Parse(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Articles);

        var index = articles
            .Where(static article => article.IsEmittable)
            .Select(static (article, _) => DatasetChecks.Keys(article))
            .WithTrackingName(TrackingNames.Keys)
            .Collect()
            .Select(static (keys, cancellationToken) => DatasetChecks.BuildIndex(keys, cancellationToken))
            .WithTrackingName(TrackingNames.Index);

        var skips = index
            .Select(static (index, _) => index.Skips)
            .WithTrackingName(TrackingNames.Skips);

        // The steps across articles read one list of them: after an edit the driver carries that one list over, not a
        // table of a thousand entries per step (the larger part of an edit's cost is the driver's, per step and entry).
        var allArticles = articles.Collect();

        // Articles are emitted per output file: one file per article in a small dataset, buckets of articles in a large
        // one (see OutputFiles). Only the file whose articles changed is emitted again.
        var outputFiles = allArticles
            .Combine(skips)
            .Select(static (pair, _) => OutputFiles.Group(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.OutputGroups)
            .SelectMany(static (files, _) => files)
            .WithTrackingName(TrackingNames.OutputFiles)
            .Combine(options);

        context.RegisterSourceOutput(outputFiles, static (context, pair) => EmitFile(context, pair.Left, pair.Right));

        // Duplicate members are found on the keys, which have no locations (so moving text does not re-run the checks
        // across articles); they are placed here, where the current locations are: read only when there is a duplicate.
        var conflicts = index
            .Select(static (index, _) => index.Conflicts)
            .WithTrackingName(TrackingNames.Conflicts);
        var memberLocations = conflicts
            .Combine(allArticles)
            .Select(static (pair, _) => pair.Left.Count == 0
                ? EquatableArray<MemberLocations>.Empty
                : pair.Right.Where(article => article.IsEmittable).Select(DatasetChecks.Locations).ToEquatableArray())
            .WithTrackingName(TrackingNames.MemberLocations);
        context.RegisterSourceOutput(conflicts.Combine(memberLocations).Combine(options), static (context, pair) => ReportConflicts(context, pair.Left.Left, pair.Left.Right, pair.Right));

        context.RegisterSourceOutput(index.Combine(options), static (context, pair) => EmitIndex(context, pair.Left, pair.Right));

        // The catalog over dataset libraries: each reference is read once (a C# edit changes no reference, so it reads
        // nothing again), the libraries among them collected in the order of the references, with the project's
        // assembly name (for its own data's entry in the catalog).
        var assemblyName = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.AssemblyName", out var name) && !string.IsNullOrWhiteSpace(name) ? name.Trim() : string.Empty);
        var libraries = context.MetadataReferencesProvider
            .Select(static (reference, cancellationToken) => LibraryReferences.Read(reference, cancellationToken))
            .Where(static library => library is not null)
            .Collect()
            .Combine(assemblyName)
            .Select(static (pair, _) => new ReferencedLibraries(pair.Right, pair.Left.Select(library => library!).ToEquatableArray()))
            .WithTrackingName(TrackingNames.Libraries);
        var ownData = index
            .Select(static (index, _) => CatalogChecks.OwnData(index))
            .WithTrackingName(TrackingNames.OwnData);
        context.RegisterSourceOutput(ownData.Combine(options), static (context, pair) => EmitLibraryAttribute(context, pair.Left, pair.Right));
        var catalog = ownData
            .Combine(libraries)
            .Combine(options)
            .Select(static (pair, _) => (Sources: CatalogChecks.Sources(pair.Left.Left, pair.Right.Namespace, pair.Left.Right), References: pair.Left.Right, OwnData: pair.Left.Left.ArticleCount > 0))
            .WithTrackingName(TrackingNames.CatalogSources);
        context.RegisterSourceOutput(catalog.Combine(options), static (context, pair) => EmitCatalog(context, pair.Left.Sources, pair.Left.References, pair.Left.OwnData, pair.Right));
    }

    private static bool IsArticle(AnalyzerConfigOptions options) =>
        options.TryGetValue("build_metadata.AdditionalFiles.DatasetArticle", out var value)
        && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    private static GeneratorOptions ReadOptions(AnalyzerConfigOptions options, ParseOptions parseOptions)
    {
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var languageVersion = parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest;
        var language = new LanguageLevel((int)languageVersion);
        if (!language.IsSupported)
        {
            diagnostics.Add(DiagnosticInfo.WithoutLocation(DiagnosticDescriptors.UnsupportedLanguageVersion.Id, languageVersion.ToDisplayString()));
        }

        options.TryGetValue("build_property.DatasetNamespace", out var configured);
        options.TryGetValue("build_property.RootNamespace", out var root);
        var name = !string.IsNullOrWhiteSpace(configured) ? configured!.Trim() : root?.Trim() ?? string.Empty;
        if (name.Length > 0 && !name.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None))
        {
            diagnostics.Add(DiagnosticInfo.WithoutLocation(DiagnosticDescriptors.InvalidNamespace.Id, name, !string.IsNullOrWhiteSpace(configured) ? "DatasetNamespace" : "RootNamespace"));
            name = string.Empty;
        }

        options.TryGetValue("build_property.DatasetVisibility", out var visibility);
        var isPublic = string.Equals(visibility?.Trim(), "public", StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(visibility) && !isPublic && !string.Equals(visibility!.Trim(), "internal", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticInfo.WithoutLocation(DiagnosticDescriptors.InvalidVisibility.Id, visibility!));
        }

        options.TryGetValue("build_property.DatasetStatConstants", out var statConstants);
        var constants = !string.Equals(statConstants?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(statConstants) && constants && !string.Equals(statConstants!.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticInfo.WithoutLocation(DiagnosticDescriptors.InvalidStatConstants.Id, statConstants!));
        }

        options.TryGetValue("build_property.ProjectDir", out var projectDirectory);
        options.TryGetValue("build_property.PathMap", out var pathMap);
        options.TryGetValue("build_property.DatasetHelpLinkBase", out var helpLinkBase);
        return new GeneratorOptions(
            name,
            isPublic,
            projectDirectory ?? string.Empty,
            PathMap.Parse(pathMap),
            language,
            new EquatableArray<DiagnosticInfo>(diagnostics.ToImmutable()),
            constants,
            DiagnosticDescriptors.HelpLinkBase(helpLinkBase));
    }

    private static ArticleModel Parse(AdditionalText file, string projectDirectory, System.Threading.CancellationToken cancellationToken) =>
        ArticleParser.ParseFile(file.Path, DataPaths.Relative(file.Path, projectDirectory), () => file.GetText(cancellationToken)?.ToString() ?? string.Empty, cancellationToken);

    private static void EmitFile(SourceProductionContext context, OutputFile file, GeneratorOptions options)
    {
        var emitted = OutputFileEmitter.Emit(file, options, context.CancellationToken);
        foreach (var diagnostic in emitted.Diagnostics)
        {
            Report(context, diagnostic, options);
        }

        if (emitted is { HintName: { } hintName, Source: { } source })
        {
            context.AddSource(hintName, SourceText.From(source, Encoding.UTF8));
        }
    }

    private static void ReportConflicts(SourceProductionContext context, EquatableArray<MemberConflict> conflicts, EquatableArray<MemberLocations> locations, GeneratorOptions options)
    {
        foreach (var diagnostic in DatasetChecks.ConflictDiagnostics(conflicts, locations))
        {
            Report(context, diagnostic, options);
        }
    }

    private static void EmitIndex(SourceProductionContext context, DatasetIndex index, GeneratorOptions options)
    {
        foreach (var diagnostic in options.Diagnostics.Concat(index.Diagnostics))
        {
            Report(context, diagnostic, options);
        }

        // An empty dataset declares nothing: no Articles, People, Stats... that could collide with the project's own
        // types. Every article file's members use the storage declared here, so there are none of those either.
        if (index.ArticleIds.Count == 0)
        {
            return;
        }

        if (!options.Language.IsSupported)
        {
            return;
        }

        try
        {
            context.AddSource("Dataset.g.cs", SourceText.From(IndexEmitter.Emit(index, options, context.CancellationToken), Encoding.UTF8));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Report(context, DiagnosticInfo.InternalError(string.Empty, exception), options);
        }
    }

    private static void EmitLibraryAttribute(SourceProductionContext context, LibraryModel own, GeneratorOptions options)
    {
        // Only a public dataset is a library another project's catalog can read.
        if (own.ArticleCount > 0 && options.IsPublic && options.Language.IsSupported)
        {
            context.AddSource(LibraryAttributeEmitter.HintName, SourceText.From(LibraryAttributeEmitter.Emit(own, options), Encoding.UTF8));
        }
    }

    private static void EmitCatalog(SourceProductionContext context, EquatableArray<LibraryModel> sources, ReferencedLibraries references, bool ownData, GeneratorOptions options)
    {
        foreach (var diagnostic in CatalogChecks.Diagnostics(sources, references, ownData, options.Namespace))
        {
            Report(context, diagnostic, options);
        }

        if (sources.Count > 0 && options.Language.IsSupported)
        {
            context.AddSource(CatalogEmitter.HintName, SourceText.From(CatalogEmitter.Emit(sources, options), Encoding.UTF8));
        }
    }

    /// <summary>Reports <paramref name="info"/>; a diagnostic that cannot be made (a generator bug) becomes DS9999, never an exception.</summary>
    private static void Report(SourceProductionContext context, DiagnosticInfo info, GeneratorOptions options) =>
        context.ReportDiagnostic(DiagnosticFactory.Create(info, options.HelpLinkBase));
}
