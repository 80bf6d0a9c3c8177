using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Dataset.Generator.Model;

namespace Dataset.Tool.Suggesting;

/// <summary>One place where a name of one or more declared entities occurs.</summary>
internal sealed record NameMatch(int Start, int End, IReadOnlyList<EntityModel> Entities);

/// <summary>
/// The ways an article's text names its declared entities: the full name; a person's last name (and a first name
/// spelled a little differently before it: "Sergey Lavrov" for Sergei Lavrov); an organization's name up to its first
/// "of" ("Islamic State") and its last words ("Orthodox Church"); a place's capitalized first words ("Homs" for "Homs
/// province"); a one-word key written in capitals ("ISIL" for Isil); a last name without its "al-" ("Assad") or with
/// its particle ("de Mistura", "De Mistura"). A form two entities share is ambiguous.
/// </summary>
internal sealed class NameIndex
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "the", "for", "in", "on", "de", "al" };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "la", "le", "al", "el", "bin", "ben", "ibn" };

    /// <summary>The words of a company's legal form, which the copy leaves out after the first mention.</summary>
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "Plc", "PLC", "SA", "AG", "NV", "N.V.", "Spa", "SpA", "AB", "KK", "LP", "Group", "Holdings",
    };

    /// <summary>The abbreviations the copy writes for a place.</summary>
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["United States"] = "U.S.",
        ["United Kingdom"] = "U.K.",
        ["United Nations"] = "U.N.",
        ["European Union"] = "EU",
    };

    private readonly Dictionary<string, List<EntityModel>> _forms;
    private readonly Regex? _pattern;

    private NameIndex(Dictionary<string, List<EntityModel>> forms)
    {
        _forms = forms;
        if (forms.Count > 0)
        {
            // Longest forms first, so "United Nations Security Council" wins over "United Nations" at the same place.
            var alternatives = forms.Keys.OrderByDescending(form => form.Length).ThenBy(form => form, StringComparer.Ordinal)
                .Select(form => string.Join(@"(?:[ \t]+|[ \t]*\n[ \t]*)", form.Split(' ').Select(Regex.Escape)));
            _pattern = new Regex(@"(?<![\p{L}\p{N}_])(?:" + string.Join("|", alternatives) + @")(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant);
        }
    }

    public static NameIndex For(ArticleModel article)
    {
        var forms = new Dictionary<string, List<EntityModel>>(StringComparer.Ordinal);
        void Add(string form, EntityModel entity)
        {
            form = string.Join(' ', form.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (form.Length < 2)
            {
                return;
            }

            if (!forms.TryGetValue(form, out var list))
            {
                forms[form] = list = new List<EntityModel>();
            }

            if (!list.Any(known => known.Kind == entity.Kind && known.Key == entity.Key))
            {
                list.Add(entity);
            }
        }

        foreach (var entity in article.Entities)
        {
            var words = entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Add(entity.Name, entity);
            switch (entity.Kind)
            {
                case EntityKind.Person when words.Length >= 2:
                    var last = words[^1];
                    if (last.Length >= 3 && char.IsUpper(last[0]))
                    {
                        Add(last, entity);
                    }

                    // "al-Assad" is also "Assad"; "de Mistura" keeps its particle, capitalized at a sentence's start.
                    var hyphen = last.IndexOf('-', StringComparison.Ordinal);
                    if (hyphen > 0 && char.IsLower(last[0]) && hyphen + 3 < last.Length && char.IsUpper(last[hyphen + 1]))
                    {
                        Add(last[(hyphen + 1)..], entity);
                    }

                    if (words.Length >= 3 && Particles.Contains(words[^2]))
                    {
                        Add(words[^2] + " " + last, entity);
                        Add(char.ToUpperInvariant(words[^2][0]) + words[^2][1..] + " " + last, entity);
                    }

                    break;
                case EntityKind.Organization when words.Length >= 2 && LegalSuffixes.Contains(words[^1]):
                    // "Robeson Industries Corp" is also "Robeson Industries", "Toshin Steel Co Ltd" "Toshin Steel".
                    var kept = words.Length;
                    while (kept > 1 && LegalSuffixes.Contains(words[kept - 1]))
                    {
                        kept--;
                    }

                    Add(string.Join(' ', words[..kept]), entity);
                    break;
                case EntityKind.Organization when words.Length >= 3:
                    var upTo = Array.FindIndex(words, 1, word => Connectors.Contains(word));
                    if (upTo >= 2)
                    {
                        Add(string.Join(' ', words[..upTo]), entity);
                    }

                    if (words.Skip(1).All(word => char.IsUpper(word[0])))
                    {
                        Add(string.Join(' ', words[1..]), entity);
                    }

                    break;
                case EntityKind.Place when Abbreviations.TryGetValue(entity.Name, out var abbreviation):
                    Add(abbreviation, entity);
                    break;
                case EntityKind.Place when words.Length >= 2 && char.IsUpper(words[0][0]) && words.Skip(1).All(word => char.IsLower(word[0])):
                    Add(words[0], entity);
                    break;
            }

            if (Regex.IsMatch(entity.Key, "^[A-Z][a-z]{2,}$"))
            {
                Add(entity.Key.ToUpperInvariant(), entity);
            }
        }

        return new NameIndex(forms);
    }

    /// <summary>Every occurrence of a form in <paramref name="text"/> from <paramref name="start"/> on (overlapping ones included).</summary>
    public IEnumerable<NameMatch> Find(string text, int start)
    {
        if (_pattern is null)
        {
            yield break;
        }

        foreach (Match match in _pattern.Matches(text, start))
        {
            var form = string.Join(' ', match.Value.Split(new[] { ' ', '\t', '\n' }, StringSplitOptions.RemoveEmptyEntries));
            if (!_forms.TryGetValue(form, out var entities))
            {
                continue;
            }

            var matchStart = match.Index;
            if (entities.Count == 1 && entities[0].Kind == EntityKind.Person && form != entities[0].Name)
            {
                matchStart = WithFirstName(text, match.Index, entities[0]);
            }

            yield return new NameMatch(matchStart, match.Index + match.Length, entities);
        }
    }

    /// <summary>"Sergey Lavrov" for Sergei Lavrov: a capitalized word before the last name that begins like the first name.</summary>
    private static int WithFirstName(string text, int lastNameStart, EntityModel person)
    {
        var first = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var before = Regex.Match(text[Math.Max(0, lastNameStart - 30)..lastNameStart], @"(?<![\p{L}])(\p{Lu}[\p{L}]+) $");
        if (before.Success && first.Length >= 4 && before.Groups[1].Value.Length >= 4 &&
            string.CompareOrdinal(before.Groups[1].Value, 0, first, 0, Math.Min(4, first.Length)) == 0)
        {
            return lastNameStart - before.Length;
        }

        return lastNameStart;
    }
}
