using System;
using System.Text;
using Dataset.Storage;

namespace Dataset.Generator.Emitting;

/// <summary>
/// A growable array of bytes: the encoder writes a block's table and texts straight as the bytes of the block (see
/// <see cref="DataEncoder"/>), with no string of them in between.
/// </summary>
internal sealed class ByteBuffer
{
    private byte[] _bytes;

    public ByteBuffer(int capacity = 64)
    {
        _bytes = new byte[Math.Max(capacity, 16)];
    }

    public int Length { get; private set; }

    /// <summary>The bytes; those from <see cref="Length"/> on are not part of the buffer.</summary>
    public byte[] Bytes => _bytes;

    public void Append(ByteBuffer other) => Append(other._bytes, 0, other.Length);

    public void Append(byte[] bytes, int start, int count)
    {
        Reserve(count);
        Buffer.BlockCopy(bytes, start, _bytes, Length, count);
        Length += count;
    }

    /// <summary>Appends an <c>int</c> of the data format (see <see cref="IntCodec"/>).</summary>
    public void AppendInt(long value)
    {
        Reserve(IntCodec.MaxSymbols);
        Length += IntCodec.Write(value, _bytes, Length);
    }

    /// <summary>Appends symbols that are all ASCII, a byte each.</summary>
    public void AppendAscii(string symbols)
    {
        Reserve(symbols.Length);
        foreach (var symbol in symbols)
        {
            _bytes[Length++] = (byte)symbol;
        }
    }

    /// <summary>Appends <paramref name="value"/> in UTF-8, <paramref name="byteCount"/> bytes (a lone surrogate becomes U+FFFD).</summary>
    public void AppendUtf8(string value, int byteCount)
    {
        Reserve(byteCount);
        Length += Encoding.UTF8.GetBytes(value, 0, value.Length, _bytes, Length);
    }

    public void Clear() => Length = 0;

    /// <summary>The bytes from <paramref name="start"/> on as text (ASCII symbols, or UTF-8 texts).</summary>
    public string ToUtf8String(int start = 0) => Encoding.UTF8.GetString(_bytes, start, Length - start);

    private void Reserve(int count)
    {
        if (Length + count > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(Length + count, _bytes.Length * 2));
        }
    }
}
