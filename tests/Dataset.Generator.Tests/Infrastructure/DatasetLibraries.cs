using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Tests.Infrastructure;

/// <summary>
/// Dataset libraries compiled in memory (the real generator, <c>DatasetVisibility=public</c>), referenced from a second
/// compilation by their image, as a project references a built library; and that compilation run in a load context that
/// resolves the libraries from their images.
/// </summary>
internal static class DatasetLibraries
{
    /// <summary>An article of <paramref name="speaker"/> (declared with <paramref name="name"/>) with <paramref name="quotes"/> quotes, keyed Q0, Q1...</summary>
    public static string Article(string title, string speaker, string name, int quotes, string place = "Geneva")
    {
        var body = string.Join(" ", Enumerable.Range(0, quotes).Select(i => $"\"[Words {title} {i}]{{.quote #{speaker}.Q{i} cue=said}},\" [{name}]{{.person ref={speaker}}} said in [{place}]{{.place ref={place}}}."));
        return $"""
            ---
            title: {title}
            source: Test Wire
            published: 2015-09-30
            people:
              {speaker}: {"{"} name: {name} {"}"}
            places:
              {place}: {"{"} name: {place} {"}"}
            ---
            {body}
            """;
    }

    /// <summary>The data format the generator writes (its linked copy of <c>DataFormat</c>, which the runtime's hides from this assembly by name).</summary>
    public static int GeneratorFormatVersion =>
        (int)typeof(DatasetGenerator).Assembly.GetType("Dataset.Storage.DataFormat", throwOnError: true)!.GetField("Version")!.GetValue(null)!;

    /// <summary>The image of the library <paramref name="name"/> (its assembly name and namespace) over <paramref name="articles"/>.</summary>
    public static byte[] Build(string name, params (string FileName, string Text)[] articles) => BuildIn(name, name, [], articles);

    /// <summary>The image of the library <paramref name="name"/> whose namespace is <paramref name="ns"/>, over <paramref name="articles"/>, referencing <paramref name="references"/>.</summary>
    public static byte[] BuildIn(string name, string ns, IEnumerable<MetadataReference> references, params (string FileName, string Text)[] articles)
    {
        var run = GeneratorHarness.Run(
            articles.Select(article => (AdditionalText)GeneratorHarness.Article(article.FileName, article.Text)),
            rootNamespace: ns,
            properties: new Dictionary<string, string> { ["DatasetVisibility"] = "public" },
            references: references);
        Assert.Empty(run.GeneratorDiagnostics);
        return Emit(run.Compilation.WithAssemblyName(name));
    }

    /// <summary>The compiled <paramref name="compilation"/>; fails the test with its diagnostics when it does not compile.</summary>
    public static byte[] Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return stream.ToArray();
    }

    /// <summary>
    /// Runs the static method <paramref name="type"/>.<paramref name="method"/> (no parameters, returning a string) of
    /// <paramref name="app"/>, with <paramref name="libraries"/> (assembly name to image) loaded from their images.
    /// </summary>
    public static string Invoke(Compilation app, IReadOnlyDictionary<string, byte[]> libraries, string type, string method)
    {
        var context = new LibraryLoadContext(libraries);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(Emit(app)));
            return (string)assembly.GetType(type, throwOnError: true)!.GetMethod(method)!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }

    private sealed class LibraryLoadContext(IReadOnlyDictionary<string, byte[]> libraries) : AssemblyLoadContext("DatasetLibraries", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name is { } name && libraries.TryGetValue(name, out var image) ? LoadFromStream(new MemoryStream(image)) : null;
    }
}
