using System;
using System.Collections.Generic;
using System.Threading;

namespace Dataset;

/// <summary>A person the articles name, with everything they are quoted as saying.</summary>
public sealed class Person : Entity
{
    private readonly Func<IReadOnlyList<Quote>> _findQuotes;
    private IReadOnlyList<Quote>? _quotes;

    /// <summary>Creates a person. Only the dataset's decoder creates people; the factories run on first use.</summary>
    internal Person(string key, string name, string? role, Func<IReadOnlyList<Quote>> quotes, Func<IReadOnlyList<Mention>> mentions)
        : base(EntityKind.Person, key, name, role, mentions)
    {
        _findQuotes = quotes ?? throw new ArgumentNullException(nameof(quotes));
    }

    /// <summary>The person's quotes in every article, in article order.</summary>
    public IReadOnlyList<Quote> Quotes => Volatile.Read(ref _quotes) ?? Published(ref _quotes, _findQuotes);
}
