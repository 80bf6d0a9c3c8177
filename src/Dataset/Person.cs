using System;
using System.Collections.Generic;

namespace Dataset;

/// <summary>A person the articles name, with everything they are quoted as saying.</summary>
public sealed class Person : Entity
{
    private readonly Lazy<IReadOnlyList<Quote>> _quotes;

    /// <summary>Creates a person. Only the dataset's decoder creates people; the factories run once, on first use.</summary>
    internal Person(string key, string name, string? role, Func<IReadOnlyList<Quote>> quotes, Func<IReadOnlyList<Mention>> mentions)
        : base(EntityKind.Person, key, name, role, mentions)
    {
        _quotes = new Lazy<IReadOnlyList<Quote>>(quotes ?? throw new ArgumentNullException(nameof(quotes)));
    }

    /// <summary>The person's quotes in every article, in article order.</summary>
    public IReadOnlyList<Quote> Quotes => _quotes.Value;
}
