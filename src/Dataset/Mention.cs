using System;

namespace Dataset;

/// <summary>One place where an article names a declared entity: <c>[Kerry]{.person ref=Kerry}</c>.</summary>
/// <remarks>Two mentions are equal when all their data is equal.</remarks>
public sealed class Mention : IEquatable<Mention>
{
    /// <summary>Creates a mention. Only the dataset's decoder creates mentions.</summary>
    internal Mention(EntityKind kind, string entityKey, string text, string articleId, int paragraph, SourceLocation location)
    {
        Kind = kind;
        EntityKey = entityKey ?? throw new ArgumentNullException(nameof(entityKey));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        ArticleId = articleId ?? throw new ArgumentNullException(nameof(articleId));
        Paragraph = paragraph;
        Location = location ?? throw new ArgumentNullException(nameof(location));
    }

    /// <summary>Whether a person, an organization or a place is mentioned.</summary>
    public EntityKind Kind { get; }

    /// <summary>The key of the entity mentioned.</summary>
    public string EntityKey { get; }

    /// <summary>The words the article uses, such as <c>Kerry</c> for <c>John Kerry</c>.</summary>
    public string Text { get; }

    /// <summary>The id of the article the mention is in.</summary>
    public string ArticleId { get; }

    /// <summary>The 1-based number of the paragraph the mention is in.</summary>
    public int Paragraph { get; }

    /// <summary>Where the mention's annotation is in the data file.</summary>
    public SourceLocation Location { get; }

    /// <inheritdoc/>
    public bool Equals(Mention? other) =>
        other is not null
        && Kind == other.Kind
        && EntityKey == other.EntityKey
        && Text == other.Text
        && ArticleId == other.ArticleId
        && Paragraph == other.Paragraph
        && Location.Equals(other.Location);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Mention);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCodes.Combine((int)Kind, EntityKey.GetHashCode(), Location.GetHashCode());

    /// <summary>The words and the entity key.</summary>
    public override string ToString() => $"{Text} ({Kind} {EntityKey})";
}
