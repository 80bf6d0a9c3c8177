using System.Globalization;
using System.Text;

namespace Dataset.Generator.Emitting;

/// <summary>
/// Turns data-file text into C# string literals and XML doc text that can never break out of where they are
/// written: every character that could end a literal, a comment or a line is escaped or replaced.
/// </summary>
internal static class Literals
{
    /// <summary>A regular C# string literal that round-trips <paramref name="value"/> exactly.</summary>
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Text for an XML doc comment on one line: markup characters escaped, line breaks read as spaces, and
    /// characters XML cannot hold replaced with U+FFFD.
    /// </summary>
    public static string XmlText(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '\r':
                case '\n':
                case '\t':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    builder.Append(' ');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Characters written as <c>\uXXXX</c>: controls, line and paragraph separators, format characters, surrogates.</summary>
    private static bool NeedsEscape(char c)
    {
        if (char.IsControl(c) || char.IsSurrogate(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse;
    }
}
