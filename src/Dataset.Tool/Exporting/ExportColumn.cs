using System;
using System.Collections.Generic;

namespace Dataset.Tool.Exporting;

/// <summary>The JSON type of an exported value; CSV writes every scalar as text.</summary>
internal enum ExportType
{
    String = 0,

    /// <summary>A string or null (an empty field in CSV).</summary>
    OptionalString = 1,

    Integer = 2,

    /// <summary>A decimal number, written exactly as the generated API's <c>decimal</c> prints it.</summary>
    Number = 3,

    /// <summary>A list of strings: JSON only (CSV gives lists their own file).</summary>
    StringList = 4,
}

/// <summary>One exported field: its name (the JSON property and the CSV header), type, meaning and allowed values.</summary>
internal sealed record ExportColumn(string Name, ExportType Type, string Description, IReadOnlyList<string>? Allowed = null);

/// <summary>One column and how a row of type <typeparamref name="TRow"/> gives its value.</summary>
internal sealed record ExportColumn<TRow>(ExportColumn Column, Func<TRow, object?> Value);
