using System;

namespace Dataset;

/// <summary>
/// Where something was written in a data file: the file, the 1-based line and column span, and the 0-based
/// character offsets. Locations point at the annotation (or front-matter key) a generated member came from.
/// </summary>
public sealed class SourceLocation : IEquatable<SourceLocation>
{
    /// <summary>Creates a location. Only the dataset's decoder creates locations.</summary>
    internal SourceLocation(string file, int line, int column, int endLine, int endColumn, int start, int length)
    {
        File = file ?? throw new ArgumentNullException(nameof(file));
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
        Start = start;
        Length = length;
    }

    /// <summary>The data file's path relative to the project directory, with <c>/</c> separators.</summary>
    public string File { get; }

    /// <summary>The 1-based line where the span starts.</summary>
    public int Line { get; }

    /// <summary>The 1-based column where the span starts.</summary>
    public int Column { get; }

    /// <summary>The 1-based line where the span ends.</summary>
    public int EndLine { get; }

    /// <summary>The 1-based column just past the span's last character.</summary>
    public int EndColumn { get; }

    /// <summary>The 0-based character offset of the span in the file.</summary>
    public int Start { get; }

    /// <summary>The span's length in characters.</summary>
    public int Length { get; }

    /// <inheritdoc/>
    public bool Equals(SourceLocation? other) =>
        other is not null
        && File == other.File
        && Line == other.Line
        && Column == other.Column
        && EndLine == other.EndLine
        && EndColumn == other.EndColumn
        && Start == other.Start
        && Length == other.Length;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SourceLocation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCodes.Combine(File.GetHashCode(), Start, Length);

    /// <summary>The location as <c>file(line,column)</c>, the form compilers print.</summary>
    public override string ToString() => $"{File}({Line},{Column})";
}
