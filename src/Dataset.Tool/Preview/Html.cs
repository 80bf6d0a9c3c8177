using System.Linq;
using System.Text;

namespace Dataset.Tool.Preview;

/// <summary>
/// HTML text: every text from an article goes through <see cref="Escape"/>; pages are complete documents with their
/// style inline, so a page works offline and loads nothing from anywhere.
/// </summary>
internal static class Html
{
    /// <summary>Escapes text for an element or a double-quoted attribute; control characters HTML forbids become U+FFFD.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    result.Append("&amp;");
                    break;
                case '<':
                    result.Append("&lt;");
                    break;
                case '>':
                    result.Append("&gt;");
                    break;
                case '"':
                    result.Append("&quot;");
                    break;
                case '\'':
                    result.Append("&#39;");
                    break;
                default:
                    result.Append(char.IsControl(c) && c is not ('\t' or '\n' or '\r') ? '\uFFFD' : c);
                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>A relative link to a page name (escaped for a URL, then for HTML).</summary>
    public static string Href(string relative) => Escape(string.Join("/", relative.Split('/').Select(System.Uri.EscapeDataString)));

    public static string Page(string title, string rootPrefix, string body)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // No network: the policy forbids every fetch; style is inline.
        page.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        page.Append("<title>").Append(Escape(title)).Append(" · Dataset preview</title>\n");
        page.Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        page.Append("<a class=\"skip\" href=\"#main\">Skip to content</a>\n");
        page.Append("<nav aria-label=\"Dataset\"><a href=\"").Append(rootPrefix).Append("index.html\">Articles</a> · <a href=\"")
            .Append(rootPrefix).Append("people.html\">People</a> · <a href=\"").Append(rootPrefix).Append("organizations.html\">Organizations</a> · <a href=\"")
            .Append(rootPrefix).Append("places.html\">Places</a> · <a href=\"").Append(rootPrefix).Append("stats.html\">Statistics</a></nav>\n");
        page.Append("<main id=\"main\">\n").Append(body).Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>
    /// Colours pass WCAG AA for text (dark text on light tints); each kind also has its own underline, so kinds differ
    /// without colour; details show on hover and on keyboard focus.
    /// </summary>
    private const string Style = """
        :root { color-scheme: light; }
        body { font: 17px/1.6 Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fff; max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
        nav { font-family: system-ui, sans-serif; font-size: .9rem; border-bottom: 1px solid #ccc; padding: .5rem 0; margin-bottom: 1rem; }
        a { color: #0b4f9c; }
        a:focus-visible, .ann:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .25rem .5rem; }
        h1 { font-size: 1.7rem; line-height: 1.25; }
        .meta, .legend, table, .diagnostic, .counts { font-family: system-ui, sans-serif; font-size: .9rem; }
        .meta { color: #444; }
        .legend span { margin-right: .75rem; }
        .ann { position: relative; border-radius: 2px; padding: 0 1px; color: #1a1a1a; }
        .ann.quote { background: #fff1c2; border-bottom: 2px solid #8a6d00; }
        .ann.stat { background: #d9f2dc; border-bottom: 2px double #1e6b2a; }
        .ann.person { background: #dde8ff; border-bottom: 2px dotted #1d4fa8; }
        .ann.org { background: #f1def7; border-bottom: 2px dashed #70358a; }
        .ann.place { background: #dff3f3; border-bottom: 2px solid #1b6565; }
        .ann.invalid { background: #ffe0e0; border-bottom: 2px wavy #a40000; }
        .tip { display: none; position: absolute; left: 0; top: 100%; z-index: 10; min-width: 14rem; max-width: 28rem; background: #1a1a1a; color: #fff; font: .8rem/1.4 system-ui, sans-serif; padding: .4rem .55rem; border-radius: 4px; white-space: normal; }
        .ann:focus > .tip, .ann:target > .tip, .ann:hover:not(:has(.ann:hover)) > .tip { display: block; }
        .diagnostic { border-left: 4px solid #a40000; background: #fff4f4; padding: .4rem .6rem; margin: .5rem 0; }
        .diagnostic.warning { border-left-color: #8a5a00; background: #fff8e6; }
        .diagnostic code { font-size: .85rem; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; border-bottom: 1px solid #ddd; padding: .3rem .4rem; vertical-align: top; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        pre { white-space: pre-wrap; background: #f6f6f6; padding: .5rem; }
        """;
}
