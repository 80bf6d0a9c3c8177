
namespace Dataset.Storage;

/// <summary>
/// The checksum of <see cref="DataFormat"/>: FNV-1a (32 bits) over the bytes taken four at a time, as little-endian
/// words, then the last one to three bytes one at a time. Each step is a bijection of the hash, so any one damaged word
/// (any one damaged byte) changes it; taking words rather than bytes makes it about four times cheaper, which a fresh
/// process that reads every quote pays on each block it opens. Compiled into the generator, whose writer stamps it, and
/// the runtime, whose reader checks it.
/// </summary>
internal static class Checksum
{
    private const uint Offset = 2166136261u;

    private const uint Prime = 16777619u;

    /// <summary>The checksum of the bytes from <paramref name="start"/> up to <paramref name="end"/>.</summary>
    public static uint Hash(byte[] bytes, int start, int end)
    {
        var hash = Offset;
        var i = start;
        for (; i <= end - 4; i += 4)
        {
            var word = bytes[i] | ((uint)bytes[i + 1] << 8) | ((uint)bytes[i + 2] << 16) | ((uint)bytes[i + 3] << 24);
            hash = unchecked((hash ^ word) * Prime);
        }

        for (; i < end; i++)
        {
            hash = unchecked((hash ^ bytes[i]) * Prime);
        }

        return hash;
    }
}
