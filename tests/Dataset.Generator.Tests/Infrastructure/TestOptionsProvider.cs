using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Dataset.Generator.Tests.Infrastructure;

/// <summary>
/// The analyzer config MSBuild would write: global <c>build_property.*</c> values, and per-file
/// <c>build_metadata.AdditionalFiles.DatasetArticle</c> for the files the package marks as articles.
/// </summary>
internal sealed class TestOptionsProvider(
    ImmutableDictionary<string, string> globalOptions,
    ImmutableHashSet<string> articlePaths) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(globalOptions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        articlePaths.Contains(textFile.Path)
            ? new DictionaryOptions(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.DatasetArticle", "true"))
            : DictionaryOptions.Empty;

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
