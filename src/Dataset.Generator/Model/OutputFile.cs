namespace Dataset.Generator.Model;

/// <summary>
/// One generated source file and the articles it holds: one article in a small dataset, a bucket of articles in a
/// large one (see <see cref="Emitting.OutputFiles"/>). <paramref name="HintName"/> is null for an article that
/// cannot name a file (one that is not emitted: its file only reports its diagnostics). <paramref name="Chunk"/> is
/// the name of the class that holds the file's encoded data.
/// </summary>
internal sealed record OutputFile(string? HintName, string Chunk, EquatableArray<ArticleEmitInput> Articles);
