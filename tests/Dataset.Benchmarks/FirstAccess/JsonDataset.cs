using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Dataset.Benchmarks.FirstAccess;

// The same data as the Markdown corpus, as a JSON document: what a user would load instead of a generated dataset.
// build-overhead.sh copies this file into the JSON console app it builds, which reads the document with
// System.Text.Json's source-generated reader (JsonDatasetContext).

/// <summary>A whole dataset: every article with its entities, quotes, statistics and mentions.</summary>
public sealed record JsonDatasetDocument(List<JsonArticle> Articles);

/// <summary>One article.</summary>
public sealed record JsonArticle(
    string Id,
    string Title,
    string Source,
    string? Dateline,
    string Published,
    List<string> Paragraphs,
    List<JsonEntity> People,
    List<JsonEntity> Organizations,
    List<JsonEntity> Places,
    List<JsonQuote> Quotes,
    List<JsonStat> Stats,
    List<JsonMention> Mentions);

/// <summary>A person, organization or place.</summary>
public sealed record JsonEntity(string Key, string Name, string? Role);

/// <summary>A quote.</summary>
public sealed record JsonQuote(string Speaker, string Key, string Text, string? Cue, int Paragraph);

/// <summary>A statistic.</summary>
public sealed record JsonStat(string Group, string Key, string Text, decimal Value, string? Unit, string Qualifier, int Paragraph);

/// <summary>A mention of an entity.</summary>
public sealed record JsonMention(string Kind, string Key, string Text, int Paragraph);

/// <summary>
/// Every quote's text and its speaker's name, and nothing else: what a user who needs those two fields would load
/// (issue 21 compares reading them with reading the same two fields of a generated dataset).
/// </summary>
public sealed record JsonQuotesDocument(List<JsonQuoteText> Quotes);

/// <summary>A quote's text and its speaker's name.</summary>
public sealed record JsonQuoteText(string Text, string Speaker);

/// <summary>The source-generated reader and writer of <see cref="JsonDatasetDocument"/> and <see cref="JsonQuotesDocument"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JsonDatasetDocument))]
[JsonSerializable(typeof(JsonQuotesDocument))]
public sealed partial class JsonDatasetContext : JsonSerializerContext
{
}
