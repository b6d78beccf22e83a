using System.Globalization;

namespace Attache.Infrastructure;

/// <summary>Country names for the UI and reports. .NET has no Vietnamese country names on Linux, so the
/// countries the department deals with most are named here; the rest fall back to the English name.</summary>
public static class Countries
{
    private static readonly Dictionary<string, string> Vietnamese = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CN"] = "Trung Quốc", ["LA"] = "Lào", ["KR"] = "Hàn Quốc", ["JP"] = "Nhật Bản", ["US"] = "Hoa Kỳ",
        ["ES"] = "Tây Ban Nha", ["FR"] = "Pháp", ["DE"] = "Đức", ["GB"] = "Vương quốc Anh", ["AU"] = "Úc",
        ["TH"] = "Thái Lan", ["KH"] = "Campuchia", ["RU"] = "Liên bang Nga", ["IN"] = "Ấn Độ", ["SG"] = "Singapore",
        ["NZ"] = "New Zealand", ["CA"] = "Canada", ["CH"] = "Thụy Sĩ", ["NL"] = "Hà Lan", ["BE"] = "Bỉ",
        ["IT"] = "Ý", ["SE"] = "Thụy Điển", ["NO"] = "Na Uy", ["DK"] = "Đan Mạch", ["FI"] = "Phần Lan",
        ["IE"] = "Ireland", ["LU"] = "Luxembourg", ["AT"] = "Áo", ["TW"] = "Đài Loan (Trung Quốc)", ["MM"] = "Myanmar",
        ["ID"] = "Indonesia", ["MY"] = "Malaysia", ["PH"] = "Philippines", ["AE"] = "Các Tiểu vương quốc Ả Rập Thống nhất",
        ["SA"] = "Ả Rập Xê Út", ["EG"] = "Ai Cập", ["MA"] = "Ma-rốc", ["PK"] = "Pakistan", ["BD"] = "Bangladesh",
        ["VN"] = "Việt Nam", ["IL"] = "Israel", ["TR"] = "Thổ Nhĩ Kỳ", ["QA"] = "Qatar", ["KW"] = "Cô-oét",
    };

    public static string Name(string? code, bool vietnamese)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return string.Empty;
        }

        if (vietnamese && Vietnamese.TryGetValue(code, out var vi))
        {
            return vi;
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

    /// <summary>In the language of the current request.</summary>
    public static string Name(string? code) => Name(code, Localization.IsVietnamese);
}
