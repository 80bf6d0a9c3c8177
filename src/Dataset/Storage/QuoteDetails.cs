namespace Dataset.Storage;

/// <summary>What a <see cref="Quote"/> decodes from its record only when first asked for: its key, cue and location.</summary>
internal sealed class QuoteDetails
{
    public QuoteDetails(string key, string? cue, SourceLocation location)
    {
        Key = key;
        Cue = cue;
        Location = location;
    }

    public string Key { get; }

    public string? Cue { get; }

    public SourceLocation Location { get; }
}
