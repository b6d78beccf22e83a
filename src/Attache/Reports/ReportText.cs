using System.Globalization;
using System.Text.RegularExpressions;

namespace Attache.Reports;

/// <summary>The words of the report documents. A document's language is chosen by <c>lang=vi|en</c>, not by the
/// reader's UI culture, so its texts live here in pairs rather than in the UI's resource files.</summary>
public static partial class ReportText
{
    public static string T(bool vietnamese, string vi, string en) => vietnamese ? vi : en;

    public static string SectionTitle(ReportSection section, bool vi) => section switch
    {
        ReportSection.Partners => T(vi, "Quan hệ đối tác", "Partners"),
        ReportSection.Delegations => T(vi, "Công tác đoàn ra, đoàn vào", "Delegations received and sent"),
        ReportSection.Agreements => T(vi, "Ký kết và thực hiện thỏa thuận quốc tế", "International agreements"),
        ReportSection.Aid => T(vi, "Vận động, quản lý và sử dụng viện trợ, vốn ODA", "Aid, ODA and preferential loans"),
        ReportSection.Borders => T(vi, "Công tác biên giới, cửa khẩu", "Borders and border gates"),
        ReportSection.Twinnings => T(vi, "Kết nghĩa", "Twinning"),
        ReportSection.Events => T(vi, "Văn hóa đối ngoại, thông tin đối ngoại và đối ngoại nhân dân", "Cultural diplomacy, foreign information and people-to-people exchange"),
        ReportSection.Labour => T(vi, "Hợp tác lao động", "Labour cooperation"),
        ReportSection.Plan => T(vi, "Kết quả thực hiện kế hoạch công tác đối ngoại", "The foreign-affairs plan: planned against done"),
        _ => section.ToString(),
    };

    /// <summary>"2020–2025" for whole calendar years, else "01/01/2020 – 15/11/2025".</summary>
    public static string Period(DateOnly from, DateOnly to, bool vi)
    {
        if (from is { Month: 1, Day: 1 } && to is { Month: 12, Day: 31 })
        {
            return from.Year == to.Year ? from.Year.ToString(CultureInfo.InvariantCulture) : $"{from.Year}–{to.Year}";
        }

        var culture = Rounding.Culture(vi);
        return $"{from.ToString("dd/MM/yyyy", culture)} – {to.ToString("dd/MM/yyyy", culture)}";
    }

    public static string Date(DateOnly date, bool vi) => date.ToString(vi ? "dd/MM/yyyy" : "d MMMM yyyy", Rounding.Culture(vi));

    public static string Country(string code, bool vi)
    {
        if (Countries.TryGetValue(code, out var names))
        {
            return vi ? names.Vi : names.En;
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

    private static readonly Dictionary<string, (string Vi, string En)> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["VN"] = ("Việt Nam", "Viet Nam"), ["CN"] = ("Trung Quốc", "China"), ["LA"] = ("Lào", "Laos"),
        ["KH"] = ("Campuchia", "Cambodia"), ["TH"] = ("Thái Lan", "Thailand"), ["KR"] = ("Hàn Quốc", "Korea"),
        ["JP"] = ("Nhật Bản", "Japan"), ["US"] = ("Hoa Kỳ", "United States"), ["ES"] = ("Tây Ban Nha", "Spain"),
        ["FR"] = ("Pháp", "France"), ["DE"] = ("Đức", "Germany"), ["GB"] = ("Anh", "United Kingdom"),
        ["AU"] = ("Ô-xtrây-li-a", "Australia"), ["NZ"] = ("Niu Di-lân", "New Zealand"), ["RU"] = ("Nga", "Russia"),
        ["IN"] = ("Ấn Độ", "India"), ["SG"] = ("Xinh-ga-po", "Singapore"), ["CH"] = ("Thụy Sĩ", "Switzerland"),
        ["NL"] = ("Hà Lan", "Netherlands"), ["BE"] = ("Bỉ", "Belgium"), ["IT"] = ("I-ta-li-a", "Italy"),
        ["CA"] = ("Ca-na-đa", "Canada"), ["SE"] = ("Thụy Điển", "Sweden"), ["DK"] = ("Đan Mạch", "Denmark"),
        ["NO"] = ("Na Uy", "Norway"), ["FI"] = ("Phần Lan", "Finland"), ["MY"] = ("Ma-lai-xi-a", "Malaysia"),
        ["ID"] = ("In-đô-nê-xi-a", "Indonesia"), ["PH"] = ("Phi-líp-pin", "Philippines"), ["MM"] = ("Mi-an-ma", "Myanmar"),
        ["AE"] = ("Các Tiểu vương quốc Ả-rập Thống nhất", "United Arab Emirates"), ["HU"] = ("Hung-ga-ri", "Hungary"),
        ["PL"] = ("Ba Lan", "Poland"), ["CZ"] = ("Séc", "Czechia"), ["IL"] = ("I-xra-en", "Israel"),
    };

    /// <summary>A label for a name the other features define (an enum name): the known ones translated,
    /// the others spelled out from their PascalCase ("HighTechAgriculture" → "high tech agriculture").</summary>
    public static string Label(string key, bool vi) =>
        Labels.TryGetValue(key, out var l) ? (vi ? l.Vi : l.En) : Words().Replace(key, " $1").Trim().ToLowerInvariant();

    private static readonly Dictionary<string, (string Vi, string En)> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        [AidKinds.Oda] = ("Vốn ODA và vốn vay ưu đãi", "ODA and preferential loans"),
        [AidKinds.NonRefundable] = ("Viện trợ không hoàn lại", "Non-refundable aid"),
        [EventKinds.PeopleToPeople] = ("giao lưu nhân dân", "people-to-people exchange programmes"),
        [EventKinds.TradePromotion] = ("xúc tiến thương mại, đầu tư", "trade and investment promotion events"),
        [EventKinds.CulturalExchange] = ("giao lưu văn hóa, nghệ thuật", "cultural and art exchanges"),
        [EventKinds.Conference] = ("hội nghị, hội thảo quốc tế", "international conferences and seminars"),
        ["Health"] = ("y tế", "health"), ["Education"] = ("giáo dục", "education"), ["CleanWater"] = ("nước sạch", "clean water"),
        ["Livelihoods"] = ("sinh kế", "livelihoods"), ["ClimateChange"] = ("ứng phó biến đổi khí hậu", "climate change"),
        ["PovertyReduction"] = ("giảm nghèo", "poverty reduction"), ["RuralDevelopment"] = ("phát triển nông thôn bền vững", "sustainable rural development"),
        ["DigitalTransformation"] = ("chuyển đổi số", "digital transformation"), ["Infrastructure"] = ("hạ tầng", "infrastructure"),
        ["Agriculture"] = ("nông nghiệp", "agriculture"), ["HighTechAgriculture"] = ("nông nghiệp công nghệ cao", "high-tech agriculture"),
        ["Tourism"] = ("du lịch", "tourism"), ["Labour"] = ("lao động, việc làm", "labour"),
        ["Trade"] = ("thương mại", "trade"), ["Culture"] = ("văn hóa", "culture"), ["Border"] = ("biên giới", "borders"),
        ["ForeignLocality"] = ("Địa phương nước ngoài", "Foreign locality"), ["Embassy"] = ("Đại sứ quán", "Embassy"),
        ["InternationalOrganisation"] = ("Tổ chức quốc tế", "International organisation"), ["Ngo"] = ("Tổ chức phi chính phủ", "NGO"),
        ["Enterprise"] = ("Doanh nghiệp", "Enterprise"), ["FriendshipAssociation"] = ("Hội hữu nghị", "Friendship association"),
        ["MediaOutlet"] = ("Cơ quan báo chí", "Media outlet"), ["University"] = ("Trường học", "University or school"),
        ["Other"] = ("Khác", "Other"),
        // Agreement kinds.
        ["Agreement"] = ("Thỏa thuận", "Agreement"), ["MemorandumOfUnderstanding"] = ("Biên bản ghi nhớ", "Memorandum of understanding"),
        ["MinutesOfTalks"] = ("Biên bản hội đàm", "Minutes of talks"), ["LetterOfIntent"] = ("Thư ý định", "Letter of intent"),
        ["EnterpriseContract"] = ("Hợp đồng với doanh nghiệp nước ngoài", "Contract with a foreign enterprise"),
        ["ContractWithForeignEnterprise"] = ("Hợp đồng với doanh nghiệp nước ngoài", "Contract with a foreign enterprise"),
        ["OtherDocument"] = ("Văn kiện khác", "Other international document"),
        // Event kinds.
        ["Seminar"] = ("hội thảo", "seminars"), ["TradeFair"] = ("hội chợ thương mại", "trade fairs"),
        ["InvestmentPromotion"] = ("xúc tiến đầu tư", "investment promotion"), ["PressDelegation"] = ("đoàn phóng viên nước ngoài", "foreign press delegations"),
        ["Sports"] = ("giao lưu thể thao", "sports exchanges"), ["Ceremony"] = ("lễ kỷ niệm, nghi lễ", "ceremonies"),
        ["BorderMechanism"] = ("cơ chế hợp tác biên giới (gặp gỡ, hội đàm)", "border mechanisms (meetings and talks)"),
        // Border-gate legal events.
        ["Opened"] = ("Mở cửa khẩu", "Opened"), ["UpgradedToInternational"] = ("Nâng cấp thành cửa khẩu quốc tế", "Upgraded to international"),
        ["RouteAdded"] = ("Mở thêm tuyến, lối thông quan", "Route added"), ["Suspended"] = ("Tạm dừng", "Suspended"), ["Reopened"] = ("Mở lại", "Reopened"),
    };

    private static readonly System.Resources.ResourceManager Resources =
        new("Attache.Resources.SharedResource", typeof(SharedResource).Assembly);

    /// <summary>An enum value by the label the pages give it ("DelegationStatus", "Completed" → "Đã kết thúc" /
    /// "Completed"), from the UI's resource files so the documents and the pages say the same.</summary>
    public static string EnumLabel(string type, string? name, bool vi)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        var culture = vi ? Infrastructure.Localization.Vietnamese : Infrastructure.Localization.English;
        return Resources.GetString($"{type}.{name}", culture) ?? Label(name, vi);
    }

    /// <summary>An enum value by its label, for a value whose type is known.</summary>
    public static string EnumLabel<TEnum>(TEnum value, bool vi) where TEnum : struct, Enum => EnumLabel(typeof(TEnum).Name, value.ToString(), vi);

    /// <summary>A name inside a sentence: "Giáo dục tiểu học" → "giáo dục tiểu học", "Social Protection" → "social
    /// protection"; a word in capitals ("ODA", "ICT") stays as it is.</summary>
    public static string Lower(string name) => string.Join(' ', name.Split(' ').Select(word =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => !char.IsUpper(c))
            ? char.ToLower(word[0], CultureInfo.InvariantCulture) + word[1..]
            : word));

    /// <summary>English "1 donor", "2 donors"; Vietnamese nouns have no plural.</summary>
    public static string Plural(decimal n, string one, string many) => n == 1 ? one : many;

    /// <summary>A Vietnamese name in Latin letters without its marks, as English texts write it ("Tà Lùng" → "Ta Lung").</summary>
    public static string Latin(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
            }
        }

        return sb.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }

    /// <summary>A label at the start of a table cell: "Thương mại", "Agreement".</summary>
    public static string Capital(string label) =>
        label.Length == 0 ? label : char.ToUpper(label[0], CultureInfo.InvariantCulture) + label[1..];

    /// <summary>The warnings of the summary are written in English for the API; the Vietnamese documents translate
    /// the ones they know and keep the others as they are.</summary>
    public static string Warning(string warning, bool vi)
    {
        if (!vi)
        {
            return warning;
        }

        var match = NoSource().Match(warning);
        if (match.Success && Enum.TryParse<ReportSection>(match.Groups[1].Value, ignoreCase: true, out var section))
        {
            return $"Mục \"{SectionTitle(section, vi: true)}\" chưa có nguồn số liệu.";
        }

        if (OnlyFirst().Match(warning) is { Success: true } first)
        {
            var what = first.Groups[3].Value switch { "partners" => "đối tác", "delegations" => "đoàn", _ => "hồ sơ" };
            return $"Chỉ liệt kê {first.Groups[1].Value} trong số {first.Groups[2].Value} {what}.";
        }

        if (MissingRate().Match(warning) is { Success: true } rate)
        {
            var day = DateOnly.ParseExact(rate.Groups[2].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return $"Chưa có tỷ giá {rate.Groups[1].Value} tại hoặc trước ngày {Date(day, vi: true)}: các khoản bằng " +
                $"{rate.Groups[1].Value} có ngày giá trị này chưa được tính vào tổng số quy đổi ra đồng Việt Nam.";
        }

        if (Counted().Match(warning) is { Success: true } counted)
        {
            var n = int.Parse(counted.Groups[1].Value, CultureInfo.InvariantCulture).ToString("#,##0", Rounding.Culture(true));
            var rest = counted.Groups[2].Value;
            foreach (var (english, vietnamese) in CountedWarnings)
            {
                if (rest.StartsWith(english, StringComparison.Ordinal))
                {
                    return $"{n} {vietnamese}";
                }
            }
        }

        // The warnings the staff UI also shows are its resource keys.
        return Resources.GetString(warning, Infrastructure.Localization.Vietnamese) ?? warning;
    }

    /// <summary>The warnings that start with a count, by the words after it (singular or plural) and their Vietnamese.</summary>
    private static readonly (string English, string Vietnamese)[] CountedWarnings =
    [
        ("outbound delegation", "đoàn ra trong kỳ quá hạn nộp báo cáo kết quả."),
        ("agreement", "thỏa thuận đã quá ngày hết hiệu lực nhưng vẫn ghi là đang có hiệu lực; được tính là đã hết hiệu lực."),
        ("aid project", "dự án viện trợ đã quá ngày kết thúc nhưng vẫn ghi là đang thực hiện."),
        ("worker", "lao động đi trong kỳ đã quá ngày về dự kiến nhưng vẫn ghi là đang ở nước ngoài."),
        ("twinning", "quan hệ kết nghĩa ký đến cuối kỳ nay đã tạm ngừng hoặc chấm dứt nhưng không ghi ngày ngừng hoạt động nên không được tính là đang hiệu lực."),
    ];

    [GeneratedRegex("^No exchange rate for ([A-Z]{3}) on or before (\\d{4}-\\d{2}-\\d{2}): ")]
    private static partial Regex MissingRate();

    [GeneratedRegex("^Only the first ([0-9]+) of ([0-9]+) ([a-z]+) are listed\\.$")]
    private static partial Regex OnlyFirst();

    [GeneratedRegex("^(\\d+) (.+)$")]
    private static partial Regex Counted();

    [GeneratedRegex("^Section ([a-z]+) has no data source yet\\.$")]
    private static partial Regex NoSource();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex Words();
}
