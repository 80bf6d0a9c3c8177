using System.Collections.Generic;
using System.Threading;
using Dataset.Generator.Model;
using Dataset.Storage;

namespace Dataset.Generator.Emitting;

/// <summary>
/// Emits the storage class of one generated file: its articles' data as one <c>"..."u8</c> literal (see
/// <see cref="DataEncoder"/>), which the dataset decodes on first use. No code per item: the data is data.
/// </summary>
internal static class ChunkEmitter
{
    public static void Write(CodeWriter writer, string chunk, string origin, IReadOnlyList<DataEncoder.ChunkArticle> articles, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var pieces = DataEncoder.Chunk(articles, cancellationToken);
        writer.Open("internal static partial class DatasetStorage");
        writer.Doc($"The encoded data of {origin} (Dataset data format {DataFormat.Version}), read by {EmitNames.Data(options)}.");
        writer.Open($"internal static class {chunk}");
        WriteData(writer, "internal", "Data", pieces);
        writer.Close();
        writer.Close();
    }

    /// <summary>Writes a property that returns the block <paramref name="pieces"/> spell (a literal is read-only data in the assembly).</summary>
    public static void WriteData(CodeWriter writer, string visibility, string name, IReadOnlyList<string> pieces)
    {
        writer.Line($"{visibility} static global::System.ReadOnlySpan<byte> {name} =>");
        for (var i = 0; i < pieces.Count; i++)
        {
            writer.Line("    " + Literals.String(pieces[i]) + "u8" + (i == pieces.Count - 1 ? ";" : " +"));
        }
    }
}
