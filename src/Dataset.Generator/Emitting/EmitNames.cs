using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>The names generated code uses for the runtime types and the hidden storage classes.</summary>
internal static class EmitNames
{
    public const string Article = "global::Dataset.Article";
    public const string Quote = "global::Dataset.Quote";
    public const string Statistic = "global::Dataset.Statistic";
    public const string Person = "global::Dataset.Person";
    public const string Organization = "global::Dataset.Organization";
    public const string Place = "global::Dataset.Place";
    public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    public const string HiddenAttribute = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

    /// <summary>
    /// <c>[GeneratedCode]</c> with the generator's name and its assembly's version (0.1.0.0 for version 0.1.0), so that
    /// tools that leave generated code aside (coverage, metrics, analyzers) know the generated classes. The assembly
    /// version rather than the informational one, whose <c>+commit</c> suffix would change the output with every
    /// commit. The attribute allows one use per class while the classes are partial across files, so it is written
    /// only where a class is declared once: see <see cref="IndexEmitter"/>.
    /// </summary>
    public static readonly string GeneratedCodeAttribute =
        "[global::System.CodeDom.Compiler.GeneratedCode(\"Dataset.Generator\", \"" + typeof(DatasetGenerator).Assembly.GetName().Version + "\")]";

    /// <summary>The storage class that holds one article's encoded data; the prefix keeps it apart from every fixed name.</summary>
    public static string ArticleStorage(string articleId) => "Article_" + articleId;

    public static string Storage(GeneratorOptions options) => options.Qualify("DatasetStorage");

    /// <summary>The dataset object every generated member reads from.</summary>
    public static string Data(GeneratorOptions options) => Storage(options) + ".Data";

    /// <summary>
    /// <see cref="Data"/> as the generated members name it: by its simple name, which binds markedly faster than a name
    /// from <c>global::</c> (a large dataset has tens of thousands of members). No key can capture it: a key named
    /// <c>DatasetStorage</c> is an error (see <c>Identifiers.Problem</c>), and the generated classes live in the
    /// storage class's namespace.
    /// </summary>
    public const string MemberData = MemberStorage + ".Data";

    /// <summary>The storage class as the generated members name it (see <see cref="MemberData"/>): its chunk classes are nested in it.</summary>
    public const string MemberStorage = "DatasetStorage";

    public const string EncodedDataset = "global::Dataset.Storage.EncodedDataset";

    /// <summary>The method of <see cref="EncodedDataset"/> that returns an entity of <paramref name="kind"/> by key.</summary>
    public static string EntityLookup(EntityKind kind) => kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization => "Organization",
        _ => "Place",
    };

    public static string EntityType(EntityKind kind) => kind switch
    {
        EntityKind.Person => Person,
        EntityKind.Organization => Organization,
        _ => Place,
    };

    public static string EntityClass(EntityKind kind) => kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Organization => "Organizations",
        _ => "Places",
    };

    public static string Visibility(GeneratorOptions options) => options.IsPublic ? "public" : "internal";
}
