using System.Collections.Generic;

namespace Dataset.Generator.Parsing.Numbers;

/// <summary>
/// The units of measure and the things counted that a number may end with (<c>500,000 barrels</c>, <c>1.2 mln bpd</c>,
/// <c>40 tonnes</c>, <c>10 km</c>, <c>36 people</c>), each read as one name whatever its form (<c>barrel</c>,
/// <c>barrels</c> and <c>bbl</c> are <c>barrels</c>), and what a rate is per (<c>16 dlrs a barrel</c> is per
/// <c>barrel</c>). A word not here is no unit: <c>36 innocent people</c> and <c>36 civilians</c> stay errors, and
/// <c>unit=</c> names any other unit.
/// </summary>
internal static class MeasureUnits
{
    /// <summary>
    /// The unit each form is read as, the unit as a rate names it (<c>16 dlrs a barrel</c> is per <c>barrel</c>), then its
    /// forms (singular, plural, abbreviations), separated by <c>|</c>.
    /// </summary>
    private static readonly (string Unit, string One, string Forms)[] Units =
    {
        ("barrels", "barrel", "barrel|barrels|bbl|bbls"),
        ("bpd", "bpd", "bpd|b/d|barrels per day|barrels a day|barrel per day"),
        ("tonnes", "tonne", "tonne|tonnes|metric ton|metric tons|metric tonne|metric tonnes"),
        ("tons", "ton", "ton|tons|short ton|short tons"),
        ("kg", "kg", "kg|kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos"),
        ("grams", "gram", "gram|grams|gramme|grammes"),
        ("lb", "lb", "lb|lbs"),
        ("ounces", "ounce", "ounce|ounces|oz"),
        ("troy ounces", "troy ounce", "troy ounce|troy ounces"),
        ("bushels", "bushel", "bushel|bushels"),
        ("bales", "bale", "bale|bales"),
        ("litres", "litre", "litre|litres|liter|liters"),
        ("gallons", "gallon", "gallon|gallons"),
        ("cubic metres", "cubic metre", "cubic metre|cubic metres|cubic meter|cubic meters"),
        ("cubic feet", "cubic foot", "cubic foot|cubic feet"),
        ("km", "km", "km|kilometre|kilometres|kilometer|kilometers"),
        ("metres", "metre", "metre|metres|meter|meters"),
        ("miles", "mile", "mile|miles"),
        ("feet", "foot", "foot|feet|ft"),
        ("inches", "inch", "inch|inches"),
        ("square feet", "square foot", "square foot|square feet|sq ft|sq foot|sq feet"),
        ("square metres", "square metre", "square metre|square metres|square meter|square meters|sq m|sq metre|sq metres|sq meter|sq meters"),
        ("sq km", "sq km", "sq km|square km|square kilometre|square kilometres|square kilometer|square kilometers"),
        ("square miles", "square mile", "sq mile|sq miles|sq mi|square mile|square miles"),
        ("acres", "acre", "acre|acres"),
        ("hectares", "hectare", "hectare|hectares"),
        ("MW", "MW", "mw|megawatt|megawatts"),
        ("GW", "GW", "gw|gigawatt|gigawatts"),
        ("kW", "kW", "kw|kilowatt|kilowatts"),
        ("kWh", "kWh", "kwh|kilowatt hour|kilowatt hours"),
        ("people", "person", "person|persons|people"),
        ("years", "year", "year|years"),
        ("months", "month", "month|months"),
        ("weeks", "week", "week|weeks"),
        ("days", "day", "day|days"),
        ("hours", "hour", "hour|hours"),
        ("minutes", "minute", "minute|minutes"),
        ("seconds", "second", "second|seconds"),
        ("shares", "share", "share|shares"),
        ("jobs", "job", "job|jobs"),
        ("employees", "employee", "employee|employees"),
        ("workers", "worker", "worker|workers"),
        ("households", "household", "household|households"),
        ("vehicles", "vehicle", "vehicle|vehicles"),
        ("cars", "car", "car|cars"),
        ("troops", "troop", "troop|troops"),
        ("soldiers", "soldier", "soldier|soldiers"),
    };

    /// <summary>Words that name a unit only after <c>per</c> or <c>a</c>: <c>per annum</c>, <c>a head</c>, <c>per capita</c>.</summary>
    private static readonly (string One, string Forms)[] RateOnly =
    {
        ("year", "annum"),
        ("person", "head|capita"),
    };

    private static readonly PhraseTable<string> Table = Build(rate: false);

    private static readonly PhraseTable<string> RateTable = Build(rate: true);

    /// <summary>The length in tokens of the longest unit at <paramref name="start"/>, and the unit it is read as.</summary>
    public static int Match(List<NumberToken> tokens, int start, out string? unit) => Table.Match(tokens, start, out unit);

    /// <summary>The length in tokens of the longest unit at <paramref name="start"/> after <c>per</c> or <c>a</c>, and the unit as a rate names it (<c>barrel</c>).</summary>
    public static int MatchRate(List<NumberToken> tokens, int start, out string? one) => RateTable.Match(tokens, start, out one);

    /// <summary>The forms of one word (<c>barrels</c>, <c>bbl</c>, <c>tonnes</c>), for a hint after a word the reader cannot read.</summary>
    public static IEnumerable<string> Words()
    {
        foreach (var (_, _, forms) in Units)
        {
            foreach (var form in forms.Split('|'))
            {
                if (form.IndexOf(' ') < 0 && form.IndexOf('/') < 0)
                {
                    yield return form;
                }
            }
        }
    }

    private static PhraseTable<string> Build(bool rate)
    {
        var table = new PhraseTable<string>();
        foreach (var (unit, one, forms) in Units)
        {
            foreach (var form in forms.Split('|'))
            {
                table.Add(form, rate ? one : unit);
            }
        }

        if (rate)
        {
            foreach (var (one, forms) in RateOnly)
            {
                foreach (var form in forms.Split('|'))
                {
                    table.Add(form, one);
                }
            }
        }

        return table;
    }
}
