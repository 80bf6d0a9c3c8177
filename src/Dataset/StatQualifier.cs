// Linked into the generator too (its csproj defines DATASET_GENERATOR), as System.Text.Json links its enums into
// its source generator: one definition of the values the generator writes and the runtime reads.
#if DATASET_GENERATOR
namespace Dataset.Generator.Model;
#else
namespace Dataset;
#endif

/// <summary>How a statistic's value relates to the real figure, as the article's wording says.</summary>
#if DATASET_GENERATOR
internal
#else
public
#endif
enum StatQualifier
{
    /// <summary>The figure as stated, with no qualifying words: <c>36 people</c>, <c>Sixty-nine percent</c>.</summary>
    Exact = 0,

    /// <summary>The real figure is at least the value: <c>over 14,000</c>, <c>more than</c>, <c>at least</c>.</summary>
    AtLeast = 1,

    /// <summary>The real figure is at most the value: <c>up to</c>, <c>under</c>, <c>less than</c>, <c>fewer than</c>.</summary>
    AtMost = 2,

    /// <summary>The value is an approximation: <c>about</c>, <c>around</c>, <c>approximately</c>, <c>some</c>, <c>roughly</c>.</summary>
    About = 3,

    /// <summary>The real figure is a little below the value: <c>nearly</c>, <c>almost</c>.</summary>
    Nearly = 4,

    /// <summary>
    /// The figure lies in a range: <c>between 20 and 30</c>, <c>20-30%</c>, <c>from 5 to 10</c>. The value is the lower
    /// bound, <c>Statistic.Upper</c> the upper one.
    /// </summary>
    Range = 5,
}
