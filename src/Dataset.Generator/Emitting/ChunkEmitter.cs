using System.Collections.Generic;
using System.Threading;
using Dataset.Generator.Model;
using Dataset.Storage;

namespace Dataset.Generator.Emitting;

/// <summary>
/// Emits the storage class of one generated file: its articles' data as one <c>"..."u8</c> literal (see
/// <see cref="DataEncoder"/>), which the dataset decodes on first use, and the three accessors the file's members
/// call with an item's position in it. No code per item: the data is data. Before C# 11 the literal is a string
/// literal of the same text, which the dataset turns into the same UTF-8 bytes.
/// </summary>
internal static class ChunkEmitter
{
    /// <summary>The storage class's method that returns its article at a position (see <see cref="DeclarationParts"/>).</summary>
    public const string ArticleAccessor = "Article";

    /// <summary>The storage class's method that returns its quote at a position among its articles' quotes.</summary>
    public const string QuoteAccessor = "Quote";

    /// <summary>The storage class's method that returns its statistic at a position among its articles' statistics.</summary>
    public const string StatisticAccessor = "Statistic";

    public static void Write(CodeWriter writer, string chunkClass, string origin, IReadOnlyList<DataEncoder.ChunkArticle> articles, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var pieces = DataEncoder.Chunk(articles, cancellationToken);
        writer.Open("internal static partial class DatasetStorage");
        writer.DocFromText($"The encoded data of {origin} (Dataset data format {DataFormat.Version}), read by {EmitNames.Data(options)}.");
        // Declared here alone (DatasetStorage is partial, and declared with its attribute in the index file).
        writer.Line(EmitNames.GeneratedCodeAttribute);
        writer.Open($"internal static class {chunkClass}");
        if (articles.Count > 0)
        {
            // The members' accessors: an item by its position in this data, which they hand over, so that reading a
            // member reads neither the index nor another chunk. The dataset keeps the chunk by its first article.
            var first = Literals.String(articles[0].Article.Id);
            writer.Line($"internal static {EmitNames.Article} {ArticleAccessor}(int item) => {EmitNames.MemberData}.ChunkArticle({first}, Data, item);");
            writer.Line($"internal static {EmitNames.Quote} {QuoteAccessor}(int item) => {EmitNames.MemberData}.ChunkQuote({first}, Data, item);");
            writer.Line($"internal static {EmitNames.Statistic} {StatisticAccessor}(int item) => {EmitNames.MemberData}.ChunkStatistic({first}, Data, item);");
            writer.Line();
        }

        WriteData(writer, "internal", "Data", pieces, options);
        writer.Close();
        writer.Close();
    }

    /// <summary>
    /// Writes a property that returns the block <paramref name="pieces"/> spell: a UTF-8 literal (read-only data in the
    /// assembly), or before C# 11 a string literal. The pieces are ASCII symbols and texts with no lone surrogate
    /// (see <see cref="DataEncoder"/>), so the string's UTF-8 encoding is exactly the UTF-8 literal's bytes. With
    /// <paramref name="asMethod"/>, a method without parameters instead (what <c>IndexSource</c> takes).
    /// </summary>
    /// <remarks>
    /// The pieces go in one literal on one line, not one literal a piece joined with <c>+</c>: the compiler binds each
    /// <c>+</c> of UTF-8 literals as an operator and folds it into a new array, a third of what the data cost it
    /// (the compiler alone on 1,000 light articles: 3.37 s, 3.14 s in one literal, 2.71 s with no data at all; see
    /// tests/Dataset.Benchmarks/README.md).
    /// </remarks>
    public static void WriteData(CodeWriter writer, string visibility, string name, IReadOnlyList<string> pieces, GeneratorOptions options, bool asMethod = false)
    {
        var suffix = options.Language.Utf8Literals ? "u8" : string.Empty;
        writer.Line($"{visibility} static {DataType(options)} {name}{(asMethod ? "()" : string.Empty)} =>");
        writer.Begin().Text("    ").Literal(pieces).Text(suffix).Text(";").End();
    }

    /// <summary>The type of an encoded block in generated code: UTF-8 bytes, or before C# 11 a string.</summary>
    public static string DataType(GeneratorOptions options) =>
        options.Language.Utf8Literals ? "global::System.ReadOnlySpan<byte>" : "string";
}
