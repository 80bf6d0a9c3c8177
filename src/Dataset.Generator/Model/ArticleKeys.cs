namespace Dataset.Generator.Model;

/// <summary>
/// A quote's or statistic's member name, <c>ClassKey.Key</c>: the class that declares it is keyed by the quote's
/// speaker or the statistic's group (<c>Quotes.Kerry</c>, <c>Stats.Strikes</c>), and <paramref name="Key"/> is the
/// member's own. Without its location: an edit that moves annotations but keeps their names leaves the keys equal, so
/// the checks across articles are not run again.
/// </summary>
internal sealed record MemberKey(string ClassKey, string Key);

/// <summary>
/// Where an article's quotes and statistics are, by index: for placing the duplicate-member error (DS4003) at
/// the current position of both declarations, apart from the keys.
/// </summary>
internal sealed record MemberLocations(string FilePath, EquatableArray<TextLocation> Quotes, EquatableArray<TextLocation> Stats);

/// <summary>
/// The small part of an article that checks across articles need: its id, its entity declarations and the member
/// names it generates. Collected from every article, so it is kept free of text and paragraphs.
/// </summary>
internal sealed record ArticleKeys
{
    public required string FilePath { get; init; }

    public required string RelativePath { get; init; }

    public required string Id { get; init; }

    public required TextLocation IdLocation { get; init; }

    public required EquatableArray<EntityModel> Entities { get; init; }

    public required EquatableArray<MemberKey> Quotes { get; init; }

    public required EquatableArray<MemberKey> Stats { get; init; }

    public required EquatableArray<MentionKey> Mentions { get; init; }
}

/// <summary>Which entity a mention refers to; its position in the article's mention list is its index.</summary>
internal sealed record MentionKey(EntityKind Kind, string EntityKey);
