namespace Dataset.Generator;

/// <summary>Names of the pipeline steps, for caching tests that read <c>TrackedSteps</c>.</summary>
public static class TrackingNames
{
    /// <summary>The MSBuild options read from the analyzer config.</summary>
    public const string Options = nameof(Options);

    /// <summary>The AdditionalFiles marked as articles.</summary>
    public const string Files = nameof(Files);

    /// <summary>The project directory paths are made relative to.</summary>
    public const string ProjectDirectory = nameof(ProjectDirectory);

    /// <summary>One parsed model per article.</summary>
    public const string Articles = nameof(Articles);

    /// <summary>The small keys of each article, for the checks across articles.</summary>
    public const string Keys = nameof(Keys);

    /// <summary>The result of the checks across articles.</summary>
    public const string Index = nameof(Index);

    /// <summary>What the checks across articles tell articles to leave out.</summary>
    public const string Skips = nameof(Skips);

    /// <summary>Where each article's quotes and statistics are, for placing duplicate-member errors (read only when there are any).</summary>
    public const string MemberLocations = nameof(MemberLocations);

    /// <summary>The duplicate members the checks across articles found.</summary>
    public const string Conflicts = nameof(Conflicts);

    /// <summary>Which generated file holds which article, with what each article must leave out.</summary>
    public const string OutputGroups = nameof(OutputGroups);

    /// <summary>One value per generated article file.</summary>
    public const string OutputFiles = nameof(OutputFiles);

    /// <summary>The dataset libraries the compilation references (their attributes, read from metadata).</summary>
    public const string Libraries = nameof(Libraries);

    /// <summary>The project's own dataset as a catalog source: its counts and entities.</summary>
    public const string OwnData = nameof(OwnData);

    /// <summary>The sources of the project's DatasetCatalog, in order.</summary>
    public const string CatalogSources = nameof(CatalogSources);
}
