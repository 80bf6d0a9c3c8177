using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Dataset.Storage;

/// <summary>
/// Reads one block of encoded data (see <see cref="DataFormat"/>) as the generator's <c>BlockWriter</c> writes it,
/// checked: the magic, the version and the checksum are verified before anything is read, so damaged data is an
/// exception and never a wrong value.
/// </summary>
internal sealed class BlockReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private readonly byte[] _bytes;
    private readonly int _tableStart;
    private readonly int _tableEnd;
    private readonly int _textLength;
    private readonly (long Position, long Unit)[] _patches;

    private BlockReader(byte[] bytes, int tableStart, int tableEnd, int textLength, (long Position, long Unit)[] patches)
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

    /// <summary>Checks and opens a block of <paramref name="kind"/>; <paramref name="what"/> names it in messages.</summary>
    public static BlockReader Open(byte[] bytes, int kind, string what)
    {
        if (bytes.Length < 2 || bytes[0] != (byte)DataFormat.Magic[0] || bytes[1] != (byte)DataFormat.Magic[1])
        {
            throw new InvalidDataException($"The {what} is not Dataset data: it does not start with \"{DataFormat.Magic}\".");
        }

        var position = 2;
        var version = ReadHeaderInt(bytes, ref position, what);
        if (version != DataFormat.Version)
        {
            var runtime = typeof(BlockReader).Assembly.GetName().Version;
            throw new InvalidDataException(version > DataFormat.Version
                ? $"The {what} was generated in Dataset data format {version}, but this Dataset runtime ({runtime}) reads format {DataFormat.Version}: update the Dataset package of the project that runs it."
                : $"The {what} is in Dataset data format {version}, which this Dataset runtime ({runtime}) no longer reads (it reads format {DataFormat.Version}): rebuild the dataset with this package.");
        }

        var packing = ReadHeaderInt(bytes, ref position, what);
        if (packing == DataFormat.Packed)
        {
            bytes = Unpack(bytes, position, what);
            position = 0;
        }
        else if (packing != DataFormat.Plain)
        {
            throw Damaged($"the {what} is packed in an unknown way");
        }

        var checksum = ReadHeaderInt(bytes, ref position, what);
        if (checksum != (long)Fnv1a.Hash(bytes, position, bytes.Length))
        {
            throw Damaged($"the {what}'s checksum does not match its content");
        }

        var actualKind = ReadHeaderInt(bytes, ref position, what);
        var tableLength = ReadHeaderInt(bytes, ref position, what);
        var textLength = ReadHeaderInt(bytes, ref position, what);
        var patchCount = ReadHeaderInt(bytes, ref position, what);
        if (patchCount > bytes.Length - position)
        {
            throw Damaged($"the {what}'s header does not match its length");
        }

        var patches = new (long Position, long Unit)[patchCount];
        for (var i = 0; i < patches.Length; i++)
        {
            patches[i] = (ReadHeaderInt(bytes, ref position, what), ReadHeaderInt(bytes, ref position, what));
        }

        if (actualKind != kind || tableLength > bytes.Length - position || textLength != bytes.Length - position - tableLength)
        {
            throw Damaged($"the {what}'s header does not match its length");
        }

        // A patch points at the three bytes of a U+FFFD in the text, in order, and holds a lone surrogate.
        var textStart = position + (int)tableLength;
        for (var i = 0; i < patches.Length; i++)
        {
            var (at, unit) = patches[i];
            if (at > textLength - 3 || (i > 0 && at <= patches[i - 1].Position)
                || bytes[textStart + at] != 0xEF || bytes[textStart + at + 1] != 0xBF || bytes[textStart + at + 2] != 0xBD
                || unit < 0xD800 || unit > 0xDFFF)
            {
                throw Damaged($"the {what}'s text patches do not match its text");
            }
        }

        return new BlockReader(bytes, position, textStart, (int)textLength, patches);
    }

    /// <summary>
    /// The plain block a packed one holds (from <paramref name="position"/>: its length, then base 85 digits of raw
    /// deflate data). Inflating stops one byte past the declared length, so damaged data can neither run long nor
    /// claim more memory than deflate could ever expand its bytes to (1,032 to 1).
    /// </summary>
    private static byte[] Unpack(byte[] bytes, int position, string what)
    {
        var length = ReadHeaderInt(bytes, ref position, what);
        var deflatedLength = ReadHeaderInt(bytes, ref position, what);
        var deflated = Base85.Decode(bytes, position) ?? throw Damaged($"the {what}'s packed digits are not base 85");
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
        string text;
        try
        {
            text = StrictUtf8.GetString(_bytes, _tableEnd + start, length);
        }
        catch (DecoderFallbackException exception)
        {
            throw new InvalidDataException("The dataset's encoded data is damaged (a text is not valid UTF-8): rebuild the project that generated it.", exception);
        }

        if (_patches.Length == 0 || _patches[_patches.Length - 1].Position < start || _patches[0].Position >= start + length)
        {
            return text;
        }

        var characters = text.ToCharArray();
        foreach (var (at, unit) in _patches)
        {
            if (at >= start && at < start + length)
            {
                // The replacement character's index: the characters the bytes before it decode to.
                characters[StrictUtf8.GetCharCount(_bytes, _tableEnd + start, (int)at - start)] = (char)unit;
            }
        }

        return new string(characters);
    }

    private static long ReadHeaderInt(byte[] bytes, ref int position, string what)
    {
        var value = IntCodec.Read(bytes, ref position, bytes.Length);
        return value >= 0 ? value : throw Damaged($"the {what}'s header is cut short");
    }

    internal static InvalidDataException Damaged(string why) => new($"The dataset's encoded data is damaged ({why}): rebuild the project that generated it.");

    /// <summary>Reads a block's table from a position on; every read is checked against the table's end.</summary>
    internal struct TableReader
    {
        private readonly BlockReader _block;
        private int _position;

        public TableReader(BlockReader block, int position)
        {
            _block = block;
            _position = position;
        }

        /// <summary>How far into the table the reader is, in bytes.</summary>
        public int Offset => _position - _block._tableStart;

        /// <summary>An int that fits an <see cref="int"/>.</summary>
        public int Int()
        {
            var value = IntCodec.Read(_block._bytes, ref _position, _block._tableEnd);
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
