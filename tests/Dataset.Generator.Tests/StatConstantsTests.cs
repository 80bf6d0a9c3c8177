using System.Reflection;
using System.Runtime.Loader;
using Dataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generator.Tests;

/// <summary>
/// <c>Stats.*</c> are C# constants by default, which the compiler copies into every assembly that uses them; with
/// <c>DatasetStatConstants=false</c> they are static read-only fields, read from the dataset's assembly at run time,
/// so a dataset library that ships a new version changes what its consumers read without a recompile.
/// </summary>
public sealed class StatConstantsTests
{
    private const string Poll = """
        ---
        title: A poll
        source: Test Wire
        published: 2015-09-30
        ---
        [VALUE percent]{.stat #Poll.Against} of Russians are against.
        """;

    private const string Reader = "public static class Reader { public static int Against() => Sample.Stats.Poll.Against; }";

    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData(" TRUE ", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    public void TheKnobChoosesBetweenAConstantAndAStaticReadOnlyFieldWithTheSameDocs(string? configured, bool constant)
    {
        var run = Library(69, configured, "internal static class Use { internal static int Against => Sample.Stats.Poll.Against; }");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var field = Assert.IsAssignableFrom<IFieldSymbol>(Assert.Single(run.Compilation.GetTypeByMetadataName("Sample.Stats+Poll")!.GetMembers("Against")));
        Assert.Equal(constant, field.IsConst);
        Assert.Equal(!constant, field.IsReadOnly);
        Assert.True(field.IsStatic);
        Assert.Equal(SpecialType.System_Int32, field.Type.SpecialType);
        Assert.Equal(Docs(Library(69, null, string.Empty)), field.GetDocumentationCommentXml(cancellationToken: TestContext.Current.CancellationToken));

        // Go to Definition lands on the annotation either way.
        var location = Assert.Single(field.Locations).GetMappedLineSpan();
        Assert.Equal("/project/data/poll.md", location.Path);
        Assert.Equal(5, location.StartLinePosition.Line);

        // Only a constant can be used where C# needs one.
        var usedAsConstant = Library(69, configured, "internal static class Use { internal const int Against = Sample.Stats.Poll.Against; }");
        Assert.Equal(constant ? [] : ["CS0133"], usedAsConstant.CompilationDiagnostics.Select(diagnostic => diagnostic.Id));
    }

    [Theory]
    [InlineData("true", 69)]
    [InlineData("false", 70)]
    public void AConsumerCompiledAgainstOneVersionOfADatasetLibraryReadsTheValueOfTheVersionItRunsWith(string configured, int read)
    {
        // The consumer is compiled against version 1 (69 percent) and runs with version 2 (70 percent) of the library.
        var version1 = Emit(Library(69, configured, string.Empty).Compilation);
        var version2 = Emit(Library(70, configured, string.Empty).Compilation);
        var consumer = CSharpCompilation.Create(
            "PollReader",
            [CSharpSyntaxTree.ParseText(Reader, GeneratorHarness.ParseOptions, cancellationToken: TestContext.Current.CancellationToken)],
            GeneratorHarness.CreateCompilation(string.Empty).References.Append(MetadataReference.CreateFromImage(version1)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var context = new LibraryLoadContext(version2);
        try
        {
            var reader = context.LoadFromStream(new MemoryStream(Emit(consumer))).GetType("Reader")!;
            Assert.Equal(read, (int)reader.GetMethod("Against")!.Invoke(null, null)!);
        }
        finally
        {
            context.Unload();
        }
    }

    private static GeneratorRun Library(int value, string? configured, string csharp)
    {
        var properties = new Dictionary<string, string> { ["DatasetVisibility"] = "public" };
        if (configured is not null)
        {
            properties["DatasetStatConstants"] = configured;
        }

        var text = Poll.Replace("VALUE", value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var run = GeneratorHarness.Run([GeneratorHarness.Article("poll.md", text)], csharp, properties: properties);
        return new GeneratorRun(run.Driver, run.Compilation.WithAssemblyName("PollData"), run.GeneratorDiagnostics);
    }

    private static string? Docs(GeneratorRun run) =>
        run.Compilation.GetTypeByMetadataName("Sample.Stats+Poll")!.GetMembers("Against").Single().GetDocumentationCommentXml(cancellationToken: TestContext.Current.CancellationToken);

    private static byte[] Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return stream.ToArray();
    }

    /// <summary>Loads the consumer with <paramref name="library"/> as the dataset library; everything else comes from the test's own context.</summary>
    private sealed class LibraryLoadContext(byte[] library) : AssemblyLoadContext("StatConstants", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName) =>
            assemblyName.Name == "PollData" ? LoadFromStream(new MemoryStream(library)) : null;
    }
}
