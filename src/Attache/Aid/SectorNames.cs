using Attache.Aid.Iati;

namespace Attache.Aid;

/// <summary>OECD-DAC purpose codes (IATI Sector list, vocabulary 1) by name in both languages. English names are the
/// official ones of the embedded code list. Vietnamese names are written here: in full for the codes the sector
/// picker offers (<see cref="Offered"/>), and for every other code the Vietnamese name of its DAC category (the first
/// three digits) with the code, so that no code ever shows an English name in Vietnamese.</summary>
public static class SectorNames
{
    /// <summary>The codes the aid form's sector picker offers, in the order of the DAC list.</summary>
    public static IReadOnlyList<string> Offered => [.. Vietnamese.Keys.Order(StringComparer.Ordinal)];

    public static string Name(string code, bool vietnamese) => vietnamese ? NameVi(code) : NameEn(code);

    public static string NameEn(string code) => IatiCodeLists.Name(IatiCodeLists.Sector, code) ?? code;

    public static string NameVi(string code) =>
        Vietnamese.TryGetValue(code, out var name) ? name
        : code.Length >= 3 && Categories.TryGetValue(code[..3], out var category) ? $"{category} ({code})"
        : code;

    private static readonly Dictionary<string, string> Vietnamese = new Dictionary<string,
        string>(StringComparer.Ordinal)
    {
        ["11110"] = "Chính sách và quản lý hành chính giáo dục",
        ["11120"] = "Cơ sở vật chất và đào tạo giáo dục",
        ["11130"] = "Đào tạo giáo viên",
        ["11220"] = "Giáo dục tiểu học",
        ["11230"] = "Kỹ năng sống cơ bản cho người lớn",
        ["11231"] = "Kỹ năng sống cơ bản cho thanh niên",
        ["11330"] = "Đào tạo nghề",
        ["12110"] = "Chính sách và quản lý hành chính y tế",
        ["12181"] = "Đào tạo y khoa",
        ["12191"] = "Dịch vụ y tế",
        ["12220"] = "Chăm sóc sức khỏe cơ bản",
        ["12230"] = "Cơ sở hạ tầng y tế cơ bản",
        ["12240"] = "Dinh dưỡng cơ bản",
        ["12250"] = "Phòng chống bệnh truyền nhiễm",
        ["12261"] = "Giáo dục sức khỏe",
        ["12262"] = "Phòng chống sốt rét",
        ["13020"] = "Chăm sóc sức khỏe sinh sản",
        ["14010"] = "Chính sách và quản lý hành chính ngành nước",
        ["14020"] = "Cấp nước và vệ sinh - hệ thống lớn",
        ["14030"] = "Cấp nước sinh hoạt và vệ sinh cơ bản",
        ["14031"] = "Cấp nước sinh hoạt cơ bản",
        ["14050"] = "Quản lý, xử lý chất thải",
        ["15110"] = "Chính sách và quản lý hành chính khu vực công",
        ["15150"] = "Tham gia dân chủ và xã hội dân sự",
        ["15160"] = "Quyền con người",
        ["15170"] = "Tổ chức, phong trào vì quyền của phụ nữ",
        ["16010"] = "Bảo trợ xã hội, giảm nghèo",
        ["16020"] = "Tạo việc làm",
        ["16050"] = "Hỗ trợ đa ngành cho dịch vụ xã hội cơ bản",
        ["21010"] = "Chính sách và quản lý hành chính giao thông",
        ["21020"] = "Giao thông đường bộ",
        ["22040"] = "Công nghệ thông tin và truyền thông, chuyển đổi số",
        ["23210"] = "Sản xuất năng lượng tái tạo - nhiều công nghệ",
        ["23230"] = "Năng lượng mặt trời nối lưới",
        ["23631"] = "Truyền tải và phân phối điện (lưới điện nhỏ độc lập)",
        ["25010"] = "Chính sách và quản lý kinh doanh",
        ["31120"] = "Phát triển nông nghiệp",
        ["31140"] = "Thủy lợi",
        ["31161"] = "Sản xuất cây lương thực",
        ["31163"] = "Chăn nuôi",
        ["31191"] = "Dịch vụ nông nghiệp",
        ["31220"] = "Phát triển lâm nghiệp",
        ["32130"] = "Phát triển doanh nghiệp nhỏ và vừa",
        ["33110"] = "Chính sách và quản lý thương mại",
        ["33210"] = "Chính sách và quản lý du lịch",
        ["41010"] = "Chính sách và quản lý môi trường, ứng phó biến đổi khí hậu",
        ["41030"] = "Đa dạng sinh học",
        ["41081"] = "Giáo dục, đào tạo về môi trường",
        ["43010"] = "Hỗ trợ đa ngành",
        ["43040"] = "Phát triển nông thôn",
        ["43060"] = "Giảm nhẹ rủi ro thiên tai",
        ["43072"] = "An ninh lương thực hộ gia đình, sinh kế",
        ["72010"] = "Cứu trợ vật chất và dịch vụ khẩn cấp",
        ["73010"] = "Tái thiết, phục hồi ngay sau thiên tai",
        ["74020"] = "Chuẩn bị ứng phó đa thiên tai",
    };

    /// <summary>The DAC 3-digit sector categories of the Sector list.</summary>
    private static readonly Dictionary<string, string> Categories = new(StringComparer.Ordinal)
    {
        ["111"] = "Giáo dục, cấp học không xác định", ["112"] = "Giáo dục cơ bản", ["113"] = "Giáo dục trung học",
        ["114"] = "Giáo dục sau trung học", ["121"] = "Y tế chung", ["122"] = "Y tế cơ bản",
        ["123"] = "Bệnh không lây nhiễm", ["130"] = "Dân số và sức khỏe sinh sản",
        ["140"] = "Cấp nước và vệ sinh môi trường", ["151"] = "Chính phủ và xã hội dân sự",
        ["152"] = "Xung đột, hòa bình và an ninh", ["160"] = "Hạ tầng và dịch vụ xã hội khác",
        ["210"] = "Giao thông vận tải và kho bãi", ["220"] = "Thông tin và truyền thông",
        ["230"] = "Sản xuất và cung cấp năng lượng", ["231"] = "Chính sách năng lượng",
        ["232"] = "Sản xuất năng lượng tái tạo", ["233"] = "Sản xuất năng lượng không tái tạo",
        ["234"] = "Nhà máy điện hỗn hợp", ["235"] = "Điện hạt nhân", ["236"] = "Truyền tải và phân phối năng lượng",
        ["240"] = "Ngân hàng và dịch vụ tài chính", ["250"] = "Kinh doanh và dịch vụ khác", ["311"] = "Nông nghiệp",
        ["312"] = "Lâm nghiệp", ["313"] = "Thủy sản", ["321"] = "Công nghiệp", ["322"] = "Khai khoáng",
        ["323"] = "Xây dựng", ["331"] = "Chính sách và quy định thương mại", ["332"] = "Du lịch",
        ["410"] = "Bảo vệ môi trường chung", ["430"] = "Hỗ trợ đa ngành khác", ["510"] = "Hỗ trợ ngân sách chung",
        ["520"] = "Hỗ trợ phát triển lương thực", ["530"] = "Hỗ trợ hàng hóa khác",
        ["600"] = "Hoạt động liên quan đến nợ", ["720"] = "Ứng phó khẩn cấp", ["730"] = "Tái thiết và phục hồi",
        ["740"] = "Phòng ngừa và ứng phó thiên tai", ["910"] = "Chi phí hành chính của nhà tài trợ",
        ["920"] = "Hỗ trợ tổ chức phi chính phủ", ["930"] = "Người tị nạn tại nước tài trợ", ["998"] = "Chưa phân loại",
    };
}
