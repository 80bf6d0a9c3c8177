using System;
using System.Collections.Generic;

namespace Dataset;

/// <summary>
/// A news article of the dataset: its front matter, its body's blocks (headings, paragraphs, list items, block quotes,
/// code) as plain text, its links, and what was annotated in it.
/// </summary>
/// <remarks>
/// Two articles are equal when their id, front matter, paragraphs, blocks, links and location are equal; the navigation lists
/// (<see cref="Quotes"/>, <see cref="Stats"/>, <see cref="Mentions"/>) are not compared.
/// </remarks>
public sealed class Article : IEquatable<Article>
{
    private readonly Lazy<IReadOnlyList<string>> _paragraphs;
    private readonly Lazy<IReadOnlyList<Block>> _blocks;
    private readonly Lazy<IReadOnlyList<Link>> _links;
    private readonly Lazy<IReadOnlyList<Quote>> _quotes;
    private readonly Lazy<IReadOnlyList<Statistic>> _stats;
    private readonly Lazy<IReadOnlyList<Mention>> _mentions;

    /// <summary>
    /// Creates an article. The decoder calls this; the list factories run once, on first use (reading every quote of a
    /// dataset decodes no paragraph). There is one block per paragraph, in order: block <c>i</c>'s text is paragraph
    /// <c>i</c>.
    /// </summary>
    internal Article(
        string id,
        string title,
        string source,
        string? dateline,
        DateTime published,
        Func<IReadOnlyList<string>> paragraphs,
        Func<IReadOnlyList<Block>> blocks,
        Func<IReadOnlyList<Link>> links,
        Func<IReadOnlyList<Quote>> quotes,
        Func<IReadOnlyList<Statistic>> stats,
        Func<IReadOnlyList<Mention>> mentions,
        SourceLocation location)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Dateline = dateline;
        Published = published;
        _paragraphs = new Lazy<IReadOnlyList<string>>(paragraphs ?? throw new ArgumentNullException(nameof(paragraphs)));
        _blocks = new Lazy<IReadOnlyList<Block>>(blocks ?? throw new ArgumentNullException(nameof(blocks)));
        _links = new Lazy<IReadOnlyList<Link>>(links ?? throw new ArgumentNullException(nameof(links)));
        _quotes = new Lazy<IReadOnlyList<Quote>>(quotes ?? throw new ArgumentNullException(nameof(quotes)));
        _stats = new Lazy<IReadOnlyList<Statistic>>(stats ?? throw new ArgumentNullException(nameof(stats)));
        _mentions = new Lazy<IReadOnlyList<Mention>>(mentions ?? throw new ArgumentNullException(nameof(mentions)));
        Location = location ?? throw new ArgumentNullException(nameof(location));
    }

    /// <summary>The article's id: the <c>id</c> front-matter field, or the file name in PascalCase.</summary>
    public string Id { get; }

    /// <summary>The headline.</summary>
    public string Title { get; }

    /// <summary>Who published it, such as <c>Agence France-Presse</c>.</summary>
    public string Source { get; }

    /// <summary>Where it was filed from, such as <c>UNITED NATIONS, United States</c>; <see langword="null"/> when not given.</summary>
    public string? Dateline { get; }

    /// <summary>The publication date (the time of day is midnight and carries no meaning).</summary>
    public DateTime Published { get; }

    /// <summary>
    /// The text of every block of the body (<see cref="Blocks"/>), in order: markup and annotations removed, escapes and
    /// entities resolved, each run of spaces and line breaks one space. A quote's, statistic's or mention's
    /// <c>Paragraph</c> is the 1-based number of its block here.
    /// </summary>
    public IReadOnlyList<string> Paragraphs => _paragraphs.Value;

    /// <summary>The body's blocks of text in order, with their kind (heading, paragraph, list item, block quote, code), level and location.</summary>
    public IReadOnlyList<Block> Blocks => _blocks.Value;

    /// <summary>The body's Markdown links in order: their text, destination, title, block and location.</summary>
    public IReadOnlyList<Link> Links => _links.Value;

    /// <summary>The article's quotes, in the order they appear.</summary>
    public IReadOnlyList<Quote> Quotes => _quotes.Value;

    /// <summary>The article's statistics, in the order they appear.</summary>
    public IReadOnlyList<Statistic> Stats => _stats.Value;

    /// <summary>The mentions of people, organizations and places, in the order they appear.</summary>
    public IReadOnlyList<Mention> Mentions => _mentions.Value;

    /// <summary>Where the article's front matter starts in its data file.</summary>
    public SourceLocation Location { get; }

    /// <inheritdoc/>
    public bool Equals(Article? other) =>
        other is not null
        && Id == other.Id
        && Title == other.Title
        && Source == other.Source
        && Dateline == other.Dateline
        && Published == other.Published
        && Sequences.Equal(Paragraphs, other.Paragraphs)
        && Sequences.Equal(Blocks, other.Blocks)
        && Sequences.Equal(Links, other.Links)
        && Location.Equals(other.Location);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Article);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCodes.Combine(Id.GetHashCode(), Title.GetHashCode(), Published.GetHashCode());

    /// <summary>The headline, source and date.</summary>
    public override string ToString() => $"{Title} ({Source}, {Published:yyyy-MM-dd})";
}
