using System.Globalization;
using System.Text.RegularExpressions;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Generator.Parsing.Numbers;
using Dataset.Generator.Tests.Infrastructure;

namespace Dataset.Generator.Tests;

/// <summary>
/// Every phrase of the tables of <c>Numbers/</c> (<c>phrases.txt</c> and beside it) read two ways: by <see cref="NumberReader"/> directly, and as the text of a
/// <c>.stat</c> annotation through the parser, which must give exactly the expected value, upper bound, qualifier and
/// unit, or exactly the expected diagnostic.
/// </summary>
public sealed partial class NumberPhraseTests
{
    private static readonly string TableFolder = Path.Combine(RepositoryPaths.Tests, "Numbers");

    /// <summary>The rows of every table of <c>Numbers/</c> (<c>phrases.txt</c>, <c>currencies.txt</c>, <c>units.txt</c>, <c>rates.txt</c>), each with its file and line.</summary>
    public static TheoryData<string, string, string, string?> Phrases()
    {
        var data = new TheoryData<string, string, string, string?>();
        foreach (var table in Directory.GetFiles(TableFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            var number = 0;
            foreach (var line in File.ReadLines(table))
            {
                number++;
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var where = Path.GetFileName(table) + ":" + number.ToString(CultureInfo.InvariantCulture);
                var columns = line.Split(" | ");
                Assert.True(columns.Length is 2 or 3, $"{where} needs 'text | expected [| unit]': {line}");
                var text = columns[0] == "(empty)" ? string.Empty : Unescape(columns[0]);
                data.Add(where, text, Unescape(columns[1]), columns.Length == 3 ? columns[2] : null);
            }
        }

        return data;
    }

    [Fact]
    public void TheTableHoldsSeveralHundredPhrases()
    {
        Assert.True(Phrases().Count() >= 400, $"only {Phrases().Count()} phrases");
        Assert.Equal(Phrases().Count(), Phrases().Select(row => row.Data.Item2 + "|" + row.Data.Item4).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void ReadsThePhraseExactlyOrSaysWhatItCannotRead(string line, string text, string expected, string? declared)
    {
        _ = line;
        var per = declared is not null && declared.StartsWith("per=", StringComparison.Ordinal) ? declared.Substring(4) : null;
        var unit = per is null ? declared : null;
        var reading = NumberReader.Read(text, unit, per);
        var attribute = unit is not null ? " unit=" + ArticleFactory.AttributeQuoted(unit) : per is not null ? " per=" + ArticleFactory.AttributeQuoted(per) : string.Empty;
        var model = ArticleText.Parse(ArticleText.Article($"[{ArticleFactory.BodyEscaped(text)}]{{.stat #G.K{attribute}}}\n"));

        if (expected.StartsWith("DS", StringComparison.Ordinal))
        {
            var id = expected.Substring(0, 6);
            var argument = expected.Length > 8 ? expected.Substring(8) : null;
            var diagnostic = Assert.Single(model.Diagnostics);
            Assert.Empty(model.Stats);
            Assert.Equal(id, diagnostic.Id);
            switch (id)
            {
                case "DS3001":
                    // The message is the reader's problem, and for one word it cannot read, the closest scale or unit.
                    Assert.Equal(NumberReadingStatus.NoNumber, reading.Status);
                    Assert.True(argument == reading.Problem || (reading.Unread is not null && argument!.StartsWith(reading.Problem + " (did you mean '", StringComparison.Ordinal)), $"{argument} is not {reading.Problem}");
                    Assert.Equal(
                        $"No number can be read from '{text}': {argument}; add 'value=...' with the number",
                        Message(DiagnosticDescriptors.UnreadableNumber, diagnostic));
                    break;
                case "DS3003":
                    Assert.True(reading.Status == NumberReadingStatus.Overflow || (reading.Status == NumberReadingStatus.Read && reading.Value is < long.MinValue or > long.MaxValue), $"{reading.Status} {reading.Value}");
                    Assert.Equal(text, diagnostic.Arguments[0]);
                    break;
                case "DS3005":
                    Assert.Equal(NumberReadingStatus.Read, reading.Status);
                    Assert.Equal([text, argument!], diagnostic.Arguments.ToArray());
                    break;
                default:
                    Assert.Fail($"unexpected diagnostic {id} in the table");
                    break;
            }

            return;
        }

        var (qualifier, value, upper, expectedUnit, expectedPer) = Expectation(expected);
        Assert.Equal(NumberReadingStatus.Read, reading.Status);
        Assert.Null(reading.Problem);
        Assert.Equal((value, upper, qualifier), (reading.Value, reading.Upper, reading.Qualifier));
        if (per is null)
        {
            Assert.Equal(expectedPer, reading.Per);
        }

        Assert.Empty(model.Diagnostics);
        var stat = Assert.Single(model.Stats);
        Assert.Equal((value, upper, qualifier, expectedUnit, expectedPer), (decimal.Parse(stat.Value, CultureInfo.InvariantCulture), stat.Upper is null ? (decimal?)null : decimal.Parse(stat.Upper, CultureInfo.InvariantCulture), stat.Qualifier, stat.Unit, stat.Per));
        Assert.Equal(text.Trim(), stat.Text);
        ConstantAgreesWithValue(stat.Value, stat.ValueKind, smallest: stat.Upper is null);
        if (stat.Upper is not null)
        {
            ConstantAgreesWithValue(stat.Upper, stat.ValueKind, smallest: false);
            Assert.Equal(stat.ValueKind, (StatValueKind)Math.Max((int)KindOf(stat.Value), (int)KindOf(stat.Upper)));
        }
    }

    /// <summary>
    /// The constant of <paramref name="kind"/> written from <paramref name="literal"/> is the same number as
    /// <c>Statistic.Value</c>; with <paramref name="smallest"/>, <paramref name="kind"/> is the smallest type that holds it.
    /// </summary>
    internal static void ConstantAgreesWithValue(string literal, StatValueKind kind, bool smallest)
    {
        if (smallest)
        {
            Assert.Equal(KindOf(literal), kind);
        }

        var value = decimal.Parse(literal, CultureInfo.InvariantCulture);
        switch (kind)
        {
            case StatValueKind.Int:
                Assert.Equal(value, int.Parse(literal, CultureInfo.InvariantCulture));
                break;
            case StatValueKind.Long:
                Assert.Equal(value, long.Parse(literal, CultureInfo.InvariantCulture));
                break;
            default:
                Assert.Equal(value, (decimal)double.Parse(literal, CultureInfo.InvariantCulture));
                Assert.Equal(value, Convert.ToDecimal(double.Parse(literal, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
                break;
        }
    }

    private static StatValueKind KindOf(string literal)
    {
        var value = decimal.Parse(literal, CultureInfo.InvariantCulture);
        return decimal.Truncate(value) != value ? StatValueKind.Double : value is >= int.MinValue and <= int.MaxValue ? StatValueKind.Int : StatValueKind.Long;
    }

    /// <summary>The expected reading: [qualifier] value [upper] [unit] [per what].</summary>
    private static (Model.StatQualifier Qualifier, decimal Value, decimal? Upper, string? Unit, string? Per) Expectation(string expected)
    {
        var parts = expected.Split(' ');
        var i = 0;
        var qualifier = Enum.TryParse<Model.StatQualifier>(parts[0], out var named) && char.IsUpper(parts[0][0]) ? named : Model.StatQualifier.Exact;
        if (qualifier != Model.StatQualifier.Exact)
        {
            i++;
        }

        var value = decimal.Parse(parts[i++], CultureInfo.InvariantCulture);
        decimal? upper = qualifier == Model.StatQualifier.Range ? decimal.Parse(parts[i++], CultureInfo.InvariantCulture) : null;
        var per = Array.IndexOf(parts, "per", i);
        var unitEnd = per < 0 ? parts.Length : per;
        var unit = i < unitEnd ? string.Join(" ", parts.Skip(i).Take(unitEnd - i)) : null;
        return (qualifier, value, upper, unit, per < 0 ? null : string.Join(" ", parts.Skip(per + 1)));
    }

    private static string Message(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, DiagnosticInfo diagnostic) =>
        string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), diagnostic.Arguments.ToArray());

    private static string Unescape(string text) =>
        Escape().Replace(text, match => ((char)int.Parse(match.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    [GeneratedRegex(@"\\u([0-9A-Fa-f]{4})")]
    private static partial Regex Escape();
}
