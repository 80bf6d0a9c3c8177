using System;
using System.Collections.Generic;
using Dataset.Tool.LanguageServer.Protocol;

namespace Dataset.Tool.LanguageServer;

/// <summary>
/// The editor's own text of each open file (its BOM and line endings as they are), which incremental changes edit:
/// the parse's text cannot be edited in their place, as it writes every line break as LF. A change's positions are
/// the protocol's: lines break at LF, CRLF and CR, and characters count UTF-16 code units of the line.
/// </summary>
internal sealed class EditorTexts
{
    private static readonly char[] LineBreaks = { '\r', '\n' };

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    public void Open(string uri, string text) => _texts[uri] = text;

    public void Close(string uri) => _texts.Remove(uri);

    /// <summary>The line break the file writes (CRLF when its text has one), for the lines an edit adds.</summary>
    public string NewLine(string uri) => _texts.TryGetValue(uri, out var text) && text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    /// <summary>The text after <paramref name="changes"/>, applied in order; null when the file was never opened and the first change is not the whole text.</summary>
    public string? Change(string uri, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        _texts.TryGetValue(uri, out var text);
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text ?? string.Empty;
            }
            else if (text is not null)
            {
                text = Apply(text, change.Range, change.Text ?? string.Empty);
            }
        }

        if (text is not null)
        {
            _texts[uri] = text;
        }

        return text;
    }

    /// <summary><paramref name="text"/> with <paramref name="range"/> replaced by <paramref name="newText"/> (a reversed range counts from its earlier end).</summary>
    public static string Apply(string text, LspRange range, string newText)
    {
        var start = Offset(text, range.Start);
        var end = Offset(text, range.End);
        if (end < start)
        {
            (start, end) = (end, start);
        }

        return string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
    }

    /// <summary>The offset of <paramref name="position"/>: a character past its line's end is the line's end, a line past the last is the text's end.</summary>
    public static int Offset(string text, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        var lineStart = 0;
        for (var line = 0; line < position.Line; line++)
        {
            var lineBreak = text.IndexOfAny(LineBreaks, lineStart);
            if (lineBreak < 0)
            {
                return text.Length;
            }

            lineStart = lineBreak + (text[lineBreak] == '\r' && lineBreak + 1 < text.Length && text[lineBreak + 1] == '\n' ? 2 : 1);
        }

        var lineEnd = text.IndexOfAny(LineBreaks, lineStart);
        return lineStart + Math.Clamp(position.Character, 0, (lineEnd < 0 ? text.Length : lineEnd) - lineStart);
    }
}
