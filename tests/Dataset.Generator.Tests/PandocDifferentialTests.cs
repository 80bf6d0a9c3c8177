using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Generator.Tests.Infrastructure;

namespace Dataset.Generator.Tests;

/// <summary>
/// Reads every article of <c>PandocCorpus/</c> with the generator's parser and with Pandoc 2.17 (Debian's package,
/// <c>pandoc -f markdown-smart -t json</c>, the body alone) and compares every text: each block's kind, level and
/// text, each quote, statistic and mention text (spans by class, in document order) and each link's text and URL.
/// Pandoc must be installed (.ci/run installs it); without it the test fails, it never skips. The known quirks of
/// Pandoc 2.17 are excluded by name, each with an input that shows it (the test fails if a quirk is gone); nothing
/// else is excluded.
/// </summary>
public sealed class PandocDifferentialTests
{
    /// <summary>Pandoc 2.17's known quirks: where it reads our inputs differently from Markdown, by name, with an input that shows each.</summary>
    private static readonly (string Name, string Body, string PandocReads, string WeRead)[] KnownQuirks =
    [
        ("DropsTextAfterBlankLineInsideSpan", "[a\n\nb]{.quote #Kim.Q}", "a", "[a|b]{.quote #Kim.Q}"),
        ("KeepsSpaceBeforeEmptySpanAtParagraphEnd", "Ends with [ ]{.quote #Kim.Q}", "Ends with ", "Ends with"),
        ("DeletesLoneCarriageReturns", "one\rtwo", "onetwo", "one two"),
    ];

    public static TheoryData<string> Files() =>
        new(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Tests, "PandocCorpus"), "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryTextIsReadAsPandocReadsIt(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Tests, "PandocCorpus", file));
        var model = ArticleParser.Parse(file, file, text, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(model.Diagnostics, diagnostic => diagnostic.Id != "DS2002");
        var pandoc = PandocReading.Of(Body(text));

        Assert.Equal(pandoc.Blocks, model.Blocks.Select(block => (block.Kind.ToString(), block.Level, block.Text)));
        Assert.Equal(pandoc.Spans("quote"), model.Quotes.OrderBy(quote => quote.Location.Start).Select(quote => quote.Text));
        Assert.Equal(pandoc.Spans("stat"), model.Stats.OrderBy(stat => stat.Location.Start).Select(stat => stat.Text));
        Assert.Equal(pandoc.Spans("person", "org", "place"), model.Mentions.OrderBy(mention => mention.Location.Start).Select(mention => mention.Text));
        Assert.Equal(pandoc.Links, model.Links.Select(link => (link.Text, link.Url)));
        Assert.Equal(model.Blocks.Select(block => block.Text), model.Paragraphs);
    }

    [Fact]
    public void TheCorpusCoversEveryConstruct()
    {
        var models = Files().Select(row => row.Data).Select(file => ArticleParser.Parse(file, file, File.ReadAllText(Path.Combine(RepositoryPaths.Tests, "PandocCorpus", file)))).ToList();

        Assert.Equal(Enum.GetValues<Model.BlockKind>().Order(), models.SelectMany(model => model.Blocks).Select(block => block.Kind).Distinct().Order());
        Assert.True(models.Sum(model => model.Links.Count) >= 5);
        Assert.True(models.Sum(model => model.Quotes.Count) >= 10);
    }

    [Fact]
    public void TheInstalledPandocIs2_17()
    {
        var version = PandocReading.Run("--version", string.Empty);
        Assert.StartsWith("pandoc 2.17", version, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(QuirkNames))]
    public void AKnownQuirkOfPandocIsRealAndIsNotFollowed(string name)
    {
        var (_, body, pandocReads, weRead) = KnownQuirks.Single(quirk => quirk.Name == name);
        var model = ArticleParser.Parse("quirk.md", "quirk.md", "---\ntitle: Q\nsource: S\npublished: 2026-11-30\npeople:\n  Kim: Kim\n---\n" + body, TestContext.Current.CancellationToken);

        Assert.Equal(pandocReads, string.Join("|", PandocReading.Of(body).Blocks.Select(block => block.Text)));
        Assert.Equal(weRead, string.Join("|", model.Blocks.Select(block => block.Text)));
    }

    public static TheoryData<string> QuirkNames() => new(KnownQuirks.Select(quirk => quirk.Name));

    /// <summary>The body: what follows the front matter's closing line.</summary>
    private static string Body(string text)
    {
        var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return text.Substring(close + 5);
    }

    /// <summary>Pandoc's reading of a body, flattened as the parser's model is.</summary>
    private sealed class PandocReading
    {
        private readonly List<(string Class, string Text)> _spans = [];

        public List<(string Kind, int Level, string Text)> Blocks { get; } = [];

        public List<(string Text, string Url)> Links { get; } = [];

        public IEnumerable<string> Spans(params string[] classes) => _spans.Where(span => classes.Contains(span.Class)).Select(span => span.Text);

        public static PandocReading Of(string body)
        {
            using var json = JsonDocument.Parse(Run("-f markdown-smart -t json", body));
            var reading = new PandocReading();
            reading.ReadBlocks(json.RootElement.GetProperty("blocks"), "Paragraph", 0, 0);
            return reading;
        }

        public static string Run(string arguments, string input)
        {
            var start = new ProcessStartInfo("pandoc", arguments)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardInputEncoding = new UTF8Encoding(false),
                StandardOutputEncoding = Encoding.UTF8,
            };
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception exception)
            {
                throw new InvalidOperationException("pandoc is not installed: the differential test needs Debian's pandoc 2.17 ('apt-get install -y pandoc'; .ci/run installs it)", exception);
            }

            using (process)
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
                var output = process.StandardOutput.ReadToEnd();
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, "pandoc failed: " + error);
                return output;
            }
        }

        private void ReadBlocks(JsonElement blocks, string kind, int lists, int quotes)
        {
            foreach (var block in blocks.EnumerateArray())
            {
                var content = block.TryGetProperty("c", out var c) ? c : default;
                switch (block.GetProperty("t").GetString())
                {
                    case "Para" or "Plain":
                        AddBlock(kind, kind switch { "ListItem" => lists, "Quote" => quotes, _ => 0 }, content);
                        break;
                    case "Header":
                        AddBlock("Heading", content[0].GetInt32(), content[2]);
                        break;
                    case "CodeBlock":
                        Blocks.Add(("Code", 0, content[1].GetString()!));
                        break;
                    case "BlockQuote":
                        ReadBlocks(content, "Quote", lists, quotes + 1);
                        break;
                    case "BulletList":
                        foreach (var item in content.EnumerateArray())
                        {
                            ReadBlocks(item, "ListItem", lists + 1, quotes);
                        }

                        break;
                    case "OrderedList":
                        foreach (var item in content[1].EnumerateArray())
                        {
                            ReadBlocks(item, "ListItem", lists + 1, quotes);
                        }

                        break;
                    case "Div":
                        ReadBlocks(content[1], kind, lists, quotes);
                        break;
                }
            }
        }

        private void AddBlock(string kind, int level, JsonElement inlines)
        {
            var text = new StringBuilder();
            Inlines(inlines, text);
            Blocks.Add((kind, level, text.ToString()));
        }

        /// <summary>Pandoc's <c>stringify</c>: words, one space for Space, SoftBreak and LineBreak, code by its content, raw markup dropped.</summary>
        private void Inlines(JsonElement inlines, StringBuilder text)
        {
            foreach (var inline in inlines.EnumerateArray())
            {
                var content = inline.TryGetProperty("c", out var c) ? c : default;
                switch (inline.GetProperty("t").GetString())
                {
                    case "Str":
                        text.Append(content.GetString());
                        break;
                    case "Space" or "SoftBreak" or "LineBreak":
                        text.Append(' ');
                        break;
                    case "Code" or "Math":
                        text.Append(content[1].GetString());
                        break;
                    case "Emph" or "Strong" or "Strikeout" or "Superscript" or "Subscript" or "SmallCaps" or "Underline":
                        Inlines(content, text);
                        break;
                    case "Quoted" or "Cite":
                        Inlines(content[1], text);
                        break;
                    case "Span":
                        var start = text.Length;
                        var index = _spans.Count;
                        var classes = content[0][1].EnumerateArray().Select(name => name.GetString()!).ToList();
                        _spans.Add((string.Empty, string.Empty));
                        Inlines(content[1], text);
                        _spans[index] = (classes.FirstOrDefault() ?? string.Empty, text.ToString(start, text.Length - start));
                        break;
                    case "Link":
                        var linkStart = text.Length;
                        var linkIndex = Links.Count;
                        Links.Add((string.Empty, string.Empty));
                        Inlines(content[1], text);
                        Links[linkIndex] = (text.ToString(linkStart, text.Length - linkStart), content[2][0].GetString()!);
                        break;
                    case "Image":
                        Inlines(content[1], text);
                        break;
                }
            }
        }
    }
}
