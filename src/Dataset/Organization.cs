using System;
using System.Collections.Generic;

namespace Dataset;

/// <summary>An organization the articles name.</summary>
public sealed class Organization : Entity
{
    /// <summary>Creates an organization. Only the dataset's decoder creates organizations; the factory runs on first use.</summary>
    internal Organization(string key, string name, string? role, Func<IReadOnlyList<Mention>> mentions)
        : base(EntityKind.Organization, key, name, role, mentions)
    {
    }
}
