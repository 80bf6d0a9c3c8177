using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Dataset.Tool.Exporting;

/// <summary>The JSON Schema (draft 2020-12) of the JSON export, made from the same table and column definitions.</summary>
internal static class JsonSchemaExport
{
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    public static void Write(Stream stream, IReadOnlyList<IExportTable> tables)
    {
        using var json = new Utf8JsonWriter(stream, JsonExport.Options);
        var included = tables.Where(table => table.InJson).ToList();
        json.WriteStartObject();
        json.WriteString("$schema", Dialect);
        json.WriteString("$id", "https://github.com/dataset-dotnet/dataset/dataset-export.schema.json");
        json.WriteString("title", "Dataset export");
        json.WriteString("description", "Every article, quote, statistic, person, organization, place and mention of a Dataset, with where each was annotated, as `dataset export --format json` writes it.");
        json.WriteString("type", "object");
        WriteNames(json, "required", included.Select(table => table.Name));
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        foreach (var table in included)
        {
            json.WriteStartObject(table.Name);
            json.WriteString("description", table.Description);
            json.WriteString("type", "array");
            json.WriteStartObject("items");
            json.WriteString("type", "object");
            WriteNames(json, "required", table.Columns.Select(column => column.Name));
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartObject("properties");
            foreach (var column in table.Columns)
            {
                json.WriteStartObject(column.Name);
                json.WriteString("description", column.Description);
                WriteType(json, column.Type);
                if (column.Allowed is { } allowed)
                {
                    WriteNames(json, "enum", allowed);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The schema <c>type</c> of an export type (an array of types for an optional string).</summary>
    public static void WriteType(Utf8JsonWriter json, ExportType type)
    {
        switch (type)
        {
            case ExportType.OptionalString:
                WriteNames(json, "type", new[] { "string", "null" });
                break;
            case ExportType.Integer:
                json.WriteString("type", "integer");
                break;
            case ExportType.Number:
                json.WriteString("type", "number");
                break;
            case ExportType.StringList:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                json.WriteString("type", "string");
                json.WriteEndObject();
                break;
            default:
                json.WriteString("type", "string");
                break;
        }
    }

    private static void WriteNames(Utf8JsonWriter json, string property, IEnumerable<string> names)
    {
        json.WriteStartArray(property);
        foreach (var name in names)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
    }
}
