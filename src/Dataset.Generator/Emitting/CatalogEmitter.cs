using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>
/// Emits <c>DatasetCatalog</c>: the lists over every source a project's catalog has (its own data first, then the
/// referenced dataset libraries by assembly name), each source's lists handed over as its generated members, so
/// nothing is looked up at run time (no reflection, trimming- and AOT-safe).
/// </summary>
internal static class CatalogEmitter
{
    public const string HintName = "DatasetCatalog.g.cs";

    private const string EncodedCatalog = "global::Dataset.Storage.EncodedCatalog";
    private const string CatalogSource = "global::Dataset.Storage.CatalogSource";
    private const string DatasetLibrary = "global::Dataset.DatasetLibrary";

    public static string Emit(EquatableArray<LibraryModel> sources, GeneratorOptions options)
    {
        var visibility = EmitNames.Visibility(options);
        var writer = ArticleEmitter.Header("the dataset libraries this project references", options);
        var names = string.Join(", ", sources.Select(source => source.Name));
        writer.DocFromText($"Every dataset of this project in one place: {names}. The typed members stay in their library; an entity key declared in several of them is listed once, with the quotes and mentions of all.");
        writer.Line(EmitNames.GeneratedCodeAttribute);
        writer.Open($"{visibility} static class DatasetCatalog");
        writer.Line($"private static readonly {EncodedCatalog} Catalog = new {EncodedCatalog}(");
        for (var i = 0; i < sources.Count; i++)
        {
            WriteSource(writer, sources[i], last: i == sources.Count - 1);
        }

        Member(writer, $"The sources of the catalog ({sources.Count}), in order, with their names and counts.", EmitNames.ReadOnlyList + "<" + DatasetLibrary + ">", "Libraries");
        Member(writer, $"Every article ({Sum(sources, source => source.ArticleCount)}): each source's in its order, the sources in order.", EmitNames.ReadOnlyList + "<" + EmitNames.Article + ">", "Articles");
        Member(writer, $"Every quote ({Sum(sources, source => source.QuoteCount)}): each source's in its order, the sources in order.", EmitNames.ReadOnlyList + "<" + EmitNames.Quote + ">", "Quotes");
        Member(writer, $"Every statistic ({Sum(sources, source => source.StatisticCount)}): each source's in its order, the sources in order.", EmitNames.ReadOnlyList + "<" + EmitNames.Statistic + ">", "Statistics");
        foreach (var kind in new[] { EntityKind.Person, EntityKind.Organization, EntityKind.Place })
        {
            var className = EmitNames.EntityClass(kind);
            Member(writer, $"Every one of the {className.ToLowerInvariant()} of every source, a key several declare once, ordered by key.", EmitNames.ReadOnlyList + "<" + EmitNames.EntityType(kind) + ">", className);
        }

        writer.Close();
        return writer.ToString() + ArticleEmitter.Footer(options);
    }

    private static void WriteSource(CodeWriter writer, LibraryModel source, bool last)
    {
        var counts = new[] { source.ArticleCount, source.QuoteCount, source.StatisticCount, source.PersonCount, source.OrganizationCount, source.PlaceCount }
            .Select(count => count.ToString(CultureInfo.InvariantCulture));
        writer.Line($"    new {CatalogSource}(");
        writer.Line($"        new {DatasetLibrary}({Literals.String(source.Name)}, {string.Join(", ", counts)}),");
        writer.Line($"        () => {source.Qualify("Articles")}.All,");
        writer.Line($"        () => {source.Qualify("Quotes")}.All,");
        writer.Line($"        () => {source.Qualify("Stats")}.All,");
        writer.Line($"        () => {source.Qualify("People")}.All,");
        writer.Line($"        () => {source.Qualify("Organizations")}.All,");
        writer.Line($"        () => {source.Qualify("Places")}.All)" + (last ? ");" : ","));
    }

    private static void Member(CodeWriter writer, string doc, string type, string name)
    {
        writer.Line();
        writer.DocFromText(doc);
        writer.Line($"public static {type} {name} => Catalog.{name};");
    }

    private static int Sum(IEnumerable<LibraryModel> sources, System.Func<LibraryModel, int> count) => sources.Sum(count);
}
