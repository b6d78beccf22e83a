using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Attache.Infrastructure;

/// <summary>Country names in every language Attaché speaks (vi, en, zh, ko, lo, fr, de, ja), from Unicode CLDR
/// (<c>Resources/Cldr/countries.json</c>, refreshed by <c>eng/refresh-lib.sh</c>). ISO 3166-1 alpha-2 codes on the wire,
/// names on the page: nobody reads or types a code. The Vietnamese names the department's documents use win over CLDR's
/// where they differ.</summary>
public static class Countries
{
    private static readonly Dictionary<string, string> Official = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AU"] = "Úc", ["RU"] = "Liên bang Nga", ["TW"] = "Đài Loan (Trung Quốc)", ["MA"] = "Ma-rốc", ["KW"] = "Cô-oét",
        ["AE"] = "Các Tiểu vương quốc Ả Rập Thống nhất", ["SA"] = "Ả Rập Xê Út", ["IT"] = "Ý",
    };

    /// <summary>Not countries: the European Union, the eurozone, the United Nations and CLDR's test regions.</summary>
    private static readonly HashSet<string> NotCountries = ["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"];

    private static readonly CldrNames Names = CldrNames.Load("countries.json");

    /// <summary>Every country code the app accepts (CLDR's alpha-2 regions).</summary>
    public static readonly FrozenSet<string> Codes = Names.Codes.Where(c => !NotCountries.Contains(c))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string? code) => code is { Length: 2 } && Codes.Contains(code);

    /// <summary>The name in a language (two letters; an unknown language gives English); an unknown code is
    /// returned as it is.</summary>
    public static string Name(string? code, string language)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return string.Empty;
        }

        return language == "vi" && Official.TryGetValue(code, out var official)
            ? official
            : Names.Get(code.ToUpperInvariant(), language) ?? code;
    }

    public static string Name(string? code, bool vietnamese) => Name(code, vietnamese ? "vi" : "en");

    /// <summary>In the language of the current request.</summary>
    public static string Name(string? code) => Name(code, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>Every country as code and name, sorted by the name in that language's collation.</summary>
    public static IReadOnlyList<(string Code, string Name)> Choices(string language) =>
        CldrNames.Sorted(Codes.Select(c => (c, Name(c, language))), language);
}

/// <summary>Language names (ISO 639-1 codes) in every language Attaché speaks, from Unicode CLDR
/// (<c>Resources/Cldr/languages.json</c>). In Vietnamese a language is "tiếng …" in lower case, as it reads mid-sentence.
/// </summary>
public static class Languages
{
    private static readonly CldrNames Names = CldrNames.Load("languages.json");

    public static readonly FrozenSet<string> Codes = Names.Codes.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The language a delegation from a country needs interpreted (its official or working language with
    /// the department). A country missing from the table needs no language the coverage page can name.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByCountry = new Dictionary<string, string>(
        StringComparer.Ordinal)
    {
        ["KR"] = "ko", ["KP"] = "ko", ["CN"] = "zh", ["TW"] = "zh", ["HK"] = "zh", ["MO"] = "zh", ["SG"] = "en",
        ["LA"] = "lo", ["JP"] = "ja", ["TH"] = "th", ["KH"] = "km", ["MM"] = "my", ["ID"] = "id", ["MY"] = "ms",
        ["PH"] = "en", ["IN"] = "en", ["FR"] = "fr", ["BE"] = "fr", ["LU"] = "fr", ["CH"] = "fr", ["DE"] = "de",
        ["AT"] = "de", ["RU"] = "ru", ["ES"] = "es", ["IT"] = "it", ["PT"] = "pt", ["NL"] = "nl", ["US"] = "en",
        ["GB"] = "en", ["AU"] = "en", ["NZ"] = "en", ["CA"] = "en", ["IE"] = "en", ["SE"] = "en", ["NO"] = "en",
        ["DK"] = "en", ["FI"] = "en", ["PL"] = "pl", ["CZ"] = "cs", ["UA"] = "uk", ["TR"] = "tr", ["IL"] = "he",
        ["AE"] = "ar", ["SA"] = "ar", ["EG"] = "ar", ["QA"] = "ar", ["KW"] = "ar", ["MA"] = "fr",
    };

    /// <summary>An ISO 639-1 code in lower case ("ko", not "KO" or "kor").</summary>
    public static bool IsCode(string? code) => code is { Length: 2 } && Codes.Contains(code);

    public static string Name(string? code, string language)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return string.Empty;
        }

        var name = Names.Get(code.ToLowerInvariant(), language) ?? code;
        return language == "vi" && name.StartsWith("Tiếng ", StringComparison.Ordinal) ? "t" + name[1..] : name;
    }

    public static string Name(string? code, bool vietnamese) => Name(code, vietnamese ? "vi" : "en");

    /// <summary>In the language of the current request.</summary>
    public static string Name(string? code) => Name(code, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public static IReadOnlyList<(string Code, string Name)> Choices(string language) =>
        CldrNames.Sorted(Codes.Select(c => (c, Name(c, language))), language);

    /// <summary>The language a country's delegations need, null when the table has none (Vietnam included).</summary>
    public static string? ForCountry(string? country) =>
        country is not null && ByCountry.TryGetValue(country.ToUpperInvariant(), out var language) ? language : null;
}

/// <summary>One CLDR name table: language → code → name, embedded in the app.</summary>
internal sealed class CldrNames(Dictionary<string, Dictionary<string, string>> byLanguage)
{
    public IEnumerable<string> Codes => byLanguage["en"].Keys;

    public string? Get(string code, string language) =>
        (byLanguage.TryGetValue(language, out var names) && names.TryGetValue(code, out var name))
        || byLanguage["en"].TryGetValue(code, out name)
            ? name
            : null;

    public static CldrNames Load(string file)
    {
        using var stream = typeof(CldrNames).Assembly.GetManifestResourceStream($"Attache.Resources.Cldr.{file}")
            ?? throw new InvalidOperationException($"Resources/Cldr/{file} is not embedded");
        return new(JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(stream)!);
    }

    public static IReadOnlyList<(string Code, string Name)> Sorted(
        IEnumerable<(string Code, string Name)> items, string language)
    {
        var culture = language switch
        {
            "vi" => "vi-VN",
            "en" => "en-GB",
            "zh" => "zh-CN",
            "ko" => "ko-KR",
            "lo" => "lo-LA",
            "fr" => "fr-FR",
            "de" => "de-DE",
            "ja" => "ja-JP",
            _ => "en-GB",
        };
        return [.. items.OrderBy(i => i.Name, StringComparer.Create(CultureInfo.GetCultureInfo(culture), true))];
    }
}
