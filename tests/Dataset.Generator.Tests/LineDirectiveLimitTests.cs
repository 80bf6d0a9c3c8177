using Dataset.Generator.Emitting;
using Dataset.Generator.Model;
using Dataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Dataset.Generator.Tests;

/// <summary>
/// The compiler accepts <c>#line</c> character positions up to 65,536 and line numbers up to 16,707,565 (CS8938 and
/// CS1576 otherwise): a member whose annotation lies past them is mapped with what the compiler accepts, its line
/// alone or nothing, and the build has no C# error.
/// </summary>
public sealed class LineDirectiveLimitTests
{
    private const string File = "/project/data/long.md";

    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void AnnotationsPastColumn65536AreMappedToTheirLineAndCompileWithNoDiagnostic(LanguageVersion version)
    {
        // Line 9 is one line of 70,000 characters of words, then a quote, a statistic and a mention.
        var padding = string.Concat(Enumerable.Repeat("words ", 70_000 / 6));
        var text = "---\ntitle: One long line\nsource: Test Wire\npublished: 2020-01-01\npeople:\n  Kerry: { name: John Kerry }\n---\n\n"
            + padding + "[We agreed]{.quote #Kerry.Agreed} on [5]{.stat #Talks.Rounds} rounds, said [Kerry]{.person ref=Kerry}.\n";
        var run = GeneratorHarness.Run(
            [GeneratorHarness.Article("long.md", text)],
            "internal static class Use { internal const int Rounds = Sample.Stats.Talks.Rounds; internal static global::Dataset.Quote Q => Sample.Quotes.Kerry.Agreed; }",
            languageVersion: version);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var source = run.Sources["Article_Long.g.cs"];
        Assert.Equal(3, source.Split("\n#line 9 \"" + File + "\"\n").Length - 1);
        foreach (var (type, member) in new[] { ("Sample.Quotes+Kerry", "Agreed"), ("Sample.Stats+Talks", "Rounds"), ("Sample.Statistics+Talks", "Rounds") })
        {
            var mapped = run.Compilation.GetTypeByMetadataName(type)!.GetMembers(member).Single().Locations.Single().GetMappedLineSpan();
            Assert.Equal((File, 8), (mapped.Path, mapped.StartLinePosition.Line));
        }

        // The front matter's members are not on the long line and keep their exact span, where the version has spans.
        Assert.Equal(version != LanguageVersion.CSharp7_3, source.Contains("#line (", StringComparison.Ordinal));
    }

    [Fact]
    public void TheDirectivesWrittenAtTheLimitsAreTheOnesTheCompilerAccepts()
    {
        const int maxLine = LineDirectives.MaxLine - 1;
        const int maxColumn = LineDirectives.MaxCharacter - 1;
        var cases = new (TextLocation Location, string? Expected)[]
        {
            (Span(maxLine, maxColumn - 1, maxLine, maxColumn + 1), $"#line ({maxLine + 1},{maxColumn})-({maxLine + 1},{maxColumn + 1}) 5 \"{File}\""),
            (Span(3, maxColumn, 3, maxColumn + 1), $"#line (4,{maxColumn + 1})-(4,{maxColumn + 1}) 5 \"{File}\""),
            (Span(3, maxColumn + 1, 3, maxColumn + 2), $"#line 4 \"{File}\""),
            (Span(3, 10, 3, maxColumn + 2), $"#line 4 \"{File}\""),
            (Span(maxLine, 0, maxLine + 1, 1), $"#line {maxLine + 1} \"{File}\""),
            (Span(maxLine + 1, 0, maxLine + 1, 1), null),
        };

        foreach (var (location, expected) in cases)
        {
            var directive = LineDirectives.For(location, 4, File, spans: true);
            Assert.Equal(expected, directive);
            if (directive is not null)
            {
                AssertCompiles(directive);
            }
        }

        // Without spans (before C# 10) the line alone, with the same limit.
        Assert.Equal($"#line 4 \"{File}\"", LineDirectives.For(Span(3, 0, 3, 2), 4, File, spans: false));
        Assert.Null(LineDirectives.For(Span(maxLine + 1, 0, maxLine + 1, 2), 4, File, spans: false));

        // One past either limit is what the compiler rejects.
        Assert.Equal(["CS8938"], Problems($"#line (4,{maxColumn + 2})-(4,{maxColumn + 2}) 5 \"{File}\""));
        Assert.Equal(["CS8938"], Problems($"#line ({maxLine + 2},1)-({maxLine + 2},2) 5 \"{File}\""));
        // (Roslyn 4.8 warns, CS1687, where Roslyn 5 reports an error: either fails a build with warnings as errors.)
        Assert.Contains(Assert.Single(Problems($"#line {maxLine + 2} \"{File}\"")), new[] { "CS1576", "CS1687" });
    }

    private static TextLocation Span(int line, int column, int endLine, int endColumn) => new(0, 1, line, column, endLine, endColumn);

    private static void AssertCompiles(string directive) => Assert.Empty(Problems(directive));

    private static List<string> Problems(string directive) =>
        CSharpSyntaxTree.ParseText(directive + "\nclass C { }\n#line default\n", GeneratorHarness.ParseOptions)
            .GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .Select(diagnostic => diagnostic.Id)
            .Distinct()
            .ToList();
}
