using System.Collections.Generic;
using System.Linq;
using System.Text;
using Dataset.Generator.Parsing;

namespace Dataset.Tool.Suggesting;

/// <summary>
/// Writes suggestions into an article's text: a '[' before each and ']{...}' after it, nothing else. The offsets count in
/// the parser's text (LF line breaks, no BOM), so they are mapped back to the file's own text, whose line endings and
/// BOM stay as they were.
/// </summary>
internal static class SuggestionApplier
{
    public static string Apply(string original, IEnumerable<Suggestion> suggestions)
    {
        var normalized = new NormalizedText(original);
        var edits = new List<(int Offset, int Order, string Text)>();
        foreach (var suggestion in suggestions)
        {
            // At one offset, an annotation that ends there closes before one that starts there opens.
            edits.Add((normalized.ToOriginal(suggestion.Start), 1, "["));
            edits.Add((normalized.ToOriginal(suggestion.End), 0, "]{" + suggestion.Attributes + "}"));
        }

        var result = new StringBuilder(original.Length + (edits.Count * 16));
        var position = 0;
        foreach (var (offset, _, text) in edits.OrderBy(edit => edit.Offset).ThenBy(edit => edit.Order))
        {
            result.Append(original, position, offset - position).Append(text);
            position = offset;
        }

        return result.Append(original, position, original.Length - position).ToString();
    }
}
