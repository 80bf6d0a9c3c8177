using System.Text;
using Dataset.Generator.Parsing;
using Dataset.Tool.Loading;

namespace Dataset.Tool.Tests.Infrastructure;

/// <summary>An original annotation, located in the stripped text: its kind, ref or id, and where its words now are.</summary>
internal sealed record TruthAnnotation(string Kind, string? Ref, string? Id, int Start, int End, string Text);

/// <summary>
/// An annotated article with every annotation's brackets and attributes removed (its words kept), and where each
/// annotation's words are in the result: the answers suggest is measured against.
/// </summary>
internal sealed class StrippedArticle
{
    private StrippedArticle(string text, IReadOnlyList<TruthAnnotation> truth)
    {
        Text = text;
        Truth = truth;
    }

    public string Text { get; }

    public IReadOnlyList<TruthAnnotation> Truth { get; }

    public static StrippedArticle From(string path)
    {
        var parse = ArticleParser.Read(path, Path.GetFileName(path), LoadedDataset.ReadText(path));
        var removed = new List<(int Start, int End)>();
        var regions = new List<(string Kind, string? Ref, string? Id, int Start, int End)>();
        foreach (var annotation in parse.Annotations)
        {
            var (span, inner) = (annotation.Span, annotation.TextSpan);
            removed.Add((span.Start, inner.Start));
            removed.Add((inner.End, span.End));
            regions.Add((annotation.Kind.Name(), annotation.Attributes.FirstOrDefault(a => a.Prefix == '=' && a.Name == "ref").Value,
                annotation.Attributes.FirstOrDefault(a => a.Prefix == '#').Name, inner.Start, inner.End));
        }

        removed.Sort();
        var text = new StringBuilder();
        var position = 0;
        foreach (var (start, end) in removed)
        {
            text.Append(parse.Text, position, start - position);
            position = end;
        }

        text.Append(parse.Text, position, parse.Text.Length - position);
        int Map(int offset) => offset - removed.Where(range => range.End <= offset).Sum(range => range.End - range.Start);
        var stripped = text.ToString();
        var truth = regions.Select(region => new TruthAnnotation(region.Kind, region.Ref, region.Id, Map(region.Start), Map(region.End), stripped[Map(region.Start)..Map(region.End)])).ToList();
        return new StrippedArticle(stripped, truth);
    }
}
