using System.Collections.Generic;
using System.Linq;
using Dataset.Generator.Model;
using Dataset.Generator.Parsing;

namespace Dataset.Tool.LanguageServer;

/// <summary>What the parse holds at an offset, and the names the generated API gives its models.</summary>
internal static class ArticleItems
{
    /// <summary>The innermost annotation whose span (from <c>[</c> to past <c>}</c>) holds <paramref name="offset"/>.</summary>
    public static ParsedAnnotation? AnnotationAt(ParsedArticle parse, int offset) =>
        parse.Annotations.LastOrDefault(annotation => annotation.Span.Start <= offset && offset < annotation.Span.End);

    /// <summary>The model an annotation generated (a <see cref="QuoteModel"/>, <see cref="StatModel"/> or <see cref="MentionModel"/>), or null.</summary>
    public static object? ModelOf(ArticleModel article, ParsedAnnotation annotation) => annotation.Kind switch
    {
        AnnotationKind.Quote => article.Quotes.FirstOrDefault(quote => quote.Location.Start == annotation.Span.Start),
        AnnotationKind.Stat => article.Stats.FirstOrDefault(stat => stat.Location.Start == annotation.Span.Start),
        AnnotationKind.Person or AnnotationKind.Organization or AnnotationKind.Place => article.Mentions.FirstOrDefault(mention => mention.Location.Start == annotation.Span.Start),
        _ => null,
    };

    /// <summary>The entity the front matter declares under <paramref name="key"/>, or null.</summary>
    public static EntityModel? Entity(ArticleModel article, EntityKind kind, string key) =>
        article.Entities.FirstOrDefault(entity => entity.Kind == kind && entity.Key == key);

    /// <summary>The class of the generated API that holds the entities of <paramref name="kind"/>.</summary>
    public static string ClassOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Organization => "Organizations",
        _ => "Places",
    };

    /// <summary>The front-matter map entities of <paramref name="kind"/> are declared in.</summary>
    public static string SectionOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => "people",
        EntityKind.Organization => "organizations",
        _ => "places",
    };

    /// <summary>A name and, when given, a role: <c>John Kerry, US Secretary of State</c>.</summary>
    public static string NameAndRole(EntityModel entity) => entity.Role is { Length: > 0 } role ? entity.Name + ", " + role : entity.Name;

    /// <summary>A statistic's value as the reader reads its text: <c>69, unit percent, Exact</c>; a rate's with what it is per: <c>16, unit USD per barrel, Exact</c>.</summary>
    public static string Reading(StatModel stat)
    {
        var parts = new List<string> { stat.Upper is null ? stat.Value : stat.Value + " to " + stat.Upper };
        if (stat.Unit is { } unit)
        {
            parts.Add("unit " + unit + (stat.Per is { } ratePer ? " per " + ratePer : string.Empty));
        }
        else if (stat.Per is { } per)
        {
            parts.Add("per " + per);
        }

        parts.Add(stat.Qualifier.ToString());
        return string.Join(", ", parts);
    }
}
