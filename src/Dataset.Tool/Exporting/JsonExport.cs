using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dataset.Tool.Exporting;

/// <summary>The whole dataset as one JSON document: one property per table, each an array of objects.</summary>
internal static class JsonExport
{
    public static JsonWriterOptions Options { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream stream, ExportSource source, IReadOnlyList<IExportTable> tables)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        foreach (var table in tables.Where(table => table.InJson))
        {
            var columns = table.Columns;
            json.WriteStartArray(table.Name);
            foreach (var row in table.Rows(source))
            {
                json.WriteStartObject();
                for (var i = 0; i < columns.Count; i++)
                {
                    json.WritePropertyName(columns[i].Name);
                    WriteValue(json, row[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case decimal number:
                // Raw, so the digits are exactly decimal's invariant text (the generated Statistic.Value's ToString).
                json.WriteRawValue(number.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
                break;
            case IEnumerable<string> texts:
                json.WriteStartArray();
                foreach (var text in texts)
                {
                    json.WriteStringValue(text);
                }

                json.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"An export column gave a {value.GetType().Name}, which has no JSON form.");
        }
    }
}
