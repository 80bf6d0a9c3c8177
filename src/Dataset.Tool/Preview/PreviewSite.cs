using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Dataset.Generator.Model;
using Dataset.Tool.Exporting;
using Dataset.Tool.Loading;
using Microsoft.CodeAnalysis;

namespace Dataset.Tool.Preview;

/// <summary>
/// Writes the static site: <c>index.html</c> (every article with its counts), one page per article (broken ones
/// too), and index pages per person (every quote across articles), organization and place (mentions) and statistics
/// group (values in a table), with a list page for each.
/// </summary>
internal static class PreviewSite
{
    /// <summary>Writes the site of <paramref name="dataset"/>, loaded with its parses (the pages show each article's text as it was parsed).</summary>
    public static int Write(LoadedDataset dataset, string directory, IProgress<int>? progress = null)
    {
        Directory.CreateDirectory(directory);
        var source = new ExportSource(dataset);
        var links = new PreviewLinks(dataset.Articles.SelectMany(article => article.Entities));
        var pages = 0;

        var articlePages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in dataset.Articles)
        {
            articlePages[article.FilePath] = links.Allocate("articles", Path.ChangeExtension(article.RelativePath, null));
        }

        var byFile = dataset.Diagnostics.GroupBy(diagnostic => diagnostic.Location.GetLineSpan().Path ?? string.Empty, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        Directory.CreateDirectory(Path.Combine(directory, "articles"));
        var done = 0;
        foreach (var parse in dataset.Parses)
        {
            var article = parse.Model;
            var diagnostics = byFile.GetValueOrDefault(article.FilePath) ?? new List<Diagnostic>();
            Save(directory, articlePages[article.FilePath], ArticlePage.Render(parse, diagnostics, links));
            pages++;
            progress?.Report(++done);
        }

        string ArticleLink(ArticleModel article, string? anchor = null) =>
            "../" + Html.Href(articlePages[article.FilePath]) + (anchor is null ? string.Empty : "#" + anchor);

        // The article list.
        var index = new StringBuilder("<h1>Articles</h1>\n<table>\n<thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Published</th><th scope=\"col\">Quotes</th><th scope=\"col\">Statistics</th><th scope=\"col\">Mentions</th><th scope=\"col\">Errors</th><th scope=\"col\">Warnings</th></tr></thead>\n<tbody>\n");
        foreach (var article in dataset.Articles)
        {
            var diagnostics = byFile.GetValueOrDefault(article.FilePath) ?? new List<Diagnostic>();
            index.Append("<tr><td><a href=\"").Append(Html.Href(articlePages[article.FilePath])).Append("\">")
                .Append(Html.Escape(article.Title.Length > 0 ? article.Title : article.RelativePath)).Append("</a><br><code>").Append(Html.Escape(article.RelativePath)).Append("</code></td>")
                .Append("<td>").Append(article.IsEmittable ? ArticlePage.Date(article) : string.Empty).Append("</td>")
                .Append(Cell(article.Quotes.Count)).Append(Cell(article.Stats.Count)).Append(Cell(article.Mentions.Count))
                .Append(Cell(diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error))).Append(Cell(diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning))).Append("</tr>\n");
        }

        index.Append("</tbody>\n</table>\n");
        Save(directory, "index.html", Html.Page("Articles", string.Empty, index.ToString()));
        pages++;

        // People, organizations, places: a list page and a page per entity.
        foreach (var (kind, folder, heading) in new[] { (EntityKind.Person, "people", "People"), (EntityKind.Organization, "organizations", "Organizations"), (EntityKind.Place, "places", "Places") })
        {
            var list = new StringBuilder("<h1>").Append(heading).Append("</h1>\n<ul>\n");
            foreach (var entity in source.EntitiesOf(kind))
            {
                var page = links.Allocate(folder, entity.Key);
                var quotes = source.Quotes.Where(row => kind == EntityKind.Person && row.Quote.Speaker == entity.Key).ToList();
                var mentions = source.Mentions.Where(row => row.Mention.Kind == kind && row.Mention.EntityKey == entity.Key).ToList();
                list.Append("<li><a href=\"").Append(Html.Href(page)).Append("\">").Append(Html.Escape(entity.Name)).Append("</a>")
                    .Append(entity.Role is null ? string.Empty : ", " + Html.Escape(entity.Role))
                    .Append(" (").Append(kind == EntityKind.Person ? Checking.CompilerFormat.Count(quotes.Count, "quote") + ", " : string.Empty)
                    .Append(Checking.CompilerFormat.Count(mentions.Count, "mention")).Append(")</li>\n");

                var body = new StringBuilder("<h1>").Append(Html.Escape(entity.Name)).Append("</h1>\n<p class=\"meta\">")
                    .Append(entity.Role is null ? string.Empty : Html.Escape(entity.Role) + " · ")
                    .Append("<code>").Append(heading).Append('.').Append(Html.Escape(entity.Key)).Append("</code></p>\n");
                if (kind == EntityKind.Person)
                {
                    body.Append("<h2>Quotes</h2>\n");
                    if (quotes.Count == 0)
                    {
                        body.Append("<p>None.</p>\n");
                    }

                    foreach (var row in quotes)
                    {
                        body.Append("<blockquote><p>“").Append(Html.Escape(row.Quote.Text)).Append("”</p><footer><code>Quotes.")
                            .Append(Html.Escape(row.Quote.Speaker + "." + row.Quote.Key)).Append("</code> · <a href=\"").Append(ArticleLink(row.Article, "a" + row.Quote.Location.Start))
                            .Append("\">").Append(Html.Escape(row.Article.Title)).Append("</a>, paragraph ").Append(row.Quote.Paragraph).Append("</footer></blockquote>\n");
                    }
                }

                body.Append("<h2>Mentions</h2>\n<ul>\n");
                foreach (var row in mentions)
                {
                    body.Append("<li>“").Append(Html.Escape(row.Mention.Text)).Append("” in <a href=\"").Append(ArticleLink(row.Article, "a" + row.Mention.Location.Start))
                        .Append("\">").Append(Html.Escape(row.Article.Title)).Append("</a>, paragraph ").Append(row.Mention.Paragraph).Append("</li>\n");
                }

                body.Append("</ul>\n");
                Save(directory, page, Html.Page(entity.Name, "../", body.ToString()));
                pages++;
            }

            list.Append("</ul>\n");
            Save(directory, folder + ".html", Html.Page(heading, string.Empty, list.ToString()));
            pages++;
        }

        // Statistics groups: a list page and a table per group.
        var groups = new StringBuilder("<h1>Statistics</h1>\n<ul>\n");
        foreach (var group in source.Stats.GroupBy(row => row.Stat.Group, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            var page = links.Allocate("stats", group.Key);
            groups.Append("<li><a href=\"").Append(Html.Href(page)).Append("\">").Append(Html.Escape(group.Key)).Append("</a> (")
                .Append(Checking.CompilerFormat.Count(group.Count(), "statistic")).Append(")</li>\n");
            var table = new StringBuilder("<h1>").Append(Html.Escape(group.Key)).Append("</h1>\n<table>\n<caption><code>Stats.").Append(Html.Escape(group.Key)).Append("</code></caption>\n")
                .Append("<thead><tr><th scope=\"col\">Key</th><th scope=\"col\">Value</th><th scope=\"col\">Unit</th><th scope=\"col\">Qualifier</th><th scope=\"col\">As written</th><th scope=\"col\">Article</th></tr></thead>\n<tbody>\n");
            foreach (var row in group)
            {
                table.Append("<tr><th scope=\"row\">").Append(Html.Escape(row.Stat.Key)).Append("</th><td class=\"number\">").Append(Html.Escape(row.Stat.Value)).Append("</td><td>")
                    .Append(Html.Escape(row.Stat.Unit)).Append(row.Stat.Per is null ? string.Empty : (row.Stat.Unit is null ? "per " : " per ") + Html.Escape(row.Stat.Per)).Append("</td><td>").Append(row.Stat.Qualifier).Append("</td><td>").Append(Html.Escape(row.Stat.Text)).Append("</td><td><a href=\"")
                    .Append(ArticleLink(row.Article, "a" + row.Stat.Location.Start)).Append("\">").Append(Html.Escape(row.Article.Title)).Append("</a></td></tr>\n");
            }

            table.Append("</tbody>\n</table>\n");
            Save(directory, page, Html.Page(group.Key, "../", table.ToString()));
            pages++;
        }

        groups.Append("</ul>\n");
        Save(directory, "stats.html", Html.Page("Statistics", string.Empty, groups.ToString()));
        return pages + 1;
    }

    private static string Cell(int count) => "<td class=\"number\">" + count.ToString(CultureInfo.InvariantCulture) + "</td>";

    private static void Save(string directory, string page, string html)
    {
        var path = Path.Combine(directory, page.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
