using System.Text;

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

    /// <summary>Writes a doc line that is already XML (built from escaped parts).</summary>
    public CodeWriter RawDoc(string xml) => Line("/// " + xml);

    public override string ToString() => _builder.ToString();
}
