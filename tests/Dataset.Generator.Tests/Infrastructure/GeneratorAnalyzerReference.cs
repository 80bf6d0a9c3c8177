using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dataset.Generator.Tests.Infrastructure;

/// <summary>
/// Hands the real <see cref="DatasetGenerator"/> to a workspace project the way an analyzer package does, without a
/// file on disk (an <c>AnalyzerFileReference</c> needs one): the workspace runs it whenever it builds the compilation.
/// </summary>
internal sealed class GeneratorAnalyzerReference : AnalyzerReference
{
    private readonly ImmutableArray<ISourceGenerator> _generators = [new DatasetGenerator().AsSourceGenerator()];

    public override string? FullPath => null;

    public override string Display => "Dataset.Generator";

    public override object Id => this;

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => [];

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => [];

    public override ImmutableArray<ISourceGenerator> GetGenerators(string language) =>
        language == LanguageNames.CSharp ? _generators : [];

    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => _generators;
}
