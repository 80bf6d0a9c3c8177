using System.Collections.Generic;
using System.Text;

namespace Dataset.Generator.Emitting;

/// <summary>
/// An article's long texts (paragraphs, quotes, sentences: over <see cref="LongLength"/> characters) in one string,
/// which the generated code slices: <c>Texts.Substring(120, 98)</c>. One long literal per article keeps any dataset
/// within .NET's limits: a literal per text would fill the 16 MB of the #US heap (CS8103) from a few thousand
/// articles, and with the compiler's data-section feature would give its synthesized class a field per literal, more
/// than the runtime loads (TypeLoadException "too many fields") from about 7,000 articles. Short texts (keys, names,
/// cues) stay literals, so the generated code still reads as what it holds.
/// </summary>
internal sealed class TextPool
{
    /// <summary>Texts longer than this go to the pool; the package's data-section threshold is the same length.</summary>
    public const int LongLength = 100;

    /// <summary>The name of the field that holds the pool in each article's storage class.</summary>
    public const string FieldName = "Texts";

    private readonly StringBuilder _text = new();
    private readonly Dictionary<string, int> _starts = new(System.StringComparer.Ordinal);

    /// <summary>The pooled texts, one after another (each on its own line, to read the literal more easily).</summary>
    public string Text => _text.ToString();

    public bool IsEmpty => _text.Length == 0;

    /// <summary>Adds <paramref name="value"/> when it is long and not pooled yet; identical texts are pooled once.</summary>
    public void Add(string? value)
    {
        if (value is null || value.Length <= LongLength || _starts.ContainsKey(value))
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        _starts.Add(value, _text.Length);
        _text.Append(value);
    }

    /// <summary>The C# expression for <paramref name="value"/>: a slice of the pool when it was pooled, else a literal.</summary>
    public string Expression(string? value) =>
        value is not null && _starts.TryGetValue(value, out var start)
            ? $"{FieldName}.Substring({start}, {value.Length})"
            : Literals.String(value);
}
