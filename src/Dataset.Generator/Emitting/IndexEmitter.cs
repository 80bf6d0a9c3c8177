using System.Linq;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>
/// Emits the source that spans articles: the root classes with their docs, <c>People</c>,
/// <c>Organizations</c> and <c>Places</c> (an entity declared in several articles is one entity), the speaker and
/// group classes' docs, and the <c>All</c> lists.
/// </summary>
internal static class IndexEmitter
{
    public static string Emit(DatasetIndex index, GeneratorOptions options)
    {
        var visibility = EmitNames.Visibility(options);
        var storage = EmitNames.Storage(options);
        var writer = ArticleEmitter.Header("every data file");
        ArticleEmitter.OpenNamespace(writer, options);

        writer.Doc("The articles of the dataset, one member per article: Articles.<Id>.");
        writer.Open($"{visibility} static partial class Articles");
        writer.Doc($"Every article of the dataset ({index.ArticleIds.Count}), ordered by id.");
        writer.Line($"public static {EmitNames.ReadOnlyList}<{EmitNames.Article}> All => {storage}.AllArticles.Items;");
        writer.Close();
        writer.Line();

        writer.Doc("The quotes of the dataset by speaker: Quotes.<Speaker>.<Key>.");
        writer.Open($"{visibility} static partial class Quotes");
        writer.Doc($"Every quote of the dataset ({index.Quotes.Count}), in article order.");
        writer.Line($"public static {EmitNames.ReadOnlyList}<{EmitNames.Quote}> All => {storage}.AllQuotes.Items;");
        foreach (var speaker in index.Entities.Where(entity => entity.Declaration.Kind == EntityKindModel.Person && entity.Quotes.Count > 0))
        {
            writer.Line();
            writer.Doc($"The quotes of {speaker.Declaration.Name} ({speaker.Quotes.Count}).");
            writer.Open($"public static partial class {ArticleEmitter.TypeName(speaker.Declaration.Key)}");
            writer.Close();
        }

        writer.Close();
        writer.Line();

        writer.Doc("The statistics of the dataset as C# constants: Stats.<Group>.<Key>. The full records are under Statistics.");
        writer.Open($"{visibility} static partial class Stats");
        writer.Doc($"Every statistic of the dataset ({index.Stats.Count}) as a full record, in article order.");
        writer.Line($"public static {EmitNames.ReadOnlyList}<{EmitNames.Statistic}> All => {storage}.AllStats.Items;");
        WriteGroups(writer, index, "constants", afterMember: true);
        writer.Close();
        writer.Line();

        writer.Doc("The statistics of the dataset as full records (value, unit, qualifier, text, sentence, article, location): Statistics.<Group>.<Key>.");
        writer.Open($"{visibility} static partial class Statistics");
        WriteGroups(writer, index, "records", afterMember: false);
        writer.Close();

        foreach (var kind in new[] { EntityKindModel.Person, EntityKindModel.Organization, EntityKindModel.Place })
        {
            var className = EmitNames.EntityClass(kind);
            var entities = index.Entities.Where(entity => entity.Declaration.Kind == kind).ToList();
            writer.Line();
            writer.Doc($"The {className.ToLowerInvariant()} the articles declare: {className}.<Key>.");
            writer.Open($"{visibility} static partial class {className}");
            writer.Doc($"Every one of the {className.ToLowerInvariant()} ({entities.Count}), ordered by key.");
            writer.Line($"public static {EmitNames.ReadOnlyList}<{EmitNames.EntityType(kind)}> All => {storage}.All{className}.Items;");
            foreach (var entity in entities)
            {
                var declaration = entity.Declaration;
                var mentioned = $"mentioned {ArticleEmitter.Count(entity.Mentions.Count, "time")}, declared in {ArticleEmitter.Count(entity.ArticleCount, "article")}.";
                var counts = kind == EntityKindModel.Person ? $"Quoted {ArticleEmitter.Count(entity.Quotes.Count, "time")}, {mentioned}" : "M" + mentioned.Substring(1);
                writer.Line();
                writer.XmlDoc(
                    ArticleEmitter.Xml(declaration.Role is null ? declaration.Name : $"{declaration.Name}, {declaration.Role}"),
                    ArticleEmitter.Xml(counts),
                    ArticleEmitter.Xml($"First declared in {entity.RelativePath}."));
                writer.Mapped(
                    $"public static {EmitNames.EntityType(kind)} ",
                    ArticleEmitter.Identifiers(declaration.Key),
                    $" => {storage}.Entities.{EmitNames.EntityField(kind, declaration.Key)};",
                    declaration.Location,
                    LineDirectives.FileName(entity.FilePath, options.ProjectDirectory, options.PathMap));
            }

            writer.Close();
        }

        writer.Line();
        WriteStorage(writer, index);
        ArticleEmitter.CloseNamespace(writer, options);
        return writer.ToString();
    }

    private static void WriteGroups(CodeWriter writer, DatasetIndex index, string what, bool afterMember)
    {
        var first = !afterMember;
        foreach (var group in index.StatGroups)
        {
            ArticleEmitter.Separate(writer, ref first);
            writer.Doc($"The {group.Name} statistics ({group.Count}) as {what}.");
            writer.Open($"public static partial class {ArticleEmitter.TypeName(group.Name)}");
            writer.Close();
        }
    }

    private static void WriteStorage(CodeWriter writer, DatasetIndex index)
    {
        writer.Doc("Storage behind the generated dataset: one class per article, each built on first use. Use Articles, Quotes, Stats, Statistics, People, Organizations and Places instead.");
        writer.Line(EmitNames.HiddenAttribute);
        writer.Open("internal static partial class DatasetStorage");

        writer.Doc("The people, organizations and places, linked to their quotes and mentions on first use.");
        writer.Open("internal static class Entities");
        var first = true;
        foreach (var entity in index.Entities)
        {
            ArticleEmitter.Separate(writer, ref first);
            var declaration = entity.Declaration;
            var type = EmitNames.EntityType(declaration.Kind);
            writer.Line($"internal static readonly {type} {EmitNames.EntityField(declaration.Kind, declaration.Key)} = new {type}(");
            writer.Line($"    {Literals.String(declaration.Key)},");
            writer.Line($"    {Literals.String(declaration.Name)},");
            writer.Line($"    {Literals.String(declaration.Role)},");
            if (declaration.Kind == EntityKindModel.Person)
            {
                writer.Line($"    () => {ArticleEmitter.ArrayOf(EmitNames.Quote, entity.Quotes.Select(quote => $"{EmitNames.ArticleStorage(quote.ArticleId)}.{EmitNames.QuoteField(quote.Index)}"))},");
            }

            writer.Line($"    () => {ArticleEmitter.ArrayOf(EmitNames.Mention, entity.Mentions.Select(mention => $"{EmitNames.ArticleStorage(mention.ArticleId)}.Mentions[{mention.Index}]"))});");
        }

        writer.Close();
        List(writer, "AllArticles", EmitNames.Article, index.ArticleIds.Select(id => $"{EmitNames.ArticleStorage(id)}.Article"));
        List(writer, "AllQuotes", EmitNames.Quote, index.Quotes.Select(quote => $"{EmitNames.ArticleStorage(quote.ArticleId)}.{EmitNames.QuoteField(quote.Index)}"));
        List(writer, "AllStats", EmitNames.Statistic, index.Stats.Select(stat => $"{EmitNames.ArticleStorage(stat.ArticleId)}.{EmitNames.StatField(stat.Index)}"));
        foreach (var kind in new[] { EntityKindModel.Person, EntityKindModel.Organization, EntityKindModel.Place })
        {
            List(
                writer,
                "All" + EmitNames.EntityClass(kind),
                EmitNames.EntityType(kind),
                index.Entities.Where(entity => entity.Declaration.Kind == kind).Select(entity => "Entities." + EmitNames.EntityField(kind, entity.Declaration.Key)));
        }

        writer.Close();
    }

    private static void List(CodeWriter writer, string name, string type, System.Collections.Generic.IEnumerable<string> items)
    {
        writer.Line();
        writer.Open($"internal static class {name}");
        var list = items.ToList();
        if (list.Count == 0)
        {
            writer.Line($"internal static readonly {EmitNames.ReadOnlyList}<{type}> Items = global::System.Array.Empty<{type}>();");
            writer.Close();
            return;
        }

        writer.Line($"internal static readonly {EmitNames.ReadOnlyList}<{type}> Items = new {type}[]");
        writer.Line("{");
        foreach (var item in list)
        {
            writer.Line($"    {item},");
        }

        writer.Line("};");
        writer.Close();
    }
}
