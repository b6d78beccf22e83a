using Attache.Demo;
using Attache.Partners;

namespace Attache.Agreements;

internal sealed partial class AgreementDemoData
{
    private const string CaoBangCommittee = "Ủy ban nhân dân tỉnh Cao Bằng";

    /// <summary>A kind of document Cao Bằng signs again and again with different partners. Titles use {p} (the
    /// partners' Vietnamese names), {pe} (Latin), {pz} (native), {y} (year) and {x} (the row's own detail).</summary>
    private sealed record Topic(AgreementKind Kind, string[] Fields, int Years, string Party, string Vi, string En,
        string? Zh);

    private static readonly Dictionary<string, Topic> Topics = new()
    {
        ["border-talks"] = new(AgreementKind.MinutesOfTalks, [AgreementFields.BorderManagement], 0, CaoBangCommittee,
            "Biên bản hội đàm về công tác quản lý biên giới năm {y} giữa tỉnh Cao Bằng và {p}",
            "Minutes of talks on border management in {y} between Cao Bang Province and {pe}",
                "{y}年高平省与{pz}边境管理工作会谈纪要"),
        ["annual-talks"] = new(AgreementKind.MinutesOfTalks,
            [AgreementFields.Trade, AgreementFields.Culture, AgreementFields.BorderManagement], 0,
            CaoBangCommittee, "Biên bản hội đàm về kế hoạch hợp tác năm {y} giữa tỉnh Cao Bằng và {p}",
            "Minutes of talks on the {y} cooperation plan between Cao Bang Province and {pe}", "高平省与{pz}{y}年合作计划会谈纪要"),
        ["spring-meeting"] = new(AgreementKind.MinutesOfTalks,
            [AgreementFields.Trade, AgreementFields.BorderManagement, AgreementFields.Other], 0,
            "Tỉnh ủy Cao Bằng",
                "Biên bản Cuộc gặp gỡ đầu Xuân {y} giữa Bí thư Tỉnh ủy Quảng Ninh, Lạng Sơn, Cao Bằng, Hà Giang và "
                + "Bí thư Khu ủy {p}",
            "Minutes of the {y} Spring Meeting of the party secretaries of Quang Ninh, Lang Son, Cao Bang, Ha Giang "
                + "and {pe}",
            "{y}年越南广宁、谅山、高平、河江四省省委书记与广西壮族自治区党委书记新春会晤纪要"),
        ["tourism"] = new(AgreementKind.Agreement, [AgreementFields.Tourism], 5,
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng",
            "Thỏa thuận hợp tác phát triển du lịch giữa Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng và {p}",
            "Tourism development cooperation agreement between the Cao Bang Department of Culture, Sports and "
                + "Tourism and {pe}", "高平省文化体育旅游厅与{pz}旅游发展合作协议"),
        ["trade"] = new(AgreementKind.MemorandumOfUnderstanding, [AgreementFields.Trade], 3,
            "Sở Công Thương tỉnh Cao Bằng",
            "Biên bản ghi nhớ về tăng cường hợp tác kinh tế, thương mại biên giới giữa tỉnh Cao Bằng và {p}",
            "Memorandum of understanding on closer economic and border-trade cooperation between Cao Bang Province "
                + "and {pe}", "高平省与{pz}加强经贸和边境贸易合作备忘录"),
        ["health"] = new(AgreementKind.Agreement, [AgreementFields.Health], 3, "Sở Y tế tỉnh Cao Bằng",
            "Thỏa thuận hợp tác phòng, chống dịch bệnh truyền nhiễm qua biên giới giữa Sở Y tế tỉnh Cao Bằng và {p}",
            "Agreement on preventing cross-border communicable diseases between the Cao Bang Department of Health "
                + "and {pe}", "高平省卫生厅与{pz}跨境传染病防控合作协议"),
        ["education"] = new(AgreementKind.MemorandumOfUnderstanding, [AgreementFields.Education], 5, CaoBangCommittee,
            "Biên bản ghi nhớ hợp tác đào tạo nguồn nhân lực giữa tỉnh Cao Bằng và {p}",
            "Memorandum of understanding on training and human resources between Cao Bang Province and {pe}",
                "高平省与{pz}人才培养合作备忘录"),
        ["culture"] = new(AgreementKind.Agreement, [AgreementFields.Culture], 1,
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng",
            "Thỏa thuận giao lưu văn hóa, văn nghệ, thể thao dịp Xuân {y} giữa tỉnh Cao Bằng và {p}",
            "Agreement on Spring {y} cultural, artistic and sports exchanges between Cao Bang Province and {pe}",
                "高平省与{pz}{y}年春节文化文艺体育交流协议"),
        ["forest"] = new(AgreementKind.Agreement, [AgreementFields.Environment, AgreementFields.BorderManagement], 3,
            "Sở Nông nghiệp và Môi trường tỉnh Cao Bằng",
            "Thỏa thuận hợp tác phòng cháy, chữa cháy rừng và bảo vệ tài nguyên rừng vùng biên giới giữa tỉnh Cao "
                + "Bằng và {p}",
            "Agreement on forest-fire prevention and protection of forest resources in the border area between Cao "
                + "Bang Province and {pe}", "高平省与{pz}边境地区森林防火和森林资源保护合作协议"),
        ["labour"] = new(AgreementKind.Agreement, [AgreementFields.Labour], 3, "Sở Nội vụ tỉnh Cao Bằng",
            "Thỏa thuận hợp tác quản lý lao động qua biên giới giữa tỉnh Cao Bằng và {p}",
            "Agreement on the management of cross-border labour between Cao Bang Province and {pe}",
                "高平省与{pz}跨境劳务管理合作协议"),
        ["agriculture"] = new(AgreementKind.MemorandumOfUnderstanding, [AgreementFields.HighTechAgriculture], 3,
            "Sở Nông nghiệp và Môi trường tỉnh Cao Bằng",
            "Biên bản ghi nhớ hợp tác phát triển nông nghiệp công nghệ cao và kiểm dịch động, thực vật giữa tỉnh Cao "
                + "Bằng và {p}",
            "Memorandum of understanding on high-tech agriculture and plant and animal quarantine between Cao Bang "
                + "Province and {pe}", "高平省与{pz}高科技农业和动植物检疫合作备忘录"),
        ["digital"] = new(AgreementKind.MemorandumOfUnderstanding, [AgreementFields.Other], 3,
            "Sở Khoa học và Công nghệ tỉnh Cao Bằng",
            "Biên bản ghi nhớ hợp tác khoa học, công nghệ và chuyển đổi số giữa tỉnh Cao Bằng và {p}",
            "Memorandum of understanding on science, technology and digital transformation between Cao Bang Province "
                + "and {pe}", "高平省与{pz}科技和数字化转型合作备忘录"),
        ["twinning"] = new(AgreementKind.Agreement, [AgreementFields.Culture, AgreementFields.BorderManagement], 0,
            "Ủy ban nhân dân xã {x}",
            "Thỏa thuận xây dựng quan hệ hữu nghị giữa xã {x} (tỉnh Cao Bằng, Việt Nam) và {p} (Trung Quốc)",
            "Friendship agreement between {x} commune (Cao Bang, Viet Nam) and {pe} (China)", "越南高平省{x}社与中国{pz}友好关系协议"),
        ["gate"] = new(AgreementKind.MinutesOfTalks, [AgreementFields.BorderManagement, AgreementFields.Trade], 0,
            CaoBangCommittee,
            "Biên bản hội đàm về {x} giữa tỉnh Cao Bằng và {p}",
                "Minutes of talks on {x} between Cao Bang Province and {pe}", null),
        ["intent"] = new(AgreementKind.LetterOfIntent,
            [AgreementFields.Investment, AgreementFields.HighTechAgriculture], 1, "Sở Tài chính tỉnh Cao Bằng",
            "Thư ý định hợp tác đầu tư {x} tại tỉnh Cao Bằng với {p}",
                "Letter of intent with {pe} on investing in {x} in Cao Bang Province", null),
        ["contract"] = new(AgreementKind.EnterpriseContract, [AgreementFields.Investment, AgreementFields.Trade], 10,
            "Ban Quản lý Khu kinh tế tỉnh Cao Bằng",
            "Hợp đồng hợp tác {x} với {p}", "Cooperation contract with {pe}: {x}", "与{pz}合作合同"),
        ["geopark"] = new(AgreementKind.MemorandumOfUnderstanding,
            [AgreementFields.Tourism, AgreementFields.Environment], 5, CaoBangCommittee,
            "Biên bản ghi nhớ hợp tác giữa Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng và {p}",
            "Memorandum of understanding between Non nuoc Cao Bang UNESCO Global Geopark and {pe}", null),
        ["geopark-commitment"] = new(AgreementKind.Other, [AgreementFields.Tourism, AgreementFields.Environment], 4,
            CaoBangCommittee,
            "Văn bản cam kết thực hiện các khuyến nghị tái thẩm định của {p} đối với Công viên địa chất Non nước Cao "
                + "Bằng",
            "Letter of commitment to the revalidation recommendations of {pe} for Non nuoc Cao Bang Geopark", null),
    };

    /// <summary>The 69 documents of 2020–2025, in signing order: topic, partner keys joined by '+', signing day,
    /// detail.</summary>
    private static readonly (string Topic, string Partners, string Signed, string? Detail)[] CaoBangRows =
    [
        ("border-talks", "chongzuo", "2020-01-09", null),
        ("culture", "longzhou", "2020-01-16", null),
        ("health", "guangxi", "2020-03-05", null),
        ("trade", "baise", "2020-06-18", null),
        ("border-talks", "baise", "2020-10-22", null),
        ("twinning", "daxin", "2020-11-26", "Đàm Thủy"),
        ("tourism", "daxin", "2020-12-28", null),
        ("border-talks", "longzhou", "2021-01-14", null),
        ("forest", "napo", "2021-03-25", null),
        ("labour", "chongzuo", "2021-05-12", null),
        ("annual-talks", "guangxi", "2021-06-29", null),
        ("health", "baise", "2021-08-19", null),
        ("trade", "pingxiang", "2021-09-23", null),
        ("border-talks", "jingxi", "2021-11-04", null),
        ("contract", "hengda", "2021-12-16", "đầu tư xây dựng và khai thác bãi kiểm hóa tập trung cửa khẩu Tà Lùng"),
        ("border-talks", "chongzuo", "2022-01-13", null),
        ("culture", "ningming", "2022-02-10", null),
        ("education", "gx-minzu", "2022-03-30", null),
        ("trade", "guangxi", "2022-04-21", null),
        ("gate", "jingxi", "2022-05-26",
            "nâng cấp cặp cửa khẩu Trà Lĩnh – Long Bang thành cửa khẩu quốc tế và mở luồng thông quan Nà Đoỏng – Na "
            + "Rì"),
        ("agriculture", "baise", "2022-06-16", null),
        ("border-talks", "napo", "2022-07-21", null),
        ("forest", "longzhou", "2022-08-25", null),
        ("health", "ningming", "2022-09-29", null),
        ("twinning", "longzhou", "2022-10-27", "Quang Long"),
        ("trade", "chongzuo", "2022-12-20", null),
        ("spring-meeting", "guangxi", "2023-02-15", null),
        ("border-talks", "chongzuo", "2023-03-09", null),
        ("education", "gx-medical", "2023-04-13", null),
        ("gate", "longzhou", "2023-05-18",
            "xây dựng cầu Tà Lùng II – Thủy Khẩu và nâng cấp cặp cửa khẩu Tà Lùng – Thủy Khẩu thành cửa khẩu quốc tế"),
        ("health", "guangxi", "2023-06-08", null),
        ("forest", "jingxi", "2023-06-29", null),
        ("labour", "longzhou", "2023-07-13", null),
        ("twinning", "jingxi", "2023-08-10", "Trà Lĩnh"),
        ("bangioc", "daxin+chongzuo", "2023-08-24", null),
        ("trade", "ningming", "2023-09-07", null),
        ("geopark", "apgn", "2023-09-25", null),
        ("tourism", "detian-tourism", "2023-10-19", null),
        ("culture", "napo", "2023-11-09", null),
        ("gate", "daxin", "2023-11-30", "việc mở cặp cửa khẩu song phương Lý Vạn – Thạc Long"),
        ("agriculture", "jingxi", "2023-12-14", null),
        ("spring-meeting", "guangxi", "2024-02-21", null),
        ("border-talks", "baise", "2024-03-14", null),
        ("twinning", "daxin", "2024-03-28", "Lý Quốc"),
        ("digital", "guangxi", "2024-04-18", null),
        ("trade", "longzhou", "2024-05-09", null),
        ("intent", "hokuriku-agri", "2024-05-30", "nhà máy chế biến rau quả sạch"),
        ("annual-talks", "chongzuo", "2024-06-20", null),
        ("health", "napo", "2024-07-11", null),
        ("contract", "longfeng-agri", "2024-08-08", "liên kết trồng, thu mua và chế biến hạt dẻ Trùng Khánh"),
        ("education", "baise", "2024-08-29", null),
        ("forest", "ningming", "2024-09-19", null),
        ("border-talks", "pingxiang", "2024-10-10", null),
        ("labour", "jingxi", "2024-10-31", null),
        ("twinning", "longzhou", "2024-11-14", "Tà Lùng"),
        ("geopark-commitment", "ggn", "2024-12-05", null),
        ("spring-meeting", "guangxi", "2025-02-12", null),
        ("border-talks", "chongzuo", "2025-02-27", null),
        ("culture", "daxin", "2025-03-06", null),
        ("trade", "baise", "2025-03-27", null),
        ("intent", "daegu-smartfarm", "2025-04-17", "khu nông nghiệp ứng dụng công nghệ cao (nhà kính thông minh)"),
        ("annual-talks", "guangxi", "2025-05-15", null),
        ("gate", "longzhou", "2025-06-05",
            "thí điểm cửa khẩu thông minh và thông quan hàng hóa qua cặp cửa khẩu Tà Lùng – Thủy Khẩu"),
        ("health", "chongzuo", "2025-06-26", null),
        ("education", "chongzuo", "2025-07-17", null),
        ("twinning", "napo", "2025-08-07", "Sóc Hà"),
        ("digital", "chongzuo", "2025-09-11", null),
        ("tourism", "jingxi", "2025-10-09", null),
        ("forest", "baise", "2025-10-30", null),
    ];

    private List<Agreement> CaoBang(DemoContext demo)
    {
        var list = new List<Agreement>();
        foreach (var (topicKey, partnerKeys, signedText, detail) in CaoBangRows)
        {
            var partners = partnerKeys.Split('+').Select(demo.Partner).ToList();
            var signed = DateOnly.ParseExact(signedText, "yyyy-MM-dd",
                System.Globalization.CultureInfo.InvariantCulture);
            if (topicKey == "bangioc")
            {
                list.Add(BanGioc(demo, partners, signed));
                continue;
            }

            var topic = Topics[topicKey];
            string Fill(string template) => template
                .Replace("{pe}", string.Join(" and ", partners.Select(p => p.NameLatin)), StringComparison.Ordinal)
                .Replace("{pz}", string.Join("、", partners.Select(p => p.NameNative ?? p.NameLatin)),
                    StringComparison.Ordinal)
                .Replace("{p}", string.Join(" và ", partners.Select(p => p.NameVietnamese ?? p.NameLatin)),
                    StringComparison.Ordinal)
                .Replace("{y}", signed.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    StringComparison.Ordinal)
                .Replace("{x}", detail ?? "", StringComparison.Ordinal);

            // The last two of 2025 are signed but take effect with the new year.
            DateOnly? effective = signed > new DateOnly(2025, 10, 1) ? new DateOnly(2026, 1, 1) : null;
            var place = list.Count % 2 == 0 ? "Cao Bằng" : (partners[0].NameVietnamese ?? partners[0].NameLatin)
                + $" ({partners[0].Country})";
            list.Add(Signed(demo.CaoBang.Id, topic.Kind, Fill(topic.Party), Fill(topic.Vi), Fill(topic.En),
                topic.Zh is null ? null : Fill(topic.Zh),
                partners, topic.Fields, signed, place, topic.Years, effective: effective));
        }

        FollowUp(list);
        return list;
    }

    /// <summary>The Bản Giốc (VN) – Detian (CN) waterfall scenic area: pilot operation from 15 Sep 2023, official from
    /// 15 Oct 2024.</summary>
    private Agreement BanGioc(DemoContext demo, IReadOnlyList<Partner> partners, DateOnly signed)
    {
        var a = Signed(demo.CaoBang.Id, AgreementKind.Agreement, CaoBangCommittee,
            "Thỏa thuận hợp tác vận hành Khu cảnh quan thác Bản Giốc (Việt Nam) – Đức Thiên (Trung Quốc)",
            "Cooperation agreement on operating the Ban Gioc (Viet Nam) – Detian (China) waterfall scenic area",
            "中越德天（板约）瀑布跨境旅游合作区运营合作协议", partners,
            [AgreementFields.Tourism, AgreementFields.BorderManagement], signed, "Đại Tân, Quảng Tây (CN)", years: 0,
            autoRenewal: false, effective: new DateOnly(2023, 9, 15),
                provinceSignatory: "Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng");
        a.Notes =
            "The Department of Foreign Affairs was the standing body of the provincial coordination committee from "
            + "2016 to November 2024.";
        Consult(a,
            (Mofa, 2023, 5, 10, 6, 2,
            "Agrees; the scenic area stays within the boundary of the 2009 border demarcation protocol."),
            ("Bộ Văn hóa, Thể thao và Du lịch", 2023, 5, 10, 6, 9,
                "Agrees; visitor management to follow the 2019 intergovernmental agreement."),
            ("Bộ Quốc phòng", 2023, 5, 10, 6, 20, "Agrees; the border guard posts keep control of the visitor route."));
        Act(a, (2023, 9, 15, "Lễ vận hành thử nghiệm Khu cảnh quan thác Bản Giốc – Đức Thiên",
            "Khách hai bên tham quan khu vực hợp tác theo lộ trình chung"),
            (2024, 10, 15, "Chính thức vận hành Khu cảnh quan thác Bản Giốc – Đức Thiên", "Vận hành chính thức"),
            (2025, 6, 18, "Họp sơ kết vận hành khu cảnh quan với huyện Đại Tân",
                "Thống nhất mở rộng giờ đón khách mùa hè"));
        return a;
    }

    /// <summary>Consultations on a few, activities on some, and the logistics contract the investor gave up.</summary>
    private static void FollowUp(List<Agreement> list)
    {
        Agreement Find(string start) => list.First(a => a.TitleVi.StartsWith(start, StringComparison.Ordinal));

        var minzu = Find("Biên bản ghi nhớ hợp tác đào tạo nguồn nhân lực giữa tỉnh Cao Bằng và Đại học Dân tộc");
        Consult(minzu, (Mofa, 2022, 1, 20, 2, 14, "Agrees."),
            ("Bộ Giáo dục và Đào tạo", 2022, 1, 20, 2, 25,
            "Agrees; recognition of degrees as per the 2009 agreement."));
        Act(minzu, (2022, 9, 5, "20 sinh viên Cao Bằng nhập học ngành tiếng Trung", "Học bổng toàn phần"),
            (2024, 9, 6, "Đợt 2: 25 sinh viên nhập học", null));

        var bridge = Find("Biên bản hội đàm về xây dựng cầu Tà Lùng II");
        Consult(bridge, (Mofa, 2023, 3, 2, 3, 30, "Agrees."),
            ("Bộ Giao thông vận tải", 2023, 3, 2, 4, 12, "Agrees; design to be approved jointly."));

        var chestnut = Find("Hợp đồng hợp tác liên kết trồng");
        Consult(chestnut, (Mofa, 2024, 6, 3, 6, 28, "No objection."),
            ("Bộ Công Thương", 2024, 6, 3, 7, 5, "Agrees; origin traceability required for export."));
        Act(chestnut, (2025, 9, 20, "Thu mua vụ hạt dẻ đầu tiên theo hợp đồng", "120 tấn"));

        var smartFarm = Find("Thư ý định hợp tác đầu tư khu nông nghiệp");
        Consult(smartFarm, (Mofa, 2025, 3, 3, 3, 24, "No objection."));

        Act(list.First(a => a.TitleVi.StartsWith("Thỏa thuận hợp tác phòng, chống dịch", StringComparison.Ordinal)
            && a.SignedOn!.Value.Year == 2023),
            (2024, 3, 21, "Diễn tập chung phòng chống dịch tại cửa khẩu Tà Lùng", "Đạt yêu cầu"));

        var logistics = Find("Hợp đồng hợp tác đầu tư xây dựng");
        logistics.Status = AgreementStatus.Terminated;
        logistics.EndedOn = new DateOnly(2023, 6, 30);
        logistics.EndNote =
            "Terminated by mutual consent: the investor withdrew after the border-gate closures of 2021–2022.";
    }
}
