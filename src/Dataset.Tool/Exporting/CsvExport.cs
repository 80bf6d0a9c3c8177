using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Dataset.Tool.Exporting;

/// <summary>
/// One CSV file per table, as RFC 4180 says: a header row, CRLF after every record, a field quoted (with its quotes
/// doubled) when it holds a comma, a quote, a CR or an LF, and UTF-8 without a BOM, which pandas' and R's readers take
/// without options. A missing value is an empty field.
/// </summary>
internal static class CsvExport
{
    public static IReadOnlyList<string> Write(string directory, ExportSource source, IReadOnlyList<IExportTable> tables)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var table in tables.Where(table => table.InCsv))
        {
            var path = Path.Combine(directory, table.Name + ".csv");
            using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            WriteTable(writer, table, source);
            written.Add(path);
        }

        return written;
    }

    public static void WriteTable(TextWriter writer, IExportTable table, ExportSource source)
    {
        var columns = table.Columns;
        if (columns.Any(column => column.Type == ExportType.StringList))
        {
            // Lists have their own table in CSV; leave them out of this one.
            var kept = columns.Select((column, index) => (column, index)).Where(pair => pair.column.Type != ExportType.StringList).Select(pair => pair.index).ToArray();
            WriteRecord(writer, kept.Select(i => columns[i].Name));
            foreach (var row in table.Rows(source))
            {
                WriteRecord(writer, kept.Select(i => Field(row[i])));
            }

            return;
        }

        WriteRecord(writer, columns.Select(column => column.Name));
        foreach (var row in table.Rows(source))
        {
            WriteRecord(writer, row.Select(Field));
        }
    }

    public static string Escape(string field) =>
        field.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void WriteRecord(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(",", fields.Select(Escape)));
        writer.Write("\r\n");
    }

    private static string Field(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        int number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"An export column gave a {value.GetType().Name}, which has no CSV form."),
    };
}
