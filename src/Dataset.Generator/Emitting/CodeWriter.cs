using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>
/// Writes indented C# source, one line at a time, with LF line endings on every platform. A line is written whole
/// (<see cref="Line(string)"/>) or in pieces (<see cref="Begin"/>, <see cref="Text"/>, <see cref="XmlEscaped"/>,
/// <see cref="End"/>): a large dataset's members are written straight into their file's builder, with no string per
/// line or per member in between (the generator's time went largely into collecting such garbage).
/// </summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder;
    private readonly bool _spanLineDirectives;
    private int _indent;
    private bool _mapped;

    /// <summary>
    /// A writer at <paramref name="indent"/> levels (inside a block namespace: 1) that maps members with span
    /// <c>#line</c> directives when <paramref name="spanLineDirectives"/> (C# 10 on), else with plain ones.
    /// </summary>
    public CodeWriter(bool spanLineDirectives = true, int indent = 0)
        : this(new StringBuilder(), spanLineDirectives, indent)
    {
    }

    /// <summary>A writer that appends to <paramref name="builder"/> (a whole file's, say).</summary>
    public CodeWriter(StringBuilder builder, bool spanLineDirectives, int indent)
    {
        _builder = builder;
        _spanLineDirectives = spanLineDirectives;
        _indent = indent;
    }

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Starts a line written in pieces: its indentation. <see cref="End"/> ends it.</summary>
    public CodeWriter Begin()
    {
        _builder.Append(' ', _indent * 4);
        return this;
    }

    /// <summary>Appends code (or XML that is already escaped) to the line.</summary>
    public CodeWriter Text(string text)
    {
        _builder.Append(text);
        return this;
    }

    /// <summary>Appends a number to the line.</summary>
    public CodeWriter Text(int value)
    {
        _builder.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Appends data-file text to a doc line, escaped (see <see cref="Literals.XmlText"/>).</summary>
    public CodeWriter XmlEscaped(string text)
    {
        Literals.AppendXmlText(_builder, text);
        return this;
    }

    /// <summary>Appends data-file text as a C# string literal (see <see cref="Literals.String"/>).</summary>
    public CodeWriter Literal(string? text)
    {
        Literals.AppendString(_builder, text);
        return this;
    }

    /// <summary>Appends the texts <paramref name="pieces"/> as one C# string literal of them all, one after another.</summary>
    public CodeWriter Literal(IReadOnlyList<string> pieces)
    {
        _builder.Append('"');
        foreach (var piece in pieces)
        {
            Literals.AppendStringContent(_builder, piece);
        }

        _builder.Append('"');
        return this;
    }

    /// <summary>Ends a line written in pieces.</summary>
    public CodeWriter End()
    {
        _builder.Append('\n');
        return this;
    }

    public CodeWriter Open(string header)
    {
        RestoreLines();
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        RestoreLines();
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>
    /// Writes <c>/// &lt;summary&gt;</c> and, when given, <c>/// &lt;remarks&gt;</c> from plain text, which it escapes (so
    /// <c>Articles.&lt;Id&gt;</c> reads as written). For docs made of XML, <see cref="DocFromXml"/>.
    /// </summary>
    public CodeWriter DocFromText(string summary, string? remarks = null)
    {
        Begin().Text("/// <summary>").XmlEscaped(summary).Text("</summary>").End();
        if (remarks is not null)
        {
            Begin().Text("/// <remarks>").XmlEscaped(remarks).Text("</remarks>").End();
        }

        return this;
    }

    /// <summary>
    /// Writes <c>/// &lt;summary&gt;</c> and <c>/// &lt;remarks&gt;</c> (on one line) with one <c>&lt;para&gt;</c> per paragraph.
    /// The summary and each paragraph are XML already, written as they are (build them from <see cref="Literals.XmlText"/>
    /// parts): unlike <see cref="DocFromText"/>, this escapes nothing, so that a doc can hold markup.
    /// </summary>
    public CodeWriter DocFromXml(string summary, params string[] paragraphs)
    {
        Begin().Text("/// <summary>").Text(summary).Text("</summary>").End();
        if (paragraphs.Length > 0)
        {
            // One line: a dataset has many members, and each line costs its indentation.
            Begin().Text("/// <remarks>");
            foreach (var paragraph in paragraphs)
            {
                Text("<para>").Text(paragraph).Text("</para>");
            }

            Text("</remarks>").End();
        }

        return this;
    }

    /// <summary>
    /// Starts a member that <see cref="Mapped(string, string, TextLocation, string?)"/> will declare: if it will not be
    /// mapped, the mapping of the member before it ends here, before its docs, so that nothing of it falls under that
    /// mapping.
    /// </summary>
    public CodeWriter Member(TextLocation location, string? fileName)
    {
        if (!LineDirectives.Maps(location, fileName))
        {
            RestoreLines();
        }

        return this;
    }

    /// <summary>
    /// Writes a member declaration <c>before + name + after</c> whose definition is <paramref name="location"/> in
    /// <paramref name="fileName"/>: a <c>#line</c> directive (see <see cref="LineDirectives.For"/>; a span's
    /// character offset is the column of <paramref name="name"/>), and the declaration; <c>#line default</c> follows before the next brace (see
    /// <see cref="RestoreLines"/>). Without a file name (or a usable span) the declaration is written unmapped.
    /// </summary>
    public CodeWriter Mapped(string before, string name, string after, TextLocation location, string? fileName) =>
        Mapped(before, name, location, fileName).Text(after).End();

    /// <summary>
    /// Starts the line of a mapped declaration as <see cref="Mapped(string, string, string, TextLocation, string?)"/>
    /// does, up to and with its <paramref name="name"/>; the caller writes the rest and <see cref="End"/>s it.
    /// </summary>
    public CodeWriter Mapped(string before, string name, TextLocation location, string? fileName)
    {
        if (LineDirectives.Append(_builder, location, (_indent * 4) + before.Length, fileName, _spanLineDirectives))
        {
            _builder.Append('\n');
            _mapped = true;
        }
        else
        {
            RestoreLines();
        }

        return Begin().Text(before).Text(name);
    }

    /// <summary>
    /// Ends the mapping of the members written since the last <see cref="Open"/> or <see cref="Close"/>. Consecutive
    /// members need no <c>#line default</c> between them (the next member's directive replaces the mapping, and only
    /// doc comments and blank lines lie between), so it is written once, before the next brace.
    /// </summary>
    private void RestoreLines()
    {
        if (_mapped)
        {
            _builder.Append(LineDirectives.Default).Append('\n');
            _mapped = false;
        }
    }

    public override string ToString() => _builder.ToString();
}
