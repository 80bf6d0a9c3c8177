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
/// spelled a little differently before it: "Sergey Lavrov" for Sergei Lavrov); an organization's name without its legal
/// form ("Robeson Industries" and "Robeson" for Robeson Industries Corp), its initials ("E.F."), a leading "AB" or
/// "Groupe", or up to its first "of" ("Islamic State"), its first words when they are distinctive ("Computer
/// Terminal" for Computer Terminal Systems Inc, "Viacom" for Viacom International Inc, not "American" for American
/// Express), its last words ("Orthodox Church", "Carbide" for Union Carbide), its initials ("ICI"), its first words' initials before the next word ("IC Gas" for Imperial Continental Gas Association), its initials around "and" ("B and C" for
/// British and Commonwealth), a family's plural ("the Wallenbergs" for the Wallenberg group); a place's capitalized first
/// words ("Homs" for "Homs province") and its usual abbreviation ("U.S.", "Mass."); a one-word key written in capitals
/// ("ISIL" for Isil); a last name without its "al-" ("Assad") or with its particle ("de Mistura", "La Roche"). Forms
/// of two words or more match in any case ("american express", "AMERICAN EXPRESS"), a single word as written or in
/// capitals (not "circuit" in "circuit boards"). A form two entities share is ambiguous, unless it is the whole name of one organization and only a short form of
/// other organizations ("Hutton" is E.F. Hutton Group Inc, not E.F. Hutton LBO Inc; "Jordan" stays Michael Jordan or the
/// country).
/// </summary>
internal sealed class NameIndex
{
    private const int Whole = 0;
    private const int Short = 1;

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "the", "for", "in", "on", "de", "al", "&" };

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "la", "le", "al", "el", "bin", "ben", "ibn" };

    /// <summary>The words of a company's legal form, which the copy leaves out after the first mention.</summary>
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "Plc", "SA", "AG", "NV", "N.V.", "Spa", "AB", "KK", "LP", "L.P.", "Group", "Holdings",
        "Company", "Corporation", "Incorporated", "Limited", "GmbH", "BV", "Partners", "LLC", "Bhd", "Pty", "Oy", "ASA", "A/S",
    };

    /// <summary>Words before a company's name that the copy leaves out: a Swedish "AB", a French "Groupe".</summary>
    private static readonly HashSet<string> LegalPrefixes = new(StringComparer.Ordinal) { "AB", "Groupe", "Grupo", "Gruppo", "The" };

    /// <summary>
    /// Words that begin many companies' names, so that alone they name none: "American" Express, "National" Amusements,
    /// "Union" Carbide, "First" National. A first word in this list is no short form by itself.
    /// </summary>
    private static readonly HashSet<string> GenericWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "American", "National", "General", "United", "First", "International", "Union", "New", "Consolidated", "Continental", "Imperial", "Royal",
        "British", "Canadian", "Japan", "Japanese", "Swedish", "German", "French", "Italian", "Spanish", "European", "Asian", "Standard", "Federal",
        "Central", "Pacific", "Atlantic", "Western", "Eastern", "Northern", "Southern", "South", "North", "East", "West", "Great", "Security",
        "Financial", "Bank", "Trust", "Capital", "Investment", "Investments", "Investor", "Investors", "Industries", "Industrial", "Systems",
        "Technology", "Technologies", "Products", "Manufacturing", "Development", "Engineering", "Services", "Securities", "Resources", "Energy",
        "Oil", "Gas", "Electric", "Power", "Steel", "Mining", "Communications", "Data", "Management", "Business", "Scientific", "Computer",
        "Diagnostic", "Hotels", "Realty", "Express", "Life", "Insurance", "Associates", "Enterprises", "Mortgage", "Savings", "Society",
        "Department", "Commission", "Board", "Association", "Institute", "Fund", "Office", "Ministry", "Council", "Committee", "Agency",
        "Authority", "Court", "State", "City", "County", "Republic", "Party", "Church", "Hospital", "University", "College", "School", "Airlines",
        "Air", "Motors", "Chemical", "Chemicals", "Foods", "Stores", "Media", "Press", "Times", "News", "Radio", "Television", "Commercial",
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twenty", "Hundred", "Islamic", "Arabic", "Nordic", "Baltic", "Hellenic", "Home", "Allied", "Associated", "Universal", "Global", "World", "Interstate", "Mutual", "Citizens", "Peoples", "Public", "Commerce",
    };

    /// <summary>The abbreviations the copy writes for a place: wire style for countries and the U.S. states.</summary>
    private static readonly Dictionary<string, string[]> Abbreviations = new(StringComparer.Ordinal)
    {
        ["United States"] = ["U.S."],
        ["United Kingdom"] = ["U.K."],
        ["United Nations"] = ["U.N."],
        ["European Union"] = ["EU"],
        ["Alabama"] = ["Ala."],
        ["Arizona"] = ["Ariz."],
        ["Arkansas"] = ["Ark."],
        ["California"] = ["Calif."],
        ["Colorado"] = ["Colo."],
        ["Connecticut"] = ["Conn."],
        ["Delaware"] = ["Del."],
        ["Florida"] = ["Fla."],
        ["Georgia"] = ["Ga."],
        ["Illinois"] = ["Ill."],
        ["Indiana"] = ["Ind."],
        ["Kansas"] = ["Kan."],
        ["Kentucky"] = ["Ky."],
        ["Louisiana"] = ["La."],
        ["Maine"] = ["Me."],
        ["Maryland"] = ["Md."],
        ["Massachusetts"] = ["Mass."],
        ["Michigan"] = ["Mich."],
        ["Minnesota"] = ["Minn."],
        ["Mississippi"] = ["Miss."],
        ["Missouri"] = ["Mo."],
        ["Montana"] = ["Mont."],
        ["Nebraska"] = ["Neb."],
        ["Nevada"] = ["Nev."],
        ["New Hampshire"] = ["N.H."],
        ["New Jersey"] = ["N.J."],
        ["New Mexico"] = ["N.M."],
        ["New York"] = ["N.Y."],
        ["North Carolina"] = ["N.C."],
        ["North Dakota"] = ["N.D."],
        ["Oklahoma"] = ["Okla."],
        ["Oregon"] = ["Ore."],
        ["Pennsylvania"] = ["Pa.", "Penn."],
        ["Rhode Island"] = ["R.I."],
        ["South Carolina"] = ["S.C."],
        ["South Dakota"] = ["S.D."],
        ["Tennessee"] = ["Tenn."],
        ["Texas"] = ["Tex."],
        ["Vermont"] = ["Vt."],
        ["Virginia"] = ["Va."],
        ["Washington"] = ["Wash."],
        ["West Virginia"] = ["W.Va.", "W. Va."],
        ["Wisconsin"] = ["Wis."],
        ["Wyoming"] = ["Wyo."],
    };

    private readonly Dictionary<string, List<(EntityModel Entity, int Rank)>> _forms;
    private readonly Regex? _pattern;

    private NameIndex(Dictionary<string, List<(EntityModel Entity, int Rank)>> forms, IReadOnlyList<EntityModel> people)
    {
        _forms = forms;
        People = people;
        if (forms.Count > 0)
        {
            // Longest forms first, so "United Nations Security Council" wins over "United Nations" at the same place.
            var alternatives = forms.Keys.OrderByDescending(form => form.Length).ThenBy(form => form, StringComparer.Ordinal)
                .Select(form => string.Join(@"(?:[ \t]+|[ \t]*\n[ \t]*)", form.Split(' ').Select(Regex.Escape)));
            _pattern = new Regex(@"(?<![\p{L}\p{N}_])(?:" + string.Join("|", alternatives) + @")(?![\p{L}\p{N}_]|(?<=\.)\p{L})", RegexOptions.CultureInvariant);
        }
    }

    /// <summary>Whether <paramref name="word"/> is a company's legal form ("Inc", "Ltd"): what ends an organization's name.</summary>
    public static bool IsLegalForm(string word) => LegalSuffixes.Contains(word) && !string.Equals(word, "Group", StringComparison.OrdinalIgnoreCase);

    /// <summary>The people the article declares.</summary>
    public IReadOnlyList<EntityModel> People { get; }

    public static NameIndex For(ArticleModel article)
    {
        var forms = new Dictionary<string, List<(EntityModel Entity, int Rank)>>(StringComparer.Ordinal);
        void Add(string form, EntityModel entity, int rank)
        {
            form = string.Join(' ', form.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (form.Length < 2)
            {
                return;
            }

            if (!forms.TryGetValue(form, out var list))
            {
                forms[form] = list = new List<(EntityModel Entity, int Rank)>();
            }

            var known = list.FindIndex(item => item.Entity.Kind == entity.Kind && item.Entity.Key == entity.Key);
            if (known < 0)
            {
                list.Add((entity, rank));
            }
            else if (rank < list[known].Rank)
            {
                list[known] = (entity, rank);
            }
        }

        // Any case: a form of two words or more, and a distinctive first word ("shearson"), but not a common word's lower case.
        void AddAnyCase(string form, EntityModel entity, int rank)
        {
            Add(form, entity, rank);
            Add(form.ToUpperInvariant(), entity, rank);
            Add(form.ToLowerInvariant(), entity, rank);
        }

        var places = new HashSet<string>(article.Entities.Where(entity => entity.Kind == EntityKind.Place).Select(entity => entity.Name), StringComparer.Ordinal);
        foreach (var entity in article.Entities)
        {
            var words = entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2)
            {
                AddAnyCase(entity.Name, entity, Whole);
            }
            else
            {
                Add(entity.Name, entity, Whole);
            }

            switch (entity.Kind)
            {
                case EntityKind.Person when words.Length >= 2:
                    var last = words[^1];
                    if (last.Length >= 3 && char.IsUpper(last[0]))
                    {
                        Add(last, entity, Short);
                    }

                    // "al-Assad" is also "Assad"; "de Mistura" keeps its particle, capitalized at a sentence's start.
                    var hyphen = last.IndexOf('-', StringComparison.Ordinal);
                    if (hyphen > 0 && char.IsLower(last[0]) && hyphen + 3 < last.Length && char.IsUpper(last[hyphen + 1]))
                    {
                        Add(last[(hyphen + 1)..], entity, Short);
                    }

                    if (words.Length >= 3 && Particles.Contains(words[^2]))
                    {
                        Add(words[^2] + " " + last, entity, Short);
                        Add(char.ToUpperInvariant(words[^2][0]) + words[^2][1..] + " " + last, entity, Short);
                    }

                    break;
                case EntityKind.Organization:
                    AddOrganization(words, entity, places, Add, AddAnyCase);
                    break;
                case EntityKind.Place when Abbreviations.TryGetValue(entity.Name, out var abbreviations):
                    foreach (var abbreviation in abbreviations)
                    {
                        Add(abbreviation, entity, Whole);
                    }

                    break;
                case EntityKind.Place when words.Length >= 2 && char.IsUpper(words[0][0]) && words.Skip(1).All(word => char.IsLower(word[0])):
                    Add(words[0], entity, Short);
                    break;
            }

            if (Regex.IsMatch(entity.Key, "^[A-Z][a-z]{2,}$"))
            {
                Add(entity.Key.ToUpperInvariant(), entity, Short);
            }
        }

        return new NameIndex(forms, article.Entities.Where(entity => entity.Kind == EntityKind.Person).ToList());
    }

    private static void AddOrganization(
        string[] words, EntityModel entity, HashSet<string> places, Action<string, EntityModel, int> add, Action<string, EntityModel, int> addAnyCase)
    {
        // The name without its legal form, its initials or a leading "AB": each step is the whole name still.
        var kept = words.Length;
        while (kept > 1 && (LegalSuffixes.Contains(words[kept - 1]) || (kept > 2 && Connectors.Contains(words[kept - 1]) && kept < words.Length)))
        {
            kept--;
            if (!Connectors.Contains(words[kept - 1]))
            {
                Add(words[..kept]);
            }
        }

        var first = 0;
        while (first < kept - 1 && (LegalPrefixes.Contains(words[first]) || Regex.IsMatch(words[first], @"^(?:\p{Lu}\.)+$")))
        {
            first++;
            Add(words[first..kept]);
        }

        // The words after a legal form inside the name: "Providentia" for Forvaltnings AB Providentia.
        for (var i = first + 1; i < kept - 1; i++)
        {
            if (LegalPrefixes.Contains(words[i]))
            {
                add(string.Join(' ', words[(i + 1)..kept]), entity, Short);
            }
        }

        var core = words[first..kept];
        if (core.Length >= 2)
        {
            // Its first words, when they are distinctive: not a common first word alone, not ending on "of" or "and", not a place.
            for (var n = core.Length - 1; n >= 1; n--)
            {
                var prefix = core[..n];
                if (Connectors.Contains(prefix[^1]) || (n == 1 && (GenericWords.Contains(prefix[0]) || IsAdjective(prefix[0]) || prefix[0].Length < 3 || !char.IsUpper(prefix[0][0]))))
                {
                    continue;
                }

                if (places.Contains(string.Join(' ', prefix)))
                {
                    continue;
                }

                // A single word matches as written or in capitals, not in lower case, where it may be a common word ("circuit boards").
                if (n >= 2 && !prefix.All(word => GenericWords.Contains(word) || Connectors.Contains(word)))
                {
                    addAnyCase(string.Join(' ', prefix), entity, Short);
                }
                else if (n >= 2)
                {
                    add(string.Join(' ', prefix), entity, Short);
                }
                else
                {
                    add(prefix[0], entity, Short);
                    add(prefix[0].ToUpperInvariant(), entity, Short);
                }
            }

            // Its last words after a common first word: "Carbide" for Union Carbide.
            if (GenericWords.Contains(core[0]) && core.Skip(1).All(word => char.IsUpper(word[0]) && !Connectors.Contains(word)) && !GenericWords.Contains(core[^1]))
            {
                add(string.Join(' ', core[1..]), entity, Short);
            }

            // Its initials, three letters or more: "ICI" for Imperial Chemical Industries, "SEC" for the Securities and Exchange Commission.
            var initials = core.Where(word => !Connectors.Contains(word)).ToList();
            if (initials.Count >= 3 && initials.All(word => char.IsUpper(word[0]) && word.All(char.IsLetter)))
            {
                add(string.Concat(initials.Select(word => word[0])), entity, Short);
            }

            // Initials of its first words and the next word in full: "IC Gas" for Imperial Continental Gas Association.
            for (var k = 2; k < core.Length; k++)
            {
                if (!core[..(k + 1)].All(word => char.IsUpper(word[0]) && word.All(char.IsLetter) && !Connectors.Contains(word)))
                {
                    break;
                }

                add(string.Concat(core[..k].Select(word => word[0])) + " " + core[k], entity, Short);
            }

            // Initials around "and": "B and C", "B&C" for British and Commonwealth Shipping.
            if (core.Length >= 3 && core[1] == "and" && char.IsUpper(core[0][0]) && char.IsUpper(core[2][0]) && core[0].Length > 1)
            {
                add(core[0][0] + " and " + core[2][0], entity, Short);
                add(core[0][0] + "&" + core[2][0], entity, Short);
            }
        }

        // A family's holding: "the Wallenbergs" for the Wallenberg group.
        if (words.Length == 2 && words[1] is "group" or "family" && char.IsUpper(words[0][0]))
        {
            add(words[0] + "s", entity, Short);
        }

        if (words.Length >= 3)
        {
            var upTo = Array.FindIndex(words, 1, word => word is "of");
            if (upTo >= 2)
            {
                add(string.Join(' ', words[..upTo]), entity, Short);
            }

            if (words.Skip(1).All(word => char.IsUpper(word[0])))
            {
                add(string.Join(' ', words[1..]), entity, Short);
            }
        }

        void Add(string[] form) => (form.Length >= 2 ? addAnyCase : add)(string.Join(' ', form), entity, Whole);
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
            if (!_forms.TryGetValue(form, out var ranked) || IsInTicker(text, match.Index, match.Index + match.Length))
            {
                continue;
            }

            // Between organizations, the whole name wins over a short form; a person's last name and a place stay ambiguous ("Jordan").
            var best = ranked.All(item => item.Entity.Kind == EntityKind.Organization) ? ranked.Min(item => item.Rank) : int.MaxValue;
            var entities = ranked.Where(item => item.Rank <= best).Select(item => item.Entity).ToList();

            var matchStart = match.Index;
            if (entities.Count == 1 && entities[0].Kind == EntityKind.Person && form != entities[0].Name)
            {
                matchStart = WithFirstName(text, match.Index, entities[0]);
            }

            yield return new NameMatch(matchStart, match.Index + match.Length, entities);
        }
    }

    /// <summary>A nationality or a region's adjective ("Russian", "Syrian", "Japanese", "British"; "Islamic" and the like are listed): no company's short form alone.</summary>
    private static bool IsAdjective(string word) =>
        word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal) || word.EndsWith("can", StringComparison.Ordinal)
        || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal);

    /// <summary>Inside a stock symbol in angle brackets, <c>\&lt;ASEA ST\&gt;</c>: capitals, points and spaces only.</summary>
    private static bool IsInTicker(string text, int start, int end)
    {
        var open = text.LastIndexOf('<', Math.Max(0, start - 1));
        if (open < 0 || start - open > 16)
        {
            return false;
        }

        var close = text.IndexOf('>', open);
        return close >= end && close - open <= 20 && !text[(open + 1)..close].Any(char.IsLower);
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
