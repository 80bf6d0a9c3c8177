using System;
using System.Collections.Generic;

namespace Dataset;

/// <summary>An organization the articles name.</summary>
public sealed class Organization : Entity
{
    /// <summary>Creates an organization. Generated code calls this; the factory runs once, on first use.</summary>
    public Organization(string key, string name, string? role, Func<IReadOnlyList<Mention>> mentions)
        : base(EntityKind.Organization, key, name, role, mentions)
    {
    }
}
