namespace Dataset.Generator.Model;

/// <summary>
/// The MSBuild settings the generator reads: the namespace to generate into (empty for the global namespace),
/// whether the API is public, the project directory data-file paths are made relative to, the compiler's PathMap
/// (applied to the paths written in <c>#line</c> directives), the consumer's C# version (from its parse options),
/// whether statistics are constants (<c>DatasetStatConstants</c>; otherwise static read-only fields), the base of the
/// diagnostics' help links (<c>DatasetHelpLinkBase</c>; empty for none), and any problem with them.
/// </summary>
internal sealed record GeneratorOptions(
    string Namespace,
    bool IsPublic,
    string ProjectDirectory,
    EquatableArray<PathMapping> PathMap,
    LanguageLevel Language,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool StatConstants,
    string HelpLinkBase)
{
    /// <summary>How generated code names a top-level generated class: <c>global::Ns.Name</c>.</summary>
    public string Qualify(string name) => Namespace.Length == 0 ? "global::" + name : "global::" + Namespace + "." + name;
}
