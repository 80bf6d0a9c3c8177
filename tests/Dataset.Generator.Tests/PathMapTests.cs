using System.Collections.Immutable;
using CsCheck;
using Dataset.Generator.Emitting;
using Dataset.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generator.Tests;

/// <summary>
/// The generator reads and applies the compiler's PathMap (<see cref="PathMap"/>) to the paths it writes in
/// <c>#line</c> directives exactly as the compiler does for source paths (the most specific key wins): examples, and
/// random maps and paths checked against the compiler's own command-line parser and <see cref="SourceFileResolver"/>.
/// </summary>
public sealed class PathMapTests
{
    private static readonly char Separator = Path.DirectorySeparatorChar;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(",")]
    [InlineData(",,")]
    [InlineData("=")]
    [InlineData("==")]
    [InlineData("/a")]
    [InlineData("/a=")]
    [InlineData("=/b")]
    [InlineData("/a==/b")]
    [InlineData("/a=/b=/c")]
    [InlineData(" ")]
    public void AMalformedOrEmptyPathMapHasNoPairs(string? value) =>
        Assert.Empty(PathMap.Parse(value));

    [Fact]
    public void PairsAreSortedLongestKeyFirstAndBadOnesLeftOut()
    {
        var map = PathMap.Parse(",/srv/=/_3/,/a=,/home/ann/news/=/_/,=/b,/x/=/y/=/z/,/opt/=/_4/,C:\\work\\=/_2/,");

        Assert.Equal(
            [new PathMapping("/home/ann/news/", "/_/"), new PathMapping("C:\\work\\", "/_2/"), new PathMapping("/srv/", "/_3/"), new PathMapping("/opt/", "/_4/")],
            map);
    }

    [Theory]
    [InlineData("/a,,b/=/c==d/", "/a,b/", "/c=d/")]
    [InlineData("/a,,,,b/=/c/", "/a,,b/", "/c/")]
    [InlineData("/a===/b", "/a=/", "/b/")]
    [InlineData("/a=/b,,", "/a/", "/b,/")]
    public void DoubledCommasAndEqualSignsAreLiteral(string value, string key, string replacement) =>
        Assert.Equal([new PathMapping(key, replacement)], PathMap.Parse(value));

    [Theory]
    [InlineData("/home/ann=/_", "/home/ann/", "/_/")]
    [InlineData("/home/ann/=/_/", "/home/ann/", "/_/")]
    [InlineData(@"C:\work\news=D:\out", @"C:\work\news\", @"D:\out\")]
    [InlineData(@"C:\work\news\=/_", @"C:\work\news\", "/_/")]
    [InlineData(@"/home/ann\=X:\", @"/home/ann\", @"X:\")]
    public void KeysAndValuesGetTheTrailingSeparatorTheyAlreadyUse(string value, string key, string replacement) =>
        Assert.Equal([new PathMapping(key, replacement)], PathMap.Parse(value));

    [Theory]
    [InlineData("C:=_", "C:", "_")]
    [InlineData(@"C:\work/news=/_/", @"C:\work/news", "/_/")]
    public void WithNoSeparatorOrBothKindsTheTrailingOneIsThisPlatforms(string value, string key, string replacement) =>
        Assert.Equal([new PathMapping(key + Separator, replacement.EndsWith('/') ? replacement : replacement + Separator)], PathMap.Parse(value));

    [Theory]
    [InlineData("/home/ann/news/data/talks.md", "/home/ann/news/=/_/", "/_/data/talks.md")]
    [InlineData("/home/ann/news/data/talks.md", "/home/ann/news=/_", "/_/data/talks.md")]
    [InlineData(@"C:\work\news\data\sub\talks.md", @"C:\work\news\=/_/", "/_/data/sub/talks.md")]
    [InlineData("/home/ann/news/data/sub/talks.md", @"/home/ann/=D:\src\", @"D:\src\news\data\sub\talks.md")]
    [InlineData(@"C:\work\news\data/sub\talks.md", @"C:\work\=/x\y/", @"/x\y/news\data/sub\talks.md")]
    [InlineData("/home/ann/news/data/talks.md", "/home/=/h/,/home/ann/=/_/", "/_/news/data/talks.md")]
    [InlineData("/home/ann/news/data/talks.md", "/srv/=/s/,/home/ann/=/_/,/home/=/h/", "/_/news/data/talks.md")]
    [InlineData("/home/ann/news/data/talks.md", "/home/=/h/,/home/=/_/", "/h/ann/news/data/talks.md")]
    public void TheLongestMatchingKeyWinsAndTheValuesSeparatorIsUsedThroughout(string path, string value, string mapped) =>
        Assert.Equal(mapped, PathMap.Apply(path, PathMap.Parse(value)));

    [Theory]
    [InlineData("/home/ann/news/data/talks.md", "")]
    [InlineData("/home/ann/news/data/talks.md", "/srv/=/_/")]
    [InlineData("/home/ann/news/data/talks.md", "/home/an=/_/")] // a prefix of a name is not a prefix of the path
    [InlineData("/home/ann/news/data/talks.md", "/Home/ann/=/_/")] // ordinal: case matters
    [InlineData(@"C:\work\news\data\talks.md", "C:/work/=/_/")] // so do separators
    [InlineData("/home/ann", "/home/ann/=/_/")] // the directory itself has no trailing separator
    [InlineData("data/talks.md", "/home/ann/=/_/")]
    [InlineData("", "/home/ann/=/_/")]
    public void APathNoKeyStartsIsLeftAsItIs(string path, string value) =>
        Assert.Equal(path, PathMap.Apply(path, PathMap.Parse(value)));

    [Fact]
    public void TheLineFileNameIsMappedAfterItIsMadeAbsolute()
    {
        var map = PathMap.Parse("/home/ann/news/=/_/");

        Assert.Equal("/_/data/talks.md", LineDirectives.FileName("data/talks.md", "/home/ann/news/", map));
        Assert.Equal("/_/data/talks.md", LineDirectives.FileName("/home/ann/news/data/talks.md", "/elsewhere/", map));
        Assert.Equal("/_/data/talks.md", LineDirectives.FileName(@"C:\work\news\data\talks.md", string.Empty, PathMap.Parse(@"C:\work\news\=/_/")));
        Assert.Equal("/srv/data/talks.md", LineDirectives.FileName("/srv/data/talks.md", "/home/ann/news/", map));
    }

    [Fact]
    public void AMappedPathThatCannotBeALineFileNameIsNotWritten() =>
        Assert.Null(LineDirectives.FileName("/home/ann/news/data/talks.md", "/home/ann/news/", PathMap.Parse("/home/ann/news/=/say \"hi\"/")));

    /// <summary>
    /// Any text, with quotes, line breaks, NUL, a lone surrogate and spaces, parses without throwing into the pairs the
    /// rules give, longest key first; and a path (often one that a key starts) is mapped by the longest key that starts
    /// it, with the value's separator throughout, or left as it is.
    /// </summary>
    [Fact]
    public void AnyTextParsesIntoThePairsTheRulesGiveAndAppliesTheLongestKey() =>
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var value = RandomText(random, "ab/\\,=:\"\n\0\uD800 ", 30);

                var pairs = PathMap.Parse(value);

                Assert.Equal(PairsByTheRules(value).OrderBy(pair => pair, PairOrder), pairs.OrderBy(pair => pair, PairOrder));
                Assert.All(pairs.Zip(pairs.Skip(1)), neighbours => Assert.True(neighbours.First.Prefix.Length >= neighbours.Second.Prefix.Length, $"'{neighbours.First.Prefix}' before the longer '{neighbours.Second.Prefix}'"));

                var path = pairs.Count > 0 && random.Next(2) == 0
                    ? pairs[random.Next(pairs.Count)].Prefix + RandomText(random, "ab/\\,=:", 10)
                    : RandomText(random, "ab/\\,=:", 20);
                var mapped = PathMap.Apply(path, pairs);

                var starting = pairs.Where(pair => path.StartsWith(pair.Prefix, StringComparison.Ordinal)).ToList();
                if (starting.Count == 0)
                {
                    Assert.Equal(path, mapped);
                    return;
                }

                var longest = starting.Max(pair => pair.Prefix.Length);
                var match = starting.First(pair => pair.Prefix.Length == longest);
                var rest = path[match.Prefix.Length..];
                var slash = match.Replacement.Contains('/', StringComparison.Ordinal);
                var backslash = match.Replacement.Contains('\\', StringComparison.Ordinal);
                Assert.Equal(match.Replacement + (slash && !backslash ? rest.Replace('\\', '/') : backslash && !slash ? rest.Replace('/', '\\') : rest), mapped);
            },
            iter: 2_000,
            print: seed => $"case seed {seed}");

    /// <summary>Random PathMap values read the same pairs as the compiler's own command-line parser reads.</summary>
    [Fact]
    public void ParsingAgreesWithTheCompilersCommandLineParser() =>
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var value = RandomText(random, "ab/\\,=:", random.Next(2) == 0 ? 24 : 200);
                Assert.Equal(CompilerPathMap(value), PathMap.Parse(value).Select(pair => KeyValuePair.Create(pair.Prefix, pair.Replacement)));
            },
            iter: 5_000,
            print: seed => $"case seed {seed}");

    /// <summary>
    /// Random maps (with keys that are often prefixes of the path) applied to random absolute paths give what the
    /// compiler's <see cref="SourceFileResolver"/> gives for a source path, with the map the compiler read.
    /// </summary>
    [Fact]
    public void MappingAgreesWithTheCompilersSourceFileResolver() =>
        Gen.Int.Sample(
            seed =>
            {
                var random = new Random(seed);
                var path = "/" + string.Join("/", Enumerable.Range(0, random.Next(1, 5)).Select(_ => RandomText(random, "ab\\,=", 4, minLength: 1)));
                var pairs = Enumerable.Range(0, random.Next(1, random.Next(2) == 0 ? 4 : 30)).Select(_ =>
                {
                    var key = random.Next(3) == 0 ? RandomText(random, "ab/\\,=", 8, minLength: 1) : path.Substring(0, random.Next(1, path.Length + 1));
                    var replacement = RandomText(random, "ab/\\,=_", 8, minLength: 1);
                    return Escape(key) + "=" + Escape(replacement);
                });
                var value = string.Join(",", pairs);
                var resolver = new SourceFileResolver([], null, CompilerPathMap(value));

                Assert.Equal(resolver.NormalizePath(path, baseFilePath: null), PathMap.Apply(path, PathMap.Parse(value)));
            },
            iter: 5_000,
            print: seed => $"case seed {seed}");

    private static readonly Comparer<PathMapping> PairOrder = Comparer<PathMapping>.Create((x, y) =>
        string.CompareOrdinal(x.Prefix, y.Prefix) is var byPrefix and not 0 ? byPrefix : string.CompareOrdinal(x.Replacement, y.Replacement));

    /// <summary>
    /// The pairs of <paramref name="value"/> read straight from the rules, in the order they are written: entries
    /// between single commas, each split at its single '=' (",," and "==" stand for the characters), kept when both
    /// sides are non-empty, each side ending with a separator: its own if it ends with one, else the one kind it uses,
    /// else this platform's.
    /// </summary>
    private static List<PathMapping> PairsByTheRules(string value)
    {
        const string Comma = "\uE000";
        const string EqualSign = "\uE001";
        var pairs = new List<PathMapping>();
        foreach (var entry in value.Replace(",,", Comma, StringComparison.Ordinal).Split(','))
        {
            var sides = entry.Replace("==", EqualSign, StringComparison.Ordinal).Split('=')
                .Select(side => side.Replace(Comma, ",", StringComparison.Ordinal).Replace(EqualSign, "=", StringComparison.Ordinal))
                .ToArray();
            if (sides.Length == 2 && sides[0].Length > 0 && sides[1].Length > 0)
            {
                pairs.Add(new PathMapping(WithSeparator(sides[0]), WithSeparator(sides[1])));
            }
        }

        return pairs;

        static string WithSeparator(string side) =>
            side.EndsWith('/') || side.EndsWith('\\') ? side
            : side.Contains('/', StringComparison.Ordinal) && !side.Contains('\\', StringComparison.Ordinal) ? side + "/"
            : side.Contains('\\', StringComparison.Ordinal) && !side.Contains('/', StringComparison.Ordinal) ? side + "\\"
            : side + Separator;
    }

    private static ImmutableArray<KeyValuePair<string, string>> CompilerPathMap(string value) =>
        CSharpCommandLineParser.Default.Parse(["/pathmap:" + value], "/base", sdkDirectory: null).PathMap;

    private static string Escape(string text) => text.Replace(",", ",,").Replace("=", "==");

    private static string RandomText(Random random, string alphabet, int maxLength, int minLength = 0) =>
        new(Enumerable.Range(0, random.Next(minLength, maxLength + 1)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
}
