using System.Text;
using System.Text.RegularExpressions;

namespace Dataset.Tool.Tests;

/// <summary>
/// The repository's documentation links where it says: every relative link and image of README.md, CHANGELOG.md,
/// docs/*.md, tests/**/README.md and src/**/PACKAGE.md names a file or folder that exists and, with a <c>#fragment</c>,
/// a Markdown page that has that anchor (a heading, by GitHub's slug rules, or an explicit <c>&lt;a id="..."&gt;</c>).
/// The checker, <see cref="MarkdownLinks"/>, is tested on its own on small pages held in memory.
/// </summary>
public sealed class DocumentationLinkTests
{
    [Fact]
    public void EveryRelativeLinkOfTheDocumentationResolves()
    {
        var root = RepositoryRoot();
        var pages = DocumentationPages(root);
        Assert.Contains("README.md", pages);
        Assert.Contains("CHANGELOG.md", pages);
        Assert.Contains("docs/diagnostics.md", pages);
        Assert.Contains("tests/Dataset.Generator.Tests/README.md", pages);
        Assert.Contains("src/Dataset/PACKAGE.md", pages);

        var files = new RepositoryFiles(root);
        var links = pages.SelectMany(page => MarkdownLinks.RelativeLinks(files.Read(page)!).Select(link => (page, link))).ToList();
        var broken = pages.SelectMany(page => MarkdownLinks.Broken(page, files.Read(page)!, files.Exists, files.Read)).ToList();

        Assert.True(links.Count >= 50, $"only {links.Count} relative links found in {pages.Count} pages: is the extractor reading them?");
        Assert.Contains(links, pair => pair.page == "README.md" && pair.link.StartsWith("docs/diagnostics.md", StringComparison.Ordinal));
        Assert.True(broken.Count == 0, "Broken links:" + Environment.NewLine + string.Join(Environment.NewLine, broken));
    }

    /// <summary>The README is the short front page (what it is, build and test, a first example); details go to docs/.</summary>
    [Fact]
    public void TheReadmeStaysUnderTwelveThousandBytes()
    {
        var size = new FileInfo(Path.Combine(RepositoryRoot(), "README.md")).Length;
        Assert.True(size <= 12_000, $"README.md is {size:N0} bytes, over 12,000: move the detail to docs/.");
    }

    /// <summary>
    /// A package README is shown by the package gallery, away from the repository: Dataset's PACKAGE.md is packed as the
    /// package's README.md, Dataset.Tool's and Dataset.Templates' as PACKAGE.md, at the package's root, with none of the
    /// files a relative link could name. Their links must be absolute addresses.
    /// </summary>
    [Fact]
    public void PackageReadmesHaveOnlyAbsoluteLinks()
    {
        var root = RepositoryRoot();
        var packageReadmes = DocumentationPages(root).Where(page => page.EndsWith("/PACKAGE.md", StringComparison.Ordinal)).ToList();
        Assert.Equal(["src/Dataset.Templates/PACKAGE.md", "src/Dataset.Tool/PACKAGE.md", "src/Dataset/PACKAGE.md"], packageReadmes);

        var files = new RepositoryFiles(root);
        var relative = packageReadmes.SelectMany(page => MarkdownLinks.RelativeLinks(files.Read(page)!).Select(link => $"{page}: {link}")).ToList();

        Assert.True(relative.Count == 0, "Relative links in a package README:" + Environment.NewLine + string.Join(Environment.NewLine, relative));
    }

    [Fact]
    public void TheCheckerReportsABrokenLinkAndPassesAGoodOne()
    {
        var files = new InMemoryFiles(new Dictionary<string, string>
        {
            ["README.md"] = "# Project\n\nSee [the format](docs/format.md#front-matter) and [the tool](docs/format.md#the-tool).\n",
            ["docs/format.md"] = "# The data format\n\n## Front matter\n\nBack to the [README](../README.md#project).\n",
        });

        Assert.Empty(MarkdownLinks.Broken("docs/format.md", files.Read("docs/format.md")!, files.Exists, files.Read));
        var broken = Assert.Single(MarkdownLinks.Broken("README.md", files.Read("README.md")!, files.Exists, files.Read));
        Assert.Equal("README.md: docs/format.md#the-tool: docs/format.md has no anchor 'the-tool'", broken);
    }

    [Fact]
    public void TheCheckerReportsMissingFilesAndFoldersAndLinksOutOfTheRepository()
    {
        var files = new InMemoryFiles(new Dictionary<string, string>
        {
            ["docs/page.md"] = """
                [here](#top) <a id="top"></a> [a folder](../tests) [an image](../tests/shot.png "Title") [root](/README.md)

                [gone](missing.md) [no folder](../src/) [out](../../outside.md) [gone too](../tests/gone.png)
                <a href="other.md">other</a> [anchor on a folder](../tests#x) [no such anchor](#bottom)

                [ref]: ../CHANGELOG.md
                """,
            ["tests/shot.png"] = string.Empty,
            ["README.md"] = "# Readme\n",
        });

        Assert.Equal(
            [
                "docs/page.md: missing.md: docs/missing.md does not exist",
                "docs/page.md: ../src/: src does not exist",
                "docs/page.md: ../../outside.md: it leads out of the repository",
                "docs/page.md: ../tests/gone.png: tests/gone.png does not exist",
                "docs/page.md: other.md: docs/other.md does not exist",
                "docs/page.md: ../tests#x: tests is not a Markdown page, so it has no anchor 'x'",
                "docs/page.md: #bottom: docs/page.md has no anchor 'bottom'",
                "docs/page.md: ../CHANGELOG.md: CHANGELOG.md does not exist",
            ],
            MarkdownLinks.Broken("docs/page.md", files.Read("docs/page.md")!, files.Exists, files.Read));
    }

    [Fact]
    public void AbsoluteLinksAndLinksInCodeAreNotChecked()
    {
        const string Page = """
            [web](https://example.org/a.md) [plain](http://example.org) [mail](mailto:someone@example.org)
            `[code](gone.md)` and ``[more code](gone.md) with a ` inside``

            ```markdown
            [fenced](gone.md)
            ```

            ~~~
            [tilde fence](gone.md)
            ~~~
            [after the fences](kept.md)
            """;

        Assert.Equal(["kept.md"], MarkdownLinks.RelativeLinks(Page));
    }

    [Theory]
    [InlineData("Help links", "help-links")]
    [InlineData("How: `#line` directives", "how-line-directives")]
    [InlineData("Compilers and C# versions", "compilers-and-c-versions")]
    [InlineData("The `dataset` command: working on articles", "the-dataset-command-working-on-articles")]
    [InlineData("Add the package to your project", "add-the-package-to-your-project")]
    [InlineData("[Unreleased]", "unreleased")]
    [InlineData("[0.1.0]", "010")]
    [InlineData("snake_case and **bold** — dash", "snake_case-and-bold--dash")]
    [InlineData("Ünïcode Straße", "ünïcode-straße")]
    public void HeadingsGetGitHubsAnchors(string heading, string anchor) =>
        Assert.Equal(anchor, MarkdownLinks.Slug(heading));

    [Fact]
    public void RepeatedHeadingsAndExplicitAnchorsAreAnchors()
    {
        const string Page = """
            # Notes
            ## Notes
            ### Notes ###
            <a id="ds2009"></a> <a name="legacy"></a> `<a id="in-code"></a>`
            ```
            # Not a heading
            <a id="in-a-fence"></a>
            ```
            """;

        Assert.Equal(["notes", "notes-1", "notes-2", "ds2009", "legacy"], MarkdownLinks.Anchors(Page));
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dataset.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Dataset.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The pages checked, as repository-relative paths with '/' separators, in ordinal order.</summary>
    private static List<string> DocumentationPages(string root)
    {
        var pages = new List<string> { "README.md", "CHANGELOG.md" };
        pages.AddRange(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md").Select(path => Relative(root, path)));
        pages.AddRange(Directory.EnumerateFiles(Path.Combine(root, "tests"), "README.md", SearchOption.AllDirectories).Select(path => Relative(root, path)));
        pages.AddRange(Directory.EnumerateFiles(Path.Combine(root, "src"), "PACKAGE.md", SearchOption.AllDirectories).Select(path => Relative(root, path)));
        return pages
            .Where(page => !page.Split('/').Any(part => part is "bin" or "obj" or "TestResults" or "BenchmarkDotNet.Artifacts"))
            .Where(page => File.Exists(Path.Combine(root, page)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private sealed class RepositoryFiles(string root)
    {
        public bool Exists(string path) => File.Exists(Path.Combine(root, path)) || Directory.Exists(Path.Combine(root, path));

        public string? Read(string path) => File.Exists(Path.Combine(root, path)) ? File.ReadAllText(Path.Combine(root, path)) : null;
    }

    private sealed class InMemoryFiles(Dictionary<string, string> files)
    {
        public bool Exists(string path) => files.ContainsKey(path) || files.Keys.Any(file => file.StartsWith(path + "/", StringComparison.Ordinal));

        public string? Read(string path) => files.GetValueOrDefault(path);
    }
}

/// <summary>
/// Finds the links of a Markdown page and checks the relative ones, as GitHub renders them: inline links and images
/// <c>[text](target "title")</c>, reference definitions <c>[label]: target</c> and <c>&lt;a href="target"&gt;</c>;
/// nothing inside code spans or fenced code blocks. A link is relative unless it is an http, https or mailto address.
/// Paths are repository-relative with '/' separators; a target starting with '/' starts at the repository's root.
/// </summary>
internal static partial class MarkdownLinks
{
    /// <summary>The relative link targets of <paramref name="markdown"/>, in order.</summary>
    public static List<string> RelativeLinks(string markdown)
    {
        var text = WithoutCode(markdown);
        return LinkTarget().Matches(text).Select(match => match.Groups["inline"].Success ? match.Groups["inline"].Value : match.Groups["reference"].Success ? match.Groups["reference"].Value : match.Groups["href"].Value)
            .Select(target => target.Trim('<', '>'))
            .Where(target => target.Length > 0 && !AbsoluteAddress().IsMatch(target))
            .ToList();
    }

    /// <summary>The anchors of <paramref name="markdown"/>: its headings' slugs (repeats numbered -1, -2...) and its explicit <c>&lt;a id&gt;</c>/<c>&lt;a name&gt;</c>.</summary>
    public static List<string> Anchors(string markdown)
    {
        var anchors = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match heading in Heading().Matches(WithoutFences(markdown)))
        {
            var slug = Slug(heading.Groups["text"].Value);
            var count = seen.GetValueOrDefault(slug);
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
            seen[slug] = count + 1;
        }

        anchors.AddRange(ExplicitAnchor().Matches(WithoutCode(markdown)).Select(match => match.Groups["id"].Value));
        return anchors;
    }

    /// <summary>
    /// GitHub's anchor of a heading: its text without inline markup (code marks, emphasis, link targets, HTML tags),
    /// in lower case, with every character but letters, digits, '-', '_' and spaces removed, and spaces as '-'.
    /// </summary>
    public static string Slug(string heading)
    {
        var text = InlineLink().Replace(heading, "${text}");
        text = HtmlTag().Replace(text, string.Empty).Trim().ToLowerInvariant();
        var slug = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character) || character is '-' or '_')
            {
                slug.Append(character);
            }
            else if (character == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    /// <summary>
    /// One line per broken relative link of <paramref name="page"/>: <c>page: target: why</c>. <paramref name="exists"/>
    /// says whether a file or folder exists, <paramref name="read"/> gives a file's text (null for no file).
    /// </summary>
    public static List<string> Broken(string page, string markdown, Func<string, bool> exists, Func<string, string?> read)
    {
        var broken = new List<string>();
        foreach (var link in RelativeLinks(markdown))
        {
            var hash = link.IndexOf('#', StringComparison.Ordinal);
            var path = Uri.UnescapeDataString((hash < 0 ? link : link[..hash]).Split('?')[0]);
            var fragment = hash < 0 ? null : Uri.UnescapeDataString(link[(hash + 1)..]);
            var target = path.Length == 0 ? page : Resolve(page, path);
            if (target is null)
            {
                broken.Add($"{page}: {link}: it leads out of the repository");
            }
            else if (!exists(target))
            {
                broken.Add($"{page}: {link}: {target} does not exist");
            }
            else if (fragment is not null)
            {
                var text = target.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? read(target) : null;
                if (text is null)
                {
                    broken.Add($"{page}: {link}: {target} is not a Markdown page, so it has no anchor '{fragment}'");
                }
                else if (!Anchors(text).Contains(fragment, StringComparer.Ordinal))
                {
                    broken.Add($"{page}: {link}: {target} has no anchor '{fragment}'");
                }
            }
        }

        return broken;
    }

    /// <summary>The repository-relative path <paramref name="path"/> names from <paramref name="page"/>; null when it climbs above the root.</summary>
    private static string? Resolve(string page, string path)
    {
        var parts = new List<string>();
        if (!path.StartsWith('/'))
        {
            parts.AddRange(page.Split('/')[..^1]);
        }

        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary><paramref name="markdown"/> without its fenced code blocks and code spans (a code span never crosses a blank line).</summary>
    private static string WithoutCode(string markdown) =>
        string.Join("\n\n", Paragraph().Split(WithoutFences(markdown)).Select(paragraph => CodeSpan().Replace(paragraph, " ")));

    /// <summary><paramref name="markdown"/> with the lines of its fenced code blocks (``` or ~~~, fences included) left empty.</summary>
    private static string WithoutFences(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart(' ');
            var opening = Fence().Match(trimmed);
            if (fence is null && opening.Success && lines[i].Length - trimmed.Length <= 3)
            {
                fence = opening.Value;
                lines[i] = string.Empty;
            }
            else if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.TrimEnd().Trim(fence[0]).Length == 0)
                {
                    fence = null;
                }

                lines[i] = string.Empty;
            }
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*(?<inline><[^>]*>|[^\s)]+)(?:\s+(?:""[^""]*""|'[^']*'|\([^)]*\)))?\s*\)|^ {0,3}\[[^\]]+\]:\s*(?<reference><[^>]*>|\S+)|<a\s[^>]*?href\s*=\s*[""'](?<href>[^""']*)[""']", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex LinkTarget();

    [GeneratedRegex("^(?:https?|mailto):", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteAddress();

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+(?<text>.*?)(?:[ \t]+#+)?[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"<a\s[^>]*?\b(?:id|name)\s*=\s*[""'](?<id>[^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitAnchor();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"(?<!`)(?<marks>`+)(?!`)[\s\S]*?(?<!`)\k<marks>(?!`)")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^(?:`{3,}|~{3,})")]
    private static partial Regex Fence();
}
