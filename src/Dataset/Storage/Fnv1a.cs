
namespace Dataset.Storage;

/// <summary>
/// The checksum of <see cref="DataFormat"/>: 32-bit FNV-1a, cheap to compute and sure to change with any one damaged
/// byte. Compiled into the generator, whose writer stamps it, and the runtime, whose reader checks it.
/// </summary>
internal static class Fnv1a
{
    private const uint Offset = 2166136261u;

    private const uint Prime = 16777619u;

    /// <summary>The hash of the bytes from <paramref name="start"/> up to <paramref name="end"/>.</summary>
    public static uint Hash(byte[] bytes, int start, int end)
    {
        var hash = Offset;
        for (var i = start; i < end; i++)
        {
            hash = unchecked((hash ^ bytes[i]) * Prime);
        }

        return hash;
    }
}
