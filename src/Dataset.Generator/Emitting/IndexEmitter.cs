using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Dataset.Generator.Model;
using Dataset.Storage;

namespace Dataset.Generator.Emitting;

/// <summary>
/// Emits the source that spans articles: the root classes with their docs, <c>People</c>,
/// <c>Organizations</c> and <c>Places</c> (an entity declared in several articles is one entity), the speaker and
/// group classes' docs, and the <c>All</c> lists. It declares every generated class but the chunks, each once (the
/// article files declare the same classes again, as partial parts, for their members): so it is here that each gets
/// its <see cref="EmitNames.GeneratedCodeAttribute"/>, which a class may carry once. A chunk class is declared once, in
/// its own file, and gets it there (see <see cref="ChunkEmitter"/>).
/// </summary>
internal static class IndexEmitter
{
    public static string Emit(DatasetIndex index, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var visibility = EmitNames.Visibility(options);
        var data = EmitNames.Data(options);
        var writer = ArticleEmitter.Header("every data file", options);

        writer.DocFromText("The articles of the dataset, one member per article: Articles.<Id>.");
        writer.Line(EmitNames.GeneratedCodeAttribute);
        writer.Open($"{visibility} static partial class Articles");
        writer.DocFromText($"Every article of the dataset ({index.ArticleIds.Count}), ordered by id.");
        writer.Line($"public static {EmitNames.ReadOnlyList}<{EmitNames.Article}> All => {data}.Articles;");
        writer.Close();
        writer.Line();

        writer.DocFromText("The quotes of the dataset by speaker: Quotes.<Speaker>.<Key>.");
        writer.Line(EmitNames.GeneratedCodeAttribute);
        writer.Open($"{visibility} static partial class Quotes");
        writer.DocFromText($"Every quote of the dataset ({index.Quotes.Count}), in article order.");
        writer.Line($"public static {EmitNames.ReadOnlyList}<{EmitNames.Quote}> All => {data}.Quotes;");
        foreach (var speaker in index.Entities.Where(entity => entity.Declaration.Kind == EntityKind.Person && entity.Quotes.Count > 0))
        {
            writer.Line();
            writer.DocFromText($"The quotes of {speaker.Declaration.Name} ({speaker.Quotes.Count}).");
            writer.Line(EmitNames.GeneratedCodeAttribute);
            writer.Open($"public static partial class {ArticleEmitter.TypeName(speaker.Declaration.Key)}");
            writer.Close();
        }

        writer.Close();
        writer.Line();

        writer.DocFromText($"The statistics of the dataset as {(options.StatConstants ? "C# constants" : "static read-only fields")}: Stats.<Group>.<Key>. The full records are under Statistics.");
        writer.Line(EmitNames.GeneratedCodeAttribute);
        writer.Open($"{visibility} static partial class Stats");
        writer.DocFromText($"Every statistic of the dataset ({index.Stats.Count}) as a full record, in article order.");
        writer.Line($"public static {EmitNames.ReadOnlyList}<{EmitNames.Statistic}> All => {data}.Stats;");
        WriteGroups(writer, index, options.StatConstants ? "constants" : "read-only fields", afterMember: true);
        writer.Close();
        writer.Line();

        writer.DocFromText("The statistics of the dataset as full records (value, unit, qualifier, text, sentence, article, location): Statistics.<Group>.<Key>.");
        writer.Line(EmitNames.GeneratedCodeAttribute);
        writer.Open($"{visibility} static partial class Statistics");
        WriteGroups(writer, index, "records", afterMember: false);
        writer.Close();

        foreach (var kind in new[] { EntityKind.Person, EntityKind.Organization, EntityKind.Place })
        {
            var className = EmitNames.EntityClass(kind);
            var entities = index.Entities.Where(entity => entity.Declaration.Kind == kind).ToList();
            writer.Line();
            writer.DocFromText($"The {className.ToLowerInvariant()} the articles declare: {className}.<Key>.");
            writer.Line(EmitNames.GeneratedCodeAttribute);
            writer.Open($"{visibility} static partial class {className}");
            writer.DocFromText($"Every one of the {className.ToLowerInvariant()} ({entities.Count}), ordered by key.");
            writer.Line($"public static {EmitNames.ReadOnlyList}<{EmitNames.EntityType(kind)}> All => {data}.{className};");
            foreach (var entity in entities)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var declaration = entity.Declaration;
                var mentioned = $"mentioned {ArticleEmitter.Counted(entity.Mentions.Count, "time")}, declared in {ArticleEmitter.Counted(entity.ArticleCount, "article")}.";
                var counts = kind == EntityKind.Person ? $"Quoted {ArticleEmitter.Counted(entity.Quotes.Count, "time")}, {mentioned}" : "M" + mentioned.Substring(1);
                writer.Line();
                writer.DocFromXml(
                    Literals.XmlText(declaration.Role is null ? declaration.Name : $"{declaration.Name}, {declaration.Role}"),
                    Literals.XmlText(counts),
                    Literals.XmlText($"First declared in {entity.RelativePath}."));
                writer.Mapped(
                    $"public static {EmitNames.EntityType(kind)} ",
                    ArticleEmitter.EscapeIdentifier(declaration.Key),
                    $" => {EmitNames.MemberData}.{EmitNames.EntityLookup(kind)}({Literals.String(declaration.Key)});",
                    declaration.Location,
                    LineDirectives.FileName(entity.FilePath, options.ProjectDirectory, options.PathMap));
            }

            writer.Close();
        }

        writer.Line();
        WriteStorage(writer, index, options, cancellationToken);
        return writer.ToString() + ArticleEmitter.Footer(options);
    }

    private static void WriteGroups(CodeWriter writer, DatasetIndex index, string what, bool afterMember)
    {
        var first = !afterMember;
        foreach (var group in index.StatGroups)
        {
            ArticleEmitter.Separate(writer, ref first);
            writer.DocFromText($"The {group.Name} statistics ({group.Count}) as {what}.");
            writer.Line(EmitNames.GeneratedCodeAttribute);
            writer.Open($"public static partial class {ArticleEmitter.TypeName(group.Name)}");
            writer.Close();
        }
    }

    private static void WriteStorage(CodeWriter writer, DatasetIndex index, GeneratorOptions options, CancellationToken cancellationToken)
    {
        // Chunks are numbered in the order the articles (in path order) first name them.
        var articles = OutputFiles.Chunks(index);
        var chunks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (!chunks.ContainsKey(article.Chunk))
            {
                chunks.Add(article.Chunk, chunks.Count);
            }
        }

        writer.DocFromText("Storage behind the generated dataset: its data, encoded, and the object that decodes it on first use. Use Articles, Quotes, Stats, Statistics, People, Organizations and Places instead.");
        writer.Line(EmitNames.HiddenAttribute);
        writer.Line(EmitNames.GeneratedCodeAttribute);
        writer.Open("internal static partial class DatasetStorage");
        writer.DocFromText("The dataset's objects, each decoded from the data when it is first used.");
        // UTF-8 literals are read where they lie (the type keeps their assembly loaded); string literals are encoded.
        var literals = options.Language.Utf8Literals ? ", typeof(DatasetStorage)" : string.Empty;
        writer.Line($"internal static readonly {EmitNames.EncodedDataset} Data = new {EmitNames.EncodedDataset}(Index, Chunk{literals});");
        writer.Line();
        writer.DocFromText($"The index of the dataset (Dataset data format {DataFormat.Version}): its articles, the chunks that hold them, and its people, organizations and places.");
        // A method (an IndexSource) with UTF-8 literals: the dataset reads the index only when it first needs it.
        ChunkEmitter.WriteData(writer, "private", "Index", DataEncoder.Index(index, articles, chunks.Count, chunks, cancellationToken), options, asMethod: options.Language.Utf8Literals);
        writer.Line();
        writer.DocFromText("The encoded data of the articles of one generated file.");
        writer.Open($"private static {ChunkEmitter.DataType(options)} Chunk(int chunk)");
        writer.Open("switch (chunk)");
        foreach (var chunk in chunks)
        {
            writer.Line($"case {chunk.Value.ToString(CultureInfo.InvariantCulture)}: return {chunk.Key}.Data;");
        }

        // No such chunk: an empty block, which the dataset reports as damaged data.
        writer.Line(options.Language.Utf8Literals ? "default: return default;" : "default: return \"\";");
        writer.Close();
        writer.Close();
        writer.Close();
    }
}
