namespace Dataset.Generator.Model;

/// <summary>A quote's or statistic's member name, <c>First.Second</c>, with where it was declared.</summary>
internal sealed record MemberKey(string First, string Second, TextLocation Location);

/// <summary>
/// The small part of an article that checks across articles need: its id, its entity declarations and the member
/// names it generates. Collected from every article, so it is kept free of text and paragraphs.
/// </summary>
internal sealed record ArticleKeys(
    string FilePath,
    string RelativePath,
    string Id,
    TextLocation IdLocation,
    EquatableArray<EntityModel> Entities,
    EquatableArray<MemberKey> Quotes,
    EquatableArray<MemberKey> Stats,
    EquatableArray<MentionKey> Mentions);

/// <summary>Which entity a mention refers to; its position in the article's mention list is its index.</summary>
internal sealed record MentionKey(EntityKindModel Kind, string EntityKey);
