using System.Text;
using Dataset.Generator.Model;

namespace Dataset.Generator.Emitting;

/// <summary>Writes indented C# source, one line at a time, with LF line endings on every platform.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

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
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
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
    /// Writes <c>/// &lt;summary&gt;</c> and <c>/// &lt;remarks&gt;</c> with one <c>&lt;para&gt;</c> per paragraph.
    /// The summary and each paragraph are XML already (build them from <see cref="Literals.XmlText"/> parts).
    /// </summary>
    public CodeWriter XmlDoc(string summary, params string[] paragraphs)
    {
        Line("/// <summary>" + summary + "</summary>");
        if (paragraphs.Length > 0)
        {
            Line("/// <remarks>");
            foreach (var paragraph in paragraphs)
            {
                Line("/// <para>" + paragraph + "</para>");
            }

            Line("/// </remarks>");
        }

        return this;
    }

    /// <summary>
    /// Writes a member declaration <c>before + name + after</c> whose definition is <paramref name="location"/> in
    /// <paramref name="fileName"/>: a <c>#line</c> span directive whose character offset is the column of
    /// <paramref name="name"/>, the declaration, and <c>#line default</c>. Without a file name (or a usable span) the
    /// declaration is written unmapped.
    /// </summary>
    public CodeWriter Mapped(string before, string name, string after, TextLocation location, string? fileName)
    {
        var directive = LineDirectives.Span(location, (_indent * 4) + before.Length, fileName);
        if (directive is null)
        {
            return Line(before + name + after);
        }

        _builder.Append(directive).Append('\n');
        Line(before + name + after);
        _builder.Append(LineDirectives.Default).Append('\n');
        return this;
    }

    /// <summary>Writes a doc line that is already XML (built from escaped parts).</summary>
    public CodeWriter RawDoc(string xml) => Line("/// " + xml);

    public override string ToString() => _builder.ToString();
}
