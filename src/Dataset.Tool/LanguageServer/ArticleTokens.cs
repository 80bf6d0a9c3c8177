using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;
using Dataset.Tool.LanguageServer.Protocol;

namespace Dataset.Tool.LanguageServer;

/// <summary>
/// Semantic tokens: an annotation's words coloured by its kind, one colour a kind as the preview gives them (the legend
/// uses the protocol's standard types, so every theme colours them: a quote as a string, a statistic as a number, a
/// person as a class, an organization as a namespace, a place as an enum member), its <c>.kind</c> as a keyword, its
/// ids and <c>ref=</c> keys as variables and its attribute names as properties; in the front matter, the fields as
/// properties and the declared keys as variables with the declaration modifier. A nested annotation's colour wins
/// inside it; tokens never span a line break.
/// </summary>
internal static class ArticleTokens
{
    public static readonly SemanticTokensLegend Legend = new(
        new[] { "string", "number", "class", "namespace", "enumMember", "keyword", "property", "variable" },
        new[] { "declaration" });

    private const int Quote = 0;
    private const int Stat = 1;
    private const int Person = 2;
    private const int Organization = 3;
    private const int Place = 4;
    private const int Keyword = 5;
    private const int Property = 6;
    private const int Variable = 7;
    private const int Declaration = 1 << 8;
    private const int None = -1;

    private static readonly Regex FieldKey = new(@"^[A-Za-z_][\w-]*(?=[ \t]*:)|(?<=[{,][ \t]*)[A-Za-z_][\w-]*(?=[ \t]*:)", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    /// <summary>The tokens of the document's lines <paramref name="firstLine"/> to <paramref name="lastLine"/>, encoded.</summary>
    public static SemanticTokens Of(WorkspaceDocument document, int firstLine = 0, int lastLine = int.MaxValue)
    {
        var paint = Paint(document);
        var data = new List<int>();
        var (previousLine, previousCharacter) = (0, 0);
        for (var start = 0; start < paint.Length;)
        {
            var value = paint[start];
            if (value == None || document.Text[start] == '\n')
            {
                start++;
                continue;
            }

            var end = start + 1;
            while (end < paint.Length && paint[end] == value && document.Text[end] != '\n')
            {
                end++;
            }

            var position = document.Positions.Position(start);
            if (position.Line >= firstLine && position.Line <= lastLine)
            {
                data.Add(position.Line - previousLine);
                data.Add(position.Line == previousLine ? position.Character - previousCharacter : position.Character);
                data.Add(end - start);
                data.Add(value & 0xFF);
                data.Add(value >> 8);
                (previousLine, previousCharacter) = (position.Line, position.Character);
            }

            start = end;
        }

        return new SemanticTokens(data);
    }

    /// <summary>Each character's token (type and modifier bits), or <see cref="None"/>.</summary>
    private static int[] Paint(WorkspaceDocument document)
    {
        var text = document.Text;
        var paint = Enumerable.Repeat(None, text.Length).ToArray();
        void Fill(int start, int end, int value)
        {
            for (var i = Math.Max(0, start); i < Math.Min(end, text.Length); i++)
            {
                paint[i] = value;
            }
        }

        if (document.Parse.FrontMatter is { } frontMatter)
        {
            var (start, end) = document.Positions.Offsets(frontMatter);
            foreach (Match key in FieldKey.Matches(text.Substring(start, end - start)))
            {
                Fill(start + key.Index, start + key.Index + key.Length, Property);
            }

            foreach (var entity in document.Model.Entities)
            {
                var (keyStart, keyEnd) = document.Positions.Offsets(entity.Location);
                Fill(keyStart, keyEnd, Variable | Declaration);
            }
        }

        // In the order of their '[': an annotation's words are painted before a nested one clears its own span.
        foreach (var annotation in document.Parse.Annotations)
        {
            var (spanStart, spanEnd) = document.Positions.Offsets(annotation.Span);
            Fill(spanStart, spanEnd, None);
            var (textStart, textEnd) = document.Positions.Offsets(annotation.TextSpan);
            if (KindToken(annotation.Kind) is var kind and not None)
            {
                Fill(textStart, textEnd, kind);
            }

            foreach (var attribute in annotation.Attributes)
            {
                switch (attribute.Prefix)
                {
                    case '.':
                        Fill(attribute.Start, attribute.End, Keyword);
                        break;
                    case '#':
                        Fill(attribute.Start, attribute.End, Variable);
                        break;
                    default:
                        var nameEnd = attribute.Start + attribute.Name.Length;
                        Fill(attribute.Start, nameEnd, Property);
                        if (attribute.Name == "ref")
                        {
                            Fill(nameEnd + 1, attribute.End, Variable);
                        }

                        break;
                }
            }
        }

        return paint;
    }

    private static int KindToken(AnnotationKind kind) => kind switch
    {
        AnnotationKind.Quote => Quote,
        AnnotationKind.Stat => Stat,
        AnnotationKind.Person => Person,
        AnnotationKind.Organization => Organization,
        AnnotationKind.Place => Place,
        _ => None,
    };
}
