using Attache.Demo;
using Attache.Infrastructure;

namespace Attache.Partners;

/// <summary>Every foreign partner FACTS.md names, in the province that works with it. Later parts refer to
/// them by key (demo.Partner("mungyeong")).</summary>
internal sealed class PartnerDemoData : IDemoData
{
    public int Order => 20;

    private sealed record Seed(string Key, string Province, PartnerKind Kind, string Country, string Latin, string? Native,
        string? Vietnamese, string? Parent = null, double? Lat = null, double? Lon = null, string? Website = null,
        string? Notes = null, string[]? Tags = null);

    private static readonly Seed[] Seeds =
    [
        // Lai Châu (VN-01): Yunnan, northern Laos, the Korean localities of the five agreements, the media.
        new("yunnan", "VN-01", PartnerKind.ForeignLocality, "CN", "Yunnan Province", "云南省", "Tỉnh Vân Nam", Lat: 25.04, Lon: 102.71,
            Tags: ["traditional partner"]),
        new("honghe", "VN-01", PartnerKind.ForeignLocality, "CN", "Honghe Hani and Yi Autonomous Prefecture", "红河哈尼族彝族自治州",
            "Châu Hồng Hà", "yunnan", 23.36, 103.40, Tags: ["border", "border talks"]),
        new("jinping", "VN-01", PartnerKind.ForeignLocality, "CN", "Jinping Miao, Yao and Dai Autonomous County", "金平苗族瑶族傣族自治县",
            "Huyện Kim Bình", "honghe", 22.78, 103.23, Tags: ["border"]),
        new("lvchun", "VN-01", PartnerKind.ForeignLocality, "CN", "Lüchun County", "绿春县", "Huyện Lục Xuân", "honghe", 22.99, 102.39,
            Tags: ["border"]),
        new("jiangcheng", "VN-01", PartnerKind.ForeignLocality, "CN", "Jiangcheng Hani and Yi Autonomous County", "江城哈尼族彝族自治县",
            "Huyện Giang Thành", "yunnan", 22.58, 101.86, Tags: ["border"]),
        new("phongsaly", "VN-01", PartnerKind.ForeignLocality, "LA", "Phongsaly Province", "ແຂວງຜົ້ງສາລີ", "Tỉnh Phông-xa-lỳ",
            Lat: 21.68, Lon: 102.10, Tags: ["traditional partner"]),
        new("luangnamtha", "VN-01", PartnerKind.ForeignLocality, "LA", "Luang Namtha Province", "ແຂວງຫຼວງນ້ຳທາ", "Tỉnh Luổng Nậm Thà",
            Lat: 20.95, Lon: 101.40, Tags: ["traditional partner"]),
        new("oudomxay", "VN-01", PartnerKind.ForeignLocality, "LA", "Oudomxay Province", "ແຂວງອຸດົມໄຊ", "Tỉnh U-đôm-xay",
            Lat: 20.69, Lon: 101.99, Tags: ["traditional partner"]),
        new("gyeongbuk", "VN-01", PartnerKind.ForeignLocality, "KR", "Gyeongsangbuk-do", "경상북도", "Tỉnh Gyeongsang Bắc",
            Lat: 36.57, Lon: 128.73),
        new("mungyeong", "VN-01", PartnerKind.ForeignLocality, "KR", "Mungyeong City", "문경시", "Thành phố Mungyeong", "gyeongbuk",
            36.59, 128.19, "https://www.gbmg.go.kr", "Seasonal agricultural workers programme partner.", ["labour", "agreement"]),
        new("gyeongnam", "VN-01", PartnerKind.ForeignLocality, "KR", "Gyeongsangnam-do", "경상남도", "Tỉnh Gyeongsang Nam",
            Lat: 35.24, Lon: 128.69),
        new("tongyeong", "VN-01", PartnerKind.ForeignLocality, "KR", "Tongyeong City", "통영시", "Thành phố Tongyeong", "gyeongnam",
            34.85, 128.43, Tags: ["agreement"]),
        new("chungnam", "VN-01", PartnerKind.ForeignLocality, "KR", "Chungcheongnam-do", "충청남도", "Tỉnh Chungcheong Nam",
            Lat: 36.66, Lon: 126.67),
        new("geumsan", "VN-01", PartnerKind.ForeignLocality, "KR", "Geumsan County", "금산군", "Huyện Geumsan", "chungnam",
            36.11, 127.49, Tags: ["agreement"]),
        new("jeonnam", "VN-01", PartnerKind.ForeignLocality, "KR", "Jeollanam-do", "전라남도", "Tỉnh Jeolla Nam", Lat: 34.82, Lon: 126.46),
        new("boseong", "VN-01", PartnerKind.ForeignLocality, "KR", "Boseong County", "보성군", "Huyện Boseong", "jeonnam",
            34.77, 127.08, Tags: ["agreement", "tea"]),
        new("aloe", "VN-01", PartnerKind.Enterprise, "KR", "Mungyeong aloe vera farm", "문경 알로에 농장", "Công ty lô hội Mungyeong",
            Notes: "Employer of seasonal workers from Phong Thổ commune (2023).", Tags: ["labour"]),
        new("hitrun", "VN-01", PartnerKind.MediaOutlet, "US", "HitRun", null, "HitRun (Hoa Kỳ)", Tags: ["press"]),
        new("kbs", "VN-01", PartnerKind.MediaOutlet, "KR", "Korean Broadcasting System (KBS)", "한국방송공사", "Đài KBS (Hàn Quốc)",
            Website: "https://www.kbs.co.kr", Tags: ["press"]),
        new("hbo", "VN-01", PartnerKind.MediaOutlet, "ES", "HBO", null, "HBO",
            Notes: "The article names HBO together with Spain.", Tags: ["press"]),
        new("ufo-laichau", "VN-01", PartnerKind.FriendshipAssociation, "VN", "Lai Chau Union of Friendship Organisations", null,
            "Liên hiệp các tổ chức hữu nghị tỉnh Lai Châu", Notes: "Organises the people-to-people exchange programmes.",
            Tags: ["people-to-people"]),

        // Cao Bằng (VN-04): Guangxi and its border localities, the geopark network.
        new("guangxi", "VN-04", PartnerKind.ForeignLocality, "CN", "Guangxi Zhuang Autonomous Region", "广西壮族自治区",
            "Khu tự trị dân tộc Choang Quảng Tây", Lat: 22.82, Lon: 108.32, Tags: ["main partner", "spring meeting"]),
        new("chongzuo", "VN-04", PartnerKind.ForeignLocality, "CN", "Chongzuo City", "崇左市", "Thành phố Sùng Tả", "guangxi",
            22.38, 107.36, Tags: ["border"]),
        new("baise", "VN-04", PartnerKind.ForeignLocality, "CN", "Baise City", "百色市", "Thành phố Bách Sắc", "guangxi",
            23.90, 106.62, Tags: ["border"]),
        new("longzhou", "VN-04", PartnerKind.ForeignLocality, "CN", "Longzhou County", "龙州县", "Huyện Long Châu", "chongzuo",
            22.34, 106.85, Tags: ["border", "Shuikou"]),
        new("daxin", "VN-04", PartnerKind.ForeignLocality, "CN", "Daxin County", "大新县", "Huyện Đại Tân", "chongzuo",
            22.83, 107.20, Tags: ["border", "Detian"]),
        new("ningming", "VN-04", PartnerKind.ForeignLocality, "CN", "Ningming County", "宁明县", "Huyện Ninh Minh", "chongzuo",
            22.14, 107.07, Tags: ["border"]),
        new("pingxiang", "VN-04", PartnerKind.ForeignLocality, "CN", "Pingxiang City", "凭祥市", "Thành phố Bằng Tường", "chongzuo",
            22.09, 106.76, Tags: ["border"]),
        new("jingxi", "VN-04", PartnerKind.ForeignLocality, "CN", "Jingxi City", "靖西市", "Thành phố Tĩnh Tây", "baise",
            23.13, 106.42, Tags: ["border", "Longbang"]),
        new("napo", "VN-04", PartnerKind.ForeignLocality, "CN", "Napo County", "那坡县", "Huyện Na Pha", "baise",
            23.39, 105.83, Tags: ["border"]),
        new("ggn", "VN-04", PartnerKind.InternationalOrganisation, "FR", "UNESCO Global Geoparks Network", null,
            "Mạng lưới Công viên địa chất toàn cầu UNESCO", Website: "https://globalgeoparksnetwork.org", Tags: ["geopark"]),
        new("apgn", "VN-04", PartnerKind.InternationalOrganisation, "CN", "Asia Pacific Geoparks Network", null,
            "Mạng lưới Công viên địa chất châu Á – Thái Bình Dương", Notes: "8th APGN conference held in Cao Bằng.", Tags: ["geopark"]),

        // Partners the delegation register implies: embassies and cooperation agencies that visit both provinces,
        // and Cao Bằng's Lao counterpart.
        new("jp-embassy", "VN-01", PartnerKind.Embassy, "JP", "Embassy of Japan in Viet Nam", "在ベトナム日本国大使館",
            "Đại sứ quán Nhật Bản tại Việt Nam", Website: "https://www.vn.emb-japan.go.jp"),
        new("jica", "VN-01", PartnerKind.InternationalOrganisation, "JP", "JICA Viet Nam Office", "JICAベトナム事務所",
            "Văn phòng JICA tại Việt Nam", Tags: ["ODA"]),
        new("kr-embassy", "VN-01", PartnerKind.Embassy, "KR", "Embassy of the Republic of Korea in Viet Nam", "주베트남 대한민국 대사관",
            "Đại sứ quán Hàn Quốc tại Việt Nam"),
        new("au-embassy", "VN-01", PartnerKind.Embassy, "AU", "Australian Embassy in Viet Nam", null, "Đại sứ quán Australia tại Việt Nam"),
        new("la-consulate", "VN-01", PartnerKind.Embassy, "LA", "Consulate General of the Lao PDR in Dien Bien Phu", "ສະຖານກົງສຸນໃຫຍ່ ສປປ ລາວ",
            "Tổng Lãnh sự quán Lào tại Điện Biên Phủ"),
        new("houaphanh", "VN-04", PartnerKind.ForeignLocality, "LA", "Houaphanh Province", "ແຂວງຫົວພັນ", "Tỉnh Hủa Phăn",
            Lat: 20.42, Lon: 104.05),
        new("cb-jp-embassy", "VN-04", PartnerKind.Embassy, "JP", "Embassy of Japan in Viet Nam", "在ベトナム日本国大使館",
            "Đại sứ quán Nhật Bản tại Việt Nam"),
        new("koica", "VN-04", PartnerKind.InternationalOrganisation, "KR", "KOICA Viet Nam Office", "코이카 베트남 사무소",
            "Văn phòng KOICA tại Việt Nam", Tags: ["ODA"]),
        new("fr-embassy", "VN-04", PartnerKind.Embassy, "FR", "Embassy of France in Viet Nam", "Ambassade de France au Viêt Nam",
            "Đại sứ quán Pháp tại Việt Nam"),
        // Cao Bằng (VN-04): the enterprises, universities and foreign firms among the 69 agreements' parties
        // ("foreign localities, partners and enterprises"). Illustrative demo records.
        new("hengda", "VN-04", PartnerKind.Enterprise, "CN", "Pingxiang Hengda Border Trade Logistics Co., Ltd.", "凭祥恒达边贸物流有限公司",
            "Công ty TNHH Logistics thương mại biên giới Hằng Đạt Bằng Tường", "pingxiang", Tags: ["logistics", "Tà Lùng"]),
        new("detian-tourism", "VN-04", PartnerKind.Enterprise, "CN", "Daxin Detian Tourism Development Co., Ltd.", "大新德天旅游开发有限公司",
            "Công ty Phát triển du lịch Đức Thiên Đại Tân", "daxin", Tags: ["tourism", "Detian"]),
        new("longfeng-agri", "VN-04", PartnerKind.Enterprise, "CN", "Jingxi Longfeng Agricultural Technology Co., Ltd.", "靖西隆丰农业科技有限公司",
            "Công ty Khoa học kỹ thuật nông nghiệp Long Phong Tĩnh Tây", "jingxi", Tags: ["agriculture"]),
        new("gx-minzu", "VN-04", PartnerKind.University, "CN", "Guangxi Minzu University", "广西民族大学", "Đại học Dân tộc Quảng Tây", "guangxi",
            Website: "https://www.gxmzu.edu.cn", Tags: ["education"]),
        new("gx-medical", "VN-04", PartnerKind.University, "CN", "Guangxi Medical University", "广西医科大学", "Đại học Y khoa Quảng Tây", "guangxi",
            Website: "https://www.gxmu.edu.cn", Tags: ["health", "education"]),
        new("hokuriku-agri", "VN-04", PartnerKind.Enterprise, "JP", "Hokuriku Agri Solutions Co., Ltd.", "北陸アグリソリューションズ株式会社",
            "Công ty Giải pháp nông nghiệp Hokuriku", Tags: ["agriculture", "investment"]),
        new("daegu-smartfarm", "VN-04", PartnerKind.Enterprise, "KR", "Daegu Smart Farm Co., Ltd.", "대구스마트팜 주식회사",
            "Công ty Nông trại thông minh Daegu", Tags: ["agriculture", "investment"]),
    ];

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        // Seeds list parents before their children; EF inserts them in that order through the navigation.
        foreach (var s in Seeds)
        {
            var partner = new Partner
            {
                ProvinceId = demo.Provinces[s.Province].Id,
                Kind = s.Kind,
                Country = s.Country,
                NameLatin = s.Latin,
                NameNative = s.Native,
                NameVietnamese = s.Vietnamese,
                Parent = s.Parent is null ? null : demo.Partner(s.Parent),
                Latitude = s.Lat,
                Longitude = s.Lon,
                Website = s.Website,
                Notes = s.Notes,
                Tags = [.. s.Tags ?? []],
            };
            db.Add(partner);
            demo.Partners[s.Key] = partner;
        }

        demo.Partner("mungyeong").Contacts.Add(new PartnerContact
        {
            ProvinceId = demo.LaiChau.Id,
            Name = "Labour cooperation desk",
            Title = "Agriculture and Labour Division, Mungyeong City Hall",
        });
        await db.SaveChangesAsync(ct);
    }
}
