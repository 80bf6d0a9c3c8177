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
    public static string String(string? value) =>
        value is null ? "null" : AppendString(new StringBuilder(value.Length + 2), value).ToString();

    /// <summary>Appends the literal <see cref="String"/> returns.</summary>
    public static StringBuilder AppendString(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            return builder.Append("null");
        }

        builder.Append('"');
        return AppendStringContent(builder, value).Append('"');
    }

    /// <summary>Appends <paramref name="value"/> escaped as the inside of a regular C# string literal, without the quotes.</summary>
    public static StringBuilder AppendStringContent(StringBuilder builder, string value)
    {
        // Runs of characters written as they are go in one copy (a dataset's encoded data is one long such run).
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is >= ' ' and <= '~' and not '"' and not '\\' || (c > '~' && !NeedsEscape(c)))
            {
                continue;
            }

            builder.Append(value, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }

        return builder.Append(value, run, value.Length - run);
    }

    /// <summary>
    /// Text for an XML doc comment on one line: markup characters escaped, line breaks read as spaces, and
    /// characters XML cannot hold replaced with U+FFFD.
    /// </summary>
    public static string XmlText(string value) => AppendXmlText(new StringBuilder(value.Length), value).ToString();

    /// <summary>Appends the text <see cref="XmlText"/> returns.</summary>
    public static StringBuilder AppendXmlText(StringBuilder builder, string value)
    {
        // Runs of characters written as they are go in one copy.
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is >= ' ' and <= '~' and not '&' and not '<' and not '>')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            var replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\r' or '\n' or '\t' or '\u0085' or '\u2028' or '\u2029' => " ",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                continue;
            }

            builder.Append(value, run, i - run).Append(replacement);
            run = i + 1;
        }

        return builder.Append(value, run, value.Length - run);
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
