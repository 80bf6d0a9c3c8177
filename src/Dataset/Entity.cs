using System;
using System.Collections.Generic;
using System.Threading;

namespace Dataset;

/// <summary>
/// Something articles name: a <see cref="Person"/>, an <see cref="Organization"/> or a <see cref="Place"/>.
/// An entity declared with the same key in several articles is one entity.
/// </summary>
/// <remarks>Two entities are equal when their kind, key, name and role are equal.</remarks>
public abstract class Entity : IEquatable<Entity>
{
    private readonly Func<IReadOnlyList<Mention>> _findMentions;
    private IReadOnlyList<Mention>? _mentions;

    /// <summary>
    /// Creates an entity; the mention factory runs on first use (two threads that race there may both run it, and get
    /// equal lists: an entity holds no Lazy of its own, as a dataset decodes hundreds). Private protected: only this assembly's
    /// <see cref="Person"/>, <see cref="Organization"/> and <see cref="Place"/> derive from it.
    /// </summary>
    private protected Entity(EntityKind kind, string key, string name, string? role, Func<IReadOnlyList<Mention>> mentions)
    {
        Kind = kind;
        Key = key ?? throw new ArgumentNullException(nameof(key));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Role = role;
        _findMentions = mentions ?? throw new ArgumentNullException(nameof(mentions));
    }

    /// <summary>Whether this is a person, an organization or a place.</summary>
    public EntityKind Kind { get; }

    /// <summary>The key the data files declare it under, such as <c>Kerry</c>.</summary>
    public string Key { get; }

    /// <summary>The name, such as <c>John Kerry</c>.</summary>
    public string Name { get; }

    /// <summary>The role or description, such as <c>US Secretary of State</c>; <see langword="null"/> when not given.</summary>
    public string? Role { get; }

    /// <summary>Every mention of the entity in every article, in article order.</summary>
    public IReadOnlyList<Mention> Mentions => Volatile.Read(ref _mentions) ?? Published(ref _mentions, _findMentions);

    /// <inheritdoc/>
    public bool Equals(Entity? other) =>
        other is not null && Kind == other.Kind && Key == other.Key && Name == other.Name && Role == other.Role;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Entity);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCodes.Combine((int)Kind, Key.GetHashCode(), Name.GetHashCode());

    /// <summary>What <paramref name="find"/> returns, stored in <paramref name="field"/> unless another thread stored its list first.</summary>
    private protected static T Published<T>(ref T? field, Func<T> find)
        where T : class
    {
        var found = find();
        return Interlocked.CompareExchange(ref field, found, null) ?? found;
    }

    /// <summary>The name, and the role when there is one.</summary>
    public override string ToString() => Role is null ? Name : $"{Name}, {Role}";
}
