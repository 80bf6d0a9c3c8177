using System;
using System.Text;

namespace Dataset.Storage;

/// <summary>
/// Base 85 as <see cref="DataFormat"/> specifies it (the <c>digits</c> of a packed block): 4 bytes in 5 printable
/// ASCII symbols, none of them a quote or a backslash, so the text goes into a C# literal as it is. Compiled into the
/// generator (which encodes) and the runtime (which decodes).
/// </summary>
internal static class Base85
{
    private const int GroupDigits = 5;

    private static readonly sbyte[] Values = BuildValues();

    /// <summary>The symbols of <paramref name="bytes"/>.</summary>
    public static string Encode(byte[] bytes) => Encode(bytes, bytes.Length);

    /// <summary>The symbols of the first <paramref name="length"/> bytes of <paramref name="bytes"/>.</summary>
    public static string Encode(byte[] bytes, int length)
    {
        var text = new StringBuilder(((length + 3) / 4) * GroupDigits);
        var digits = new char[GroupDigits];
        for (var start = 0; start < length; start += 4)
        {
            var count = Math.Min(4, length - start);
            uint value = 0;
            for (var i = 0; i < 4; i++)
            {
                value = (value << 8) | (i < count ? bytes[start + i] : 0u);
            }

            for (var i = GroupDigits - 1; i >= 0; i--)
            {
                digits[i] = DataFormat.Base85Digits[(int)(value % 85)];
                value /= 85;
            }

            // A last group of fewer than 4 bytes needs only its first count + 1 symbols.
            text.Append(digits, 0, count + 1);
        }

        return text.ToString();
    }

    /// <summary>
    /// The bytes the symbols of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> spell;
    /// null when they are not base 85 (a symbol outside the alphabet, a group over 32 bits, or a last group of one symbol).
    /// </summary>
    public static byte[]? Decode(ReadOnlySpan<byte> text, int start, int end)
    {
        var length = end - start;
        if (length % GroupDigits == 1)
        {
            return null;
        }

        var bytes = new byte[(length / GroupDigits * 4) + Math.Max(0, (length % GroupDigits) - 1)];
        var written = 0;
        for (var position = start; position < end; position += GroupDigits)
        {
            var count = Math.Min(GroupDigits, end - position);
            ulong value = 0;
            for (var i = 0; i < GroupDigits; i++)
            {
                // A short last group is read as if padded with the highest symbol, which rounds it back up.
                var digit = i < count ? Values[text[position + i]] : 84;
                if (digit < 0)
                {
                    return null;
                }

                value = (value * 85) + (ulong)digit;
            }

            if (value > uint.MaxValue)
            {
                return null;
            }

            for (var i = 0; i < count - 1; i++)
            {
                bytes[written++] = (byte)(value >> (24 - (8 * i)));
            }

            // A short last group has slack (several symbol strings round to the same bytes): only the one the encoder
            // writes is accepted, so every change to the symbols is seen.
            if (count < GroupDigits && !IsCanonical(text, position, count, value))
            {
                return null;
            }
        }

        return bytes;
    }

    /// <summary>How many symbols encode <paramref name="byteCount"/> bytes: 5 for each 4, and one more than the bytes of a last short group.</summary>
    public static long DigitCount(long byteCount) => (byteCount / 4 * GroupDigits) + (byteCount % 4 == 0 ? 0 : (byteCount % 4) + 1);

    /// <summary>Whether the <paramref name="count"/> symbols at <paramref name="position"/> are what encoding their bytes gives.</summary>
    private static bool IsCanonical(ReadOnlySpan<byte> text, int position, int count, ulong value)
    {
        // The group's bytes, padded with zero bytes as the encoder pads them.
        var kept = (count - 1) * 8;
        var padded = (value >> (32 - kept)) << (32 - kept);
        for (var i = GroupDigits - 1; i >= 0; i--)
        {
            if (i < count && Values[text[position + i]] != (int)(padded % 85))
            {
                return false;
            }

            padded /= 85;
        }

        return true;
    }

    private static sbyte[] BuildValues()
    {
        var values = new sbyte[256];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = -1;
        }

        for (var i = 0; i < DataFormat.Base85Digits.Length; i++)
        {
            values[DataFormat.Base85Digits[i]] = (sbyte)i;
        }

        return values;
    }
}
