using Attache.Demo;
using Attache.Infrastructure;

namespace Attache.Borders;

/// <summary>The gate pairs of the source articles and their figures. Cao Bằng's yearly state revenue per gate is
/// chosen so that
/// 2020–2025 totals exactly 6,900 bn VND, 2016–2019 totals 1,977,077,363,897 VND (growth 249.0 %) and, with the
/// province's yearly totals below (15,000 bn VND over 2020–2025), the gates' share is 46.0 %. Decision references
/// and dates are illustrative demo values, not quotations of the legal texts.</summary>
internal sealed class BorderDemoData : IDemoData
{
    public int Order => 40;

    // (year, gate key, state revenue VND, passengers, vehicles); turnover follows from revenue below.
    private static readonly (int Year, string Gate, long Revenue, int Passengers, int Vehicles)[] CaoBangYears =
    [
        (2016, "ta-lung", 245_872_711_261, 182_400, 41_250), (2016, "tra-linh", 177_733_598_367, 96_300, 28_410),
        (2017, "ta-lung", 268_621_812_707, 197_850, 44_980), (2017, "tra-linh", 194_233_970_757, 104_120, 30_770),
        (2018, "ta-lung", 299_736_562_944, 214_600, 49_310), (2018, "tra-linh", 216_988_467_029, 111_940, 33_905),
        (2019, "ta-lung", 329_348_685_476, 231_070, 53_640), (2019, "tra-linh", 244_541_555_356, 120_485, 36_820),
        (2020, "ta-lung", 501_739_677_965, 38_215, 47_100), (2020, "tra-linh", 340_764_163_664, 17_960, 31_450),
        (2021, "ta-lung", 459_327_325_922, 6_480, 42_870), (2021, "tra-linh", 311_555_762_115, 3_215, 28_960),
        (2022, "ta-lung", 545_363_501_480, 12_905, 51_230), (2022, "tra-linh", 369_406_496_252, 6_770, 34_680),
        (2023, "ta-lung", 674_923_440_556, 148_330, 60_415), (2023, "tra-linh", 482_270_703_587, 79_540, 41_225),
        (2023, "ly-van", 35_910_797_013, 8_120, 3_940),
        (2024, "ta-lung", 823_748_490_221, 226_780, 68_905), (2024, "tra-linh", 588_514_317_286, 118_350, 47_610),
        (2024, "ly-van", 88_147_382_938, 21_460, 9_215),
        (2025, "ta-lung", 917_834_577_784, 251_940, 74_380), (2025, "tra-linh", 655_843_276_163, 131_705, 52_145),
        (2025, "ly-van", 104_650_087_054, 26_830, 11_470),
    ];

    // The province's total state budget revenue per year (VND); 2020–2025 sums to 15,000,000,000,000.
    private static readonly (int Year, long Revenue)[] CaoBangProvinceRevenue =
    [
        (2016, 1_412_650_000_000), (2017, 1_573_218_000_000), (2018, 1_702_345_000_000), (2019, 1_869_904_000_000),
        (2020, 2_010_356_000_000), (2021, 2_105_884_000_000), (2022, 2_361_497_000_000), (2023, 2_618_733_000_000),
        (2024, 2_862_090_000_000), (2025, 3_041_440_000_000),
    ];

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        var caoBang = demo.CaoBang.Id;
        var laiChau = demo.LaiChau.Id;

        var taLung = Gate(caoBang, "Tà Lùng", GateType.International, "水口", "Shuikou", "Thủy Khẩu",
            demo.Partner("longzhou").Id,
            "xã Tà Lùng, Cao Bằng", 22.4856, 106.5786);
        var taLungBridge = Route(taLung, GateRouteKind.CrossingRoute, "Tà Lùng II", "Thủy Khẩu (cầu)", 22.4912,
            106.5731);
        taLung.Events.AddRange([
            Event(taLung, GateEventKind.Opened, new(1993, 5, 18), "Hiệp định tạm thời 1991", new(1991, 11, 7),
                "Chính phủ Việt Nam và Chính phủ Trung Quốc", "Mở cặp cửa khẩu chính (song phương)."),
            Event(taLung, GateEventKind.UpgradedToInternational, new(2024, 12, 6), "Công hàm trao đổi 2024/TL-TK",
                new(2024, 10, 30),
                "Chính phủ Việt Nam và Chính phủ Trung Quốc",
                    "Nâng cấp cặp cửa khẩu Tà Lùng – Thủy Khẩu thành cửa khẩu quốc tế."),
            Event(taLung, GateEventKind.RouteAdded, new(2024, 12, 6), "Công hàm trao đổi 2024/TL-TK", new(2024, 10, 30),
                "Chính phủ Việt Nam và Chính phủ Trung Quốc",
                    "Tuyến thông quan cầu Tà Lùng II – Thủy Khẩu thuộc cửa khẩu quốc tế.", taLungBridge),
        ]);

        var traLinh = Gate(caoBang, "Trà Lĩnh", GateType.International, "龙邦", "Longbang", "Long Bang",
            demo.Partner("jingxi").Id,
            "xã Trà Lĩnh, Cao Bằng", 22.8339, 106.3189);
        var naDoong = Route(traLinh, GateRouteKind.ClearancePoint, "Nà Đoỏng", "Na Rì (Na Ray)", 22.8421, 106.3512);
        traLinh.Events.AddRange([
            Event(traLinh, GateEventKind.Opened, new(1993, 5, 18), "Hiệp định tạm thời 1991", new(1991, 11, 7),
                "Chính phủ Việt Nam và Chính phủ Trung Quốc", "Mở cặp cửa khẩu chính (song phương)."),
            Event(traLinh, GateEventKind.Suspended, new(2021, 4, 12), "CV 1205/UBND-NC", new(2021, 4, 10),
                "UBND tỉnh Cao Bằng",
                    "Tạm dừng xuất nhập cảnh người do dịch COVID-19; hàng hóa thông quan qua Tà Lùng."),
            Event(traLinh, GateEventKind.Reopened, new(2022, 2, 15), "CV 402/UBND-NC", new(2022, 2, 11),
                "UBND tỉnh Cao Bằng", null),
            Event(traLinh, GateEventKind.UpgradedToInternational, new(2022, 12, 20), "Công hàm trao đổi 2022/TL-LB",
                new(2022, 11, 16),
                "Chính phủ Việt Nam và Chính phủ Trung Quốc",
                    "Nâng cấp cặp cửa khẩu Trà Lĩnh – Long Bang thành cửa khẩu quốc tế."),
            Event(traLinh, GateEventKind.RouteAdded, new(2022, 12, 20), "Công hàm trao đổi 2022/TL-LB",
                new(2022, 11, 16),
                "Chính phủ Việt Nam và Chính phủ Trung Quốc",
                    "Tuyến thông quan Nà Đoỏng – Na Rì (Na Ray) thuộc cửa khẩu quốc tế.", naDoong),
        ]);

        var lyVan = Gate(caoBang, "Lý Vạn", GateType.Main, "硕龙", "Shuolong", "Thạc Long", demo.Partner("daxin").Id,
            "xã Lý Quốc, Cao Bằng", 22.7604, 106.7362);
        lyVan.Events.Add(Event(lyVan, GateEventKind.Opened, new(2023, 6, 28), "Công hàm trao đổi 2023/LV-TL",
            new(2023, 5, 22),
            "Chính phủ Việt Nam và Chính phủ Trung Quốc", "Mở cặp cửa khẩu song phương Lý Vạn – Thạc Long."));

        var maLuThang = Gate(laiChau, "Ma Lù Thàng", GateType.International, "金水河", "Jinshuihe", "Kim Thủy Hà",
            demo.Partner("jinping").Id,
            "xã Phong Thổ, Lai Châu", 22.5072, 103.2554);
        maLuThang.Events.AddRange([
            Event(maLuThang, GateEventKind.Opened, new(1993, 5, 18), "Hiệp định tạm thời 1991", new(1991, 11, 7),
                "Chính phủ Việt Nam và Chính phủ Trung Quốc", "Mở cặp cửa khẩu chính (song phương)."),
            Event(maLuThang, GateEventKind.UpgradedToInternational, new(2024, 9, 26), "Công hàm trao đổi 2024/MLT-KTH",
                new(2024, 8, 19),
                "Chính phủ Việt Nam và Chính phủ Trung Quốc",
                    "Nâng cấp cặp cửa khẩu Ma Lù Thàng – Kim Thủy Hà lên cửa khẩu quốc tế."),
        ]);
        var uMaTuKhoong = Gate(laiChau, "U Ma Tu Khoòng", GateType.Secondary, "勐桥", "Mengqiao", "Mãnh Kiều", null,
            "xã Mù Cả, Lai Châu", 22.7140, 102.6195);
        uMaTuKhoong.Events.Add(Event(uMaTuKhoong, GateEventKind.Opened, new(2002, 3, 1), null, null,
            "UBND tỉnh Lai Châu",
            "Cửa khẩu phụ phục vụ cư dân biên giới."));

        db.AddRange(taLung, traLinh, lyVan, maLuThang, uMaTuKhoong);
        await db.SaveChangesAsync(ct);

        var gates = new Dictionary<string, BorderGate>
        {
            ["ta-lung"] = taLung,
            ["tra-linh"] = traLinh,
            ["ly-van"] = lyVan,
        };
        foreach (var (year, key, revenue, passengers, vehicles) in CaoBangYears)
        {
            db.Add(Figure(gates[key], year, null, revenue, passengers, vehicles,
                "Chi cục Hải quan cửa khẩu (báo cáo năm)"));
        }

        db.AddRange(CaoBangProvinceRevenue.Select(r => new ProvinceRevenue
        {
            ProvinceId = caoBang,
            Year = r.Year,
            StateRevenueVnd = r.Revenue,
            Source = "Sở Tài chính Cao Bằng (quyết toán ngân sách)",
        }));

        // Lai Châu: two yearly figures and the first half of 2025 month by month.
        db.Add(Figure(maLuThang, 2023, null, 118_406_215_300, 61_240, 12_870, "Chi cục Hải quan Ma Lù Thàng"));
        db.Add(Figure(maLuThang, 2024, null, 142_918_760_450, 78_515, 15_340, "Chi cục Hải quan Ma Lù Thàng"));
        long[] months = [11_204_500_000, 9_876_300_000, 12_415_800_000, 13_002_650_000, 12_887_100_000, 13_540_275_000];
        for (var m = 0; m < months.Length; m++)
        {
            db.Add(Figure(maLuThang, 2025, m + 1, months[m], 6_400 + (m * 315), 1_310 + (m * 42),
                "Chi cục Hải quan Ma Lù Thàng"));
        }

        db.Add(Figure(uMaTuKhoong, 2024, null, 3_418_900_000, 9_860, 1_205, "Đồn Biên phòng Mù Cả"));

        // The provinces' border-gate economic zones, by name and gates only: no area, date or decision is invented.
        db.AddRange(
            Zone(laiChau, "Khu kinh tế cửa khẩu Ma Lù Thàng", "Ma Lu Thang Border Gate Economic Zone", maLuThang),
            Zone(caoBang, "Khu kinh tế cửa khẩu Cao Bằng", "Cao Bang Border Gate Economic Zone", taLung, traLinh,
                lyVan));
        await db.SaveChangesAsync(ct);
    }

    private static EconomicZone Zone(int provinceId, string name, string english, params BorderGate[] gates) => new()
    {
        ProvinceId = provinceId,
        NameVietnamese = name,
        NameEnglish = english,
        Kind = EconomicZoneKind.BorderGateZone,
        IsPublic = true,
        Gates = [.. gates.Select(g => new EconomicZoneGate { ProvinceId = provinceId, BorderGateId = g.Id })],
    };

    private static BorderGate Gate(int provinceId, string name, GateType type, string native, string latin,
        string vietnamese, int? partnerId,
        string location, double lat, double lon) => new()
        {
            ProvinceId = provinceId,
            Name = name,
            Country = "CN",
            Type = type,
            CounterpartNative = native,
            CounterpartLatin = latin,
            CounterpartVietnamese = vietnamese,
            CounterpartPartnerId = partnerId,
            Location = location,
            Latitude = lat,
            Longitude = lon,
        };

    private static BorderGateRoute Route(BorderGate gate, GateRouteKind kind, string name, string counterpart,
        double lat, double lon)
    {
        var route = new BorderGateRoute
        {
            ProvinceId = gate.ProvinceId, Kind = kind, Name = name,
            CounterpartName = counterpart, Latitude = lat, Longitude = lon
        };
        gate.Routes.Add(route);
        return route;
    }

    private static BorderGateEvent Event(BorderGate gate, GateEventKind kind, DateOnly date, string? decision,
        DateOnly? decided, string authority,
        string? notes, BorderGateRoute? route = null) => new()
        {
            ProvinceId = gate.ProvinceId,
            Kind = kind,
            Date = date,
            DecisionNumber = decision,
            DecisionDate = decided,
            Authority = authority,
            Notes = notes,
            Route = route,
        };

    private static GateFigure Figure(BorderGate gate, int year, int? month, long revenue, int passengers, int vehicles,
        string source)
    {
        // Roughly 1 USD of trade per 520–610 VND of revenue at these gates, imports a little above exports.
        var trade = Math.Round(revenue / (520m + (year % 7 * 15m)), 2);
        var figure = new GateFigure
        {
            BorderGateId = gate.Id,
            ProvinceId = gate.ProvinceId,
            StateRevenueVnd = revenue,
            ImportTurnoverUsd = Math.Round(trade * 0.56m, 2),
            ExportTurnoverUsd = Math.Round(trade * 0.44m, 2),
            Passengers = passengers,
            Vehicles = vehicles,
            Source = source,
        };
        figure.SetPeriod(year, month);
        return figure;
    }
}
