using System.Globalization;
using Attache.Infrastructure;

namespace Attache.Delegations;

/// <summary>Country names for the staff UI. .NET names a region in its own language (대한민국), so the countries the
/// department deals with most have their Vietnamese names here; the others fall back to English.</summary>
public static class CountryNames
{
    private static readonly Dictionary<string, string> Vietnamese = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CN"] = "Trung Quốc", ["LA"] = "Lào", ["KR"] = "Hàn Quốc", ["JP"] = "Nhật Bản", ["US"] = "Hoa Kỳ", ["AU"] = "Australia",
        ["FR"] = "Pháp", ["ES"] = "Tây Ban Nha", ["TH"] = "Thái Lan", ["KH"] = "Campuchia", ["DE"] = "Đức", ["GB"] = "Anh",
        ["RU"] = "Nga", ["IN"] = "Ấn Độ", ["SG"] = "Singapore", ["VN"] = "Việt Nam", ["NZ"] = "New Zealand", ["CA"] = "Canada",
    };

    public static string Of(string code)
    {
        if (Localization.IsVietnamese && Vietnamese.TryGetValue(code, out var name))
        {
            return name;
        }

        try
        {
            return new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            return code;
        }
    }
}
