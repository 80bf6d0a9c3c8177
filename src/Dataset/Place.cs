using System;
using System.Collections.Generic;

namespace Dataset;

/// <summary>A place the articles name.</summary>
public sealed class Place : Entity
{
    /// <summary>Creates a place. Only the dataset's decoder creates places; the factory runs on first use.</summary>
    internal Place(string key, string name, string? role, Func<IReadOnlyList<Mention>> mentions)
        : base(EntityKind.Place, key, name, role, mentions)
    {
    }
}
