using System.Runtime.CompilerServices;

namespace Dataset.Generator.Tests.Infrastructure;

/// <summary>Folders of the repository, found from this source file's own path.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(ThisDirectory(), "..", "..", ".."));

    public static string Data => Path.Combine(Root, "data");

    public static string Tests => Path.Combine(Root, "tests", "Dataset.Generator.Tests");

    private static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
