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

        // Local cooperation: the townships and villages of the twinning pairs (Yunnan for Lai Châu, Guangxi for Cao Bằng).
        new("jinshuihe", "VN-01", PartnerKind.ForeignLocality, "CN", "Jinshuihe Town", "金水河镇", "Trấn Kim Thủy Hà", "jinping",
            22.57, 103.23, Tags: ["border", "twinning"]),
        new("mengla", "VN-01", PartnerKind.ForeignLocality, "CN", "Mengla Town", "勐拉镇", "Trấn Mãnh Lạp", "jinping", 22.66, 103.10,
            Tags: ["border", "twinning"]),
        new("maandi", "VN-01", PartnerKind.ForeignLocality, "CN", "Ma'andi Township", "马鞍底乡", "Hương Mã An Để", "jinping", 22.63, 103.43,
            Tags: ["border", "twinning"]),
        new("pinghe", "VN-01", PartnerKind.ForeignLocality, "CN", "Pinghe Town", "平河镇", "Trấn Bình Hà", "lvchun", 22.70, 102.46,
            Tags: ["border", "twinning"]),
        new("daheishan", "VN-01", PartnerKind.ForeignLocality, "CN", "Daheishan Town", "大黑山镇", "Trấn Đại Hắc Sơn", "lvchun", 22.82, 102.27,
            Tags: ["border", "twinning"]),
        new("qushui", "VN-01", PartnerKind.ForeignLocality, "CN", "Qushui Town", "曲水镇", "Trấn Khúc Thủy", "jiangcheng", 22.43, 102.06,
            Tags: ["border", "twinning"]),
        new("shuikou", "VN-04", PartnerKind.ForeignLocality, "CN", "Shuikou Town", "水口镇", "Trấn Thủy Khẩu", "longzhou", 22.49, 106.67,
            Tags: ["border", "twinning"]),
        new("longbang", "VN-04", PartnerKind.ForeignLocality, "CN", "Longbang Town", "龙邦镇", "Trấn Long Bang", "jingxi", 22.87, 106.33,
            Tags: ["border", "twinning"]),
        new("shuolong", "VN-04", PartnerKind.ForeignLocality, "CN", "Shuolong Town", "硕龙镇", "Trấn Thạc Long", "daxin", 22.84, 106.74,
            Tags: ["border", "twinning"]),
        new("detian", "VN-04", PartnerKind.ForeignLocality, "CN", "Detian Village", "德天村", "Làng Đức Thiên", "shuolong", 22.85, 106.72,
            Tags: ["border", "twinning", "Detian"]),
        new("yuexu", "VN-04", PartnerKind.ForeignLocality, "CN", "Yuexu Town", "岳圩镇", "Trấn Nhạc Vu", "jingxi", 22.94, 106.23,
            Tags: ["border", "twinning"]),
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
