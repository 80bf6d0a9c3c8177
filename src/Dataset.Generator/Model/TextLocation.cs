namespace Dataset.Generator.Model;

/// <summary>
/// A span of a data file: 0-based character offsets and 0-based line/column positions, as Roslyn's
/// <c>TextSpan</c> and <c>LinePositionSpan</c> want them. Plain data so models stay equatable.
/// </summary>
internal readonly record struct TextLocation(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public int End => Start + Length;
}
