using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Generator.Tests.Infrastructure;

/// <summary>
/// An in-memory project as an editor holds it: an <see cref="AdhocWorkspace"/> (with Roslyn's own MEF services for
/// completion, quick info and the rest) whose C# project has the generator attached through
/// <see cref="GeneratorAnalyzerReference"/>, the data files as additional documents, and a <c>.globalconfig</c>
/// analyzer config document with what MSBuild would write: <c>build_property.RootNamespace</c>,
/// <c>build_property.ProjectDir</c> and, per data file, <c>build_metadata.AdditionalFiles.DatasetArticle = true</c>.
/// </summary>
internal sealed class IdeWorkspace : IDisposable
{
    /// <summary>The C# file of the project, where tests write the code that uses the dataset.</summary>
    public const string ProgramPath = GeneratorHarness.ProjectDirectory + "Program.cs";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
        MetadataReference.CreateFromFile(typeof(global::Dataset.Article).Assembly.Location),
    ]);

    private readonly AdhocWorkspace _workspace = new();
    private readonly Dictionary<string, DocumentId> _dataFiles = new(StringComparer.Ordinal);

    private IdeWorkspace(IReadOnlyList<InMemoryAdditionalText> articles, string csharp)
    {
        var projectId = ProjectId.CreateNewId("Consumer");
        ProgramId = DocumentId.CreateNewId(projectId, ProgramPath);
        var solution = _workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Create(),
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            filePath: GeneratorHarness.ProjectDirectory + "Consumer.csproj",
            compilationOptions: new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error),
            parseOptions: GeneratorHarness.ParseOptions,
            metadataReferences: References.Value,
            analyzerReferences: [new GeneratorAnalyzerReference()]));

        solution = solution.AddDocument(ProgramId, "Program.cs", SourceText.From(csharp, Encoding.UTF8), filePath: ProgramPath);
        var config = new StringBuilder()
            .AppendLine("is_global = true")
            .AppendLine("build_property.RootNamespace = Sample")
            .AppendLine("build_property.ProjectDir = " + GeneratorHarness.ProjectDirectory);
        foreach (var article in articles)
        {
            var id = DocumentId.CreateNewId(projectId, article.Path);
            _dataFiles.Add(article.Path, id);
            solution = solution.AddAdditionalDocument(id, Path.GetFileName(article.Path), article.GetText(), filePath: article.Path);
            config.AppendLine().AppendLine("[" + article.Path + "]").AppendLine("build_metadata.AdditionalFiles.DatasetArticle = true");
        }

        solution = solution.AddAnalyzerConfigDocument(
            DocumentId.CreateNewId(projectId, ".globalconfig"),
            ".globalconfig",
            SourceText.From(config.ToString(), Encoding.UTF8),
            filePath: GeneratorHarness.ProjectDirectory + ".globalconfig");
        if (!_workspace.TryApplyChanges(solution))
        {
            throw new InvalidOperationException("The workspace did not take the project.");
        }
    }

    public DocumentId ProgramId { get; }

    public Document Program => _workspace.CurrentSolution.GetDocument(ProgramId)!;

    public Project Project => Program.Project;

    /// <summary>A workspace with <paramref name="articles"/> as data files and <paramref name="csharp"/> as Program.cs.</summary>
    public static IdeWorkspace Create(IReadOnlyList<InMemoryAdditionalText> articles, string csharp) => new(articles, csharp);

    /// <summary>Program.cs with <paramref name="csharp"/> as its text, and the position of <paramref name="marker"/> in it (the marker removed).</summary>
    public (Document Document, int Position) ProgramAt(string csharp, string marker = "$$")
    {
        var position = csharp.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(position >= 0, $"The code has no {marker} marker.");
        var text = csharp.Remove(position, marker.Length);
        var solution = _workspace.CurrentSolution.WithDocumentText(ProgramId, SourceText.From(text, Encoding.UTF8));
        Assert.True(_workspace.TryApplyChanges(solution));
        return (Program, position);
    }

    /// <summary>Edits a data file as an editor does: the additional document gets new text, the generator reruns.</summary>
    public void EditDataFile(string path, string text)
    {
        var solution = _workspace.CurrentSolution.WithAdditionalDocumentText(_dataFiles[path], SourceText.From(text, Encoding.UTF8));
        Assert.True(_workspace.TryApplyChanges(solution));
    }

    /// <summary>The project's compilation, with the generated sources in it.</summary>
    public async Task<Compilation> CompilationAsync() =>
        (await Project.GetCompilationAsync(TestContext.Current.CancellationToken))!;

    public void Dispose() => _workspace.Dispose();
}
