using System;

namespace Dataset;

/// <summary>
/// A number stated in an article, with its unit, qualifier, the words it was written as and the sentence around it.
/// The value itself is also generated as a C# constant under <c>Stats.&lt;Group&gt;.&lt;Key&gt;</c>.
/// </summary>
/// <remarks>Two statistics are equal when all their data is equal; <see cref="Article"/> is compared by id.</remarks>
public sealed class Statistic : IEquatable<Statistic>
{
    private readonly Lazy<Article> _article;

    /// <summary>Creates a statistic. Only the dataset's decoder creates statistics; the article factory runs once, on first use.</summary>
    internal Statistic(
        string group,
        string key,
        decimal value,
        string? unit,
        StatQualifier qualifier,
        string text,
        string sentence,
        string articleId,
        Func<Article> article,
        int paragraph,
        SourceLocation location,
        decimal? upper = null,
        string? per = null)
    {
        Upper = upper;
        Per = per;
        Group = group ?? throw new ArgumentNullException(nameof(group));
        Key = key ?? throw new ArgumentNullException(nameof(key));
        Value = value;
        Unit = unit;
        Qualifier = qualifier;
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Sentence = sentence ?? throw new ArgumentNullException(nameof(sentence));
        ArticleId = articleId ?? throw new ArgumentNullException(nameof(articleId));
        _article = new Lazy<Article>(article ?? throw new ArgumentNullException(nameof(article)));
        Paragraph = paragraph;
        Location = location ?? throw new ArgumentNullException(nameof(location));
    }

    /// <summary>The statistic's group: <c>LevadaPoll</c> in <c>#LevadaPoll.Against</c>.</summary>
    public string Group { get; }

    /// <summary>The statistic's key within its group: <c>Against</c> in <c>#LevadaPoll.Against</c>.</summary>
    public string Key { get; }

    /// <summary>The value, exact for integers and decimals alike; for a range, its lower bound.</summary>
    public decimal Value { get; }

    /// <summary>
    /// For a range (<c>between 20 and 30</c>, <see cref="StatQualifier.Range"/>), its upper bound; otherwise
    /// <see langword="null"/>.
    /// </summary>
    public decimal? Upper { get; }

    /// <summary>The unit, such as <c>percent</c>; <see langword="null"/> when the figure is a plain count.</summary>
    public string? Unit { get; }

    /// <summary>
    /// For a rate, what the value is per: <c>barrel</c> in <c>16.00 dlrs a barrel</c> (16 <c>USD</c> per barrel),
    /// <c>year</c> in <c>3 pct a year</c>; <see langword="null"/> when the figure is no rate.
    /// </summary>
    public string? Per { get; }

    /// <summary>How the value relates to the real figure (<c>over 14,000</c> is <see cref="StatQualifier.AtLeast"/>).</summary>
    public StatQualifier Qualifier { get; }

    /// <summary>The number as the article writes it: <c>Sixty-nine percent</c>.</summary>
    public string Text { get; }

    /// <summary>The sentence the number is in, as plain text.</summary>
    public string Sentence { get; }

    /// <summary>The id of the article the statistic appears in.</summary>
    public string ArticleId { get; }

    /// <summary>The article the statistic appears in.</summary>
    public Article Article => _article.Value;

    /// <summary>The 1-based number of the paragraph the statistic is in.</summary>
    public int Paragraph { get; }

    /// <summary>Where the statistic's annotation is in the data file.</summary>
    public SourceLocation Location { get; }

    /// <inheritdoc/>
    public bool Equals(Statistic? other) =>
        other is not null
        && Group == other.Group
        && Key == other.Key
        && Value == other.Value
        && Upper == other.Upper
        && Unit == other.Unit
        && Per == other.Per
        && Qualifier == other.Qualifier
        && Text == other.Text
        && Sentence == other.Sentence
        && ArticleId == other.ArticleId
        && Paragraph == other.Paragraph
        && Location.Equals(other.Location);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Statistic);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCodes.Combine(ArticleId.GetHashCode(), Group.GetHashCode(), Key.GetHashCode(), Value.GetHashCode());

    /// <summary>The value (or range) with its unit and rate, such as <c>69 percent</c>, <c>20-30 percent</c> or <c>16 USD per barrel</c>.</summary>
    public override string ToString()
    {
        var value = Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Upper is { } upper)
        {
            value += "-" + upper.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (Unit is not null)
        {
            value += " " + Unit;
        }

        return Per is null ? value : $"{value} per {Per}";
    }
}
