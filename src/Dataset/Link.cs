using System;

namespace Dataset;

/// <summary>
/// A Markdown link of an article's body, <c>[text](url "title")</c>, a reference link or an autolink
/// <c>&lt;url&gt;</c>: what it says, where it points and where it is.
/// </summary>
/// <remarks>Two links are equal when all their data is equal.</remarks>
public sealed class Link : IEquatable<Link>
{
    /// <summary>Creates a link.</summary>
    internal Link(string text, string url, string? title, int block, SourceLocation location)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Url = url ?? throw new ArgumentNullException(nameof(url));
        Title = title;
        Block = block;
        Location = location ?? throw new ArgumentNullException(nameof(location));
    }

    /// <summary>The link's text as plain text (for an autolink, its address).</summary>
    public string Text { get; }

    /// <summary>The destination, escapes and entities resolved (<c>mailto:</c> before an autolinked e-mail address).</summary>
    public string Url { get; }

    /// <summary>The title, or null.</summary>
    public string? Title { get; }

    /// <summary>The 1-based number of the block (and paragraph) the link is in.</summary>
    public int Block { get; }

    /// <summary>Where the whole link is in the data file.</summary>
    public SourceLocation Location { get; }

    /// <inheritdoc/>
    public bool Equals(Link? other) =>
        other is not null
        && Text == other.Text
        && Url == other.Url
        && Title == other.Title
        && Block == other.Block
        && Location.Equals(other.Location);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Link);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCodes.Combine(Url.GetHashCode(), Block, Location.GetHashCode());

    /// <summary>The text and the destination.</summary>
    public override string ToString() => $"{Text} <{Url}>";
}
