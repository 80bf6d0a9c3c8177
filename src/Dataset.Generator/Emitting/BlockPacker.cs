using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using Dataset.Storage;

namespace Dataset.Generator.Emitting;

/// <summary>
/// Packs a large block (see <see cref="DataFormat"/>): deflated and written in base 85. The compiler's cost for a
/// <c>"..."u8</c> literal grows with its bytes (it lowers and checks every byte), and a dataset's texts deflate to about
/// a third, so a packed dataset builds markedly faster; the runtime inflates a chunk once, when it is first read.
/// A small block stays plain and readable (as in the snapshots of small articles): packing it would gain little.
/// </summary>
internal static class BlockPacker
{
    /// <summary>Blocks of fewer UTF-8 bytes stay plain.</summary>
    internal const int MinimumBytes = 4096;

    /// <summary>
    /// What the blocks that a fresh process reads first stay plain below: the index and a chunk's quotes' block. A
    /// plain block is read without base 85 and inflating (whose first use alone costs a fresh process milliseconds),
    /// and these are a small part of the data: the paragraphs, the bulk of it, are in the articles' blocks.
    /// </summary>
    internal const int NeverPacked = int.MaxValue;

    /// <summary>The longest line of base 85 symbols in the generated code.</summary>
    private const int LineLength = 4000;

    /// <summary>
    /// The pieces of the packed block whose plain form is <paramref name="checksum"/> (ASCII symbols) followed by
    /// <paramref name="afterChecksum"/>; null when it should stay plain (under <paramref name="minimumBytes"/>, or no shorter packed).
    /// </summary>
    public static List<string>? Pack(ByteBuffer checksum, ByteBuffer afterChecksum, int minimumBytes)
    {
        var rawLength = checksum.Length + afterChecksum.Length;
        if (rawLength < minimumBytes)
        {
            return null;
        }

        string digits;
        int deflatedLength;
        using (var output = new MemoryStream(rawLength / 2))
        {
            using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write(checksum.Bytes, 0, checksum.Length);
                deflate.Write(afterChecksum.Bytes, 0, afterChecksum.Length);
            }

            deflatedLength = (int)output.Length;
            digits = Base85.Encode(output.GetBuffer(), deflatedLength);
        }

        if (digits.Length >= rawLength)
        {
            return null;
        }

        var head = BlockWriter.Head(DataFormat.Packed, 32);
        head.AppendInt(rawLength);
        head.AppendInt(deflatedLength);
        var pieces = new List<string>();
        for (var start = 0; start < digits.Length; start += LineLength)
        {
            var piece = digits.Substring(start, System.Math.Min(LineLength, digits.Length - start));
            pieces.Add(start == 0 ? head.ToUtf8String() + piece : piece);
        }

        return pieces;
    }
}
