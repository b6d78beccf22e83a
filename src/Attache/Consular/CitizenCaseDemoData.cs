using Attache.Borders;
using Attache.Demo;
using Attache.Infrastructure;
using Attache.Labour;
using Microsoft.EntityFrameworkCore;

namespace Attache.Consular;

/// <summary>The consular desk's citizens: in Lai Châu a case opened for a seasonal worker who did not come back from
/// Mungyeong and a detention in Yunnan, in Cao Bằng a trafficking case and a stranded citizen in Guangxi; citizens
/// handed back at Tà Lùng and Trà Lĩnh (Cao Bằng) and at Ma Lù Thàng (Lai Châu), built record by record.</summary>
internal sealed class CitizenCaseDemoData(PersonalDataProtector protector) : IDemoData
{
    public int Order => 50;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        var laiChau = demo.LaiChau.Id;
        var caoBang = demo.CaoBang.Id;
        var missing = await db.Set<SeasonalWorker>().AsNoTracking()
            .Where(w => w.ProvinceId == laiChau && w.Outcome == WorkerOutcome.DidNotReturn)
            .OrderByDescending(w => w.Id)
            .Select(w => new { w.Id, w.FullName, w.BirthYear, w.Gender, w.CommuneOfOrigin })
            .FirstOrDefaultAsync(ct);
        if (missing is not null)
        {
            var stranded = Case(laiChau, CitizenCaseKind.Stranded, "KR", D(2024, 10, 28),
                "Lao động thời vụ Lai Châu – Mungyeong, Đợt 2024: không về nước theo kế hoạch (ngày về dự kiến "
                + "18/10/2024); gia đình báo mất liên lạc.");
            stranded.WorkerId = missing.Id;
            stranded.Mission = "Đại sứ quán Việt Nam tại Hàn Quốc";
            stranded.MissionInformedOn = D(2024, 10, 30);
            stranded.FamilyContact = "Vợ, xã " + missing.CommuneOfOrigin + ", 0912 345 678";
            stranded.Persons.Add(Citizen(laiChau, missing.FullName, null, missing.BirthYear,
                missing.Gender, "xã " + missing.CommuneOfOrigin));
            stranded.Actions.Add(Action(laiChau, D(2024, 10, 28), "Gia đình và Sở Nội vụ báo người lao động không "
                + "về nước cùng đoàn."));
            stranded.Actions.Add(Action(laiChau, D(2024, 10, 30), "Gửi công hàm đề nghị Đại sứ quán xác minh nơi ở "
                + "và khuyến cáo người lao động về nước."));
            stranded.Actions.Add(Action(laiChau, D(2024, 12, 9), "Thành phố Mungyeong thông báo người lao động đã "
                + "rời nơi làm việc; tiếp tục phối hợp xác minh."));
            db.Add(stranded);
        }

        var detained = Case(laiChau, CitizenCaseKind.Detained, "CN", D(2025, 3, 14),
            "Công dân xã Dào San bị công an huyện Kim Bình (Vân Nam) tạm giữ vì nhập cảnh trái phép qua đường mòn.");
        detained.Mission = "Tổng Lãnh sự quán Việt Nam tại Côn Minh";
        detained.MissionInformedOn = D(2025, 3, 15);
        detained.FamilyContact = "Mẹ, bản Tả Phìn, xã Dào San, 0389 112 233";
        detained.Persons.Add(Citizen(laiChau, "Vàng A Sử", "011203004512", 2001, Gender.Male,
            "bản Tả Phìn, xã Dào San"));
        detained.Actions.Add(Action(laiChau, D(2025, 3, 15), "Đề nghị Tổng Lãnh sự quán thăm lãnh sự."));
        detained.Actions.Add(Action(laiChau, D(2025, 4, 2), "Phía Trung Quốc trao trả qua cửa khẩu Ma Lù Thàng."));
        detained.Status = CaseStatus.Closed;
        detained.ClosedOn = D(2025, 4, 2);
        detained.Outcome = "Công dân được trao trả tại cửa khẩu Ma Lù Thàng, về với gia đình.";
        db.Add(detained);

        var trafficked = Case(caoBang, CitizenCaseKind.Trafficked, "CN", D(2025, 6, 20),
            "Hai phụ nữ xã Trà Lĩnh bị lừa sang Quảng Tây với lời hứa việc làm; gia đình trình báo.");
        trafficked.Mission = "Tổng Lãnh sự quán Việt Nam tại Nam Ninh";
        trafficked.MissionInformedOn = D(2025, 6, 21);
        trafficked.FamilyContact = "Bố của Nông Thị Hà, xã Trà Lĩnh, 0971 556 201";
        trafficked.Persons.Add(Citizen(caoBang, "Nông Thị Hà", "004305001187", 2005, Gender.Female,
            "xã Trà Lĩnh"));
        trafficked.Persons.Add(Citizen(caoBang, "Lục Thị Mai", null, 2004, Gender.Female,
            "xã Trà Lĩnh"));
        trafficked.Actions.Add(Action(caoBang, D(2025, 6, 21), "Thông báo Tổng Lãnh sự quán và Bộ đội Biên phòng "
            + "tỉnh."));
        trafficked.Actions.Add(Action(caoBang, D(2025, 7, 8), "Công an Quảng Tây xác định được nơi ở của một "
            + "người; làm thủ tục xác minh nhân thân."));
        db.Add(trafficked);

        var lost = Case(caoBang, CitizenCaseKind.Undocumented, "CN", D(2025, 9, 3),
            "Công dân làm thuê ở Bằng Tường mất hộ chiếu, không có giấy tờ để về nước.");
        lost.Mission = "Tổng Lãnh sự quán Việt Nam tại Nam Ninh";
        lost.MissionInformedOn = D(2025, 9, 5);
        lost.Persons.Add(Citizen(caoBang, "Hoàng Văn Lâm", null, 1993, Gender.Male, "xã Thạch An"));
        lost.Actions.Add(Action(caoBang, D(2025, 9, 12), "Tổng Lãnh sự quán cấp giấy thông hành."));
        lost.Status = CaseStatus.Closed;
        lost.ClosedOn = D(2025, 9, 16);
        lost.Outcome = "Về nước qua cửa khẩu Tà Lùng bằng giấy thông hành.";
        db.Add(lost);

        var gates = await db.Set<BorderGate>().AsNoTracking()
            .Where(g => g.Name == "Tà Lùng" || g.Name == "Trà Lĩnh" || g.Name == "Ma Lù Thàng")
            .ToDictionaryAsync(g => g.Name, g => (g.Id, g.ProvinceId), ct);
        const string shuikou = "Trạm kiểm soát biên phòng Thủy Khẩu (Long Châu, Quảng Tây)";
        const string longbang = "Trạm kiểm soát biên phòng Long Bang (Tĩnh Tây, Quảng Tây)";
        const string jinshuihe = "Trạm kiểm soát biên phòng Kim Thủy Hà (Vân Nam)";
        (string Gate, DateOnly On, int Count, string By, string? Named)[] handovers =
        [
            ("Tà Lùng", D(2025, 1, 16), 12, shuikou, null),
            ("Tà Lùng", D(2025, 3, 27), 7, shuikou, null),
            ("Trà Lĩnh", D(2025, 4, 10), 5, longbang, "Nông Văn Sáng"),
            ("Tà Lùng", D(2025, 6, 5), 18, shuikou, null),
            ("Trà Lĩnh", D(2025, 8, 21), 3, longbang, null),
            ("Tà Lùng", D(2025, 9, 16), 1, shuikou, "Hoàng Văn Lâm"),
            ("Trà Lĩnh", D(2025, 10, 30), 9, longbang, null),
            ("Ma Lù Thàng", D(2025, 4, 2), 1, jinshuihe, "Vàng A Sử"),
            ("Ma Lù Thàng", D(2025, 7, 17), 4, jinshuihe, null),
        ];
        foreach (var h in handovers.Where(h => gates.ContainsKey(h.Gate)))
        {
            var (gateId, province) = gates[h.Gate];
            var handover = new BorderHandover
            {
                ProvinceId = province, BorderGateId = gateId, ReceivedOn = h.On, PersonCount = h.Count,
                HandedOverBy = h.By, Notes = "Bàn giao theo biên bản; công dân được đưa về địa phương.",
            };
            if (h.Named is { } name)
            {
                handover.Persons.Add(Returnee(province, name));
            }

            db.Add(handover);
        }

        await db.SaveChangesAsync(ct);
    }

    private static CitizenCase Case(int province, CitizenCaseKind kind, string country, DateOnly opened,
        string summary) =>
        new() { ProvinceId = province, Kind = kind, Country = country, OpenedOn = opened, Summary = summary };

    private static CaseAction Action(int province, DateOnly on, string text) =>
        new() { ProvinceId = province, On = on, Text = text };

    private CasePerson Citizen(int province, string name, string? identity, int? born, Gender gender,
        string? note) => Fill(new CasePerson { FullName = name }, province, identity, born, gender, note);

    private HandoverPerson Returnee(int province, string name) =>
        Fill(new HandoverPerson { FullName = name }, province, null, null, Gender.Male, null);

    private T Fill<T>(T person, int province, string? identity, int? born, Gender gender, string? note)
        where T : PersonRecord
    {
        person.ProvinceId = province;
        person.IdentityNumberProtected = protector.Protect(identity);
        person.Nationality = "VN";
        person.BirthYear = born;
        person.Gender = gender;
        person.Note = note;
        return person;
    }
}
