using System;
using System.Collections.Generic;
using System.Linq;
using Dataset.Generator.Model;

namespace Dataset.Tool.Preview;

/// <summary>
/// The site's page names (unique even on a case-insensitive file system, safe in any file system) and the entity names
/// the pages show.
/// </summary>
internal sealed class PreviewLinks
{
    private readonly Dictionary<(EntityKind, string), string> _names = new();
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public PreviewLinks(IEnumerable<EntityModel> entities)
    {
        foreach (var entity in entities)
        {
            _names.TryAdd((entity.Kind, entity.Key), entity.Name);
        }
    }

    public string PersonName(string key) => EntityName(EntityKind.Person, key);

    public string EntityName(EntityKind kind, string key) => _names.TryGetValue((kind, key), out var name) ? name : key;

    /// <summary>A new page name under <paramref name="folder"/> made from <paramref name="hint"/>: letters, digits and '-' only.</summary>
    public string Allocate(string folder, string hint)
    {
        var slug = new string(hint.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        slug = slug.Length == 0 ? "page" : slug.Length > 80 ? slug[..80] : slug;
        var name = folder + "/" + slug + ".html";
        for (var n = 2; !_taken.Add(name); n++)
        {
            name = folder + "/" + slug + "-" + n + ".html";
        }

        return name;
    }
}
