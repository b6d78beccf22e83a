namespace Attache.Delegations;

/// <summary>The words the demo delegations are made of: topics, titles, places and names that read like the
/// department's own register.</summary>
internal static class DelegationDemoCatalogue
{
    /// <summary>A country's share of a register, the partners that come from it and how large its delegations
    /// are.</summary>
    public sealed record Source(string Country, int Weight, string[] Partners, int MinSize, int MaxSize);

    public static readonly Dictionary<string, string[]> Topics = new()
    {
        ["CN"] =
        [
            "quản lý biên giới và cửa khẩu", "xúc tiến thương mại nông sản qua biên giới", "hợp tác du lịch biên giới",
            "phòng chống dịch bệnh qua biên giới", "giao lưu văn hóa dịp Tết cổ truyền",
                "kết nối giao thông qua cửa khẩu",
            "hợp tác giáo dục và đào tạo", "phòng chống buôn lậu và gian lận thương mại", "hợp tác y tế vùng biên",
            "phát triển chợ biên giới",
        ],
        ["LA"] =
        [
            "hợp tác toàn diện giai đoạn mới", "đào tạo lưu học sinh Lào", "giao lưu văn hóa – thể thao",
                "hợp tác nông nghiệp",
            "kỷ niệm quan hệ ngoại giao Việt Nam – Lào", "hợp tác quốc phòng – an ninh vùng giáp biên",
                "trao đổi kinh nghiệm quản lý nhà nước",
        ],
        ["KR"] =
        [
            "lao động nông nghiệp thời vụ", "hợp tác nông nghiệp công nghệ cao", "hợp tác du lịch",
                "hợp tác giáo dục – đào tạo",
            "xúc tiến đầu tư", "giao lưu văn hóa", "quảng bá chè Lai Châu",
        ],
        ["JP"] = ["hợp tác phát triển nguồn nhân lực", "khảo sát dự án ODA", "xúc tiến đầu tư", "giao lưu văn hóa",
            "nông nghiệp sạch"],
        ["FR"] = ["công viên địa chất toàn cầu UNESCO", "bảo tồn di sản", "hợp tác giáo dục tiếng Pháp"],
        ["US"] = ["quay phim quảng bá du lịch", "giới thiệu cảnh quan và văn hóa"],
        ["ES"] = ["quay phim tài liệu", "giới thiệu cảnh quan và văn hóa"],
        ["AU"] = ["viện trợ phát triển", "nước sạch và vệ sinh môi trường", "sinh kế cho phụ nữ dân tộc thiểu số"],
    };

    public static readonly string[] InboundTitles =
    [
        "Đoàn {0} thăm và làm việc tại tỉnh {1}",
        "Đoàn {0} hội đàm về {2}",
        "Đoàn {0} trao đổi về {2}",
        "Đoàn công tác {0} khảo sát {2}",
        "Đoàn {0} dự hội nghị về {2}",
    ];

    public static readonly string[] OutboundTitles =
    [
        "Đoàn công tác tỉnh {1} thăm và làm việc tại {0}",
        "Đoàn tỉnh {1} làm việc với {0} về {2}",
        "Đoàn tỉnh {1} dự hội nghị tại {0} về {2}",
        "Đoàn xúc tiến của tỉnh {1} tại {0}: {2}",
    ];

    public static readonly Dictionary<string, string[]> Places = new()
    {
        ["VN-01"] = ["Thành phố Lai Châu", "Xã Phong Thổ", "Cửa khẩu quốc tế Ma Lù Thàng", "Xã Tam Đường", "Xã Sìn Hồ",
            "Xã Mường Tè", "Xã Tân Uyên"],
        ["VN-04"] =
        [
            "Thành phố Cao Bằng", "Khu du lịch thác Bản Giốc", "Cửa khẩu quốc tế Tà Lùng", "Cửa khẩu quốc tế Trà Lĩnh",
            "Công viên địa chất Non nước Cao Bằng", "Xã Hà Quảng", "Cửa khẩu Lý Vạn",
        ],
    };

    public static readonly Dictionary<string, (string[] Family, string[] Given)> Names = new()
    {
        ["CN"] = (["Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Nong", "Wei", "Lu", "Pan"],
            ["Wei", "Fang", "Min", "Jun", "Hua", "Lei", "Ping", "Hong", "Ying", "Qiang", "Jie", "Lan"]),
        ["LA"] = (["Phommachanh", "Sisavath", "Keomany", "Vongsa", "Inthavong", "Phimmasone", "Southammavong"],
            ["Bounmy", "Khamphone", "Souksavanh", "Phonesavanh", "Thongsavath", "Vilayphone", "Somphone", "Chanthala"]),
        ["KR"] = (["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang"],
            ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yoon", "Su-bin", "Jae-won", "Eun-ji"]),
        ["JP"] = (["Tanaka", "Suzuki", "Sato", "Watanabe", "Ito", "Yamamoto", "Nakamura"],
            ["Hiroshi", "Yuki", "Kenji", "Aiko", "Takeshi", "Naoko", "Daisuke"]),
        ["VN"] = (["Nguyễn Văn", "Trần Thị", "Lò Văn", "Hoàng Đức", "Nông Thị", "Vàng A", "Lường Văn", "Đèo Thị",
            "Bế Văn", "Lục Minh"],
            ["Hùng", "Mai", "Thắng", "Lan", "Tuấn", "Hương", "Dũng", "Quân", "Hà", "Sơn", "Chính", "Vân"]),
        ["XX"] = (["Carter", "Wilson", "García", "Martin", "Brown", "Durand", "Smith"],
            ["Emily", "James", "María", "Thomas", "Olivia", "Lucas", "Sophie"]),
    };

    public static readonly string[] ForeignTitles = ["Phó Chủ tịch", "Trưởng ban Đối ngoại", "Vụ trưởng", "Giám đốc",
        "Phó Giám đốc", "Trưởng phòng"];

    public static readonly string[] MemberTitles = ["Phó trưởng đoàn", "Chuyên viên", "Phiên dịch", "Cán bộ",
        "Thư ký đoàn"];

    /// <summary>Whole register, the source articles' figures: years 2020–2025.</summary>
    public static readonly int[] Years = [2020, 2021, 2022, 2023, 2024, 2025];

    public static readonly Source[] LaiChauInbound =
    [
        new("CN", 45, ["yunnan", "honghe", "jinping", "lvchun", "jiangcheng"], 3, 11),
        new("LA", 29, ["phongsaly", "luangnamtha", "oudomxay", "la-consulate"], 3, 10),
        new("KR", 12, ["mungyeong", "tongyeong", "geumsan", "boseong", "gyeongbuk", "kr-embassy", "kbs"], 3, 9),
        new("JP", 6, ["jp-embassy", "jica"], 2, 7),
        new("AU", 3, ["au-embassy"], 2, 5),
        new("US", 3, ["hitrun"], 2, 5),
        new("ES", 2, ["hbo"], 2, 5),
    ];

    public static readonly Source[] LaiChauOutbound =
    [
        new("CN", 40, ["yunnan", "honghe", "jinping"], 4, 9),
        new("LA", 25, ["phongsaly", "luangnamtha", "oudomxay"], 4, 8),
        new("KR", 30, ["mungyeong", "tongyeong", "geumsan", "boseong"], 3, 7),
        new("JP", 5, ["jica"], 3, 5),
    ];

    public static readonly Source[] CaoBangInbound =
    [
        new("CN", 80, ["guangxi", "chongzuo", "baise", "longzhou", "daxin", "ningming", "pingxiang", "jingxi", "napo"],
            4, 15),
        new("LA", 6, ["houaphanh"], 3, 9),
        new("JP", 5, ["cb-jp-embassy"], 2, 6),
        new("KR", 5, ["koica"], 2, 6),
        new("FR", 4, ["ggn", "fr-embassy"], 2, 6),
    ];

    public static readonly Source[] CaoBangOutbound =
    [
        new("CN", 85, ["guangxi", "chongzuo", "baise", "longzhou", "daxin", "jingxi"], 4, 10),
        new("LA", 7, ["houaphanh"], 4, 8),
        new("KR", 4, ["koica"], 3, 6),
        new("FR", 4, ["ggn"], 3, 6),
    ];
}
