using System;

namespace Dataset.Storage;

/// <summary>
/// The bytes a block is read from: an array, or the static data of a <c>"..."u8</c> literal read where it lies. A
/// literal's data is part of the loaded assembly's image and never moves, so a fresh process that reads every quote
/// copies none of it (about a megabyte of fresh memory at 1,000 articles). Only the code generated for a dataset
/// hands over literals (<see cref="EncodedDataset(IndexSource, DataSource, Type)"/>); any other span is copied into
/// an array, as its memory may move or be freed.
/// </summary>
internal readonly unsafe struct DataBytes
{
    private readonly byte[]? _array;
    private readonly byte* _literal;

    private DataBytes(byte[]? array, byte* literal, int length)
    {
        _array = array;
        _literal = literal;
        Length = length;
    }

    /// <summary>How many bytes there are.</summary>
    public int Length { get; }

    /// <summary>The bytes.</summary>
    public ReadOnlySpan<byte> Span => _array is null ? new ReadOnlySpan<byte>(_literal, Length) : _array;

    public static implicit operator DataBytes(byte[] array) => new(array ?? throw new ArgumentNullException(nameof(array)), null, array.Length);

    /// <summary>
    /// The static data of a <c>"..."u8</c> literal, read in place: the caller keeps the assembly that holds it loaded
    /// while these bytes are read (a collectible one could otherwise unload it).
    /// </summary>
    public static DataBytes Literal(ReadOnlySpan<byte> literal)
    {
        fixed (byte* data = literal)
        {
            return new DataBytes(null, data, literal.Length);
        }
    }
}
