using Attache.Consular;
using Attache.Demo;
using Attache.Infrastructure;
using Attache.Labour;
using Microsoft.EntityFrameworkCore;

namespace Attache.Dossiers;

/// <summary>The consular desks' dossiers of 2025 in both provinces: ABTC applications of local business people (one
/// card in Lai Châu due for renewal early 2026, one application still open past its deadline), consular
/// certifications and legalisations, and a nationality dossier each. Due days follow the holiday table.</summary>
internal sealed class DossierDemoData(PersonalDataProtector protector) : IDemoData
{
    public int Order => 50;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private sealed record Applicant(string Name, string? Identity, string Nationality, int Born, Gender Gender,
        string Note);

    private sealed record Spec(string Province, DossierKind Kind, string Reference, DateOnly Received,
        DossierStatus Status, DateOnly? Returned, Applicant Applicant, string? Result = null,
        string? Card = null, DateOnly? CardExpires = null, NationalityMatter? Matter = null, string? Opinion = null,
        DateOnly? OpinionOn = null, string? Notes = null);

    private static readonly Spec[] Dossiers =
    [
        new("VN-01", DossierKind.Abtc, "ABTC-LC-2025-003", D(2025, 3, 10), DossierStatus.Returned, D(2025, 3, 21),
            new("Tẩn Văn Phúc", "012089004517", "VN", 1978, Gender.Male, "Giám đốc doanh nghiệp chè"),
            "Thẻ ABTC đã cấp", "VN-ABTC-1025471", D(2026, 1, 20),
            Notes: "Thẻ cấp năm 2021, gia hạn để xúc tiến xuất khẩu chè sang Trung Đông."),
        new("VN-01", DossierKind.Abtc, "ABTC-LC-2025-014", D(2025, 10, 20), DossierStatus.Forwarded, null,
            new("Lò Thị Hạnh", "012185009932", "VN", 1985, Gender.Female, "Phó Giám đốc hợp tác xã dược liệu"),
            Notes: "Đã chuyển Cục Quản lý xuất nhập cảnh, chờ kết quả."),
        new("VN-01", DossierKind.ConsularCertification, "HPLS-LC-2025-007", D(2025, 9, 15), DossierStatus.Returned,
            D(2025, 9, 19), new("Giàng A Sử", "012092001264", "VN", 1992, Gender.Male,
                "Người lao động chuẩn bị đi Hàn Quốc"),
            "Đã chứng nhận lãnh sự bằng tốt nghiệp và lý lịch tư pháp"),
        new("VN-01", DossierKind.Nationality, "QT-LC-2025-002", D(2025, 6, 2), DossierStatus.Returned,
            D(2025, 6, 27), new("Vàng Thị Mỷ", "E1234567", "LA", 1990, Gender.Female, "Xin trở lại quốc tịch"),
            "Ý kiến đã gửi Sở Tư pháp", Matter: NationalityMatter.Restoration,
            Opinion: "Đồng ý đề nghị cho trở lại quốc tịch Việt Nam.", OpinionOn: D(2025, 6, 25)),
        new("VN-04", DossierKind.Abtc, "ABTC-CB-2025-005", D(2025, 5, 12), DossierStatus.Returned, D(2025, 5, 23),
            new("Nông Văn Thắng", "004081003358", "VN", 1981, Gender.Male, "Giám đốc công ty logistics Tà Lùng"),
            "Thẻ ABTC đã cấp", "VN-ABTC-1031188", D(2030, 5, 22)),
        new("VN-04", DossierKind.Abtc, "ABTC-CB-2025-009", D(2025, 8, 4), DossierStatus.Returned, D(2025, 8, 20),
            new("Hoàng Thị Lan", "004187006120", "VN", 1987, Gender.Female, "Giám đốc công ty du lịch Bản Giốc"),
            "Thẻ ABTC đã cấp", "VN-ABTC-1036904", D(2030, 8, 19),
            Notes: "Trả chậm hai ngày: chờ xác minh của Công an tỉnh."),
        new("VN-04", DossierKind.ConsularCertification, "HPLS-CB-2025-011", D(2025, 8, 28), DossierStatus.Returned,
            D(2025, 9, 5), new("Lục Văn Hùng", "004095002471", "VN", 1995, Gender.Male, "Du học sinh sang Trung Quốc"),
            "Đã chứng nhận lãnh sự học bạ và giấy khai sinh"),
        new("VN-04", DossierKind.ConsularLegalisation, "HPLS-CB-2025-016", D(2025, 10, 6), DossierStatus.Returned,
            D(2025, 10, 10), new("Lý Minh", "EA7716204", "CN", 1983, Gender.Male,
                "Thương nhân Quảng Tây, khu kinh tế cửa khẩu"),
            "Đã hợp pháp hóa giấy chứng nhận đăng ký doanh nghiệp"),
        new("VN-04", DossierKind.Nationality, "QT-CB-2025-004", D(2025, 7, 14), DossierStatus.Returned,
            D(2025, 8, 11), new("Vi Xuân Mai", "EF2290415", "CN", 1989, Gender.Female,
                "Kết hôn với công dân Trùng Khánh, cư trú từ 2016"),
            "Ý kiến đã gửi Sở Tư pháp", Matter: NationalityMatter.Naturalisation,
            Opinion: "Đề nghị xem xét cho nhập quốc tịch; đương sự đủ điều kiện cư trú.", OpinionOn: D(2025, 8, 8)),
    ];

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        var holidays = (await db.Set<PublicHoliday>().Select(h => h.Date).ToListAsync(ct)).ToHashSet();
        foreach (var s in Dossiers)
        {
            var province = demo.Provinces[s.Province].Id;
            var days = DossierRules.DefaultWorkingDays(s.Kind);
            var dossier = new Dossier
            {
                ProvinceId = province, Kind = s.Kind, Matter = s.Matter, Reference = s.Reference,
                ReceivedOn = s.Received, WorkingDaysAllowed = days, DueOn = WorkingDays.Add(s.Received, days, holidays),
                Status = s.Status, ReturnedOn = s.Returned, Result = s.Result, Notes = s.Notes, CardNumber = s.Card,
                CardExpiresOn = s.CardExpires, Opinion = s.Opinion, OpinionGivenOn = s.OpinionOn,
            };
            var a = s.Applicant;
            dossier.Applicants.Add(new DossierApplicant
            {
                ProvinceId = province, FullName = a.Name, IdentityNumberProtected = protector.Protect(a.Identity),
                Nationality = a.Nationality, BirthYear = a.Born, Gender = a.Gender, Note = a.Note,
            });
            db.Add(dossier);
            await db.SaveChangesAsync(ct);
        }
    }
}
