using System.Globalization;
using System.Text;
using Dataset.Tool.Suggesting;

namespace Dataset.Tool.Tests.Infrastructure;

/// <summary>How many annotations of one kind there were, how many suggestions suggest made, and how many of them were right.</summary>
internal readonly record struct SuggestCounts(int Truth, int Suggested, int Correct)
{
    public double Recall => Truth == 0 ? 1 : (double)Correct / Truth;

    public double Precision => Suggested == 0 ? 1 : (double)Correct / Suggested;
}

/// <summary>
/// How well suggest finds what an author annotates: each annotated article is stripped of its annotations (its front
/// matter's declarations kept), suggest runs on the result, and its suggestions are compared with the original
/// annotations: the same words at the same place and, for a mention, the same entity, for a quote, the same speaker.
/// Recall and precision per kind are printed to the test output, with each annotation missed and each suggestion wrong.
/// <c>everyNumber</c> measures suggest's every-number style (years, durations, counts in words), the seed's style.
/// </summary>
internal static class SuggestMeasure
{
    public static string Measure(IReadOnlyList<string> paths, out Dictionary<SuggestionKind, SuggestCounts> counts, bool everyNumber = false)
    {
        counts = Enum.GetValues<SuggestionKind>().ToDictionary(kind => kind, _ => default(SuggestCounts));
        foreach (var path in paths)
        {
            var stripped = StrippedArticle.From(path);
            var suggestions = SuggestOn(stripped.Text, Path.GetFileName(path), everyNumber);
            foreach (var kind in Enum.GetValues<SuggestionKind>())
            {
                var truth = stripped.Truth.Where(annotation => KindOf(annotation.Kind) == kind).ToList();
                var suggested = suggestions.Where(suggestion => suggestion.Kind == kind).ToList();
                var correct = suggested.Count(suggestion => truth.Any(annotation => IsRight(suggestion, annotation)));
                foreach (var missed in truth.Where(annotation => !suggested.Any(suggestion => IsRight(suggestion, annotation))))
                {
                    TestContext.Current.TestOutputHelper?.WriteLine($"missed {kind} in {Path.GetFileName(path)}: {missed.Text} ({missed.Ref ?? missed.Id})");
                }

                foreach (var wrong in suggested.Where(suggestion => !truth.Any(annotation => IsRight(suggestion, annotation))))
                {
                    TestContext.Current.TestOutputHelper?.WriteLine($"wrong {kind} in {Path.GetFileName(path)}: {wrong.Annotated}");
                }

                var (t, s, c) = counts[kind];
                counts[kind] = new SuggestCounts(t + truth.Count, s + suggested.Count, c + correct);
            }
        }

        var report = new StringBuilder();
        foreach (var (kind, (truth, suggested, correct)) in counts.OrderBy(pair => pair.Key))
        {
            report.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{kind}: {correct} of {truth} annotations found (recall {Percent(correct, truth)}), {correct} of {suggested} suggestions right (precision {Percent(correct, suggested)})"));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        return report.ToString();
    }

    /// <summary>The same words at the same place; for a mention the same entity, for a quote the same speaker.</summary>
    private static bool IsRight(Suggestion suggestion, TruthAnnotation annotation) =>
        annotation.Start == suggestion.Start && annotation.End == suggestion.End && KindOf(annotation.Kind) switch
        {
            SuggestionKind.Mention => suggestion.Attributes == "." + annotation.Kind + " ref=" + annotation.Ref,
            SuggestionKind.Quote => suggestion.Attributes.StartsWith(".quote #" + annotation.Id?.Split('.')[0] + ".", StringComparison.Ordinal),
            _ => true,
        };

    private static List<Suggestion> SuggestOn(string text, string name, bool everyNumber)
    {
        var parse = Generator.Parsing.ArticleParser.Read(name, name, text);
        return parse.Model.IsEmittable ? Suggester.Suggest(parse, everyNumber: everyNumber).ToList() : throw new InvalidOperationException($"{name} is not emittable.");
    }

    private static SuggestionKind KindOf(string kind) => kind switch
    {
        "quote" => SuggestionKind.Quote,
        "stat" => SuggestionKind.Stat,
        _ => SuggestionKind.Mention,
    };

    private static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
