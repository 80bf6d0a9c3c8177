using System;
using Dataset.Storage;

namespace Dataset;

/// <summary>A direct quote: the exact words, who said them, and where they appear.</summary>
/// <remarks>
/// Two quotes are equal when their article id, key, text, speaker key, cue, paragraph and location are equal;
/// the navigation properties (<see cref="Speaker"/>, <see cref="Article"/>) are compared by key only.
/// </remarks>
public sealed class Quote : IEquatable<Quote>
{
    // The chunk keeps every person and article it finds, so a lookup through it returns the same object on every
    // thread: no lock, nor Lazy<T> and closures a quote (a fresh process read every quote about 2 ms slower with them).
    // The speaker's key and the article's id are the chunk's, shared by its quotes. The key, cue and location are
    // decoded from the quote's details when one is first asked for: reading every quote's text and speaker allocates
    // and decodes none of them.
    private readonly EncodedChunk _chunk;
    private readonly int _speaker;
    private readonly int _details;
    private readonly int _articlePosition;
    private Article? _article;
    private QuoteDetails? _decodedDetails;

    /// <summary>
    /// Creates a quote. Only the dataset's decoder creates quotes: <paramref name="chunk"/> holds its
    /// <paramref name="speaker"/> and the article at <paramref name="articlePosition"/>, which holds the quote, and
    /// finds them on first use; the key, cue and location are read from the quote's <paramref name="details"/> in the
    /// chunk on first use.
    /// </summary>
    internal Quote(string text, int speaker, int paragraph, EncodedChunk chunk, int details, int articlePosition)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Paragraph = paragraph;
        _chunk = chunk ?? throw new ArgumentNullException(nameof(chunk));
        _speaker = speaker;
        _details = details;
        _articlePosition = articlePosition;
    }

    /// <summary>The quote's key within its speaker: <c>Deconfliction</c> in <c>#Kerry.Deconfliction</c>.</summary>
    public string Key => Details.Key;

    /// <summary>The words exactly as quoted, without the quotation marks.</summary>
    public string Text { get; }

    /// <summary>The key of the person who said it: <c>Kerry</c> in <c>#Kerry.Deconfliction</c>.</summary>
    public string SpeakerKey => _chunk.SpeakerKey(_speaker);

    /// <summary>The person who said it.</summary>
    public Person Speaker => _chunk.Speaker(_speaker);

    /// <summary>The id of the article the quote appears in.</summary>
    public string ArticleId => _chunk.Id(_articlePosition);

    /// <summary>The article the quote appears in.</summary>
    public Article Article => _article ??= _chunk.ArticleAt(_articlePosition);

    /// <summary>The verb the article uses (<c>said</c>, <c>told AFP</c>), when the annotation gives one.</summary>
    public string? Cue => Details.Cue;

    /// <summary>The 1-based number of the paragraph the quote is in.</summary>
    public int Paragraph { get; }

    /// <summary>Where the quote's annotation is in the data file.</summary>
    public SourceLocation Location => Details.Location;

    private QuoteDetails Details => _decodedDetails ??= _chunk.QuoteDetails(_details, _articlePosition);

    /// <inheritdoc/>
    public bool Equals(Quote? other) =>
        other is not null
        && Key == other.Key
        && Text == other.Text
        && SpeakerKey == other.SpeakerKey
        && ArticleId == other.ArticleId
        && Cue == other.Cue
        && Paragraph == other.Paragraph
        && Location.Equals(other.Location);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Quote);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCodes.Combine(ArticleId.GetHashCode(), SpeakerKey.GetHashCode(), Key.GetHashCode());

    /// <summary>The quote in quotation marks followed by its speaker's key.</summary>
    public override string ToString() => $"\u201C{Text}\u201D ({SpeakerKey})";
}
