using System.Text.RegularExpressions;
using Dataset.Tool.Tests.Infrastructure;

namespace Dataset.Tool.Tests;

/// <summary>
/// `dataset preview`: the pages in a real browser (headless Chromium: the DOM it builds, and screenshots kept in the test
/// output's screenshots/ folder), every text escaped, nothing loaded from elsewhere, and the index pages.
/// </summary>
public sealed class PreviewTests
{
    private const string Hostile = """
        ---
        id: Hostile
        title: "<script>alert('title')</script> & \"friends\""
        source: "<img src=x onerror=alert(1)>"
        published: 2015-09-30
        people:
          Evil: { name: "</mark><script>alert(2)</script>", role: "\" onmouseover=\"alert(3)" }
        places:
          Town: { name: "A & B <Town>" }
        ---

        "[<b>bold</b> & <script>alert(4)</script>]{.quote #Evil.Says cue=said}," said [</mark><script>alert(2)</script>]{.person ref=Evil} in [A & B <Town>]{.place ref=Town}, where [12 %]{.stat #Town.Share} agree.

        [Broken]{.qoute #Evil.Typo} and an [unclosed one.

        """;

    [Fact]
    public void ChromiumRendersTheSeedArticleWithEveryAnnotationFocusableAndItsDetails()
    {
        using var directory = new TempDirectory();
        var site = Path.Combine(directory.Path, "site");
        var result = ToolRunner.Run("preview", Repository.SeedArticle, "--root", Repository.Root, "--out", site);
        Assert.True(result.ExitCode == 0, result.ToString());
        var page = Path.Combine(site, "articles", "data-russia-us-syria-talks.html");

        var dom = Chromium.DumpDom(page);

        // The browser built the page: every annotation of the seed article is a focusable mark of its kind.
        var marks = Regex.Matches(dom, "<mark class=\"ann (?<kind>[a-z]+)\" id=\"(?<id>a[0-9]+)\" tabindex=\"0\" aria-describedby=\"\\k<id>-tip\">");
        var kinds = marks.Select(match => match.Groups["kind"].Value).GroupBy(kind => kind).ToDictionary(group => group.Key, group => group.Count());
        Assert.Equal(8, kinds["quote"]);
        Assert.Equal(17, kinds["stat"]);
        Assert.Equal((22, 24, 45), (kinds["person"], kinds["org"], kinds["place"]));
        Assert.False(kinds.ContainsKey("invalid"));
        Assert.Contains("Quote Kerry.Deconfliction · speaker John Kerry · cue “said”", dom);
        Assert.Contains("Statistic LevadaPoll.Against · value 69 percent · Exact", dom);
        Assert.Contains("Organization LevadaCentre · Levada Centre", dom);
        Assert.Contains("<title>Russia and US call urgent talks after Syria strikes · Dataset preview</title>", dom);

        // Screenshots: the seed article's first screen, and a shorter article whole, with its first quote's details shown
        // (its anchor is the target, as when an index page links to it; focus shows them the same way). The window is
        // taller than that page: headless Chromium paints a page scrolled to an anchor only in part.
        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        var plain = Path.Combine(screenshots, "preview-article.png");
        var withDetails = Path.Combine(screenshots, "preview-annotation-details.png");
        File.Delete(plain);
        File.Delete(withDetails);
        Chromium.Screenshot(new Uri(page).AbsoluteUri, plain);
        var convoy = ToolRunner.Run("preview", Path.Combine(Repository.TestsDirectory, "SuggestData", "geneva-aid-convoy.md"), "--root", Repository.Root, "--out", site);
        Assert.True(convoy.ExitCode == 0, convoy.ToString());
        var convoyPage = Path.Combine(site, "articles", "tests-Dataset-Tool-Tests-SuggestData-geneva-aid-convoy.html");
        var quote = Regex.Match(File.ReadAllText(convoyPage), "<mark class=\"ann quote\" id=\"(?<id>a[0-9]+)\"").Groups["id"].Value;
        Chromium.Screenshot(new Uri(convoyPage).AbsoluteUri + "#" + quote, withDetails, height: 1500);
        Assert.Contains("<span class=\"tip\" role=\"tooltip\" id=\"" + quote + "-tip\">Quote DeMistura.FirstStep · speaker Staffan de Mistura · cue “said”</span>", Chromium.DumpDom(convoyPage));
        foreach (var png in new[] { plain, withDetails })
        {
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 20_000 && bytes.AsSpan().StartsWith(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }), $"{png} is not a real screenshot ({bytes.Length} bytes).");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshots: {plain}, {withDetails}");
    }

    [Fact]
    public void ChromiumShowsHostileTextAsTextAndBrokenAnnotationsWithTheirDiagnostics()
    {
        using var directory = new TempDirectory();
        directory.Write("data/hostile.md", Hostile);
        var site = Path.Combine(directory.Path, "site");
        var result = ToolRunner.Run("preview", "--root", directory.Path, "--out", site);
        Assert.True(result.ExitCode == 0, result.ToString());

        foreach (var file in Directory.GetFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch("(?:src|href)=\"(?:https?:)?//", html);
            Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        }

        var dom = Chromium.DumpDom(Path.Combine(site, "articles", "data-hostile.html"));
        Assert.Contains("&lt;script&gt;alert('title')&lt;/script&gt; &amp; \"friends\"", dom);
        // Raw HTML in a body is not text (the body is read as Pandoc reads Markdown): it never reaches the page as markup.
        Assert.DoesNotContain("<b>bold", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(4, Regex.Matches(dom, "<mark class=\"ann (quote|stat|person|place)\"").Count);

        // The misspelled kind is shown as not generated, and each error sits after its paragraph.
        Assert.Matches("<mark class=\"ann invalid\"[^>]*><span class=\"tip\"[^>]*>Not generated: .qoute #Evil.Typo", dom);
        var secondParagraph = dom.IndexOf("<p id=\"p2\">", StringComparison.Ordinal);
        var unknownKind = dom.IndexOf("error DS2004", StringComparison.Ordinal);
        var unclosed = dom.IndexOf("warning DS2001", StringComparison.Ordinal);
        Assert.True(secondParagraph > 0 && unknownKind > secondParagraph && unclosed > secondParagraph, dom);
    }

    [Fact]
    public void ARatesGroupPageShowsItsUnitAndWhatItIsPer()
    {
        using var directory = new TempDirectory();
        var article = directory.Write("data/oil.md", "---\ntitle: Oil\nsource: Wire\npublished: 1987-03-02\n---\n\nOil sold at [16.00 dlrs a barrel]{.stat #Oil.Price}, [5 a day]{.stat #Oil.Ships}.\n");
        var site = Path.Combine(directory.Path, "site");

        var result = ToolRunner.Run("preview", article, "--root", directory.Path, "--out", site);

        Assert.True(result.ExitCode == 0, result.ToString());
        var oil = File.ReadAllText(Path.Combine(site, "stats", "Oil.html"));
        Assert.Contains("<th scope=\"row\">Price</th><td class=\"number\">16</td><td>USD per barrel</td><td>Exact</td><td>16.00 dlrs a barrel</td>", oil);
        Assert.Contains("<th scope=\"row\">Ships</th><td class=\"number\">5</td><td>per day</td>", oil);
        var page = File.ReadAllText(Path.Combine(site, "articles", "data-oil.html"));
        Assert.Contains("Statistic Oil.Price · value 16 USD per barrel · Exact", page);
    }

    [Fact]
    public void IndexPagesListEachPersonsQuotesEachPlacesMentionsAndEachGroupsValues()
    {
        using var directory = new TempDirectory();
        var site = Path.Combine(directory.Path, "site");
        var result = ToolRunner.Run("preview", Repository.SeedArticle, Path.Combine(Repository.TestsDirectory, "SuggestData"), "--root", Repository.Root, "--out", site);
        Assert.True(result.ExitCode == 0, result.ToString());

        var kerry = File.ReadAllText(Path.Combine(site, "people", "Kerry.html"));
        Assert.Contains("We agreed on the imperative of as soon as possible", kerry);
        Assert.Contains("grave concern", kerry);
        Assert.Contains("<h1>John Kerry</h1>", kerry);
        var damascus = File.ReadAllText(Path.Combine(site, "places", "Damascus.html"));
        Assert.Equal(3, Regex.Matches(damascus, "<li>“Damascus” in <a href=").Count);
        var poll = File.ReadAllText(Path.Combine(site, "stats", "LevadaPoll.html"));
        Assert.Contains("<th scope=\"row\">Against</th><td class=\"number\">69</td><td>percent</td><td>Exact</td><td>Sixty-nine percent</td>", poll);
        var index = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Equal(3, Regex.Matches(index, "<tr><td><a href=\"articles/").Count);
        foreach (var list in new[] { "people.html", "organizations.html", "places.html", "stats.html" })
        {
            Assert.True(File.Exists(Path.Combine(site, list)), list);
        }
    }
}
