using System;
using System.ComponentModel;

namespace Dataset.Storage;

/// <summary>
/// Marks an assembly as a dataset library: the generator writes it into every public dataset, and the generator of a
/// project that references the library reads it at compile time (never at run time) to build that project's
/// <c>DatasetCatalog</c>. It names the library's public <c>Articles</c> class (whose namespace holds the library's
/// <c>Quotes</c>, <c>Stats</c>, <c>People</c>... classes), the data format the library was generated with, its counts,
/// and its entities, so that the same key declared with another name in another library is reported at compile time.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DatasetLibraryAttribute : Attribute
{
    /// <summary>Marks the dataset whose <c>Articles</c> class is <paramref name="articles"/>.</summary>
    public DatasetLibraryAttribute(Type articles) => Articles = articles;

    /// <summary>The library's generated <c>Articles</c> class.</summary>
    public Type Articles { get; }

    /// <summary>The version of the encoded data (<c>DataFormat.Version</c>) the library was generated with.</summary>
    public int FormatVersion { get; set; }

    /// <summary>How many articles the library holds.</summary>
    public int ArticleCount { get; set; }

    /// <summary>How many quotes the library holds.</summary>
    public int QuoteCount { get; set; }

    /// <summary>How many statistics the library holds.</summary>
    public int StatisticCount { get; set; }

    /// <summary>How many people the library declares.</summary>
    public int PersonCount { get; set; }

    /// <summary>How many organizations the library declares.</summary>
    public int OrganizationCount { get; set; }

    /// <summary>How many places the library declares.</summary>
    public int PlaceCount { get; set; }

    /// <summary>
    /// The library's entities for the checks across libraries: one record a line (<c>'\n'</c>), each the kind's letter
    /// (<c>P</c>, <c>O</c>, <c>L</c>), the key and the name separated by <c>'\t'</c> (tabs and line breaks in a name
    /// are written as spaces).
    /// </summary>
    public string? Entities { get; set; }
}
