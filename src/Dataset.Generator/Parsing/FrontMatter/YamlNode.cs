using System.Collections.Generic;

namespace Dataset.Generator.Parsing.FrontMatter;

/// <summary>A node of the YAML subset the front matter uses: a scalar or a mapping. Offsets are into the file.</summary>
internal abstract class YamlNode
{
    protected YamlNode(int start, int end)
    {
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }
}

/// <summary>A scalar value with its quotes and escapes resolved.</summary>
internal sealed class YamlScalar : YamlNode
{
    public YamlScalar(string value, int start, int end)
        : base(start, end) => Value = value;

    public string Value { get; }
}

/// <summary>A mapping, block or flow, with its entries in file order (duplicates are reported, first kept).</summary>
internal sealed class YamlMap : YamlNode
{
    public YamlMap(IReadOnlyList<YamlEntry> entries, int start, int end)
        : base(start, end) => Entries = entries;

    public IReadOnlyList<YamlEntry> Entries { get; }

    /// <summary>The entry of <paramref name="key"/>, or null: a look along the entries, for the few fixed keys of the front matter.</summary>
    public YamlEntry? Find(string key)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (string.Equals(Entries[i].Key, key, System.StringComparison.Ordinal))
            {
                return Entries[i];
            }
        }

        return null;
    }
}

/// <summary>One <c>key: value</c> of a mapping.</summary>
internal sealed class YamlEntry
{
    public YamlEntry(string key, int keyStart, int keyEnd, YamlNode value)
    {
        Key = key;
        KeyStart = keyStart;
        KeyEnd = keyEnd;
        Value = value;
    }

    public string Key { get; }

    public int KeyStart { get; }

    public int KeyEnd { get; }

    public YamlNode Value { get; }
}
