using Attache.Demo;
using Attache.Infrastructure;

namespace Attache.Twinnings;

/// <summary>The twinning pairs of the source articles: 6 Lai Châu border communes and villages with Yunnan
/// townships, 10 Cao Bằng
/// villages, communes and former border districts with Guangxi towns and counties.</summary>
internal sealed class TwinningDemoData : IDemoData
{
    public int Order => 30;

    private sealed record Seed(string Province, string Locality, LocalityKind Kind, string Partner, DateOnly Signed,
        (DateOnly Date, string Title)[] Activities);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly Seed[] Seeds =
    [
        new("VN-01", "Xã Ma Ly Pho", LocalityKind.Commune, "jinshuihe", D(2016, 4, 12),
            [(D(2023, 2, 3), "Giao lưu văn nghệ, thể thao dịp Tết Nguyên đán tại cửa khẩu Ma Lù Thàng"),
                (D(2024, 9, 18), "Họp bàn phối hợp quản lý đường biên, mốc giới")]),
        new("VN-01", "Xã Dào San", LocalityKind.Commune, "mengla", D(2017, 3, 28),
            [(D(2024, 1, 30), "Thăm hỏi, chúc Tết và trao quà cho hộ nghèo hai bên biên giới")]),
        new("VN-01", "Xã Sì Lở Lầu", LocalityKind.Commune, "maandi", D(2018, 11, 6),
            [(D(2023, 5, 16), "Phối hợp tuần tra song phương, phòng chống buôn lậu")]),
        new("VN-01", "Xã Mù Cả", LocalityKind.Commune, "pinghe", D(2019, 5, 21),
            [(D(2024, 4, 10), "Giao lưu bóng chuyền hữu nghị thanh niên biên giới")]),
        new("VN-01", "Bản Ú Ma, xã Thu Lũm", LocalityKind.Village, "daheishan", D(2019, 9, 9),
            [(D(2025, 2, 14), "Gặp mặt đầu xuân giữa hai bản kết nghĩa")]),
        new("VN-01", "Xã Ka Lăng", LocalityKind.Commune, "qushui", D(2022, 10, 25),
            [(D(2025, 6, 5), "Trao đổi kinh nghiệm trồng thảo quả, chè dưới tán rừng")]),

        new("VN-04", "Huyện Trùng Khánh (cũ)", LocalityKind.FormerDistrict, "daxin", D(2015, 12, 10),
            [(D(2023, 1, 31), "Giao lưu văn hóa mùa xuân tại khu cảnh quan Bản Giốc – Đức Thiên")]),
        new("VN-04", "Huyện Phục Hòa (cũ)", LocalityKind.FormerDistrict, "longzhou", D(2016, 3, 3),
            [(D(2019, 2, 20), "Hội đàm đầu xuân giữa hai huyện kết nghĩa")]),
        new("VN-04", "Huyện Trà Lĩnh (cũ)", LocalityKind.FormerDistrict, "jingxi", D(2016, 8, 17),
            [(D(2019, 4, 2), "Khảo sát chung tuyến thông quan Nà Đoỏng – Na Rì")]),
        new("VN-04", "Huyện Hà Quảng (cũ)", LocalityKind.FormerDistrict, "napo", D(2017, 5, 5),
            [(D(2024, 2, 22), "Giao lưu văn nghệ mừng xuân giữa nhân dân hai bên biên giới")]),
        new("VN-04", "Huyện Thạch An (cũ)", LocalityKind.FormerDistrict, "ningming", D(2018, 4, 24),
            [(D(2023, 11, 9), "Trao đổi về phòng chống dịch bệnh gia súc qua biên giới")]),
        new("VN-04", "Xã Tà Lùng", LocalityKind.Commune, "shuikou", D(2019, 7, 12),
            [(D(2024, 6, 14), "Gặp gỡ nhân dịp thông tuyến cầu Tà Lùng II – Thủy Khẩu")]),
        new("VN-04", "Xã Trà Lĩnh", LocalityKind.Commune, "longbang", D(2020, 1, 8),
            [(D(2025, 2, 5), "Giao lưu mùa xuân cửa khẩu Trà Lĩnh – Long Bang")]),
        new("VN-04", "Xã Lý Vạn", LocalityKind.Commune, "shuolong", D(2021, 9, 29),
            [(D(2024, 10, 8), "Chuẩn bị mở cặp cửa khẩu song phương Lý Vạn – Thạc Long")]),
        new("VN-04", "Xóm Bản Giốc, xã Đàm Thủy", LocalityKind.Village, "detian", D(2023, 8, 30),
            [(D(2023, 9, 15), "Dự lễ vận hành thử nghiệm khu cảnh quan thác Bản Giốc – Đức Thiên")]),
        new("VN-04", "Xã Ngọc Côn", LocalityKind.Commune, "yuexu", D(2024, 5, 16),
            [(D(2025, 3, 20), "Ký kế hoạch phối hợp bảo vệ rừng đầu nguồn")]),
    ];

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        foreach (var s in Seeds)
        {
            var province = demo.Provinces[s.Province].Id;
            db.Add(new Twinning
            {
                ProvinceId = province,
                LocalityName = s.Locality,
                LocalityKind = s.Kind,
                PartnerId = demo.Partner(s.Partner).Id,
                SignedOn = s.Signed,
                Activities = [.. s.Activities.Select(a => new TwinningActivity
                    { ProvinceId = province, Date = a.Date, Title = a.Title })],
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
