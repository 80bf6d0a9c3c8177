using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generator.Model;

/// <summary>
/// Rules for keys that become C# member names: the parser checks keys by them, the emitter escapes by them, and the
/// tool makes ids by them. A fact about C# names, so it sits with the models every room may use.
/// </summary>
internal static class Identifiers
{
    /// <summary>Names every generated class inherits from <see cref="object"/>: a member with one would hide it.</summary>
    private static readonly HashSet<string> ObjectMembers = new()
    {
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>
    /// Why <paramref name="key"/> cannot be a member of a generated class named <paramref name="enclosing"/>,
    /// or null when it can. Keywords are fine: they are emitted with '@'.
    /// </summary>
    public static string? Problem(string key, string enclosing)
    {
        if (!SyntaxFacts.IsValidIdentifier(key))
        {
            return "a key must be a C# identifier (letters, digits and '_', not starting with a digit)";
        }

        foreach (var c in key)
        {
            // C# drops formatting characters (such as U+200B or U+200F) from identifiers, so 'Ker\u200Bry' would
            // be the member 'Kerry': two keys the checks tell apart would collide, and invisible text would hide in code.
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return $"a key cannot contain the invisible formatting character U+{(int)c:X4}";
            }
        }

        if (key == enclosing)
        {
            return $"a member cannot have the name of its enclosing class '{enclosing}'";
        }

        if (key == "All")
        {
            return "'All' is the generated list of every item";
        }

        if (key == "DatasetStorage")
        {
            return "'DatasetStorage' is the generated class that every member reads its data from";
        }

        if (ObjectMembers.Contains(key))
        {
            return $"'{key}' would hide object.{key}";
        }

        return null;
    }

    /// <summary>Contextual keywords C# does not allow as a type name, even written with '@'.</summary>
    private static readonly HashSet<string> ReservedTypeNames = new()
    {
        "record", "required", "scoped", "file", "extension",
    };

    /// <summary>
    /// Why <paramref name="key"/> cannot name a generated class (a quote's speaker, a statistic's group) nested in
    /// a class named <paramref name="enclosing"/>, or null when it can.
    /// </summary>
    public static string? TypeProblem(string key, string enclosing) =>
        Problem(key, enclosing)
        ?? (ReservedTypeNames.Contains(key) ? $"'{key}' names a generated class, and C# does not allow a class named '{key}': use another key" : null);

    /// <summary>The key as it must be written in C#: keywords get '@'.</summary>
    public static string Escape(string key) =>
        SyntaxFacts.GetKeywordKind(key) != SyntaxKind.None ? "@" + key : key;

    /// <summary>A file name such as <c>russia-us-syria-talks</c> in PascalCase: <c>RussiaUsSyriaTalks</c>.</summary>
    public static string PascalCase(string fileName)
    {
        var builder = new StringBuilder(fileName.Length);
        var upper = true;
        foreach (var c in fileName)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return builder.ToString();
    }
}
