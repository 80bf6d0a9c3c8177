using System;
using System.IO;
using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Dataset.Storage;

/// <summary>
/// Reads one block of encoded data (see <see cref="DataFormat"/>) as the generator's <c>BlockWriter</c> writes it,
/// checked: the magic, the version and the checksum are verified before anything is read, so damaged data is an
/// exception and never a wrong value.
/// </summary>
internal sealed class BlockReader
{
    /// <summary>Room to decode a short text into: a text is decoded on one thread at a time into its own string.</summary>
    [ThreadStatic]
    private static char[]? _scratch;

    private readonly DataBytes _bytes;
    private readonly int _tableStart;
    private readonly int _tableEnd;
    private readonly int _textLength;
    private readonly (long Position, long Unit)[] _patches;

    private BlockReader(DataBytes bytes, int tableStart, int tableEnd, int textLength, (long Position, long Unit)[] patches)
    {
        _bytes = bytes;
        _tableStart = tableStart;
        _tableEnd = tableEnd;
        _textLength = textLength;
        _patches = patches;
    }

    /// <summary>The length of the block's texts, in UTF-8 bytes.</summary>
    public int TextLength => _textLength;

    /// <summary>A reader at the start of the table.</summary>
    public TableReader Table() => new(this, _tableStart);

    /// <summary>A reader at <paramref name="offset"/> bytes into the table.</summary>
    public TableReader Table(int offset) =>
        offset >= 0 && offset <= _tableEnd - _tableStart ? new(this, _tableStart + offset) : throw Damaged("a table offset lies outside the table");

    /// <summary>Checks and opens a block of <paramref name="kind"/> that is all of <paramref name="bytes"/>; <paramref name="what"/> names it in messages.</summary>
    public static BlockReader Open(DataBytes bytes, int kind, string what)
    {
        var block = Open(bytes, 0, kind, what, out var end);
        return end == bytes.Length ? block : throw Damaged($"the {what}'s header does not match its length");
    }

    /// <summary>
    /// Checks and opens the block of <paramref name="kind"/> at <paramref name="start"/> of <paramref name="bytes"/>
    /// (other blocks may follow it: a chunk is two); <paramref name="end"/> is where it ends.
    /// </summary>
    public static BlockReader Open(DataBytes bytes, int start, int kind, string what, out int end)
    {
        var span = bytes.Span;
        if (span.Length - start < 2 || span[start] != (byte)DataFormat.Magic[0] || span[start + 1] != (byte)DataFormat.Magic[1])
        {
            throw NotDatasetData(what);
        }

        var position = start + 2;
        var version = ReadHeaderInt(span, ref position, what);
        if (version != DataFormat.Version)
        {
            throw OtherVersion(what, version);
        }

        var packing = ReadHeaderInt(span, ref position, what);
        var plainEnd = span.Length;
        if (packing == DataFormat.Packed)
        {
            var plain = Unpack(span, ref position, what);
            bytes = plain;
            span = plain;
            end = position;
            position = 0;
            plainEnd = span.Length;
        }
        else if (packing != DataFormat.Plain)
        {
            throw Damaged($"the {what} is packed in an unknown way");
        }
        else
        {
            end = -1;
        }

        var checksum = ReadHeaderInt(span, ref position, what);
        var checkedFrom = position;
        var actualKind = ReadHeaderInt(span, ref position, what);
        var tableLength = ReadHeaderInt(span, ref position, what);
        var textLength = ReadHeaderInt(span, ref position, what);
        var patchCount = ReadHeaderInt(span, ref position, what);
        if (patchCount > plainEnd - position)
        {
            throw Damaged($"the {what}'s header does not match its length");
        }

        var patches = new (long Position, long Unit)[patchCount];
        for (var i = 0; i < patches.Length; i++)
        {
            patches[i] = (ReadHeaderInt(span, ref position, what), ReadHeaderInt(span, ref position, what));
        }

        // A plain block ends after its text; a packed one's plain form is exactly its length.
        var blockEnd = position + tableLength + textLength;
        if (actualKind != kind || blockEnd > plainEnd || (packing == DataFormat.Packed && blockEnd != plainEnd))
        {
            throw Damaged($"the {what}'s header does not match its length");
        }

        if (packing == DataFormat.Plain)
        {
            end = (int)blockEnd;
        }

        if (checksum != (long)Checksum.Hash(span, checkedFrom, (int)blockEnd))
        {
            throw Damaged($"the {what}'s checksum does not match its content");
        }

        var textStart = position + (int)tableLength;
        if (patches.Length > 0)
        {
            CheckPatches(span, textStart, textLength, patches, what);
        }

        return new BlockReader(bytes, position, textStart, (int)textLength, patches);
    }

    /// <summary>
    /// How many bytes the block at the start of <paramref name="data"/> takes, from its header alone (nothing is
    /// checked: <see cref="Open(DataBytes, int, int, string, out int)"/> checks it); all of them when the header
    /// cannot tell. A chunk's quotes are read without copying its articles' block.
    /// </summary>
    public static int Length(ReadOnlySpan<byte> data)
    {
        var position = 2;
        IntCodec.Read(data, ref position);
        long end;
        if (IntCodec.Read(data, ref position) == DataFormat.Packed)
        {
            // length deflatedLength, then the digits.
            IntCodec.Read(data, ref position);
            var deflatedLength = IntCodec.Read(data, ref position);
            end = deflatedLength < 0 ? -1 : position + Base85.DigitCount(deflatedLength);
        }
        else
        {
            // checksum kind tableLength textLength patchCount patches, then the table and the text.
            IntCodec.Read(data, ref position);
            IntCodec.Read(data, ref position);
            var tableLength = IntCodec.Read(data, ref position);
            var textLength = IntCodec.Read(data, ref position);
            var patchCount = IntCodec.Read(data, ref position);
            for (long i = 0; i < 2 * patchCount && position < data.Length; i++)
            {
                IntCodec.Read(data, ref position);
            }

            end = tableLength < 0 || textLength < 0 || patchCount < 0 ? -1 : position + tableLength + textLength;
        }

        return end >= 0 && end <= data.Length ? (int)end : data.Length;
    }

    // Apart from Open, as the patches are rare: a fresh process compiles only the code it runs.
    private static void CheckPatches(ReadOnlySpan<byte> bytes, int textStart, long textLength, (long Position, long Unit)[] patches, string what)
    {
        // A patch points at the three bytes of a U+FFFD in the text, in order, and holds a lone surrogate.
        for (var i = 0; i < patches.Length; i++)
        {
            var (at, unit) = patches[i];
            if (at > textLength - 3 || (i > 0 && at <= patches[i - 1].Position)
                || bytes[(int)(textStart + at)] != 0xEF || bytes[(int)(textStart + at + 1)] != 0xBF || bytes[(int)(textStart + at + 2)] != 0xBD
                || unit < 0xD800 || unit > 0xDFFF)
            {
                throw Damaged($"the {what}'s text patches do not match its text");
            }
        }
    }

    private static InvalidDataException NotDatasetData(string what) => new($"The {what} is not Dataset data: it does not start with \"{DataFormat.Magic}\".");

    private static InvalidDataException OtherVersion(string what, long version)
    {
        var runtime = typeof(BlockReader).Assembly.GetName().Version;
        return new InvalidDataException(version > DataFormat.Version
            ? $"The {what} was generated in Dataset data format {version}, but this Dataset runtime ({runtime}) reads format {DataFormat.Version}: update the Dataset package of the project that runs it."
            : $"The {what} is in Dataset data format {version}, which this Dataset runtime ({runtime}) no longer reads (it reads format {DataFormat.Version}): rebuild the dataset with this package.");
    }

    /// <summary>
    /// The plain block a packed one holds (from <paramref name="position"/>: its length, then base 85 digits of raw
    /// deflate data). Inflating stops one byte past the declared length, so damaged data can neither run long nor
    /// claim more memory than deflate could ever expand its bytes to (1,032 to 1).
    /// </summary>
    private static byte[] Unpack(ReadOnlySpan<byte> bytes, ref int position, string what)
    {
        var length = ReadHeaderInt(bytes, ref position, what);
        var deflatedLength = ReadHeaderInt(bytes, ref position, what);
        var digits = Base85.DigitCount(deflatedLength);
        if (digits > bytes.Length - position)
        {
            throw Damaged($"the {what}'s packed digits are cut short or run long");
        }

        var deflated = Base85.Decode(bytes, position, position + (int)digits) ?? throw Damaged($"the {what}'s packed digits are not base 85");
        position += (int)digits;
        if (deflated.Length != deflatedLength)
        {
            throw Damaged($"the {what}'s packed digits are cut short or run long");
        }

        if (length > Math.Min(int.MaxValue, (deflated.Length * 1032L) + 64))
        {
            throw Damaged($"the {what}'s packed length does not match its data");
        }

        var plain = new byte[length];
        int read;
        bool longer;
        try
        {
            using var inflate = new DeflateStream(new MemoryStream(deflated), CompressionMode.Decompress);
            read = 0;
            int count;
            while (read < plain.Length && (count = inflate.Read(plain, read, plain.Length - read)) > 0)
            {
                read += count;
            }

            longer = inflate.ReadByte() >= 0;
        }
        catch (Exception exception)
        {
            throw new InvalidDataException($"The dataset's encoded data is damaged (the {what}'s packed data does not inflate): rebuild the project that generated it.", exception);
        }

        if (read != plain.Length || longer)
        {
            throw Damaged($"the {what}'s packed length does not match its data");
        }

        return plain;
    }

    /// <summary>The text of <paramref name="length"/> bytes at <paramref name="start"/> of the block's text, with its lone surrogates put back.</summary>
    private string Decode(int start, int length)
    {
        var from = _tableEnd + start;
        var bytes = _bytes.Span;
        if (_patches.Length == 0 && Ascii(bytes, from, length) is { } ascii)
        {
            return ascii;
        }

        var chars = length <= 256 ? (_scratch ??= new char[256]) : new char[length];
        var count = Utf8(bytes, from, from + length, chars)
            ?? throw new InvalidDataException("The dataset's encoded data is damaged (a text is not valid UTF-8): rebuild the project that generated it.");
        if (_patches.Length != 0 && _patches[_patches.Length - 1].Position >= start && _patches[0].Position < start + length)
        {
            foreach (var (at, unit) in _patches)
            {
                if (at >= start && at < start + length)
                {
                    // The replacement character's index: the characters the bytes before it decode to.
                    chars[CharCount(bytes, from, _tableEnd + (int)at)] = (char)unit;
                }
            }
        }

        return new string(chars, 0, count);
    }

    /// <summary>
    /// The text of the <paramref name="length"/> bytes at <paramref name="start"/> when they are all ASCII (most texts
    /// are), written straight into the string; null at the first byte that is not.
    /// </summary>
    private static unsafe string? Ascii(ReadOnlySpan<byte> bytes, int start, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        // A string no one else has seen yet: filling it in place is the netstandard2.0 form of string.Create.
        var text = new string('\0', length);
        fixed (char* chars = text)
        fixed (byte* from = bytes.Slice(start))
        {
            var i = 0;
            if (BitConverter.IsLittleEndian)
            {
                // Eight bytes at a time: none with its high bit set, each widened to its char (about three times
                // faster than byte by byte, on the texts a fresh process reads first).
                for (; i <= length - 8; i += 8)
                {
                    var eight = Unsafe.ReadUnaligned<ulong>(from + i);
                    if ((eight & 0x8080808080808080ul) != 0)
                    {
                        return null;
                    }

                    Unsafe.WriteUnaligned(chars + i, Widen((uint)eight));
                    Unsafe.WriteUnaligned(chars + i + 4, Widen((uint)(eight >> 32)));
                }
            }

            for (; i < length; i++)
            {
                var b = from[i];
                if (b >= 0x80)
                {
                    return null;
                }

                chars[i] = (char)b;
            }
        }

        return text;
    }

    /// <summary>Four ASCII bytes (little-endian) as the four UTF-16 code units they are, little-endian.</summary>
    private static ulong Widen(uint four) =>
        (four & 0xFFul) | ((four & 0xFF00ul) << 8) | ((four & 0xFF0000ul) << 16) | ((four & 0xFF000000ul) << 24);

    private static int? Utf8(ReadOnlySpan<byte> bytes, int start, int end, char[] chars)
    {
        var count = 0;
        var i = start;
        while (i < end)
        {
            int b = bytes[i];
            if (b < 0x80)
            {
                chars[count++] = (char)b;
                i++;
                continue;
            }

            int need;
            int low = 0x80;
            int high = 0xBF;
            int value;
            if (b >= 0xC2 && b <= 0xDF)
            {
                need = 1;
                value = b & 0x1F;
            }
            else if (b >= 0xE0 && b <= 0xEF)
            {
                need = 2;
                value = b & 0x0F;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            }
            else if (b >= 0xF0 && b <= 0xF4)
            {
                need = 3;
                value = b & 0x07;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            }
            else
            {
                return null;
            }

            if (end - i <= need)
            {
                return null;
            }

            for (var k = 1; k <= need; k++)
            {
                int next = bytes[i + k];
                if (next < low || next > high)
                {
                    return null;
                }

                value = (value << 6) | (next & 0x3F);
                low = 0x80;
                high = 0xBF;
            }

            i += need + 1;
            if (value >= 0x10000)
            {
                value -= 0x10000;
                chars[count++] = (char)(0xD800 + (value >> 10));
                chars[count++] = (char)(0xDC00 + (value & 0x3FF));
            }
            else
            {
                chars[count++] = (char)value;
            }
        }

        return count;
    }

    /// <summary>The UTF-16 length of the well-formed UTF-8 from <paramref name="start"/> to <paramref name="end"/>: a char a lead byte, two for a 4-byte one.</summary>
    private static int CharCount(ReadOnlySpan<byte> bytes, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var b = bytes[i];
            if ((b & 0xC0) != 0x80)
            {
                count += b >= 0xF0 ? 2 : 1;
            }
        }

        return count;
    }

    private static long ReadHeaderInt(ReadOnlySpan<byte> bytes, ref int position, string what)
    {
        var value = IntCodec.Read(bytes, ref position);
        return value >= 0 ? value : throw Damaged($"the {what}'s header is cut short");
    }

    internal static InvalidDataException Damaged(string why) => new($"The dataset's encoded data is damaged ({why}): rebuild the project that generated it.");

    /// <summary>Reads a block's table from a position on; every read is checked against the table's end.</summary>
    internal ref struct TableReader
    {
        private readonly BlockReader _block;
        private readonly ReadOnlySpan<byte> _table;
        private int _position;

        public TableReader(BlockReader block, int position)
        {
            _block = block;
            _table = block._bytes.Span.Slice(0, block._tableEnd);
            _position = position;
        }

        /// <summary>How far into the table the reader is, in bytes.</summary>
        public int Offset => _position - _block._tableStart;

        /// <summary>An int that fits an <see cref="int"/>.</summary>
        public int Int()
        {
            var value = IntCodec.Read(_table, ref _position);
            return value is >= 0 and <= int.MaxValue ? (int)value : throw Damaged("the table is cut short or holds a bad number");
        }

        /// <summary>A count of items that each take at least one byte of what is left of the table.</summary>
        public int Count()
        {
            var count = Int();
            return count <= _block._tableEnd - _position ? count : throw Damaged("a count is larger than the table");
        }

        public string? NullableString()
        {
            var code = Int();
            if (code == DataFormat.NullString)
            {
                return null;
            }

            var start = Int();
            var length = DataFormat.StringLength(code);
            return start <= _block._textLength && length <= _block._textLength - start
                ? _block.Decode(start, length)
                : throw Damaged("a text lies outside the block");
        }

        public string String() => NullableString() ?? throw Damaged("a required text is missing");

        /// <summary>Moves past a <c>str</c> or <c>str?</c> without decoding its text.</summary>
        public void SkipString()
        {
            if (Int() != DataFormat.NullString)
            {
                Int();
            }
        }
    }
}
