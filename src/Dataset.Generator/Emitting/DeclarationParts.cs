using System.Linq;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>
/// The fixed parts of an article member's declaration, made once per file rather than once per member: the text
/// before the member's name (which also sets the column its <c>#line</c> directive maps), and the lookup after it up
/// to the item's position in the file's data: <c>=&gt; DatasetStorage.Articles_007.Quote(12)</c>, a static call with
/// one integer, which binds in about half the work of a lookup by article id and position on the dataset object.
/// </summary>
internal sealed class DeclarationParts
{
    private readonly string[] _constantBefore;

    public DeclarationParts(GeneratorOptions options, string chunkClass)
    {
        Options = options;
        var storage = EmitNames.MemberStorage + "." + chunkClass;
        ArticleBefore = $"public static {EmitNames.Article} ";
        ArticleLookup = $" => {storage}.{ChunkEmitter.ArticleAccessor}(";
        QuoteBefore = $"public static {EmitNames.Quote} ";
        QuoteLookup = $" => {storage}.{ChunkEmitter.QuoteAccessor}(";
        StatisticBefore = $"public static {EmitNames.Statistic} ";
        StatisticLookup = $" => {storage}.{ChunkEmitter.StatisticAccessor}(";
        _constantBefore = new[] { StatValueKind.Int, StatValueKind.Long, StatValueKind.Double }
            .Select(kind => $"{ArticleEmitter.StatModifiers(options)} {ArticleEmitter.ConstantType(kind)} ")
            .ToArray();
    }

    public GeneratorOptions Options { get; }

    public string ArticleBefore { get; }

    public string ArticleLookup { get; }

    public string QuoteBefore { get; }

    public string QuoteLookup { get; }

    public string StatisticBefore { get; }

    public string StatisticLookup { get; }

    /// <summary>What precedes a statistic's constant's name: its modifiers and type.</summary>
    public string ConstantBefore(StatValueKind kind) => _constantBefore[(int)kind];
}
