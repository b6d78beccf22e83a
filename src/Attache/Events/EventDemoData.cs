using Attache.Demo;
using Attache.Infrastructure;

namespace Attache.Events;

/// <summary>The events of the source articles, record by record: Lai Châu's 31 people-to-people exchanges through
/// the Union of
/// Friendship Organisations, its 5 foreign press delegations with their coverage, the tea seminar, the cultural
/// exchanges,
/// the gift ceremony and the 2025 talks with Honghe; Cao Bằng's Spring Meetings, the Bản Giốc – Detian ceremonies, the
/// Spring-festival exchanges, the 2022 introduction conference and the 8th APGN conference.</summary>
internal sealed class EventDemoData : IDemoData
{
    public int Order => 31;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    // 31 programmes 2020–2025: few in the pandemic years, more once the border reopened in 2023.
    private static readonly int[] ExchangesPerYear = [3, 3, 5, 6, 7, 7];

    private static readonly (string Country, string Title, string Place, string[] Partners)[] ExchangeThemes =
    [
        ("CN", "Giao lưu hữu nghị nhân dân biên giới Lai Châu – Hồng Hà", "Cửa khẩu Ma Lù Thàng", ["honghe"]),
        ("LA", "Giao lưu hữu nghị Việt Nam – Lào với nhân dân tỉnh Phông-xa-lỳ", "Thành phố Lai Châu", ["phongsaly"]),
        ("KR", "Chương trình giao lưu thanh niên Lai Châu – Mungyeong", "Thành phố Lai Châu", ["mungyeong"]),
        ("CN", "Gặp mặt hữu nghị nhân dân hai huyện biên giới Phong Thổ – Kim Bình", "Phong Thổ", ["jinping"]),
        ("JP", "Giao lưu văn hóa, ẩm thực Việt Nam – Nhật Bản", "Thành phố Lai Châu", []),
        ("LA", "Giao lưu hữu nghị với đoàn Liên hiệp các tổ chức hữu nghị tỉnh Luổng Nậm Thà", "Thành phố Lai Châu",
            ["luangnamtha"]),
        ("CN", "Giao lưu nhân dân Lai Châu – Vân Nam nhân dịp Tết cổ truyền", "Kim Bình, Vân Nam", ["yunnan"]),
        ("KR", "Giao lưu hữu nghị với đoàn tình nguyện viên Hàn Quốc", "Tam Đường", ["boseong"]),
        ("LA", "Gặp mặt hữu nghị với lưu học sinh và nhân dân tỉnh U-đôm-xay", "Thành phố Lai Châu", ["oudomxay"]),
        ("JP", "Giao lưu với đoàn Hội hữu nghị Nhật – Việt", "Sìn Hồ", []),
        ("CN", "Giao lưu thể thao hữu nghị biên giới Mường Tè – Lục Xuân", "Mường Tè", ["lvchun"]),
        ("KR", "Giao lưu văn hóa Lai Châu – Tongyeong", "Thành phố Lai Châu", ["tongyeong"]),
        ("LA", "Giao lưu hữu nghị nhân dân Lai Châu – Phông-xa-lỳ tại biên giới", "Phông-xa-lỳ, Lào", ["phongsaly"]),
        ("CN", "Giao lưu nhân dân Lai Châu – Giang Thành", "Mường Tè", ["jiangcheng"]),
        ("KR", "Giao lưu nông dân Lai Châu – Geumsan về trồng sâm", "Tân Uyên", ["geumsan"]),
        ("LA", "Giao lưu nhân dân Lai Châu – Luổng Nậm Thà", "Luổng Nậm Thà, Lào", ["luangnamtha"]),
    ];

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        var laiChau = demo.LaiChau.Id;
        var caoBang = demo.CaoBang.Id;
        int P(string key) => demo.Partner(key).Id;
        List<EventPartner> Partners(int province, params string[] keys) =>
            [.. keys.Select(k => new EventPartner { ProvinceId = province, PartnerId = P(k) })];

        var events = new List<CooperationEvent>();
        var n = 0;
        for (var y = 0; y < ExchangesPerYear.Length; y++)
        {
            for (var k = 0; k < ExchangesPerYear[y]; k++, n++)
            {
                var theme = ExchangeThemes[n % ExchangeThemes.Length];
                var online = y < 2;
                var start = D(2020 + y, 1 + ((n * 5) + (k * 2)) % 12, 1 + (n * 11 % 27));
                var total = 30 + (n * 17 % 90);
                events.Add(new CooperationEvent
                {
                    ProvinceId = laiChau,
                    Kind = EventKind.PeopleToPeopleExchange,
                    Title = online ? theme.Title + " (trực tuyến)" : theme.Title,
                    StartsOn = start,
                    EndsOn = n % 3 == 0 ? start.AddDays(1) : null,
                    Place = online ? "Trực tuyến" : theme.Place,
                    OrganiserPartnerId = P("ufo-laichau"),
                    Partners = Partners(laiChau, theme.Partners),
                    Countries = [theme.Country],
                    ParticipantsTotal = total,
                    ParticipantsForeign = 8 + (n * 7 % 20),
                });
            }
        }

        events.AddRange(PressDelegations(laiChau, P, Partners));
        events.AddRange(LaiChauOthers(laiChau, P, Partners));
        events.AddRange(CaoBang(caoBang, P, Partners));
        db.AddRange(events);
        await db.SaveChangesAsync(ct);
    }

    private static IEnumerable<CooperationEvent> PressDelegations(int province, Func<string, int> p,
        Func<int, string[], List<EventPartner>> partners)
    {
        MediaCoverage Media(string outlet, string country, DateOnly on, MediaKind kind, string title, string link) =>
            new()
            {
                ProvinceId = province, OutletPartnerId = p(outlet), Country = country, PublishedOn = on, Kind = kind,
                Title = title, Link = link,
            };

        CooperationEvent Press(DateOnly start, int days, string title, string place, string[] outlets,
            string[] countries, int total,
            int foreign, List<MediaCoverage> media) => new()
            {
                ProvinceId = province, Kind = EventKind.PressDelegation, Title = title, StartsOn = start,
                EndsOn = start.AddDays(days),
                Place = place, OrganiserText = "Sở Ngoại vụ tỉnh Lai Châu", Partners = partners(province, outlets),
                Countries = [.. countries],
                ParticipantsTotal = total, ParticipantsForeign = foreign, Media = media,
            };

        yield return Press(D(2020, 10, 19), 4,
            "Đoàn phóng viên HitRun (Hoa Kỳ) ghi hình ruộng bậc thang và văn hóa dân tộc Mông",
            "Sìn Hồ, Tam Đường", ["hitrun"], ["US"], 6, 4,
            [Media("hitrun", "US", D(2021, 3, 2), MediaKind.Online, "Lai Chau: The Untouched North of Vietnam",
                "https://hitrun.example/lai-chau")]);
        yield return Press(D(2022, 11, 7), 5, "Đoàn phóng viên KBS (Hàn Quốc) làm phim tài liệu về Lai Châu",
            "Thành phố Lai Châu, Phong Thổ", ["kbs"], ["KR"], 8, 5,
            [Media("kbs", "KR", D(2023, 1, 21), MediaKind.Documentary, "베트남 라이쩌우의 사람들",
                "https://www.kbs.co.kr/example/laichau-1"),
             Media("kbs", "KR", D(2023, 1, 28), MediaKind.Television, "라이쩌우 차 이야기",
                 "https://www.kbs.co.kr/example/laichau-2")]);
        yield return Press(D(2023, 9, 25), 6, "Đoàn làm phim HBO ghi hình cảnh quan đỉnh Pu Ta Leng",
            "Tam Đường, Pu Ta Leng", ["hbo"], ["ES", "US"], 12, 9,
            [Media("hbo", "ES", D(2024, 4, 12), MediaKind.Documentary, "Vietnam: Above the Clouds",
                "https://www.hbo.example/above-the-clouds")]);
        yield return Press(D(2024, 8, 12), 4, "Đoàn phóng viên KBS đưa tin về lao động thời vụ Lai Châu tại Mungyeong",
            "Phong Thổ", ["kbs"], ["KR"], 5, 3,
            [Media("kbs", "KR", D(2024, 10, 3), MediaKind.Television, "문경의 베트남 계절근로자",
                "https://www.kbs.co.kr/example/seasonal-workers")]);
        yield return Press(D(2025, 4, 14), 5, "Đoàn phóng viên HitRun trở lại quảng bá du lịch cộng đồng Lai Châu",
            "Sìn Suối Hồ, Phong Thổ", ["hitrun"], ["US"], 5, 4,
            [Media("hitrun", "US", D(2025, 6, 10), MediaKind.Online, "Homestays of Sin Suoi Ho",
                "https://hitrun.example/sin-suoi-ho"),
             Media("hitrun", "US", D(2025, 6, 24), MediaKind.SocialMedia, "Tea trails of Lai Chau",
                 "https://hitrun.example/tea-trails")]);
    }

    private static IEnumerable<CooperationEvent> LaiChauOthers(int province, Func<string, int> p,
        Func<int, string[], List<EventPartner>> partners)
    {
        yield return new CooperationEvent
        {
            ProvinceId = province, Kind = EventKind.Seminar, IsInternational = true,
            Title = "Hội thảo xúc tiến, quảng bá chè Lai Châu tới thị trường Trung Đông, Bắc Phi và Nam Á",
            StartsOn = D(2024, 11, 21), Place = "Hà Nội", OrganiserText = "UBND tỉnh Lai Châu phối hợp Bộ Ngoại giao",
            Countries = ["AE", "SA", "QA", "KW", "EG", "MA", "DZ", "IN", "PK", "BD", "LK"],
            ParticipantsTotal = 215, ParticipantsForeign = 64, Delegates = 215,
            ApprovalNumber = "2150/QĐ-UBND", ApprovalDate = D(2024, 10, 28),
            ApprovalAuthority = "Chủ tịch UBND tỉnh Lai Châu",
            Notes = "Đại biểu gồm đại sứ, đại diện cơ quan đại diện và doanh nghiệp nước ngoài; tỉnh đầu tiên tổ "
                + "chức hội thảo quảng bá chè tới các thị trường này.",
        };
        (DateOnly, string, string, string[], string[], int, int)[] culture =
        [
            (D(2023, 6, 8), "Giao lưu văn hóa nghệ thuật Lai Châu – Hồng Hà (Vân Nam)", "Mông Tự, Vân Nam", ["honghe"],
                ["CN"], 120, 70),
            (D(2023, 12, 2), "Giao lưu văn nghệ với đoàn nghệ thuật tỉnh Phông-xa-lỳ", "Thành phố Lai Châu",
                ["phongsaly"], ["LA"], 90, 35),
            (D(2024, 5, 18), "Tuần văn hóa Lai Châu tại huyện Kim Bình", "Kim Bình, Vân Nam", ["jinping"], ["CN"], 150,
                90),
            (D(2025, 3, 22), "Giao lưu văn hóa nghệ thuật Lai Châu – các tỉnh Bắc Lào", "Luổng Nậm Thà, Lào",
                ["luangnamtha", "oudomxay"], ["LA"], 110, 60),
        ];
        foreach (var (start, title, place, keys, countries, total, foreign) in culture)
        {
            yield return new CooperationEvent
            {
                ProvinceId = province, Kind = EventKind.CulturalExchange, Title = title, StartsOn = start,
                EndsOn = start.AddDays(2), Place = place,
                OrganiserText = "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu", Partners = partners(province, keys),
                Countries = [.. countries],
                ParticipantsTotal = total, ParticipantsForeign = foreign,
            };
        }

        yield return new CooperationEvent
        {
            ProvinceId = province, Kind = EventKind.Ceremony, StartsOn = D(2022, 9, 5),
            Place = "Trường Cao đẳng Cộng đồng Lai Châu",
            Title = "Trao quà cho lưu học sinh Lào tại Trường Cao đẳng Lai Châu nhân 60 năm thiết lập quan hệ ngoại "
                + "giao Việt Nam – Lào",
            OrganiserText = "Sở Ngoại vụ tỉnh Lai Châu", Countries = ["LA"], ParticipantsTotal = 85,
            ParticipantsForeign = 62,
        };
        yield return new CooperationEvent
        {
            ProvinceId = province, Kind = EventKind.TradeFair, StartsOn = D(2023, 8, 16), EndsOn = D(2023, 8, 20),
            Place = "Côn Minh, Vân Nam",
            Title = "Giới thiệu sản phẩm chè, dược liệu Lai Châu tại Hội chợ Trung Quốc – Nam Á lần thứ 7",
            OrganiserText = "Sở Công Thương tỉnh Lai Châu",
            Partners = partners(province, ["yunnan"]), Countries = ["CN"], ParticipantsTotal = 25,
            ParticipantsForeign = 0,
        };
        yield return new CooperationEvent
        {
            ProvinceId = province, Kind = EventKind.BorderMechanism, StartsOn = D(2025, 6, 17), EndsOn = D(2025, 6, 18),
            Place = "Mông Tự, Vân Nam",
            Title = "Hội đàm công tác quản lý biên giới giữa tỉnh Lai Châu và châu Hồng Hà năm 2025",
            OrganiserText = "UBND tỉnh Lai Châu",
            CounterpartId = p("honghe"), Partners = partners(province, ["honghe"]), Countries = ["CN"],
            ParticipantsTotal = 40, ParticipantsForeign = 22,
            Conclusions = "Hai bên thống nhất tăng cường tuần tra song phương, phối hợp quản lý mốc giới, tạo thuận "
                + "lợi thông quan tại cửa khẩu Ma Lù Thàng – Kim Thủy Hà và duy trì cơ chế hội đàm thường niên.",
        };
    }

    private static IEnumerable<CooperationEvent> CaoBang(int province, Func<string, int> p,
        Func<int, string[], List<EventPartner>> partners)
    {
        string[] hosts = ["Nam Ninh, Quảng Tây", "Trực tuyến", "Trực tuyến", "Nam Ninh, Quảng Tây", "Hà Giang",
            "Quảng Ninh"];
        for (var y = 2020; y <= 2025; y++)
        {
            yield return new CooperationEvent
            {
                ProvinceId = province, Kind = EventKind.BorderMechanism, StartsOn = D(y, 2, 10 + (y % 5)),
                Place = hosts[y - 2020],
                Title = $"Hội đàm Xuân {y} giữa Bí thư Tỉnh ủy Quảng Ninh, Lạng Sơn, Cao Bằng, Hà Giang và Bí thư "
                    + "Khu ủy Khu tự trị dân tộc Choang Quảng Tây",
                OrganiserText = "Ban Đối ngoại Tỉnh ủy", CounterpartId = p("guangxi"),
                Partners = partners(province, ["guangxi"]), Countries = ["CN"],
                ParticipantsTotal = 60, ParticipantsForeign = 28,
                Conclusions = "Thống nhất duy trì trao đổi đoàn các cấp, thúc đẩy thông quan hàng hóa tại các cặp "
                    + "cửa khẩu, triển khai ba văn kiện pháp lý về biên giới đất liền Việt Nam – Trung Quốc.",
            };
        }

        // The Bản Giốc – Đức Thiên scenic area: opened on trial in 2023, for good in 2024.
        CooperationEvent BanGioc(DateOnly on, string stage, int total, int foreign) => new()
        {
            ProvinceId = province,
            Kind = EventKind.Ceremony,
            StartsOn = on,
            Place = "Khu cảnh quan thác Bản Giốc – Đức Thiên",
            Title = $"Lễ vận hành {stage} khu cảnh quan thác Bản Giốc (Việt Nam) – Đức Thiên (Trung Quốc)",
            OrganiserText = "UBND tỉnh Cao Bằng",
            Partners = partners(province, ["guangxi", "daxin"]),
            Countries = ["CN"],
            ParticipantsTotal = total,
            ParticipantsForeign = foreign,
        };

        yield return BanGioc(D(2023, 9, 15), "thử nghiệm", 300, 120);
        yield return BanGioc(D(2024, 10, 15), "chính thức", 500, 200);
        (int Year, string Locality, string Partner)[] spring = [(2023, "Trùng Khánh", "daxin"),
            (2024, "Hà Quảng", "napo"), (2025, "Thạch An", "ningming")];
        foreach (var (year, locality, partner) in spring)
        {
            yield return new CooperationEvent
            {
                ProvinceId = province, Kind = EventKind.CulturalExchange, StartsOn = D(year, 2, 20), Place = locality,
                Title = $"Giao lưu văn hóa mừng Xuân {year} giữa huyện biên giới {locality} (cũ) "
                    + "và địa phương Quảng Tây",
                OrganiserText = $"UBND huyện {locality}", Partners = partners(province, [partner]), Countries = ["CN"],
                ParticipantsTotal = 200, ParticipantsForeign = 80,
            };
        }

        yield return new CooperationEvent
        {
            ProvinceId = province, Kind = EventKind.InvestmentPromotion, StartsOn = D(2022, 11, 25), Place = "Hà Nội",
            Title = "Hội nghị giới thiệu tiềm năng, cơ hội hợp tác đầu tư tỉnh Cao Bằng năm 2022",
            OrganiserText = "UBND tỉnh Cao Bằng",
            Countries = ["CN", "JP", "KR", "TH", "SG", "FR"], ParticipantsTotal = 350, ParticipantsForeign = 90,
        };
        yield return new CooperationEvent
        {
            ProvinceId = province, Kind = EventKind.Conference, IsInternational = true, StartsOn = D(2024, 9, 4),
            EndsOn = D(2024, 9, 8),
            Place = "Thành phố Cao Bằng",
            Title = "Hội nghị lần thứ 8 Mạng lưới Công viên địa chất toàn cầu UNESCO khu vực châu Á – Thái Bình "
                + "Dương (APGN)",
            OrganiserPartnerId = p("apgn"), OrganiserText = "UBND tỉnh Cao Bằng",
            Partners = partners(province, ["apgn", "ggn"]),
            Countries = ["CN", "JP", "KR", "ID", "MY", "TH", "PH", "IR", "AU", "NZ", "FR"],
            ParticipantsTotal = 620, ParticipantsForeign = 250, Delegates = 480,
            ApprovalNumber = "582/TTg-QHQT", ApprovalDate = D(2024, 6, 20), ApprovalAuthority = "Thủ tướng Chính phủ",
        };
    }
}
