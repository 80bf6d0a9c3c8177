using System;
using System.Collections.Generic;
using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing;

/// <summary>What an annotation is, by the first <c>.kind</c> of its attribute list.</summary>
internal enum AnnotationKind
{
    /// <summary>The list has no <c>.kind</c>.</summary>
    None = 0,

    /// <summary>The <c>.kind</c> is none of the known ones (a misspelling, say).</summary>
    Unknown = 1,

    /// <summary><c>.quote</c>.</summary>
    Quote = 2,

    /// <summary><c>.stat</c>.</summary>
    Stat = 3,

    /// <summary><c>.person</c>: a mention of a person.</summary>
    Person = 4,

    /// <summary><c>.org</c>: a mention of an organization.</summary>
    Organization = 5,

    /// <summary><c>.place</c>: a mention of a place.</summary>
    Place = 6,
}

/// <summary>The names annotation kinds are written with, and the entities mentions are of.</summary>
internal static class AnnotationKinds
{
    /// <summary>The known kinds' names, in the order of <see cref="AnnotationKind"/> from <see cref="AnnotationKind.Quote"/> on.</summary>
    public static readonly IReadOnlyList<string> Names = new[] { "quote", "stat", "person", "org", "place" };

    /// <summary>The kind written <c>.<paramref name="name"/></c>: <see cref="AnnotationKind.Unknown"/> for a name that is none.</summary>
    public static AnnotationKind FromName(string name)
    {
        for (var i = 0; i < Names.Count; i++)
        {
            if (Names[i] == name)
            {
                return (AnnotationKind)((int)AnnotationKind.Quote + i);
            }
        }

        return AnnotationKind.Unknown;
    }

    /// <summary>The name a known kind is written with (<c>quote</c>, <c>org</c>, ...).</summary>
    public static string Name(this AnnotationKind kind) =>
        kind >= AnnotationKind.Quote ? Names[(int)kind - (int)AnnotationKind.Quote] : throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a known kind");

    /// <summary>The kind of a mention of an entity of <paramref name="kind"/>.</summary>
    public static AnnotationKind Mention(EntityKind kind) => kind switch
    {
        EntityKind.Person => AnnotationKind.Person,
        EntityKind.Organization => AnnotationKind.Organization,
        _ => AnnotationKind.Place,
    };

    /// <summary>The entity a mention of <paramref name="kind"/> refers to, or null when it is no mention.</summary>
    public static EntityKind? Entity(this AnnotationKind kind) => kind switch
    {
        AnnotationKind.Person => EntityKind.Person,
        AnnotationKind.Organization => EntityKind.Organization,
        AnnotationKind.Place => EntityKind.Place,
        _ => null,
    };
}
