using System;
using System.ComponentModel;

namespace Dataset;

/// <summary>
/// One source of a <c>DatasetCatalog</c>: a referenced dataset library, or the project's own data, with what it holds.
/// The counts are the library's own, before the catalog lists an entity declared in several libraries once.
/// </summary>
public sealed class DatasetLibrary
{
    /// <summary>Describes a library. Generated catalogs create these, from the library's attribute at compile time.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public DatasetLibrary(string name, int articleCount, int quoteCount, int statisticCount, int personCount, int organizationCount, int placeCount)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        ArticleCount = articleCount;
        QuoteCount = quoteCount;
        StatisticCount = statisticCount;
        PersonCount = personCount;
        OrganizationCount = organizationCount;
        PlaceCount = placeCount;
    }

    /// <summary>The library's assembly name, such as <c>News.Y2015</c>.</summary>
    public string Name { get; }

    /// <summary>How many articles it holds.</summary>
    public int ArticleCount { get; }

    /// <summary>How many quotes it holds.</summary>
    public int QuoteCount { get; }

    /// <summary>How many statistics it holds.</summary>
    public int StatisticCount { get; }

    /// <summary>How many people it declares.</summary>
    public int PersonCount { get; }

    /// <summary>How many organizations it declares.</summary>
    public int OrganizationCount { get; }

    /// <summary>How many places it declares.</summary>
    public int PlaceCount { get; }

    /// <summary>The name and the counts.</summary>
    public override string ToString() =>
        $"{Name}: {ArticleCount} articles, {QuoteCount} quotes, {StatisticCount} statistics, {PersonCount} people, {OrganizationCount} organizations, {PlaceCount} places";
}
