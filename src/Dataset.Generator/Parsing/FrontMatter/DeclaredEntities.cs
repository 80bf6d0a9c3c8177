using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Generator.Diagnostics;
using Dataset.Generator.Model;

namespace Dataset.Generator.Parsing.FrontMatter;

/// <summary>
/// The people, organizations and places an article's front matter declares (under <c>people:</c>,
/// <c>organizations:</c> and <c>places:</c>), checked: each key can be a member name and has a name. Annotations look
/// their speakers and references up here, with a "did you mean" hint for a key that is not declared.
/// </summary>
internal sealed class DeclaredEntities
{
    private static readonly (string Section, string Class, EntityKind Kind)[] Sections =
    {
        ("people", "People", EntityKind.Person),
        ("organizations", "Organizations", EntityKind.Organization),
        ("places", "Places", EntityKind.Place),
    };

    private readonly DiagnosticBag _diagnostics;
    private readonly List<EntityModel> _entities = new();

    /// <summary>The declared keys, sized once for every declaration (a set cannot be sized on netstandard2.0).</summary>
    private readonly Dictionary<(EntityKind Kind, string Key), bool> _keys;

    private readonly Dictionary<(EntityKind Kind, string Typed), string> _hints = new();

    /// <summary>
    /// How many names "did you mean" hints may still compare in this file. Bounded so that a file with huge numbers of
    /// unknown keys and declared names stays linear; past it, errors come without a hint.
    /// </summary>
    private int _hintBudget = 200_000;

    private DeclaredEntities(DiagnosticBag diagnostics, int capacity)
    {
        _diagnostics = diagnostics;
        _keys = new Dictionary<(EntityKind Kind, string Key), bool>(capacity);
    }

    /// <summary>The valid declarations, in the order of the sections and, within each, as written.</summary>
    public IReadOnlyList<EntityModel> All => _entities;

    /// <summary>Reads the sections of <paramref name="fields"/>, reporting what is wrong with them.</summary>
    public static DeclaredEntities Read(YamlMap fields, DiagnosticBag diagnostics)
    {
        var capacity = 0;
        foreach (var (section, _, _) in Sections)
        {
            capacity += fields.Find(section)?.Value is YamlMap map ? map.Entries.Count : 0;
        }

        var entities = new DeclaredEntities(diagnostics, capacity);
        foreach (var (section, className, kind) in Sections)
        {
            entities.ReadSection(fields, section, className, kind);
        }

        return entities;
    }

    /// <summary>The front matter section that declares entities of <paramref name="kind"/>.</summary>
    public static string Section(EntityKind kind) => Array.Find(Sections, section => section.Kind == kind).Section;

    public bool Contains(EntityKind kind, string key) => _keys.ContainsKey((kind, key));

    /// <summary>The "did you mean" hint for an unknown key, computed once per key and kind.</summary>
    public string Suggest(EntityKind kind, string typed)
    {
        if (!_hints.TryGetValue((kind, typed), out var hint))
        {
            var candidates = _entities.Where(entity => entity.Kind == kind).Select(entity => entity.Key).Take(Math.Min(_hintBudget, Suggestions.MaxCandidates)).ToList();
            _hintBudget -= candidates.Count;
            hint = Suggestions.DidYouMean(typed, candidates);
            _hints.Add((kind, typed), hint);
        }

        return hint;
    }

    private void ReadSection(YamlMap fields, string section, string className, EntityKind kind)
    {
        if (fields.Find(section) is not { } entry)
        {
            return;
        }

        if (entry.Value is YamlScalar { Value.Length: 0 })
        {
            return;
        }

        if (entry.Value is not YamlMap map)
        {
            _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, entry.KeyStart, entry.Value.End, $"'{section}' must map keys to entities, one per line: '  Key: {{ name: ... }}'");
            return;
        }

        for (var i = 0; i < map.Entries.Count; i++)
        {
            var declaration = map.Entries[i];
            var problem = Identifiers.Problem(declaration.Key, className);
            if (problem is not null)
            {
                _diagnostics.Add(DiagnosticDescriptors.InvalidKey, declaration.KeyStart, declaration.KeyEnd, declaration.Key, problem);
                continue;
            }

            string? name = null;
            string? role = null;
            if (declaration.Value is YamlScalar scalar)
            {
                name = scalar.Value;
            }
            else if (declaration.Value is YamlMap properties)
            {
                for (var j = 0; j < properties.Entries.Count; j++)
                {
                    var property = properties.Entries[j];
                    var value = property.Value as YamlScalar;
                    switch (property.Key)
                    {
                        case "name" or "role" when value is null:
                            _diagnostics.Add(DiagnosticDescriptors.InvalidYaml, property.KeyStart, property.Value.End, $"'{property.Key}' of '{declaration.Key}' must be a single-line value");
                            break;
                        case "name":
                            name = value?.Value;
                            break;
                        case "role":
                            role = value is null || value.Value.Length == 0 ? null : value.Value;
                            break;
                        default:
                            _diagnostics.Add(DiagnosticDescriptors.UnknownField, property.KeyStart, property.KeyEnd, property.Key, Suggestions.DidYouMean(property.Key, new[] { "name", "role" }));
                            break;
                    }
                }
            }

            if (string.IsNullOrEmpty(name))
            {
                _diagnostics.Add(DiagnosticDescriptors.InvalidEntity, declaration.KeyStart, declaration.KeyEnd, declaration.Key);
                continue;
            }

            _entities.Add(new EntityModel(kind, declaration.Key, name!, role, _diagnostics.Span(declaration.KeyStart, declaration.KeyEnd)));
            _keys[(kind, declaration.Key)] = true;
        }
    }
}
