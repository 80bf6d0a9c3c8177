using System.Reflection;

namespace Dataset.Tool.Tests.Infrastructure;

/// <summary>Files of the repository the tests read: the seed article and the suggest test articles.</summary>
internal static class Repository
{
    public static string Root { get; } = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(attribute => attribute.Key == "Dataset.RepositoryRoot").Value!;

    public static string SeedArticle => Path.Combine(Root, "data", "russia-us-syria-talks.md");

    public static string TestsDirectory => Path.Combine(Root, "tests", "Dataset.Tool.Tests");

    /// <summary>The articles suggest is measured on: the seed article and the annotated articles under SuggestData/.</summary>
    public static IReadOnlyList<string> AnnotatedArticles =>
        [SeedArticle, .. Directory.GetFiles(Path.Combine(TestsDirectory, "SuggestData"), "*.md").Order(StringComparer.Ordinal)];
}
