using System.Collections.Generic;
using Dataset.Storage;

namespace Dataset.Generator.Emitting;

/// <summary>
/// Writes one block of encoded data (see <see cref="DataFormat"/>): its texts (each distinct text once), its ints and
/// string references, and its header and checksum. The runtime's <c>BlockReader</c> is its reader.
/// </summary>
internal sealed class BlockWriter
{
    private readonly ByteBuffer _text;
    private readonly Dictionary<string, int> _starts;
    private readonly List<(int Position, char Unit)> _patches = new();

    /// <summary>A writer with room for <paramref name="textCapacity"/> bytes of texts before it grows.</summary>
    public BlockWriter(int textCapacity, int strings)
    {
        _text = new ByteBuffer(textCapacity);
        _starts = new Dictionary<string, int>(strings, System.StringComparer.Ordinal);
    }

    /// <summary>
    /// Writes a reference to <paramref name="value"/> (null included): its length and start in bytes of the block's
    /// UTF-8 text. Returns where its text starts, in bytes.
    /// </summary>
    public int String(ByteBuffer table, string? value)
    {
        if (value is null)
        {
            table.AppendInt(DataFormat.NullString);
            return -1;
        }

        var bytes = ByteCount(value, 0, value.Length);
        if (!_starts.TryGetValue(value, out var start))
        {
            start = _text.Length;
            _starts.Add(value, start);
            AppendText(value, bytes);
        }

        Reference(table, bytes, start);
        return start;
    }

    /// <summary>Writes a reference to the <paramref name="byteLength"/> bytes at <paramref name="start"/> of the block's text.</summary>
    public static void Reference(ByteBuffer table, int byteLength, int start)
    {
        table.AppendInt(DataFormat.StringCode(byteLength));
        table.AppendInt(start);
    }

    /// <summary>
    /// The UTF-8 length of <paramref name="count"/> characters of a text from <paramref name="start"/>, as the block
    /// holds them (a lone surrogate is U+FFFD: 3 bytes). Counted in place: no substring.
    /// </summary>
    public static int ByteCount(string value, int start, int count)
    {
        var bytes = 0;
        var end = start + count;
        for (var i = start; i < end; i++)
        {
            var c = value[i];
            if (c < 0x80)
            {
                bytes++;
            }
            else if (c < 0x800)
            {
                bytes += 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(value[i + 1]))
            {
                bytes += 4;
                i++;
            }
            else
            {
                bytes += 3;
            }
        }

        return bytes;
    }

    /// <summary>The start of every block: the magic, the version and how the rest is packed.</summary>
    public static ByteBuffer Head(int packing, int capacity)
    {
        var head = new ByteBuffer(capacity);
        head.AppendAscii(DataFormat.Magic);
        head.AppendInt(DataFormat.Version);
        head.AppendInt(packing);
        return head;
    }

    /// <summary>
    /// The block: plain (the header and table as the first piece, then the texts, when there are any), or packed
    /// when it has <paramref name="minimumPackedBytes"/> or more and packing makes it shorter (see <see cref="BlockPacker"/>).
    /// </summary>
    public List<string> Finish(int kind, ByteBuffer table, int minimumPackedBytes)
    {
        // What follows the checksum: the header and table (ASCII), then the texts.
        var afterChecksum = new ByteBuffer(table.Length + _text.Length + 32);
        afterChecksum.AppendInt(kind);
        afterChecksum.AppendInt(table.Length);
        afterChecksum.AppendInt(_text.Length);
        afterChecksum.AppendInt(_patches.Count);
        foreach (var (position, unit) in _patches)
        {
            afterChecksum.AppendInt(position);
            afterChecksum.AppendInt(unit);
        }

        afterChecksum.Append(table);
        var textStart = afterChecksum.Length;
        afterChecksum.Append(_text);

        var checksumSymbols = new ByteBuffer(IntCodec.MaxSymbols);
        checksumSymbols.AppendInt(Checksum.Hash(afterChecksum.Bytes, 0, afterChecksum.Length));
        return BlockPacker.Pack(checksumSymbols, afterChecksum, minimumPackedBytes) ?? Plain(checksumSymbols, afterChecksum, textStart);
    }

    private static List<string> Plain(ByteBuffer checksum, ByteBuffer afterChecksum, int textStart)
    {
        var head = Head(DataFormat.Plain, checksum.Length + textStart + 8);
        head.Append(checksum);
        head.Append(afterChecksum.Bytes, 0, textStart);
        var first = head.ToUtf8String();
        return textStart == afterChecksum.Length ? new List<string> { first } : new List<string> { first, afterChecksum.ToUtf8String(textStart) };
    }

    /// <summary>
    /// Appends a text; a lone surrogate (which UTF-8 cannot hold) becomes U+FFFD and a patch, at the replacement's
    /// byte offset, that restores it.
    /// </summary>
    private void AppendText(string value, int bytes)
    {
        var position = _text.Length;
        _text.AppendUtf8(value, bytes);
        if (!HasSurrogate(value))
        {
            return;
        }

        // Where each character's bytes start: the block's bytes before this text, then this text's so far.
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                position += 4;
            }
            else if (char.IsSurrogate(c))
            {
                _patches.Add((position, c));
                position += 3;
            }
            else
            {
                position += ByteCount(value, i, 1);
            }
        }
    }

    /// <summary>Whether a text holds a surrogate: one without any is appended as it is.</summary>
    private static bool HasSurrogate(string value)
    {
        foreach (var c in value)
        {
            if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
