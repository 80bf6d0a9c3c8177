using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Dataset.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. IDs are stable: DS1xxx front matter, DS2xxx annotations,
/// DS3xxx statistics, DS4xxx checks across articles, DS9xxx configuration and internal errors.
/// docs/diagnostics.md lists each with an example. The fields here have no help link: the link depends on the MSBuild property
/// <c>DatasetHelpLinkBase</c> (see <see cref="Get(string, string)"/>), and a descriptor is immutable, so reports use a
/// copy that carries it, made once per base.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string FrontMatter = "Dataset.FrontMatter";
    private const string Annotations = "Dataset.Annotations";
    private const string Statistics = "Dataset.Statistics";
    private const string Dataset = "Dataset.Dataset";
    private const string Configuration = "Dataset.Configuration";

    public static readonly DiagnosticDescriptor MissingFrontMatter = Error(
        "DS1001", FrontMatter, "Missing front matter",
        "The article must start with a '---' line that opens its YAML front matter");

    public static readonly DiagnosticDescriptor UnclosedFrontMatter = Error(
        "DS1002", FrontMatter, "Unclosed front matter",
        "The front matter opened here is never closed: add a '---' line after it");

    public static readonly DiagnosticDescriptor InvalidYaml = Error(
        "DS1003", FrontMatter, "Invalid front matter",
        "Invalid front matter: {0}");

    public static readonly DiagnosticDescriptor MissingField = Error(
        "DS1004", FrontMatter, "Missing required front-matter field",
        "The front matter has no '{0}': add '{0}: ...'");

    public static readonly DiagnosticDescriptor InvalidDate = Error(
        "DS1005", FrontMatter, "Invalid publication date",
        "'{0}' is not a date: write 'published' as YYYY-MM-DD, such as 2015-09-30");

    public static readonly DiagnosticDescriptor UnknownField = Warning(
        "DS1006", FrontMatter, "Unknown front-matter field",
        "Unknown field '{0}' is ignored{1}");

    public static readonly DiagnosticDescriptor InvalidEntity = Error(
        "DS1007", FrontMatter, "Invalid entity declaration",
        "Entity '{0}' needs a name: write '{0}: {{ name: ..., role: ... }}'");

    public static readonly DiagnosticDescriptor InvalidKey = Error(
        "DS1008", FrontMatter, "Key is not a C# identifier",
        "'{0}' cannot name a generated member: {1}");

    public static readonly DiagnosticDescriptor DuplicateField = Error(
        "DS1009", FrontMatter, "Duplicate front-matter key",
        "'{0}' is declared twice in the same map: remove one");

    // DS2001, DS2002, DS2003 and DS2006 point at Markdown that is valid (it reads as literal brackets and braces)
    // but almost always a broken annotation: warnings, never errors.
    public static readonly DiagnosticDescriptor UnclosedSpan = Warning(
        "DS2001", Annotations, "Unclosed annotation",
        "'[' opens an annotation that is not closed before {0}: it is read as text; close it with ']{{...}}', or write '\\[' for a literal bracket");

    public static readonly DiagnosticDescriptor MissingAttributes = Warning(
        "DS2002", Annotations, "Brackets that are neither an annotation nor a link",
        "'[{0}]' is read as text: it is neither a link nor an annotation; an annotation must be followed directly by '{{.kind ...}}'{1}; write '\\[' and '\\]' for literal brackets");

    public static readonly DiagnosticDescriptor UnclosedAttributes = Warning(
        "DS2003", Annotations, "Unclosed attribute list",
        "'{{' opens an attribute list that is not closed before {0}: close it with '}}'");

    public static readonly DiagnosticDescriptor UnknownKind = Error(
        "DS2004", Annotations, "Unknown annotation kind",
        "Unknown annotation kind '.{0}': use .quote, .stat, .person, .org or .place{1}");

    public static readonly DiagnosticDescriptor MissingId = Error(
        "DS2005", Annotations, "Missing annotation id",
        "A .{0} annotation needs an id: write '#{1}'");

    public static readonly DiagnosticDescriptor StrayBracket = Warning(
        "DS2006", Annotations, "Unescaped bracket",
        "'{0}' does not belong to an annotation here: it is read as text; write '\\{0}' for the literal character");

    public static readonly DiagnosticDescriptor InvalidAttribute = Error(
        "DS2007", Annotations, "Invalid attribute",
        "Invalid attribute '{0}': {1}");

    public static readonly DiagnosticDescriptor DuplicateId = Error(
        "DS2008", Annotations, "Duplicate id",
        "'#{0}' is already used in this article: ids must be unique");

    public static readonly DiagnosticDescriptor UnknownSpeaker = Error(
        "DS2009", Annotations, "Unknown speaker",
        "Unknown speaker '{0}'{1}: declare it under 'people:' in the front matter");

    public static readonly DiagnosticDescriptor UnknownReference = Error(
        "DS2010", Annotations, "Unknown entity reference",
        "Unknown {0} '{1}'{2}: declare it under '{3}:' in the front matter");

    public static readonly DiagnosticDescriptor InvalidId = Error(
        "DS2011", Annotations, "Invalid annotation id",
        "'#{0}' is not a valid {1} id: {2}");

    public static readonly DiagnosticDescriptor UnknownAttribute = Warning(
        "DS2012", Annotations, "Unknown attribute",
        "Attribute '{0}' means nothing on a .{1} annotation and is ignored{2}");

    public static readonly DiagnosticDescriptor MissingReference = Error(
        "DS2013", Annotations, "Missing entity reference",
        "A .{0} annotation needs 'ref=Key' naming an entity declared under '{1}:'");

    public static readonly DiagnosticDescriptor MissingKind = Error(
        "DS2014", Annotations, "Missing annotation kind",
        "'[{0}]{{...}}' has no kind: add .quote, .stat, .person, .org or .place to its attributes");

    public static readonly DiagnosticDescriptor DeepNesting = Warning(
        "DS2015", Annotations, "Markdown nested too deeply",
        "The body nests too deeply here to be read as Markdown ({0}): it is read as plain paragraphs, annotations only");

    public static readonly DiagnosticDescriptor UnreadableNumber = Error(
        "DS3001", Statistics, "No number in statistic",
        "No number can be read from '{0}': {1}; add 'value=...' with the number");

    public static readonly DiagnosticDescriptor ContradictingValue = Warning(
        "DS3002", Statistics, "Explicit value contradicts the text",
        "value={0} contradicts '{1}', which reads as {2}: the explicit value is used");

    public static readonly DiagnosticDescriptor NumberOverflow = Error(
        "DS3003", Statistics, "Number too large",
        "'{0}' is too large for a C# integer constant (the limit is 9,223,372,036,854,775,807)");

    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "DS3004", Statistics, "Invalid explicit value",
        "value={0} is not a number: write digits with an optional '-' and '.', such as value=1500000 or value=1.5");

    public static readonly DiagnosticDescriptor TooPrecise = Error(
        "DS3005", Statistics, "Number too precise",
        "'{0}' has {1} significant digits: a fractional value is a double constant, which holds 15 exactly; round it, or give the rounded value with value=");

    public static readonly DiagnosticDescriptor DuplicateArticle = Error(
        "DS4001", Dataset, "Duplicate article id",
        "Article id '{0}' is already used by another data file: set a different 'id:' in one of them");

    public static readonly DiagnosticDescriptor ConflictingEntity = Error(
        "DS4002", Dataset, "Conflicting entity declarations",
        "{0} '{1}' is declared as '{2}' here and as '{3}' in another article: one key is one {4}, so use the same name or another key");

    public static readonly DiagnosticDescriptor DuplicateMember = Error(
        "DS4003", Dataset, "Duplicate member across articles",
        "'{0}' is already generated from another article: use a different key");

    public static readonly DiagnosticDescriptor ConflictingLibraryEntity = Warning(
        "DS4004", Dataset, "Entity named differently by two dataset libraries",
        "{0} '{1}' is named '{2}' in {3} and '{4}' in {5}: DatasetCatalog lists the key once, as '{2}'; use the same name in both, or another key");

    public static readonly DiagnosticDescriptor InvalidNamespace = Error(
        "DS9001", Configuration, "Invalid namespace",
        "The namespace '{0}' (from {1}) is not a valid C# namespace: set DatasetNamespace; the dataset is generated in the global namespace");

    public static readonly DiagnosticDescriptor InvalidVisibility = Error(
        "DS9002", Configuration, "Invalid visibility",
        "DatasetVisibility '{0}' must be 'internal' or 'public'");

    public static readonly DiagnosticDescriptor UnsupportedLanguageVersion = Error(
        "DS9003", Configuration, "C# version too old",
        "The dataset needs C# 7.3 or later, but this project uses C# {0}: set LangVersion to 7.3 or later; no dataset code is generated");

    public static readonly DiagnosticDescriptor InvalidStatConstants = Error(
        "DS9004", Configuration, "Invalid DatasetStatConstants",
        "DatasetStatConstants '{0}' must be 'true' or 'false'; statistics are generated as constants");

    public static readonly DiagnosticDescriptor LibraryFormatVersion = Error(
        "DS9005", Configuration, "Dataset library of another data format",
        "The dataset library '{0}' was generated with data format {1}, and this project's Dataset package reads format {2}: build the library and this project with the same version of the Dataset package; DatasetCatalog leaves the library out");

    public static readonly DiagnosticDescriptor LibraryNamespaceTaken = Error(
        "DS9006", Configuration, "Dataset library in a namespace already used",
        "The dataset library '{0}' generates its classes in {1}, as {2} does: their Articles, Quotes, Stats, People... classes or their DatasetCatalog would have the same names; set DatasetNamespace of one of them to another namespace; DatasetCatalog leaves the library out");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "DS9999", Configuration, "Dataset generator failure",
        "The Dataset generator failed on this file and skipped it; please report it: {0}");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = typeof(DiagnosticDescriptors)
        .GetFields()
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null))
        .ToDictionary(descriptor => descriptor.Id);

    /// <summary>The descriptors with links under the last base asked for (a build has one; the IDE rarely changes it).</summary>
    private static LinkedDescriptors? _linked;

    /// <summary>Every descriptor, without help links.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    /// <summary>The descriptor <paramref name="id"/>, without a help link.</summary>
    public static DiagnosticDescriptor Get(string id) => ById[id];

    /// <summary>
    /// The descriptor <paramref name="id"/> with its help link under <paramref name="helpLinkBase"/> (a value of
    /// <see cref="HelpLinkBase"/>); without a link when the base is empty.
    /// </summary>
    public static DiagnosticDescriptor Get(string id, string helpLinkBase)
    {
        if (helpLinkBase.Length == 0)
        {
            return ById[id];
        }

        var linked = _linked;
        if (linked is null || linked.Base != helpLinkBase)
        {
            linked = new LinkedDescriptors(helpLinkBase);
            _linked = linked;
        }

        return linked.Descriptors[id];
    }

    /// <summary>
    /// The base of the help links from the MSBuild property's <paramref name="configured"/> value: an absolute http or
    /// https address, trimmed, without a trailing '#'; empty (no links) when the value is unset or not such an address,
    /// so a diagnostic never carries a dead or relative link.
    /// </summary>
    public static string HelpLinkBase(string? configured)
    {
        var value = configured?.Trim().TrimEnd('#') ?? string.Empty;
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Fragment.Length == 0
            ? value
            : string.Empty;
    }

    /// <summary>The help link of diagnostic <paramref name="id"/>: its anchor (the id in lower case) under <paramref name="helpLinkBase"/>, such as <c>...#ds2009</c>.</summary>
    public static string HelpLink(string id, string helpLinkBase) => helpLinkBase + "#" + id.ToLowerInvariant();

    private static DiagnosticDescriptor Error(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message) =>
        new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>A copy of every descriptor whose help link is under one base.</summary>
    private sealed class LinkedDescriptors
    {
        public LinkedDescriptors(string helpLinkBase)
        {
            Base = helpLinkBase;
            Descriptors = ById.Values.ToDictionary(
                descriptor => descriptor.Id,
                descriptor => new DiagnosticDescriptor(
                    descriptor.Id,
                    descriptor.Title,
                    descriptor.MessageFormat,
                    descriptor.Category,
                    descriptor.DefaultSeverity,
                    descriptor.IsEnabledByDefault,
                    descriptor.Description,
                    HelpLink(descriptor.Id, helpLinkBase),
                    descriptor.CustomTags.ToArray()));
        }

        public string Base { get; }

        public Dictionary<string, DiagnosticDescriptor> Descriptors { get; }
    }
}
