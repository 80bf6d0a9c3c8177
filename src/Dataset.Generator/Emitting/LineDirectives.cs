using System;
using System.Globalization;
using System.Text;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>
/// The <c>#line</c> directives that map a generated member's declaration to the span of its annotation in the data
/// file, in the C# 10 span form <c>#line (l1,c1)-(l2,c2) offset "path"</c>. The offset is the column of the member's
/// name, so the name (and with it Go to Definition, and any diagnostic on it) maps exactly to the annotation. Before
/// C# 10, and for a span the span form cannot hold, the plain <c>#line N "path"</c> maps the annotation's line.
/// </summary>
internal static class LineDirectives
{
    /// <summary>Restores the generated file's own lines after a mapped declaration, so nothing else is mapped.</summary>
    public const string Default = "#line default";

    /// <summary>
    /// The data file's path as a <c>#line</c> file name, or null when it cannot be one. A <c>#line</c> file name has
    /// no escapes (a backslash is a backslash, so Windows paths are written as they are), and it cannot hold a
    /// quotation mark or a line break; a path with one, or with another control character or a lone surrogate, is
    /// not mapped at all (the member stays in the generated file) rather than written as another path. A relative
    /// path is made absolute against the project directory, so that an editor can open it; then the compiler's
    /// <paramref name="pathMap"/> is applied to it as the compiler applies it to source paths, so that a build with
    /// PathMap set writes the same generated text in any directory.
    /// </summary>
    public static string? FileName(string path, string projectDirectory, EquatableArray<PathMapping> pathMap = default)
    {
        if (path.Length == 0)
        {
            return null;
        }

        if (!IsRooted(path) && IsRooted(projectDirectory))
        {
            var last = projectDirectory[projectDirectory.Length - 1];
            path = projectDirectory + (last is '/' or '\\' ? string.Empty : "/") + path;
        }

        path = PathMap.Apply(path, pathMap);

        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '"' || char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029')
            {
                return null;
            }

            if (char.IsHighSurrogate(c) && i + 1 < path.Length && char.IsLowSurrogate(path[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return null;
            }
        }

        return path;
    }

    /// <summary>The largest line number a <c>#line</c> directive accepts (CS1576 and CS8938 above).</summary>
    public const int MaxLine = 16_707_565;

    /// <summary>The largest character position (column or offset) a span <c>#line</c> directive accepts (CS8938 above).</summary>
    public const int MaxCharacter = 65_536;

    /// <summary>
    /// The directive mapping the next line, from its 0-based <paramref name="column"/> on, to <paramref name="location"/>
    /// (0-based with an exclusive end, as the models hold it; the directive's positions are 1-based, its end
    /// inclusive), or null when there is no file name or the span cannot be written (negative, or ending before it
    /// starts). With <paramref name="spans"/> (C# 10 on) it is the span form; without, or when a position of the span
    /// lies past what the compiler accepts (a column past <see cref="MaxCharacter"/> on a very long line), the plain
    /// <c>#line N "file"</c> that maps the line alone; and nothing when even the line is past <see cref="MaxLine"/>.
    /// </summary>
    public static string? For(TextLocation location, int column, string? fileName, bool spans)
    {
        var builder = new StringBuilder();
        return Append(builder, location, column, fileName, spans) ? builder.ToString() : null;
    }

    /// <summary>Whether <see cref="For"/> writes a directive for <paramref name="location"/> in <paramref name="fileName"/>.</summary>
    public static bool Maps(TextLocation location, string? fileName) =>
        fileName is not null
        && location.StartLine >= 0 && location.StartColumn >= 0 && location.EndLine >= 0 && location.EndColumn >= 0
        && location.EndLine >= location.StartLine
        && (location.EndLine != location.StartLine || location.EndColumn >= location.StartColumn)
        && location.StartLine + 1 <= MaxLine;

    /// <summary>Appends the directive <see cref="For"/> returns, without a line break; false (nothing appended) where it returns null.</summary>
    public static bool Append(StringBuilder builder, TextLocation location, int column, string? fileName, bool spans)
    {
        if (!Maps(location, fileName))
        {
            return false;
        }

        // The end is the 1-based column of the span's last character (inclusive), which is the 0-based column after
        // it; an empty span becomes its one first character, as the directive cannot end before it starts.
        var endColumn = location.EndLine == location.StartLine
            ? Math.Max(location.EndColumn, location.StartColumn + 1)
            : Math.Max(location.EndColumn, 1);
        if (!spans || location.EndLine + 1 > MaxLine || location.StartColumn + 1 > MaxCharacter || endColumn > MaxCharacter || column + 1 > MaxCharacter)
        {
            builder.Append("#line ").Append(Number(location.StartLine + 1)).Append(" \"").Append(fileName).Append('"');
            return true;
        }

        builder.Append("#line (").Append(Number(location.StartLine + 1)).Append(',').Append(Number(location.StartColumn + 1))
            .Append(")-(").Append(Number(location.EndLine + 1)).Append(',').Append(Number(endColumn))
            .Append(") ").Append(Number(column + 1)).Append(" \"").Append(fileName).Append('"');
        return true;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool IsRooted(string path) =>
        path.Length > 0 && (path[0] is '/' or '\\' || (path.Length > 1 && path[1] == ':' && char.IsLetter(path[0])));
}
