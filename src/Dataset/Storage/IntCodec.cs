using System;

namespace Dataset.Storage;

/// <summary>
/// The <c>int</c> of <see cref="DataFormat"/>: 5 bits a symbol, least significant first, each symbol an ASCII letter,
/// digit, <c>+</c> or <c>/</c> (a <c>"..."u8</c> literal holds only valid UTF-8, and a small number is one byte).
/// Compiled into the generator, whose writer encodes, and the runtime, whose reader decodes: one codec for both.
/// </summary>
internal static class IntCodec
{
    /// <summary>The most symbols an int takes: 35 bits, room for a checksum (32 bits) and any length.</summary>
    public const int MaxSymbols = 7;

    /// <summary>The largest int there is.</summary>
    public const long MaxValue = (1L << (5 * MaxSymbols)) - 1;

    /// <summary>The symbols of a final 5-bit group, by value.</summary>
    public const string FinalDigits = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

    /// <summary>The symbols of a 5-bit group that more groups follow, by value.</summary>
    public const string MoreDigits = "WXYZabcdefghijklmnopqrstuvwxyz+/";

    /// <summary>Each byte's group value: 0-31 final, 32-63 more to follow, -1 not a symbol.</summary>
    private static readonly sbyte[] Values = BuildValues();

    /// <summary>
    /// Writes <paramref name="value"/> at <paramref name="position"/> of <paramref name="into"/>, which has room for
    /// <see cref="MaxSymbols"/> there; returns how many symbols it took.
    /// </summary>
    public static int Write(long value, byte[] into, int position)
    {
        // What a reader cannot read back is never written.
        if (value < 0 || value > MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"A Dataset data format int is 0 to {MaxValue}.");
        }

        var start = position;
        do
        {
            var group = (int)(value & 31);
            value >>= 5;
            into[position++] = (byte)(value == 0 ? FinalDigits[group] : MoreDigits[group]);
        }
        while (value != 0);

        return position - start;
    }

    /// <summary>
    /// Reads one int from <paramref name="position"/> on, moving past it; -1 when the bytes end first, hold something
    /// else, or run past <see cref="MaxSymbols"/>.
    /// </summary>
    public static long Read(ReadOnlySpan<byte> bytes, ref int position)
    {
        long value = 0;
        for (var symbol = 0; symbol < MaxSymbols && position < bytes.Length; symbol++)
        {
            var digit = Values[bytes[position++]];
            if (digit < 0)
            {
                return -1;
            }

            value |= (long)(digit & 31) << (5 * symbol);
            if (digit < 32)
            {
                return value;
            }
        }

        return -1;
    }

    private static sbyte[] BuildValues()
    {
        var values = new sbyte[256];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = -1;
        }

        for (var i = 0; i < 32; i++)
        {
            values[FinalDigits[i]] = (sbyte)i;
            values[MoreDigits[i]] = (sbyte)(i + 32);
        }

        return values;
    }
}
