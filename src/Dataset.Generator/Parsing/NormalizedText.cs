using System.Collections.Generic;
using System.Text;

namespace Dataset.Generator.Parsing;

/// <summary>
/// A data file's text as the parser reads it: without a leading byte order mark, and with every CRLF and CR line
/// break written as LF. Offsets in the parsed model count in this text, so the generated code is byte-identical
/// whatever the file's line endings and BOM; <see cref="ToOriginal"/> maps an offset back to the file as given,
/// for the spans of diagnostics.
/// </summary>
internal sealed class NormalizedText
{
    private readonly int _bom;

    /// <summary>The offsets (in <see cref="Text"/>) of the LFs whose CR was dropped, in increasing order.</summary>
    private readonly List<int> _droppedBefore = new();

    public NormalizedText(string original)
    {
        _bom = original.Length > 0 && original[0] == '\uFEFF' ? 1 : 0;
        if (_bom == 0 && original.IndexOf('\r') < 0)
        {
            Text = original;
            return;
        }

        var builder = new StringBuilder(original.Length);
        for (var i = _bom; i < original.Length; i++)
        {
            var c = original[i];
            if (c != '\r')
            {
                builder.Append(c);
            }
            else if (i + 1 < original.Length && original[i + 1] == '\n')
            {
                _droppedBefore.Add(builder.Length);
            }
            else
            {
                builder.Append('\n');
            }
        }

        Text = builder.ToString();
    }

    public string Text { get; }

    /// <summary>The offset in the original text of <paramref name="offset"/> in <see cref="Text"/>; an offset at a line end maps to the CR of a CRLF.</summary>
    public int ToOriginal(int offset)
    {
        var low = 0;
        var high = _droppedBefore.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_droppedBefore[middle] < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return offset + _bom + low;
    }
}
