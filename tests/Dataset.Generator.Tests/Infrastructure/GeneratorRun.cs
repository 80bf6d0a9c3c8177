using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Tests.Infrastructure;

/// <summary>What one generator run produced: the sources, the generator's diagnostics, and the compiled result.</summary>
internal sealed class GeneratorRun(GeneratorDriver driver, Compilation compilation, ImmutableArray<Diagnostic> generatorDiagnostics)
{
    public GeneratorDriver Driver { get; } = driver;

    public Compilation Compilation { get; } = compilation;

    /// <summary>The diagnostics the generator reported (data-file problems).</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; } = generatorDiagnostics;

    /// <summary>The generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(source => source.HintName, source => source.SourceText.ToString());

    /// <summary>Compiler diagnostics of the consumer compilation with the generated code, warnings included.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics =>
        Compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
}
