using System.Text;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>Writes indented C# source, one line at a time, with LF line endings on every platform.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private readonly bool _spanLineDirectives;
    private int _indent;
    private bool _mapped;

    /// <summary>
    /// A writer at <paramref name="indent"/> levels (inside a block namespace: 1) that maps members with span
    /// <c>#line</c> directives when <paramref name="spanLineDirectives"/> (C# 10 on), else with plain ones.
    /// </summary>
    public CodeWriter(bool spanLineDirectives = true, int indent = 0)
    {
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

    /// <summary>Writes <c>/// &lt;summary&gt;</c> and, when given, <c>/// &lt;remarks&gt;</c>; both are escaped.</summary>
    public CodeWriter Doc(string summary, string? remarks = null)
    {
        Line("/// <summary>" + Literals.XmlText(summary) + "</summary>");
        if (remarks is not null)
        {
            Line("/// <remarks>" + Literals.XmlText(remarks) + "</remarks>");
        }

        return this;
    }

    /// <summary>
    /// Writes <c>/// &lt;summary&gt;</c> and <c>/// &lt;remarks&gt;</c> (on one line) with one <c>&lt;para&gt;</c> per paragraph.
    /// The summary and each paragraph are XML already (build them from <see cref="Literals.XmlText"/> parts).
    /// </summary>
    public CodeWriter XmlDoc(string summary, params string[] paragraphs)
    {
        Line("/// <summary>" + summary + "</summary>");
        if (paragraphs.Length > 0)
        {
            // One line: a dataset has many members, and each line costs its indentation.
            Line("/// <remarks><para>" + string.Join("</para><para>", paragraphs) + "</para></remarks>");
        }

        return this;
    }

    /// <summary>
    /// Writes a member declaration <c>before + name + after</c> whose definition is <paramref name="location"/> in
    /// <paramref name="fileName"/>: a <c>#line</c> directive (see <see cref="LineDirectives.For"/>; a span's
    /// character offset is the column of <paramref name="name"/>), and the declaration; <c>#line default</c> follows before the next brace (see
    /// <see cref="RestoreLines"/>). Without a file name (or a usable span) the declaration is written unmapped.
    /// </summary>
    public CodeWriter Mapped(string before, string name, string after, TextLocation location, string? fileName)
    {
        var directive = LineDirectives.For(location, (_indent * 4) + before.Length, fileName, _spanLineDirectives);
        if (directive is null)
        {
            RestoreLines();
            return Line(before + name + after);
        }

        _builder.Append(directive).Append('\n');
        Line(before + name + after);
        _mapped = true;
        return this;
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

    /// <summary>What this writer wrote, as a member to <see cref="Append"/> to another writer at the same indentation.</summary>
    public RenderedMember Render() => new(_builder.ToString(), _mapped);

    /// <summary>Writes a member rendered by another writer (see <see cref="Render"/>).</summary>
    public CodeWriter Append(RenderedMember member)
    {
        // An unmapped member must not fall under the mapping of the member before it.
        if (!member.Mapped)
        {
            RestoreLines();
        }

        _builder.Append(member.Code);
        _mapped = member.Mapped;
        return this;
    }

    /// <summary>Writes a doc line that is already XML (built from escaped parts).</summary>
    public CodeWriter RawDoc(string xml) => Line("/// " + xml);

    public override string ToString() => _builder.ToString();
}
