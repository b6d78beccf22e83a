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

        // Aid donors (Aid/AidDemoData): Cao Bằng's 41 non-refundable aid donors and its ODA lenders, Lai Châu's donors.
        new("cb-plan", "VN-04", PartnerKind.Ngo, "GB", "Plan International", null, "Tổ chức Plan International", Tags: ["aid donor"]),
        new("cb-worldvision", "VN-04", PartnerKind.Ngo, "US", "World Vision International", null, "Tổ chức Tầm nhìn Thế giới", Tags: ["aid donor"]),
        new("cb-savechildren", "VN-04", PartnerKind.Ngo, "GB", "Save the Children", null, "Tổ chức Cứu trợ Trẻ em", Tags: ["aid donor"]),
        new("cb-childfund", "VN-04", PartnerKind.Ngo, "AU", "ChildFund Australia", null, "Quỹ Trẻ em Úc (ChildFund Australia)", Tags: ["aid donor"]),
        new("cb-oxfam", "VN-04", PartnerKind.Ngo, "GB", "Oxfam", null, "Tổ chức Oxfam", Tags: ["aid donor"]),
        new("cb-care", "VN-04", PartnerKind.Ngo, "CH", "CARE International", null, "Tổ chức CARE Quốc tế", Tags: ["aid donor"]),
        new("cb-actionaid", "VN-04", PartnerKind.Ngo, "ZA", "ActionAid International", null, "Tổ chức ActionAid Quốc tế", Tags: ["aid donor"]),
        new("cb-caritas-ch", "VN-04", PartnerKind.Ngo, "CH", "Caritas Switzerland", null, "Tổ chức Caritas Thụy Sĩ", Tags: ["aid donor"]),
        new("cb-helvetas", "VN-04", PartnerKind.Ngo, "CH", "Helvetas Swiss Intercooperation", null, "Tổ chức Helvetas Thụy Sĩ", Tags: ["aid donor"]),
        new("cb-snv", "VN-04", PartnerKind.Ngo, "NL", "SNV Netherlands Development Organisation", null, "Tổ chức Phát triển Hà Lan (SNV)", Tags: ["aid donor"]),
        new("cb-heifer", "VN-04", PartnerKind.Ngo, "US", "Heifer International", null, "Tổ chức Heifer Quốc tế", Tags: ["aid donor"]),
        new("cb-thrive", "VN-04", PartnerKind.Ngo, "US", "Thrive Networks (East Meets West)", null, "Tổ chức Thrive Networks (Đông Tây Hội ngộ)", Tags: ["aid donor"]),
        new("cb-crs", "VN-04", PartnerKind.Ngo, "US", "Catholic Relief Services", null, "Tổ chức Cứu trợ Công giáo (CRS)", Tags: ["aid donor"]),
        new("cb-samaritans", "VN-04", PartnerKind.Ngo, "US", "Samaritan's Purse", null, "Tổ chức Samaritan's Purse", Tags: ["aid donor"]),
        new("cb-habitat", "VN-04", PartnerKind.Ngo, "US", "Habitat for Humanity International", null, "Tổ chức Habitat for Humanity", Tags: ["aid donor"]),
        new("cb-roomtoread", "VN-04", PartnerKind.Ngo, "US", "Room to Read", null, "Tổ chức Room to Read", Tags: ["aid donor"]),
        new("cb-bluedragon", "VN-04", PartnerKind.Ngo, "AU", "Blue Dragon Children's Foundation", null, "Quỹ Trẻ em Rồng Xanh", Tags: ["aid donor"]),
        new("cb-operationsmile", "VN-04", PartnerKind.Ngo, "US", "Operation Smile", null, "Tổ chức Phẫu thuật Nụ cười", Tags: ["aid donor"]),
        new("cb-orbis", "VN-04", PartnerKind.Ngo, "US", "Orbis International", null, "Tổ chức Orbis Quốc tế", Tags: ["aid donor"]),
        new("cb-fredhollows", "VN-04", PartnerKind.Ngo, "AU", "The Fred Hollows Foundation", null, "Quỹ Fred Hollows", Tags: ["aid donor"]),
        new("cb-mcnv", "VN-04", PartnerKind.Ngo, "NL", "Medical Committee Netherlands-Vietnam (MCNV)", null, "Ủy ban Y tế Hà Lan – Việt Nam", Tags: ["aid donor"]),
        new("cb-path", "VN-04", PartnerKind.Ngo, "US", "PATH", null, "Tổ chức PATH", Tags: ["aid donor"]),
        new("cb-pacificlinks", "VN-04", PartnerKind.Ngo, "US", "Pacific Links Foundation", null, "Quỹ Pacific Links", Tags: ["aid donor"]),
        new("cb-goodneighbors", "VN-04", PartnerKind.Ngo, "KR", "Good Neighbors International", null, "Tổ chức Good Neighbors Quốc tế", Tags: ["aid donor"]),
        new("cb-asiafoundation", "VN-04", PartnerKind.Ngo, "US", "The Asia Foundation", null, "Quỹ châu Á", Tags: ["aid donor"]),
        new("cb-childrenofvietnam", "VN-04", PartnerKind.Ngo, "US", "Children of Vietnam", null, "Tổ chức Trẻ em Việt Nam (Hoa Kỳ)", Tags: ["aid donor"]),
        new("cb-aideetaction", "VN-04", PartnerKind.Ngo, "FR", "Aide et Action International", null, "Tổ chức Aide et Action Quốc tế", Tags: ["aid donor"]),
        new("cb-emb-japan", "VN-04", PartnerKind.Embassy, "JP", "Embassy of Japan in Viet Nam", null, "Đại sứ quán Nhật Bản tại Việt Nam", Tags: ["aid donor"]),
        new("cb-emb-australia", "VN-04", PartnerKind.Embassy, "AU", "Australian Embassy in Viet Nam", null, "Đại sứ quán Australia tại Việt Nam", Tags: ["aid donor"]),
        new("cb-emb-ireland", "VN-04", PartnerKind.Embassy, "IE", "Embassy of Ireland in Viet Nam", null, "Đại sứ quán Ireland tại Việt Nam", Tags: ["aid donor"]),
        new("cb-emb-newzealand", "VN-04", PartnerKind.Embassy, "NZ", "New Zealand Embassy in Viet Nam", null, "Đại sứ quán New Zealand tại Việt Nam", Tags: ["aid donor"]),
        new("cb-emb-korea", "VN-04", PartnerKind.Embassy, "KR", "Embassy of the Republic of Korea in Viet Nam", null, "Đại sứ quán Hàn Quốc tại Việt Nam", Tags: ["aid donor"]),
        new("cb-emb-canada", "VN-04", PartnerKind.Embassy, "CA", "Embassy of Canada in Viet Nam", null, "Đại sứ quán Canada tại Việt Nam", Tags: ["aid donor"]),
        new("cb-unicef", "VN-04", PartnerKind.InternationalOrganisation, "US", "UNICEF", null, "Quỹ Nhi đồng Liên hợp quốc (UNICEF)", Tags: ["aid donor"]),
        new("cb-undp", "VN-04", PartnerKind.InternationalOrganisation, "US", "United Nations Development Programme", null, "Chương trình Phát triển Liên hợp quốc (UNDP)", Tags: ["aid donor"]),
        new("cb-who", "VN-04", PartnerKind.InternationalOrganisation, "CH", "World Health Organization", null, "Tổ chức Y tế Thế giới (WHO)", Tags: ["aid donor"]),
        new("cb-fao", "VN-04", PartnerKind.InternationalOrganisation, "IT", "Food and Agriculture Organization of the United Nations", null, "Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO)", Tags: ["aid donor"]),
        new("cb-unwomen", "VN-04", PartnerKind.InternationalOrganisation, "US", "UN Women", null, "Cơ quan Liên hợp quốc về Bình đẳng giới (UN Women)", Tags: ["aid donor"]),
        new("cb-globalfund", "VN-04", PartnerKind.InternationalOrganisation, "CH", "The Global Fund to Fight AIDS, Tuberculosis and Malaria", null, "Quỹ Toàn cầu phòng chống AIDS, Lao và Sốt rét", Tags: ["aid donor"]),
        new("cb-gavi", "VN-04", PartnerKind.InternationalOrganisation, "CH", "Gavi, the Vaccine Alliance", null, "Liên minh Vắc-xin Gavi", Tags: ["aid donor"]),
        new("cb-koica", "VN-04", PartnerKind.InternationalOrganisation, "KR", "Korea International Cooperation Agency (KOICA)", null, "Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA)", Tags: ["aid donor"]),
        new("cb-worldbank", "VN-04", PartnerKind.InternationalOrganisation, "US", "World Bank (IDA)", null, "Ngân hàng Thế giới (WB)", Tags: ["ODA"]),
        new("cb-adb", "VN-04", PartnerKind.InternationalOrganisation, "PH", "Asian Development Bank", null, "Ngân hàng Phát triển châu Á (ADB)", Tags: ["ODA"]),
        new("cb-jica", "VN-04", PartnerKind.InternationalOrganisation, "JP", "Japan International Cooperation Agency (JICA)", null, "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)", Tags: ["ODA"]),
        new("cb-ifad", "VN-04", PartnerKind.InternationalOrganisation, "IT", "International Fund for Agricultural Development", null, "Quỹ Quốc tế về Phát triển Nông nghiệp (IFAD)", Tags: ["ODA"]),
        new("cb-kexim", "VN-04", PartnerKind.InternationalOrganisation, "KR", "Export-Import Bank of Korea (EDCF)", null, "Ngân hàng Xuất nhập khẩu Hàn Quốc (Quỹ EDCF)", Tags: ["ODA"]),
        new("lc-emb-japan", "VN-01", PartnerKind.Embassy, "JP", "Embassy of Japan in Viet Nam", null, "Đại sứ quán Nhật Bản tại Việt Nam", Tags: ["aid donor"]),
        new("lc-emb-ireland", "VN-01", PartnerKind.Embassy, "IE", "Embassy of Ireland in Viet Nam", null, "Đại sứ quán Ireland tại Việt Nam", Tags: ["aid donor"]),
        new("lc-emb-australia", "VN-01", PartnerKind.Embassy, "AU", "Australian Embassy in Viet Nam", null, "Đại sứ quán Australia tại Việt Nam", Tags: ["aid donor"]),
        new("lc-emb-korea", "VN-01", PartnerKind.Embassy, "KR", "Embassy of the Republic of Korea in Viet Nam", null, "Đại sứ quán Hàn Quốc tại Việt Nam", Tags: ["aid donor"]),
        new("lc-emb-newzealand", "VN-01", PartnerKind.Embassy, "NZ", "New Zealand Embassy in Viet Nam", null, "Đại sứ quán New Zealand tại Việt Nam", Tags: ["aid donor"]),
        new("lc-koica", "VN-01", PartnerKind.InternationalOrganisation, "KR", "Korea International Cooperation Agency (KOICA)", null, "Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA)", Tags: ["aid donor"]),
        new("lc-gef-sgp", "VN-01", PartnerKind.InternationalOrganisation, "US", "GEF Small Grants Programme", null, "Chương trình Tài trợ các dự án nhỏ của Quỹ Môi trường toàn cầu (GEF SGP)", Tags: ["aid donor"]),
        new("lc-unicef", "VN-01", PartnerKind.InternationalOrganisation, "US", "UNICEF", null, "Quỹ Nhi đồng Liên hợp quốc (UNICEF)", Tags: ["aid donor"]),
        new("lc-undp", "VN-01", PartnerKind.InternationalOrganisation, "US", "United Nations Development Programme", null, "Chương trình Phát triển Liên hợp quốc (UNDP)", Tags: ["aid donor"]),
        new("lc-jica", "VN-01", PartnerKind.InternationalOrganisation, "JP", "Japan International Cooperation Agency (JICA)", null, "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)", Tags: ["aid donor"]),
        new("lc-worldvision", "VN-01", PartnerKind.Ngo, "US", "World Vision International", null, "Tổ chức Tầm nhìn Thế giới", Tags: ["aid donor"]),
        new("lc-plan", "VN-01", PartnerKind.Ngo, "GB", "Plan International", null, "Tổ chức Plan International", Tags: ["aid donor"]),
        new("lc-savechildren", "VN-01", PartnerKind.Ngo, "GB", "Save the Children", null, "Tổ chức Cứu trợ Trẻ em", Tags: ["aid donor"]),
        new("lc-childfund", "VN-01", PartnerKind.Ngo, "AU", "ChildFund Australia", null, "Quỹ Trẻ em Úc (ChildFund Australia)", Tags: ["aid donor"]),
        new("lc-care", "VN-01", PartnerKind.Ngo, "CH", "CARE International", null, "Tổ chức CARE Quốc tế", Tags: ["aid donor"]),
        new("lc-helvetas", "VN-01", PartnerKind.Ngo, "CH", "Helvetas Swiss Intercooperation", null, "Tổ chức Helvetas Thụy Sĩ", Tags: ["aid donor"]),
        new("lc-eastmeetswest", "VN-01", PartnerKind.Ngo, "US", "Thrive Networks (East Meets West)", null, "Tổ chức Thrive Networks (Đông Tây Hội ngộ)", Tags: ["aid donor"]),
        new("lc-goodneighbors", "VN-01", PartnerKind.Ngo, "KR", "Good Neighbors International", null, "Tổ chức Good Neighbors Quốc tế", Tags: ["aid donor"]),
        new("lc-kfhi", "VN-01", PartnerKind.Ngo, "KR", "Korea Food for the Hungry International", null, "Tổ chức Cứu trợ Nạn đói Hàn Quốc (KFHI)", Tags: ["aid donor"]),
        new("lc-caritas", "VN-01", PartnerKind.Ngo, "DE", "Caritas Germany", null, "Tổ chức Caritas Đức", Tags: ["aid donor"]),
        new("lc-eu", "VN-01", PartnerKind.InternationalOrganisation, "BE", "Delegation of the European Union to Viet Nam", null, "Phái đoàn Liên minh châu Âu tại Việt Nam", Tags: ["aid donor"]),
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
