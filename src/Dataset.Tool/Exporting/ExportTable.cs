using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataset.Tool.Exporting;

/// <summary>A kind of exported record (quotes, stats, ...): its columns and its rows, seen without their row type.</summary>
internal interface IExportTable
{
    /// <summary>The JSON property and the CSV file name (<c>quotes</c>, <c>quotes.csv</c>).</summary>
    string Name { get; }

    string Description { get; }

    bool InJson { get; }

    bool InCsv { get; }

    IReadOnlyList<ExportColumn> Columns { get; }

    IEnumerable<object?[]> Rows(ExportSource source);
}

/// <summary>
/// A table over rows of <typeparamref name="TRow"/>: a field added to the model is exported by adding one
/// <see cref="Column"/> line (JSON, CSV and the JSON Schema all follow from it).
/// </summary>
internal sealed class ExportTable<TRow> : IExportTable
{
    private readonly Func<ExportSource, IEnumerable<TRow>> _rows;
    private readonly List<ExportColumn<TRow>> _columns = new();

    public ExportTable(string name, string description, Func<ExportSource, IEnumerable<TRow>> rows, bool inJson = true, bool inCsv = true)
    {
        Name = name;
        Description = description;
        InJson = inJson;
        InCsv = inCsv;
        _rows = rows;
    }

    public string Name { get; }

    public string Description { get; }

    public bool InJson { get; }

    public bool InCsv { get; }

    public IReadOnlyList<ExportColumn> Columns => _columns.Select(column => column.Column).ToList();

    public ExportTable<TRow> Column(string name, ExportType type, string description, Func<TRow, object?> value, IReadOnlyList<string>? allowed = null)
    {
        _columns.Add(new ExportColumn<TRow>(new ExportColumn(name, type, description, allowed), value));
        return this;
    }

    public IEnumerable<object?[]> Rows(ExportSource source) =>
        _rows(source).Select(row => _columns.Select(column => column.Value(row)).ToArray());
}
