using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dataset.Generator.Diagnostics;
using Dataset.Tool.Loading;
using Microsoft.CodeAnalysis;

namespace Dataset.Tool.Checking;

/// <summary>
/// Writes diagnostics as a SARIF 2.1.0 log (for code scanning in CI): one run of the <c>dataset</c> tool, every
/// descriptor as a rule, every diagnostic as a result whose location is relative to the project directory
/// (<c>%SRCROOT%</c>), with 1-based lines and columns; a duplicate's first declaration is a related location.
/// </summary>
internal static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(Stream stream, IReadOnlyList<Diagnostic> diagnostics, string root, string toolVersion)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var rules = DiagnosticDescriptors.All.OrderBy(rule => rule.Id, StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);

        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "dataset");
        json.WriteString("version", toolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", Name(rule.Title.ToString(CultureInfo.InvariantCulture)));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title.ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLinkUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject("%SRCROOT%");
        json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", diagnostic.Id);
            if (ruleIndex.TryGetValue(diagnostic.Id, out var index))
            {
                json.WriteNumber("ruleIndex", index);
            }

            json.WriteString("level", Level(diagnostic.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", diagnostic.GetMessage(CultureInfo.InvariantCulture));
            json.WriteEndObject();
            if (diagnostic.Location.Kind is LocationKind.ExternalFile or LocationKind.SourceFile)
            {
                json.WriteStartArray("locations");
                WriteLocation(json, diagnostic.Location, root, id: null);
                json.WriteEndArray();
            }

            if (diagnostic.AdditionalLocations.Count > 0)
            {
                json.WriteStartArray("relatedLocations");
                var id = 1;
                foreach (var related in diagnostic.AdditionalLocations)
                {
                    WriteLocation(json, related, root, id++);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, Location location, string root, int? id)
    {
        var span = location.GetLineSpan();
        json.WriteStartObject();
        if (id is { } number)
        {
            json.WriteNumber("id", number);
            json.WriteStartObject("message");
            json.WriteString("text", "first declared here");
            json.WriteEndObject();
        }

        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri.EscapeDataString(LoadedDataset.Relative(span.Path, root)).Replace("%2F", "/", StringComparison.Ordinal));
        json.WriteString("uriBaseId", "%SRCROOT%");
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", span.StartLinePosition.Line + 1);
        json.WriteNumber("startColumn", span.StartLinePosition.Character + 1);
        json.WriteNumber("endLine", span.EndLinePosition.Line + 1);
        json.WriteNumber("endColumn", span.EndLinePosition.Character + 1);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A rule's name in SARIF's PascalCase convention, from its title: "Unclosed annotation" gives "UnclosedAnnotation".</summary>
    private static string Name(string title) =>
        string.Concat(title.Split(' ', '-').Where(word => word.Length > 0).Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
