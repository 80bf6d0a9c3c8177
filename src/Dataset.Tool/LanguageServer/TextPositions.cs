using System;
using System.Collections.Generic;
using Dataset.Generator.Model;
using Dataset.Tool.LanguageServer.Protocol;

namespace Dataset.Tool.LanguageServer;

/// <summary>
/// Places in a parse's text (<c>ParsedArticle.Text</c>: no BOM, every line break written as LF) to the client's
/// positions and back. The client's lines are the file's (LSP breaks lines at LF, CRLF and CR only, where the parser
/// writes one LF each), and its characters are UTF-16 code units counted in the file's own text, so only a BOM moves
/// them: by one on the first line. A <see cref="TextLocation"/> is read by its line and column, which the generator
/// gives in the file's terms whatever its offsets count in; its lines also break at U+0085, U+2028 and U+2029, as
/// Roslyn's do, and the protocol's do not.
/// </summary>
internal sealed class TextPositions
{
    private static readonly char[] GeneratorLineBreaks = { '\n', '\u0085', '\u2028', '\u2029' };

    private readonly List<int> _lineStarts;
    private readonly List<int> _generatorLineStarts;
    private readonly int _length;
    private readonly int _bom;

    public TextPositions(string normalizedText, bool hadBom)
    {
        _length = normalizedText.Length;
        _bom = hadBom ? 1 : 0;
        _lineStarts = LineStarts(normalizedText, new[] { '\n' });
        _generatorLineStarts = LineStarts(normalizedText, GeneratorLineBreaks);
    }

    /// <summary>The client's position of an offset in the parse's text.</summary>
    public Position Position(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        var line = LineOf(_lineStarts, offset);
        return new Position(line, offset - _lineStarts[line] + (line == 0 ? _bom : 0));
    }

    public LspRange Range(int start, int end) => new(Position(start), Position(Math.Max(start, end)));

    public LspRange Range(TextLocation location)
    {
        var (start, end) = Offsets(location);
        return Range(start, end);
    }

    /// <summary>Where a generator's location is in the parse's text, from its lines and columns.</summary>
    public (int Start, int End) Offsets(TextLocation location)
    {
        var start = FromLineColumn(location.StartLine, location.StartColumn);
        return (start, Math.Max(start, FromLineColumn(location.EndLine, location.EndColumn)));
    }

    /// <summary>The offset in the parse's text of <paramref name="position"/>, clamped into its line (and the text).</summary>
    public int Offset(Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= _lineStarts.Count)
        {
            return _length;
        }

        var start = _lineStarts[position.Line];
        var end = position.Line + 1 < _lineStarts.Count ? _lineStarts[position.Line + 1] - 1 : _length;
        return Math.Clamp(start + position.Character - (position.Line == 0 ? _bom : 0), start, end);
    }

    private int FromLineColumn(int line, int column)
    {
        if (line < 0)
        {
            return 0;
        }

        return line >= _generatorLineStarts.Count ? _length : Math.Clamp(_generatorLineStarts[line] + column, 0, _length);
    }

    private static int LineOf(List<int> starts, int offset)
    {
        var line = starts.BinarySearch(offset);
        return line >= 0 ? line : ~line - 1;
    }

    private static List<int> LineStarts(string text, char[] breaks)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOfAny(breaks); i >= 0; i = text.IndexOfAny(breaks, i + 1))
        {
            starts.Add(i + 1);
        }

        return starts;
    }
}
