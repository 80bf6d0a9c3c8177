using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Dataset.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Dataset.Benchmarks.Generation;

/// <summary>
/// One corpus of N synthetic articles, ready to measure: the data files, the consumer compilation, a driver that has
/// already run once (the state an IDE or a second build starts from), the generated outputs, and the precomputed
/// edits (one article, or the C# file) so that a measured operation does nothing but the generator's work.
/// </summary>
public sealed class Scenario
{
    private static readonly ConcurrentDictionary<(int Count, CorpusShape Shape), Scenario> Cache = new();

    private readonly AdditionalText[] _editedArticle;
    private readonly Compilation[] _editedCSharp;

    private Scenario(int count, CorpusShape shape)
    {
        Count = count;
        Shape = shape;
        Articles = SyntheticCorpus.Create(count, shape);
        Files = GeneratorHost.Files(Articles);
        InputBytes = Articles.Sum(article => (long)Encoding.UTF8.GetByteCount(article.Text));
        Compilation = GeneratorHost.CreateCompilation();
        EditedIndex = count / 2;
        var edited = Articles[EditedIndex];
        EditedPath = Files[EditedIndex].Path;
        _editedArticle = [.. Enumerable.Range(0, 2).Select(serial => GeneratorHost.File(edited.FileName, GeneratorHost.EditArticle(edited.Text, serial)))];
        _editedCSharp = [.. Enumerable.Range(0, 2).Select(serial => GeneratorHost.EditCSharp(Compilation, serial))];

        Warm = RunFull();
        var diagnostics = GeneratorHost.Diagnostics(Warm);
        if (!diagnostics.IsEmpty)
        {
            throw new InvalidOperationException(
                $"The synthetic corpus of {count} articles is not clean: {diagnostics.Length} diagnostics, the first: {diagnostics[0]}");
        }

        Outputs = GeneratorHost.Outputs(Warm);
        OutputChars = Outputs.Sum(output => (long)output.Text.Length);
    }

    public int Count { get; }

    public CorpusShape Shape { get; }

    public IReadOnlyList<SyntheticArticle> Articles { get; }

    public ImmutableArray<AdditionalText> Files { get; }

    /// <summary>The UTF-8 size of all data files.</summary>
    public long InputBytes { get; }

    public Compilation Compilation { get; }

    /// <summary>A driver after one full run.</summary>
    public GeneratorDriver Warm { get; }

    /// <summary>The sources a full run produces.</summary>
    public IReadOnlyList<(string HintName, SourceText Text)> Outputs { get; }

    public long OutputChars { get; }

    public int EditedIndex { get; }

    public string EditedPath { get; }

    /// <summary>The scenario for <paramref name="count"/> articles of the light shape, made once per process.</summary>
    public static Scenario Get(int count) => Get(count, CorpusShape.Light);

    /// <summary>The scenario for <paramref name="count"/> articles of <paramref name="shape"/>, made once per process.</summary>
    public static Scenario Get(int count, CorpusShape shape) => Cache.GetOrAdd((count, shape), static key => new Scenario(key.Count, key.Shape));

    /// <summary>Full generation: a new driver (no cached state) over every data file.</summary>
    public GeneratorDriver RunFull() => GeneratorHost.CreateDriver(Files).RunGenerators(Compilation);

    /// <summary>The compiler's first look at the output: <c>CSharpSyntaxTree.ParseText</c> over every generated source.</summary>
    public int ParseOutputs()
    {
        var nodes = 0;
        foreach (var (hintName, text) in Outputs)
        {
            var tree = CSharpSyntaxTree.ParseText(text, GeneratorHost.ParseOptions, path: hintName);
            nodes += tree.GetRoot().FullSpan.Length > 0 ? 1 : 0;
        }

        return nodes;
    }

    /// <summary>The edited text of the article (edit 0 adds a character, edit 1 keeps the length).</summary>
    public AdditionalText EditedFile(int serial) => _editedArticle[serial % 2];

    /// <summary>How many times the generator has read each data file so far.</summary>
    public int[] Reads() => [.. Files.Select(GeneratorHost.Reads)];

    /// <summary>A full run, then a C#-only edit, of a generator that does nothing but pass each file through <paramref name="depth"/> steps.</summary>
    public (GeneratorDriver Warm, Func<int, GeneratorDriver> EditCSharp) Floor(int depth, bool emit = false)
    {
        var warm = GeneratorHost.CreateDriver(Files, generator: new PipelineFloorGenerator(depth, emit)).RunGenerators(Compilation);
        return (warm, serial => warm.RunGenerators(_editedCSharp[serial % 2]));
    }

    /// <summary>From the warm state: one article edited, then the generator re-run.</summary>
    public GeneratorDriver RunAfterArticleEdit(int serial, GeneratorDriver? from = null) =>
        (from ?? Warm).ReplaceAdditionalText(Files[EditedIndex], _editedArticle[serial % 2]).RunGenerators(Compilation);

    /// <summary>From the warm state: the consumer's C# edited, then the generator re-run.</summary>
    public GeneratorDriver RunAfterCSharpEdit(int serial, GeneratorDriver? from = null) =>
        (from ?? Warm).RunGenerators(_editedCSharp[serial % 2]);

    /// <summary>A driver that records its steps, after one full run; for checking what an edit re-runs.</summary>
    public GeneratorDriver TrackedWarm() => GeneratorHost.CreateDriver(Files, trackSteps: true).RunGenerators(Compilation);
}
