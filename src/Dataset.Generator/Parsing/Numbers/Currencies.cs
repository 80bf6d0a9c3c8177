using System;
using System.Collections.Generic;

namespace Dataset.Generator.Parsing.Numbers;

/// <summary>
/// One ISO 4217 currency: its code, the country adjectives a newsroom writes before its name (<c>Saudi</c>,
/// <c>Hong Kong</c>), its name and plural (alternatives separated by <c>|</c>), its minor-unit exponent (2 for
/// cents; -1 when it has none), and whether ISO 4217 lists it as historic (withdrawn, as the Deutsche mark).
/// </summary>
internal sealed class Currency
{
    public Currency(string code, string adjectives, string names, string plurals, int exponent, bool historic = false)
    {
        Historic = historic;
        Code = code;
        Adjectives = adjectives.Length == 0 ? Array.Empty<string>() : adjectives.Split('|');
        Names = names.Split('|');
        Plurals = plurals.Split('|');
        Exponent = exponent;
    }

    public string Code { get; }

    public string[] Adjectives { get; }

    public string[] Names { get; }

    public string[] Plurals { get; }

    public int Exponent { get; }

    /// <summary>A withdrawn code of ISO 4217's historic list (<c>DEM</c>, <c>ITL</c>), kept for the copy of its time.</summary>
    public bool Historic { get; }

    /// <summary>The English name: the first adjective and the first name (<c>Saudi riyal</c>, <c>euro</c>).</summary>
    public string EnglishName => Adjectives.Length == 0 ? Names[0] : Adjectives[0] + " " + Names[0];
}

/// <summary>
/// A currency name after a number, as <see cref="Currencies.Match"/> finds it: one currency (<see cref="Code"/>), in
/// its major or minor unit (<see cref="Exponent"/> above 0 for <c>cts</c>, <c>pence</c>), or a name several
/// currencies share (<see cref="Candidates"/>, <c>francs</c>), which the reader does not guess at.
/// </summary>
internal sealed class CurrencyName
{
    public CurrencyName(string text, string? code, string[] candidates, int exponent)
    {
        Text = text;
        Code = code;
        Candidates = candidates;
        Exponent = exponent;
    }

    /// <summary>The name as the table writes it, lower-cased: <c>francs</c>, <c>canadian cts</c>.</summary>
    public string Text { get; }

    /// <summary>The currency, or null when the name is shared (<see cref="Candidates"/>) or may be a weight (<c>pounds</c>).</summary>
    public string? Code { get; }

    public string[] Candidates { get; }

    /// <summary>0 for the major unit; for a minor unit, the power of ten it divides by.</summary>
    public int Exponent { get; }
}

/// <summary>
/// The active ISO 4217 currencies (not the precious metals, funds, bond-market and testing codes), the withdrawn ones
/// that wire copy of the 1980s and 1990s names (<c>lire</c>, <c>French francs</c>, <c>Deutsche marks</c>, marked
/// historic), and the names a newsroom writes
/// after a number: the code (<c>5 SAR</c>, <c>SAR 5</c>), a country adjective and the name (<c>Saudi riyals</c>,
/// <c>Canadian dlrs</c>, <c>Hong Kong dollars</c>), the wire's words (<c>dlrs</c> for US dollars, <c>stg</c> for
/// sterling) and the minor units (<c>15 cts</c>, <c>64 Canadian cts</c>, <c>50 pence</c>, <c>50p</c>). A name
/// several currencies share (<c>francs</c>, <c>pesos</c>) is no currency without its adjective, and <c>pounds</c>
/// alone may be a weight.
/// </summary>
internal static class Currencies
{
    public static readonly Currency[] All =
    {
        new("AED", "UAE|Emirati", "dirham", "dirhams", 2),
        new("AFN", "Afghan", "afghani", "afghanis", 2),
        new("ALL", "Albanian", "lek", "lek|leke", 2),
        new("AMD", "Armenian", "dram", "drams", 2),
        new("AOA", "Angolan", "kwanza", "kwanzas", 2),
        new("ARS", "Argentine|Argentinian", "peso", "pesos", 2),
        new("AUD", "Australian", "dollar", "dollars", 2),
        new("AWG", "Aruban", "florin", "florins", 2),
        new("AZN", "Azerbaijani", "manat", "manats", 2),
        new("BAM", "Bosnia and Herzegovina|Bosnian", "convertible mark", "convertible marks", 2),
        new("BBD", "Barbadian|Barbados", "dollar", "dollars", 2),
        new("BDT", "Bangladeshi", "taka", "taka|takas", 2),
        new("BHD", "Bahraini", "dinar", "dinars", 3),
        new("BIF", "Burundian", "franc", "francs", 0),
        new("BMD", "Bermudian|Bermuda", "dollar", "dollars", 2),
        new("BND", "Brunei", "dollar", "dollars", 2),
        new("BOB", "Bolivian", "boliviano", "bolivianos", 2),
        new("BRL", "Brazilian", "real", "reais|reals", 2),
        new("BSD", "Bahamian", "dollar", "dollars", 2),
        new("BTN", "Bhutanese", "ngultrum", "ngultrums", 2),
        new("BWP", "Botswana", "pula", "pula|pulas", 2),
        new("BYN", "Belarusian", "ruble|rouble", "rubles|roubles", 2),
        new("BZD", "Belize", "dollar", "dollars", 2),
        new("CAD", "Canadian", "dollar", "dollars", 2),
        new("CDF", "Congolese", "franc", "francs", 2),
        new("CHF", "Swiss", "franc", "francs", 2),
        new("CLP", "Chilean", "peso", "pesos", 0),
        new("CNY", "Chinese", "yuan|renminbi", "yuan|renminbi", 2),
        new("COP", "Colombian", "peso", "pesos", 2),
        new("CRC", "Costa Rican", "colón|colon", "colones|colons", 2),
        new("CUC", "Cuban convertible", "peso", "pesos", 2),
        new("CUP", "Cuban", "peso", "pesos", 2),
        new("CVE", "Cape Verdean", "escudo", "escudos", 2),
        new("CZK", "Czech", "koruna|crown", "korunas|koruny|crowns", 2),
        new("DJF", "Djiboutian", "franc", "francs", 0),
        new("DKK", "Danish", "krone|crown", "kroner|crowns", 2),
        new("DOP", "Dominican", "peso", "pesos", 2),
        new("DZD", "Algerian", "dinar", "dinars", 2),
        new("EGP", "Egyptian", "pound", "pounds", 2),
        new("ERN", "Eritrean", "nakfa", "nakfa|nakfas", 2),
        new("ETB", "Ethiopian", "birr", "birr|birrs", 2),
        new("EUR", string.Empty, "euro", "euros", 2),
        new("FJD", "Fijian|Fiji", "dollar", "dollars", 2),
        new("FKP", "Falkland Islands", "pound", "pounds", 2),
        new("GBP", "British|UK", "pound", "pounds", 2),
        new("GEL", "Georgian", "lari", "lari|laris", 2),
        new("GHS", "Ghanaian", "cedi", "cedis", 2),
        new("GIP", "Gibraltar", "pound", "pounds", 2),
        new("GMD", "Gambian", "dalasi", "dalasi|dalasis", 2),
        new("GNF", "Guinean", "franc", "francs", 0),
        new("GTQ", "Guatemalan", "quetzal", "quetzales|quetzals", 2),
        new("GYD", "Guyanese", "dollar", "dollars", 2),
        new("HKD", "Hong Kong", "dollar", "dollars", 2),
        new("HNL", "Honduran", "lempira", "lempiras", 2),
        new("HTG", "Haitian", "gourde", "gourdes", 2),
        new("HUF", "Hungarian", "forint", "forints", 2),
        new("IDR", "Indonesian", "rupiah", "rupiah|rupiahs", 2),
        new("ILS", "Israeli", "new shekel|shekel", "new shekels|shekels", 2),
        new("INR", "Indian", "rupee", "rupees", 2),
        new("IQD", "Iraqi", "dinar", "dinars", 3),
        new("IRR", "Iranian", "rial", "rials", 2),
        new("ISK", "Icelandic", "króna|krona|crown", "krónur|kronur|crowns", 0),
        new("JMD", "Jamaican", "dollar", "dollars", 2),
        new("JOD", "Jordanian", "dinar", "dinars", 3),
        new("JPY", "Japanese", "yen", "yen", 0),
        new("KES", "Kenyan", "shilling", "shillings", 2),
        new("KGS", "Kyrgyzstani|Kyrgyz", "som", "som|soms", 2),
        new("KHR", "Cambodian", "riel", "riels", 2),
        new("KMF", "Comorian", "franc", "francs", 0),
        new("KPW", "North Korean", "won", "won", 2),
        new("KRW", "South Korean", "won", "won", 0),
        new("KWD", "Kuwaiti", "dinar", "dinars", 3),
        new("KYD", "Cayman Islands", "dollar", "dollars", 2),
        new("KZT", "Kazakhstani|Kazakh", "tenge", "tenge|tenges", 2),
        new("LAK", "Lao|Laotian", "kip", "kip|kips", 2),
        new("LBP", "Lebanese", "pound", "pounds", 2),
        new("LKR", "Sri Lankan", "rupee", "rupees", 2),
        new("LRD", "Liberian", "dollar", "dollars", 2),
        new("LSL", "Lesotho", "loti", "maloti", 2),
        new("LYD", "Libyan", "dinar", "dinars", 3),
        new("MAD", "Moroccan", "dirham", "dirhams", 2),
        new("MDL", "Moldovan", "leu", "lei", 2),
        new("MGA", "Malagasy", "ariary", "ariary|ariaries", 2),
        new("MKD", "Macedonian", "denar", "denars|denari", 2),
        new("MMK", "Myanmar|Burmese", "kyat", "kyats|kyat", 2),
        new("MNT", "Mongolian", "tögrög|tugrik", "tögrögs|tugriks", 2),
        new("MOP", "Macanese|Macau", "pataca", "patacas", 2),
        new("MRU", "Mauritanian", "ouguiya", "ouguiyas|ouguiya", 2),
        new("MUR", "Mauritian", "rupee", "rupees", 2),
        new("MVR", "Maldivian", "rufiyaa", "rufiyaa|rufiyaas", 2),
        new("MWK", "Malawian", "kwacha", "kwacha|kwachas", 2),
        new("MXN", "Mexican", "peso", "pesos", 2),
        new("MYR", "Malaysian", "ringgit", "ringgit|ringgits", 2),
        new("MZN", "Mozambican", "metical", "meticais|meticals", 2),
        new("NAD", "Namibian", "dollar", "dollars", 2),
        new("NGN", "Nigerian", "naira", "naira|nairas", 2),
        new("NIO", "Nicaraguan", "córdoba|cordoba", "córdobas|cordobas", 2),
        new("NOK", "Norwegian", "krone|crown", "kroner|crowns", 2),
        new("NPR", "Nepalese|Nepali", "rupee", "rupees", 2),
        new("NZD", "New Zealand", "dollar", "dollars", 2),
        new("OMR", "Omani", "rial", "rials", 3),
        new("PAB", "Panamanian", "balboa", "balboas", 2),
        new("PEN", "Peruvian", "sol", "soles", 2),
        new("PGK", "Papua New Guinean", "kina", "kina|kinas", 2),
        new("PHP", "Philippine", "peso", "pesos", 2),
        new("PKR", "Pakistani", "rupee", "rupees", 2),
        new("PLN", "Polish", "zloty", "zlotys|zloty", 2),
        new("PYG", "Paraguayan", "guaraní|guarani", "guaraníes|guaranis", 0),
        new("QAR", "Qatari", "riyal", "riyals", 2),
        new("RON", "Romanian", "leu", "lei", 2),
        new("RSD", "Serbian", "dinar", "dinars", 2),
        new("RUB", "Russian", "rouble|ruble", "roubles|rubles", 2),
        new("RWF", "Rwandan", "franc", "francs", 0),
        new("SAR", "Saudi", "riyal", "riyals", 2),
        new("SBD", "Solomon Islands", "dollar", "dollars", 2),
        new("SCR", "Seychellois", "rupee", "rupees", 2),
        new("SDG", "Sudanese", "pound", "pounds", 2),
        new("SEK", "Swedish", "krona|crown", "kronor|crowns", 2),
        new("SGD", "Singapore", "dollar", "dollars", 2),
        new("SHP", "Saint Helena", "pound", "pounds", 2),
        new("SLE", "Sierra Leonean", "leone", "leones", 2),
        new("SOS", "Somali", "shilling", "shillings", 2),
        new("SRD", "Surinamese", "dollar", "dollars", 2),
        new("SSP", "South Sudanese", "pound", "pounds", 2),
        new("STN", "São Tomé and Príncipe", "dobra", "dobras", 2),
        new("SVC", "Salvadoran", "colón|colon", "colones|colons", 2),
        new("SYP", "Syrian", "pound", "pounds", 2),
        new("SZL", "Swazi", "lilangeni", "emalangeni", 2),
        new("THB", "Thai", "baht", "baht", 2),
        new("TJS", "Tajikistani|Tajik", "somoni", "somoni|somonis", 2),
        new("TMT", "Turkmenistan|Turkmen", "manat", "manat|manats", 2),
        new("TND", "Tunisian", "dinar", "dinars", 3),
        new("TOP", "Tongan", "paanga", "paanga", 2),
        new("TRY", "Turkish", "lira", "lira|liras", 2),
        new("TTD", "Trinidad and Tobago", "dollar", "dollars", 2),
        new("TWD", "New Taiwan|Taiwan", "dollar", "dollars", 2),
        new("TZS", "Tanzanian", "shilling", "shillings", 2),
        new("UAH", "Ukrainian", "hryvnia", "hryvnias|hryvnia", 2),
        new("UGX", "Ugandan", "shilling", "shillings", 0),
        new("USD", "US|U.S.|American", "dollar", "dollars", 2),
        new("UYU", "Uruguayan", "peso", "pesos", 2),
        new("UZS", "Uzbekistani|Uzbek", "sum|som", "sum|som|soms", 2),
        new("VED", "Venezuelan digital", "bolívar|bolivar", "bolívares|bolivares|bolivars", 2),
        new("VES", "Venezuelan", "bolívar|bolivar", "bolívares|bolivares|bolivars", 2),
        new("VND", "Vietnamese", "dong", "dong", 0),
        new("VUV", "Vanuatu", "vatu", "vatu", 0),
        new("WST", "Samoan", "tala", "tala", 2),
        new("XAF", "Central African CFA", "franc", "francs", 0),
        new("XCD", "East Caribbean", "dollar", "dollars", 2),
        new("XCG", "Caribbean", "guilder", "guilders", 2),
        new("XDR", string.Empty, "special drawing right|SDR", "special drawing rights|SDRs", -1),
        new("XOF", "West African CFA", "franc", "francs", 0),
        new("XPF", "CFP", "franc", "francs", 0),
        new("YER", "Yemeni", "rial", "rials", 2),
        new("ZAR", "South African", "rand", "rand", 2),
        new("ZMW", "Zambian", "kwacha", "kwacha|kwachas", 2),
        new("ZWG", "Zimbabwe|Zimbabwean", "gold|ZiG", "gold|ZiG", 2),

        // Historic: withdrawn from ISO 4217 (the euro's forerunners in 1999-2023, the Netherlands Antillean guilder in
        // 2025, the Bulgarian lev in 2026), read in the copy of their time: "500 billion lire" is ITL, not EUR.
        new("ANG", "Netherlands Antillean|Antillean", "guilder", "guilders", 2, historic: true),
        new("ATS", "Austrian", "schilling", "schillings", 2, historic: true),
        new("BEF", "Belgian", "franc", "francs", 0, historic: true),
        new("BGN", "Bulgarian", "lev", "leva|levs", 2, historic: true),
        new("CYP", "Cyprus|Cypriot", "pound", "pounds", 2, historic: true),
        new("DEM", "West German|German|Deutsche", "mark|deutschemark|D-mark", "marks|deutschemarks|D-marks", 2, historic: true),
        new("EEK", "Estonian", "kroon", "kroons|krooni", 2, historic: true),
        new("ESP", "Spanish", "peseta", "pesetas", 0, historic: true),
        new("FIM", "Finnish", "markka|mark", "markkaa|markkas|marks", 2, historic: true),
        new("FRF", "French", "franc", "francs", 2, historic: true),
        new("GRD", "Greek", "drachma", "drachmas|drachmae", 0, historic: true),
        new("HRK", "Croatian", "kuna", "kune|kunas", 2, historic: true),
        new("IEP", "Irish", "pound|punt", "pounds|punts", 2, historic: true),
        new("ITL", "Italian", "lira", "lire", 0, historic: true),
        new("LTL", "Lithuanian", "litas", "litai|litu", 2, historic: true),
        new("LUF", "Luxembourg", "franc", "francs", 0, historic: true),
        new("LVL", "Latvian", "lats", "lati|latu", 2, historic: true),
        new("MTL", "Maltese", "lira", "liri", 2, historic: true),
        new("NLG", "Dutch|Netherlands", "guilder|florin", "guilders|florins", 2, historic: true),
        new("PTE", "Portuguese", "escudo", "escudos", 0, historic: true),
        new("SIT", "Slovenian|Slovene", "tolar", "tolars|tolarjev", 2, historic: true),
        new("SKK", "Slovak", "koruna|crown", "korunas|koruny|crowns", 2, historic: true),
        new("XEU", string.Empty, "ECU|European Currency Unit", "ECUs|European Currency Units", -1, historic: true),
    };

    /// <summary>
    /// The currency a name shared by several stands for when no country precedes it: <c>dollars</c> (and the wire's
    /// <c>dlrs</c>) are US dollars, <c>rupees</c> Indian rupees, <c>roubles</c> Russian ones. <c>pounds</c> has none:
    /// alone it may be a weight.
    /// </summary>
    private static readonly Dictionary<string, string> Defaults = new()
    {
        ["dollar"] = "USD",
        ["rupee"] = "INR",
        ["rouble"] = "RUB",
        ["ruble"] = "RUB",
        ["yuan"] = "CNY",
        ["crown"] = string.Empty,
        ["gold"] = string.Empty,
        ["real"] = string.Empty,
        ["sol"] = string.Empty,
        ["sum"] = string.Empty,
        ["dram"] = string.Empty,
        ["colon"] = string.Empty,
        ["pound"] = string.Empty,
    };

    /// <summary>The words after a country adjective or alone that name a currency's major or minor unit, beyond its names.</summary>
    private static readonly (string Name, string Word, bool Minor)[] WireWords =
    {
        ("dollar", "dlr", false), ("dollar", "dlrs", false),
        ("dollar", "cent", true), ("dollar", "cents", true), ("dollar", "ct", true), ("dollar", "cts", true),
        ("pound", "penny", true), ("pound", "pence", true),
        ("mark", "pfennig", true), ("mark", "pfennigs", true),
        ("franc", "centime", true), ("franc", "centimes", true),
    };

    /// <summary>The codes that read in any case, as they did before every code was known (<c>20 usd</c>); any other only in capitals (<c>5 ALL</c>, never <c>5 all</c>).</summary>
    private static readonly HashSet<string> AnyCaseCodes = new() { "usd", "eur", "gbp", "jpy", "cny", "chf", "cad", "aud", "inr", "rub", "hkd", "nzd", "sgd" };

    private static readonly Dictionary<string, Currency> ByCode = BuildCodes();

    private static readonly PhraseTable<CurrencyName> Names = BuildNames();

    /// <summary>The currency whose ISO code the word token at <paramref name="i"/> is, written in capitals (or in any case for the common ones).</summary>
    public static string? Code(List<NumberToken> tokens, int i, string text)
    {
        var token = tokens[i];
        if (token.Kind != NumberTokenKind.Word || token.Text.Length != 3 || !ByCode.TryGetValue(token.Text, out var currency))
        {
            return null;
        }

        return AnyCaseCodes.Contains(token.Text) || string.CompareOrdinal(text, token.Start, currency.Code, 0, 3) == 0 ? currency.Code : null;
    }

    /// <summary>The currency of an ISO code in any case, or null.</summary>
    public static Currency? Find(string code) => ByCode.TryGetValue(code.ToLowerInvariant(), out var currency) ? currency : null;

    /// <summary>The length in tokens of the longest currency name at <paramref name="start"/>, and that name.</summary>
    public static int Match(List<NumberToken> tokens, int start, out CurrencyName? name) => Names.Match(tokens, start, out name);

    private static Dictionary<string, Currency> BuildCodes()
    {
        var codes = new Dictionary<string, Currency>();
        foreach (var currency in All)
        {
            codes.Add(currency.Code.ToLowerInvariant(), currency);
        }

        return codes;
    }

    private static PhraseTable<CurrencyName> BuildNames()
    {
        var names = new PhraseTable<CurrencyName>();

        // A country adjective and a name: one currency.
        var alone = new Dictionary<string, List<Currency>>();
        foreach (var currency in All)
        {
            foreach (var (word, minor) in Words(currency))
            {
                foreach (var adjective in currency.Adjectives)
                {
                    var phrase = adjective + " " + word;
                    names.Add(phrase, new CurrencyName(phrase.ToLowerInvariant(), currency.Code, new[] { currency.Code }, minor ? currency.Exponent : 0));
                }

                if (!minor && currency.Adjectives.Length > 0)
                {
                    if (!alone.TryGetValue(word, out var sharing))
                    {
                        alone[word] = sharing = new List<Currency>();
                    }

                    sharing.Add(currency);
                }
                else if (!minor)
                {
                    // The euro has no adjective: its name is its phrase, and "euro cents" its minor unit.
                    names.Add(word, new CurrencyName(word, currency.Code, new[] { currency.Code }, 0));
                }
            }
        }

        // A name alone: its currency when only one has it or a default says which; otherwise the currencies that share it.
        foreach (var entry in alone)
        {
            var singular = Singular(entry.Value[0], entry.Key);
            var candidates = entry.Value.ConvertAll(currency => currency.Code).ToArray();
            string? code = Defaults.TryGetValue(singular, out var named) ? (named.Length == 0 ? null : named) : (candidates.Length == 1 ? candidates[0] : null);
            names.Add(entry.Key, new CurrencyName(entry.Key.ToLowerInvariant(), code, candidates, 0));
        }

        // Cents alone are US cents (the euro's are "euro cents"); pence and the glued p are sterling's; stg is the wire's sterling.
        foreach (var (words, code, exponent, glued) in new[]
        {
            ("cent", "USD", 2, false), ("cents", "USD", 2, false), ("ct", "USD", 2, false), ("cts", "USD", 2, false),
            ("euro cent", "EUR", 2, false), ("euro cents", "EUR", 2, false),
            ("penny", "GBP", 2, false), ("pence", "GBP", 2, false), ("p", "GBP", 2, true),
            ("sterling", "GBP", 0, false), ("stg", "GBP", 0, false), ("pounds sterling", "GBP", 0, false), ("pound sterling", "GBP", 0, false), ("pounds stg", "GBP", 0, false),
        })
        {
            names.Add(words, new CurrencyName(words, code, new[] { code }, exponent), glued);
        }

        return names;
    }

    /// <summary>Every word that names <paramref name="currency"/> after its adjective: names, plurals, and the wire's words for its name.</summary>
    private static IEnumerable<(string Word, bool Minor)> Words(Currency currency)
    {
        foreach (var name in currency.Names)
        {
            yield return (name, false);
        }

        foreach (var plural in currency.Plurals)
        {
            if (Array.IndexOf(currency.Names, plural) < 0)
            {
                yield return (plural, false);
            }
        }

        foreach (var (name, word, minor) in WireWords)
        {
            if (currency.Names[0] == name && (!minor || currency.Exponent > 0) && currency.Adjectives.Length > 0)
            {
                yield return (word, minor);
            }
        }
    }

    /// <summary>The name <paramref name="word"/> is a form of: itself, the singular of a plural, or the name a wire word is for.</summary>
    private static string Singular(Currency currency, string word)
    {
        var plural = Array.IndexOf(currency.Plurals, word);
        if (Array.IndexOf(currency.Names, word) >= 0)
        {
            return word;
        }

        return plural >= 0 && plural < currency.Names.Length ? currency.Names[plural] : currency.Names[0];
    }
}
