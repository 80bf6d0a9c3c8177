using System.Collections.Generic;

namespace Dataset.Generator.Parsing.Numbers;

/// <summary>
/// The units of measure and the things counted that a number may end with (<c>500,000 barrels</c>, <c>1.2 mln bpd</c>,
/// <c>40 tonnes</c>, <c>10 km</c>, <c>36 people</c>), each read as one name whatever its form (<c>barrel</c>,
/// <c>barrels</c> and <c>bbl</c> are <c>barrels</c>). A word not here is no unit: <c>36 innocent people</c> and
/// <c>36 civilians</c> stay errors, and <c>unit=</c> names any other unit.
/// </summary>
internal static class MeasureUnits
{
    /// <summary>The unit each form is read as, then its forms (singular, plural, abbreviations), separated by <c>|</c>.</summary>
    private static readonly (string Unit, string Forms)[] Units =
    {
        ("barrels", "barrel|barrels|bbl|bbls"),
        ("bpd", "bpd|b/d|barrels per day|barrels a day|barrel per day"),
        ("tonnes", "tonne|tonnes|metric ton|metric tons|metric tonne|metric tonnes"),
        ("tons", "ton|tons|short ton|short tons"),
        ("kg", "kg|kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos"),
        ("grams", "gram|grams|gramme|grammes"),
        ("lb", "lb|lbs"),
        ("ounces", "ounce|ounces|oz"),
        ("troy ounces", "troy ounce|troy ounces"),
        ("bushels", "bushel|bushels"),
        ("bales", "bale|bales"),
        ("litres", "litre|litres|liter|liters"),
        ("gallons", "gallon|gallons"),
        ("cubic metres", "cubic metre|cubic metres|cubic meter|cubic meters"),
        ("cubic feet", "cubic foot|cubic feet"),
        ("km", "km|kilometre|kilometres|kilometer|kilometers"),
        ("metres", "metre|metres|meter|meters"),
        ("miles", "mile|miles"),
        ("feet", "foot|feet|ft"),
        ("inches", "inch|inches"),
        ("sq km", "sq km|square km|square kilometre|square kilometres|square kilometer|square kilometers"),
        ("square miles", "sq mile|sq miles|square mile|square miles"),
        ("acres", "acre|acres"),
        ("hectares", "hectare|hectares"),
        ("MW", "mw|megawatt|megawatts"),
        ("GW", "gw|gigawatt|gigawatts"),
        ("kW", "kw|kilowatt|kilowatts"),
        ("kWh", "kwh|kilowatt hour|kilowatt hours"),
        ("people", "person|persons|people"),
        ("years", "year|years"),
        ("months", "month|months"),
        ("weeks", "week|weeks"),
        ("days", "day|days"),
        ("hours", "hour|hours"),
        ("minutes", "minute|minutes"),
        ("seconds", "second|seconds"),
        ("shares", "share|shares"),
        ("jobs", "job|jobs"),
        ("employees", "employee|employees"),
        ("workers", "worker|workers"),
        ("households", "household|households"),
        ("vehicles", "vehicle|vehicles"),
        ("cars", "car|cars"),
        ("troops", "troops"),
        ("soldiers", "soldier|soldiers"),
    };

    private static readonly PhraseTable<string> Table = Build();

    /// <summary>The length in tokens of the longest unit at <paramref name="start"/>, and the unit it is read as.</summary>
    public static int Match(List<NumberToken> tokens, int start, out string? unit) => Table.Match(tokens, start, out unit);

    private static PhraseTable<string> Build()
    {
        var table = new PhraseTable<string>();
        foreach (var (unit, forms) in Units)
        {
            foreach (var form in forms.Split('|'))
            {
                table.Add(form, unit);
            }
        }

        return table;
    }
}
