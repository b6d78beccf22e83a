namespace Attache.Aid;

/// <summary>The tables the aid demo data is built from: each row one real-looking record; the totals of FACTS.md
/// come out of adding them up (tests check it).</summary>
internal sealed partial class AidDemoData
{
    /// <summary>Rates to VND: the State Bank's central rate for USD, Vietcombank transfer rates for the others.</summary>
    private static readonly (string Date, decimal Usd, decimal Eur, decimal Krw, decimal Jpy)[] Rates =
    [
        ("2020-01-02", 23_175m, 25_950m, 19.95m, 213.20m),
        ("2020-07-01", 23_210m, 26_050m, 19.30m, 215.80m),
        ("2021-01-04", 23_130m, 28_330m, 21.25m, 224.50m),
        ("2021-07-01", 23_080m, 27_400m, 20.45m, 208.30m),
        ("2022-01-04", 23_145m, 26_150m, 19.45m, 201.15m),
        ("2022-07-01", 23_270m, 24_370m, 17.95m, 171.40m),
        ("2023-01-03", 23_615m, 25_150m, 18.60m, 178.40m),
        ("2023-07-03", 23_705m, 25_810m, 18.05m, 164.25m),
        ("2024-01-02", 24_265m, 26_800m, 18.75m, 171.20m),
        ("2024-07-01", 25_455m, 27_210m, 18.35m, 157.90m),
        ("2025-01-02", 25_350m, 26_300m, 17.35m, 162.50m),
        ("2025-07-01", 26_140m, 30_610m, 19.15m, 180.95m),
    ];

    private sealed record Oda(string Identifier, string Donor, AidKind Kind, ActivityStatus Status, string TitleVi, string TitleEn,
        decimal CommittedVnd, string Start, string End, string Decision, (string Code, decimal Percentage)[] Sectors, string[] Communes);

    /// <summary>Cao Bằng's nine ODA and preferential-loan projects 2020–2025; the first seven are completed.</summary>
    private static readonly Oda[] CaoBangOda =
    [
        new("XM-DAC-46004-VN-CRIEM-CB", "cb-adb", AidKind.OdaLoan, ActivityStatus.Closed,
            "Dự án Phát triển cơ sở hạ tầng thích ứng với biến đổi khí hậu cho đồng bào dân tộc thiểu số (CRIEM), tiểu dự án tỉnh Cao Bằng",
            "Climate-Resilient Inclusive Infrastructure for Ethnic Minorities (CRIEM), Cao Bằng subproject",
            312_450_000_000m, "2020-03-02", "2024-06-28", "1012/QĐ-UBND", [("21020", 60m), ("43040", 40m)], ["Bảo Lạc", "Bảo Lâm"]),
        new("XM-DAC-44001-P152693-CB", "cb-worldbank", AidKind.OdaLoan, ActivityStatus.Closed,
            "Chương trình Mở rộng quy mô vệ sinh và nước sạch nông thôn dựa trên kết quả, tỉnh Cao Bằng",
            "Results-Based Scaling Up Rural Sanitation and Water Supply Program, Cao Bằng",
            98_760_000_000m, "2020-06-01", "2023-12-29", "845/QĐ-UBND", [("14030", 100m)], ["Hà Quảng", "Trùng Khánh", "Hòa An"]),
        new("JP-8-VN-P17-CB", "cb-jica", AidKind.OdaLoan, ActivityStatus.Closed,
            "Dự án Phát triển cơ sở hạ tầng nông thôn phục vụ sản xuất cho các tỉnh miền núi phía Bắc, tỉnh Cao Bằng",
            "Rural Infrastructure Development for Production in the Northern Mountainous Provinces, Cao Bằng",
            246_800_000_000m, "2020-09-14", "2024-12-20", "1530/QĐ-UBND", [("31140", 60m), ("43040", 40m)], ["Quảng Hòa", "Thạch An", "Hạ Lang"]),
        new("XM-DAC-988-VN-CSSP-CB", "cb-ifad", AidKind.OdaLoan, ActivityStatus.Closed,
            "Dự án Hỗ trợ kinh doanh cho nông hộ tỉnh Cao Bằng (CSSP)",
            "Commercial Smallholder Support Project (CSSP), Cao Bằng",
            185_300_000_000m, "2020-01-15", "2022-12-30", "2415/QĐ-UBND", [("31120", 70m), ("43040", 30m)], ["Nguyên Bình", "Hòa An", "Trùng Khánh"]),
        new("VN04-EDCF-BVDK-2020", "cb-kexim", AidKind.PreferentialLoan, ActivityStatus.Closed,
            "Dự án Đầu tư xây dựng Bệnh viện Đa khoa tỉnh Cao Bằng (vốn vay ưu đãi EDCF)",
            "Cao Bằng Provincial General Hospital (EDCF preferential loan)",
            276_545_000_000m, "2020-04-20", "2024-03-29", "608/QĐ-UBND", [("12191", 70m), ("12230", 30m)], ["Thục Phán"]),
        new("XM-DAC-46004-VN-SEDP2-CB", "cb-adb", AidKind.OdaLoan, ActivityStatus.Closed,
            "Dự án Phát triển giáo dục trung học khu vực khó khăn nhất giai đoạn 2, tỉnh Cao Bằng",
            "Second Secondary Education Sector Development Program for the Most Disadvantaged Regions, Cao Bằng",
            121_500_000_000m, "2020-07-06", "2023-06-30", "1102/QĐ-UBND", [("11120", 100m)], ["Bảo Lâm", "Hạ Lang", "Thông Nông"]),
        new("XM-DAC-44001-P152468-CB", "cb-worldbank", AidKind.OdaLoan, ActivityStatus.Closed,
            "Dự án Sửa chữa và nâng cao an toàn đập (WB8), tỉnh Cao Bằng",
            "Dam Rehabilitation and Safety Improvement Project (WB8), Cao Bằng",
            210_000_000_000m, "2020-02-10", "2024-09-30", "196/QĐ-UBND", [("31140", 70m), ("43060", 30m)], ["Hòa An", "Quảng Hòa", "Đông Khê"]),
        new("XM-DAC-46004-VN-NMPTC-CB", "cb-adb", AidKind.OdaLoan, ActivityStatus.Implementation,
            "Dự án Kết nối giao thông các tỉnh miền núi phía Bắc, tỉnh Cao Bằng",
            "Northern Mountainous Provinces Transport Connectivity, Cao Bằng",
            87_611_000_000m, "2023-05-15", "2027-12-31", "735/QĐ-UBND", [("21020", 100m)], ["Trà Lĩnh", "Trùng Khánh"]),
        new("VN04-KOICA-GEOPARK-2024", "cb-koica", AidKind.OdaGrant, ActivityStatus.Implementation,
            "Dự án Phát triển du lịch bền vững Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng",
            "Sustainable Tourism in the Non nước Cao Bằng UNESCO Global Geopark",
            37_600_000_000m, "2024-03-11", "2026-12-31", "412/QĐ-UBND", [("33210", 70m), ("41010", 30m)], ["Trùng Khánh", "Đàm Thủy"]),
    ];

    private sealed record Theme((string Vi, string En)[] Titles, (string Code, decimal Percentage)[] Sectors);

    /// <summary>Poverty reduction, health, education, sustainable rural development, digital transformation.</summary>
    private static readonly Theme[] CaoBangThemes =
    [
        new([("Hỗ trợ sinh kế giảm nghèo bền vững cho hộ nghèo xã {0}", "Sustainable poverty-reduction livelihoods for poor households in {0} commune"),
            ("Mô hình tiết kiệm và vay vốn thôn bản tại xã {0}", "Village savings and loans groups in {0} commune"),
            ("Trợ giúp xã hội cho người cao tuổi và người khuyết tật xã {0}", "Social assistance for older people and people with disabilities in {0} commune")],
            [("16010", 60m), ("43072", 40m)]),
        new([("Cải thiện dinh dưỡng trẻ em dưới 5 tuổi tại xã {0}", "Improving nutrition of children under five in {0} commune"),
            ("Nâng cấp trạm y tế xã {0}", "Upgrading the commune health station of {0}"),
            ("Chăm sóc sức khỏe bà mẹ và trẻ sơ sinh tại xã {0}", "Maternal and newborn health care in {0} commune")],
            [("12240", 50m), ("12220", 50m)]),
        new([("Xây dựng điểm trường mầm non tại xã {0}", "A kindergarten school site for {0} commune"),
            ("Thư viện thân thiện và văn hóa đọc cho học sinh xã {0}", "Child-friendly libraries and reading for the pupils of {0} commune"),
            ("Học bổng và bán trú cho học sinh dân tộc thiểu số xã {0}", "Scholarships and boarding support for ethnic-minority pupils of {0} commune")],
            [("11220", 70m), ("11120", 30m)]),
        new([("Phát triển chuỗi giá trị hồi, quế và hạt dẻ tại xã {0}", "Star anise, cinnamon and chestnut value chains in {0} commune"),
            ("Thủy lợi nhỏ và đường nội đồng cho xã {0}", "Small irrigation works and field roads for {0} commune"),
            ("Nông nghiệp thông minh thích ứng khí hậu cho đồng bào dân tộc thiểu số xã {0}", "Climate-smart farming for ethnic-minority households in {0} commune")],
            [("43040", 60m), ("31120", 40m)]),
        new([("Chuyển đổi số trong trường học và trạm y tế xã {0}", "Digital transformation of the schools and health station of {0} commune"),
            ("Kỹ năng số và thương mại điện tử cho hợp tác xã tại xã {0}", "Digital skills and e-commerce for the cooperatives of {0} commune"),
            ("Internet cho thôn bản vùng cao xã {0}", "Internet access for the highland villages of {0} commune")],
            [("22040", 100m)]),
    ];

    /// <summary>Health, education, clean water, livelihoods, climate change.</summary>
    private static readonly Theme[] LaiChauThemes =
    [
        new([("Nâng cao năng lực trạm y tế và y tế thôn bản xã {0}", "Stronger commune health station and village health workers in {0}"),
            ("Phòng chống suy dinh dưỡng và bệnh truyền nhiễm cho trẻ em xã {0}", "Preventing malnutrition and infectious disease among children of {0} commune"),
            ("Chăm sóc sức khỏe sinh sản cho phụ nữ dân tộc thiểu số xã {0}", "Reproductive health care for ethnic-minority women in {0} commune")],
            [("12220", 70m), ("12250", 30m)]),
        new([("Xây dựng nhà bán trú cho học sinh xã {0}", "Boarding houses for the pupils of {0} commune"),
            ("Giáo dục song ngữ mầm non cho trẻ em dân tộc thiểu số xã {0}", "Bilingual pre-school education for ethnic-minority children in {0} commune"),
            ("Phòng học và thư viện cho điểm trường xã {0}", "Classrooms and a library for the school sites of {0} commune")],
            [("11220", 60m), ("11120", 40m)]),
        new([("Công trình cấp nước sinh hoạt tập trung xã {0}", "Piped drinking water for {0} commune"),
            ("Nước sạch và vệ sinh trường học xã {0}", "Clean water and sanitation in the schools of {0} commune"),
            ("Bể chứa nước và nhà tiêu hợp vệ sinh cho hộ gia đình xã {0}", "Water tanks and hygienic latrines for the households of {0} commune")],
            [("14031", 80m), ("14030", 20m)]),
        new([("Phát triển chè Shan tuyết và hợp tác xã tại xã {0}", "Shan tuyết tea and cooperatives in {0} commune"),
            ("Chăn nuôi bò sinh sản cho hộ nghèo xã {0}", "Breeding cattle for poor households in {0} commune"),
            ("Dạy nghề dệt thổ cẩm và du lịch cộng đồng cho phụ nữ xã {0}", "Brocade weaving and community tourism for the women of {0} commune")],
            [("31120", 50m), ("43072", 30m), ("16020", 20m)]),
        new([("Trồng rừng phòng hộ đầu nguồn xã {0}", "Watershed protection forest for {0} commune"),
            ("Phòng chống sạt lở và lũ quét dựa vào cộng đồng xã {0}", "Community-based landslide and flash-flood preparedness in {0} commune"),
            ("Canh tác thích ứng biến đổi khí hậu trên đất dốc xã {0}", "Climate-adapted farming on sloping land in {0} commune")],
            [("41010", 40m), ("43060", 60m)]),
    ];

    private static readonly (string Name, double Lat, double Lon)[] CaoBangCommunes =
    [
        ("Trùng Khánh", 22.83, 106.52), ("Hà Quảng", 22.90, 106.11), ("Bảo Lạc", 22.95, 105.68), ("Quảng Hòa", 22.67, 106.45),
        ("Nguyên Bình", 22.65, 105.95), ("Hòa An", 22.72, 106.20), ("Thạch An", 22.48, 106.33), ("Hạ Lang", 22.72, 106.70),
        ("Bảo Lâm", 22.87, 105.47), ("Đàm Thủy", 22.85, 106.72), ("Thông Nông", 22.80, 105.98), ("Trà Lĩnh", 22.81, 106.32),
        ("Đông Khê", 22.43, 106.43), ("Phục Hòa", 22.55, 106.50), ("Lý Bôn", 22.78, 105.60),
    ];

    private static readonly (string Name, double Lat, double Lon)[] LaiChauCommunes =
    [
        ("Phong Thổ", 22.53, 103.35), ("Sìn Hồ", 22.36, 103.24), ("Tam Đường", 22.35, 103.58), ("Than Uyên", 21.95, 103.89),
        ("Mường Tè", 22.38, 102.82), ("Nậm Nhùn", 22.16, 103.01), ("Tân Uyên", 22.15, 103.75), ("Bum Tở", 22.45, 102.75),
        ("Dào San", 22.61, 103.28), ("Sì Lở Lầu", 22.66, 103.35), ("Mường Kim", 21.90, 103.95), ("Pa Tần", 22.46, 103.11),
        ("Bình Lư", 22.30, 103.63), ("Khun Há", 22.25, 103.55),
    ];

    /// <summary>Lai Châu's non-refundable aid 2021–2025, commitment by commitment (donor, currency, amount, date).</summary>
    private static readonly (string Donor, string Currency, decimal Amount, string Date)[] LaiChauAid =
    [
        ("lc-emb-japan", "JPY", 58_000_000m, "2021-03-15"),
        ("lc-emb-ireland", "EUR", 226_000m, "2021-05-20"),
        ("lc-emb-australia", "USD", 141_000m, "2021-08-10"),
        ("lc-emb-korea", "KRW", 696_000_000m, "2021-10-05"),
        ("lc-emb-newzealand", "USD", 233_000m, "2022-02-14"),
        ("lc-koica", "KRW", 237_000_000m, "2022-04-18"),
        ("lc-gef-sgp", "USD", 100_000m, "2022-06-20"),
        ("lc-unicef", "USD", 174_000m, "2022-09-12"),
        ("lc-undp", "USD", 400_000m, "2022-11-07"),
        ("lc-jica", "JPY", 38_000_000m, "2023-02-20"),
        ("lc-worldvision", "USD", 291_000m, "2023-04-10"),
        ("lc-plan", "USD", 263_000m, "2023-06-15"),
        ("lc-savechildren", "USD", 111_000m, "2023-08-21"),
        ("lc-childfund", "USD", 239_000m, "2023-10-16"),
        ("lc-care", "USD", 350_000m, "2024-01-22"),
        ("lc-helvetas", "USD", 201_000m, "2024-03-18"),
        ("lc-eastmeetswest", "USD", 311_000m, "2024-05-13"),
        ("lc-goodneighbors", "KRW", 751_000_000m, "2024-07-15"),
        ("lc-kfhi", "KRW", 752_000_000m, "2024-09-09"),
        ("lc-caritas", "EUR", 254_000m, "2024-11-11"),
        ("lc-eu", "EUR", 104_000m, "2025-02-17"),
        ("lc-emb-japan", "JPY", 20_000_000m, "2025-03-24"),
        ("lc-emb-ireland", "EUR", 224_000m, "2025-05-12"),
        ("lc-emb-australia", "USD", 383_000m, "2025-06-16"),
        ("lc-emb-korea", "KRW", 471_000_000m, "2025-08-04"),
        ("lc-emb-newzealand", "USD", 145_000m, "2025-09-08"),
        ("lc-koica", "KRW", 634_000_000m, "2021-12-06"),
        ("lc-gef-sgp", "USD", 271_000m, "2022-12-05"),
        ("lc-unicef", "USD", 147_000m, "2023-12-04"),
        ("lc-undp", "USD", 285_000m, "2024-12-02"),
        ("lc-jica", "JPY", 59_000_000m, "2025-01-13"),
        // World Vision's country office gives in VND: this commitment brings the five years to 226 billion VND.
        ("lc-worldvision", "VND", 5_854_865_000m, "2025-04-21"),
    ];

    /// <summary>Cao Bằng's non-refundable aid commitments in USD, one per project, 2020–2025 (52 million USD in all).</summary>
    private static readonly decimal[] CaoBangAidUsd =
    [
        800_000m, 1_000_000m, 500_000m, 1_250_000m, 1_600_000m, 600_000m, 450_000m, 450_000m,
        300_000m, 1_250_000m, 2_000_000m, 1_000_000m, 400_000m, 800_000m, 1_800_000m, 2_000_000m,
        1_200_000m, 900_000m, 650_000m, 500_000m, 900_000m, 750_000m, 300_000m, 2_800_000m,
        900_000m, 900_000m, 750_000m, 650_000m, 1_000_000m, 1_000_000m, 2_800_000m, 1_200_000m,
        450_000m, 2_500_000m, 1_100_000m, 3_000_000m, 1_250_000m, 1_800_000m, 800_000m, 650_000m,
        800_000m, 1_600_000m, 900_000m, 450_000m, 2_000_000m, 1_300_000m,
    ];

    private static readonly Dictionary<string, (string? Ref, string Type)> Organisations = new()
    {
        ["cb-plan"] = ("GB-CHC-276035", "21"),
        ["cb-worldvision"] = (null, "21"),
        ["cb-savechildren"] = ("GB-CHC-213890", "21"),
        ["cb-childfund"] = (null, "21"),
        ["cb-oxfam"] = ("GB-CHC-202918", "21"),
        ["cb-care"] = ("GB-CHC-292506", "21"),
        ["cb-actionaid"] = (null, "21"),
        ["cb-caritas-ch"] = (null, "21"),
        ["cb-helvetas"] = (null, "21"),
        ["cb-snv"] = (null, "21"),
        ["cb-heifer"] = (null, "21"),
        ["cb-thrive"] = (null, "21"),
        ["cb-crs"] = (null, "21"),
        ["cb-samaritans"] = (null, "21"),
        ["cb-habitat"] = (null, "21"),
        ["cb-roomtoread"] = (null, "21"),
        ["cb-bluedragon"] = (null, "21"),
        ["cb-operationsmile"] = (null, "21"),
        ["cb-orbis"] = (null, "21"),
        ["cb-fredhollows"] = (null, "60"),
        ["cb-mcnv"] = (null, "21"),
        ["cb-path"] = (null, "21"),
        ["cb-pacificlinks"] = (null, "60"),
        ["cb-goodneighbors"] = (null, "21"),
        ["cb-asiafoundation"] = (null, "60"),
        ["cb-childrenofvietnam"] = (null, "21"),
        ["cb-aideetaction"] = (null, "21"),
        ["cb-emb-japan"] = (null, "10"),
        ["cb-emb-australia"] = ("AU-5", "10"),
        ["cb-emb-ireland"] = (null, "10"),
        ["cb-emb-newzealand"] = ("NZ-1", "10"),
        ["cb-emb-korea"] = (null, "10"),
        ["cb-emb-canada"] = (null, "10"),
        ["cb-unicef"] = ("XM-DAC-41122", "40"),
        ["cb-undp"] = ("XM-DAC-41114", "40"),
        ["cb-who"] = ("XM-DAC-928", "40"),
        ["cb-fao"] = ("XM-DAC-41301", "40"),
        ["cb-unwomen"] = ("XM-DAC-41146", "40"),
        ["cb-globalfund"] = ("XM-DAC-47045", "40"),
        ["cb-gavi"] = ("XM-DAC-47122", "40"),
        ["cb-koica"] = (null, "10"),
        ["cb-worldbank"] = ("XM-DAC-44001", "40"),
        ["cb-adb"] = ("XM-DAC-46004", "40"),
        ["cb-jica"] = ("JP-8", "10"),
        ["cb-ifad"] = ("XM-DAC-988", "40"),
        ["cb-kexim"] = (null, "10"),
        ["lc-emb-japan"] = (null, "10"),
        ["lc-emb-ireland"] = (null, "10"),
        ["lc-emb-australia"] = ("AU-5", "10"),
        ["lc-emb-korea"] = (null, "10"),
        ["lc-emb-newzealand"] = ("NZ-1", "10"),
        ["lc-koica"] = (null, "10"),
        ["lc-gef-sgp"] = (null, "40"),
        ["lc-unicef"] = ("XM-DAC-41122", "40"),
        ["lc-undp"] = ("XM-DAC-41114", "40"),
        ["lc-jica"] = ("JP-8", "10"),
        ["lc-worldvision"] = (null, "21"),
        ["lc-plan"] = ("GB-CHC-276035", "21"),
        ["lc-savechildren"] = ("GB-CHC-213890", "21"),
        ["lc-childfund"] = (null, "21"),
        ["lc-care"] = ("GB-CHC-292506", "21"),
        ["lc-helvetas"] = (null, "21"),
        ["lc-eastmeetswest"] = (null, "21"),
        ["lc-goodneighbors"] = (null, "21"),
        ["lc-kfhi"] = (null, "21"),
        ["lc-caritas"] = (null, "21"),
        ["lc-eu"] = ("XI-IATI-EC_INTPA", "40"),
    };
}
