using System.Globalization;

namespace Attache.Staff;

/// <summary>Language codes and names: the ISO 639-1 codes, the names in Vietnamese of the languages the department
/// deals with (others fall back to the English name), and the one table from a country to the language its
/// delegations need interpreted.</summary>
public static class Languages
{
    /// <summary>Every ISO 639-1 code.</summary>
    private static readonly HashSet<string> Iso6391 = new(("aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo "
        + "br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha "
        + "he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la "
        + "lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi "
        + "pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to "
        + "tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu").Split(' '), StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Vietnamese = new(StringComparer.Ordinal)
    {
        ["zh"] = "tiếng Trung", ["ko"] = "tiếng Hàn", ["lo"] = "tiếng Lào", ["ja"] = "tiếng Nhật",
        ["th"] = "tiếng Thái", ["km"] = "tiếng Khmer", ["en"] = "tiếng Anh", ["fr"] = "tiếng Pháp",
        ["de"] = "tiếng Đức", ["ru"] = "tiếng Nga", ["es"] = "tiếng Tây Ban Nha", ["it"] = "tiếng Ý",
        ["pt"] = "tiếng Bồ Đào Nha", ["nl"] = "tiếng Hà Lan", ["my"] = "tiếng Myanmar", ["id"] = "tiếng Indonesia",
        ["ms"] = "tiếng Mã Lai", ["vi"] = "tiếng Việt", ["hi"] = "tiếng Hindi", ["ar"] = "tiếng Ả Rập",
        ["sv"] = "tiếng Thụy Điển", ["pl"] = "tiếng Ba Lan", ["cs"] = "tiếng Séc", ["uk"] = "tiếng Ukraina",
        ["tl"] = "tiếng Philippines", ["tr"] = "tiếng Thổ Nhĩ Kỳ", ["he"] = "tiếng Hebrew",
    };

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

    public static bool IsCode(string? code) => code is not null && Iso6391.Contains(code);

    /// <summary>The language's name: Vietnamese when <paramref name="vietnamese"/> and the table has it, else English
    /// ("Korean"); the code itself when .NET does not know it.</summary>
    public static string Name(string code, bool vietnamese)
    {
        if (vietnamese && Vietnamese.TryGetValue(code, out var vi))
        {
            return vi;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.EnglishName == code || culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal)
                ? code
                : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    /// <summary>The language a country's delegations need, null when the table has none (Vietnam included).</summary>
    public static string? ForCountry(string? country) =>
        country is not null && ByCountry.TryGetValue(country.ToUpperInvariant(), out var language) ? language : null;
}
