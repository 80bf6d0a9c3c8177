using System.Text;
using Dataset.Generator.Parsing;
using Dataset.Tool.Loading;
using Dataset.Tool.Preview;

namespace Dataset.Tool.Tests.Infrastructure;

/// <summary>An original annotation, located in the stripped text: its kind, attributes and where its words now are.</summary>
internal sealed record TruthAnnotation(string Kind, string? Ref, int Start, int End, string Text);

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
        var original = LoadedDataset.ReadText(path);
        var model = ArticleParser.Parse(path, Path.GetFileName(path), original);
        var layout = ArticleLayout.Read(model, original) ?? throw new InvalidOperationException($"{path} cannot be laid out.");
        var removed = new List<(int Start, int End)>();
        var regions = new List<(string Kind, string? Ref, int Start, int End)>();
        foreach (var annotation in layout.Annotations)
        {
            var (textStart, textEnd) = layout.TextRegion(annotation);
            removed.Add((annotation.Start, textStart));
            removed.Add((textEnd, annotation.End));
            regions.Add((ArticleLayout.Kind(annotation)!, annotation.Attributes.FirstOrDefault(a => a.Prefix == '=' && a.Name == "ref").Value, textStart, textEnd));
        }

        removed.Sort();
        var text = new StringBuilder();
        var position = 0;
        foreach (var (start, end) in removed)
        {
            text.Append(layout.Text, position, start - position);
            position = end;
        }

        text.Append(layout.Text, position, layout.Text.Length - position);
        int Map(int offset) => offset - removed.Where(range => range.End <= offset).Sum(range => range.End - range.Start);
        var stripped = text.ToString();
        var truth = regions.Select(region => new TruthAnnotation(region.Kind, region.Ref, Map(region.Start), Map(region.End), stripped[Map(region.Start)..Map(region.End)])).ToList();
        return new StrippedArticle(stripped, truth);
    }
}
