using System.Linq;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>
/// The fixed parts of an article member's declaration, made once per file rather than once per member: the text
/// before the member's name (which also sets the column its <c>#line</c> directive maps), and the lookup after it up
/// to the article's id.
/// </summary>
internal sealed class DeclarationParts
{
    private readonly string[] _constantBefore;

    public DeclarationParts(GeneratorOptions options)
    {
        Options = options;
        var data = EmitNames.MemberData;
        ArticleBefore = $"public static {EmitNames.Article} ";
        ArticleLookup = $" => {data}.Article(";
        QuoteBefore = $"public static {EmitNames.Quote} ";
        QuoteLookup = $" => {data}.Quote(";
        StatisticBefore = $"public static {EmitNames.Statistic} ";
        StatisticLookup = $" => {data}.Statistic(";
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
