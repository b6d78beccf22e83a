using System.Globalization;
using Attache.Aid;
using Attache.Consular;
using Attache.Demo;
using Attache.Events;
using Attache.Infrastructure;
using Attache.Labour;
using Microsoft.EntityFrameworkCore;

namespace Attache.Foreigners;

/// <summary>The foreigners' desk of both provinces: the foreign NGOs named among the aid donors, with their permits
/// (one ending soon after the end of November 2026), their local projects from the aid register and their reports
/// (one overdue); a few journalists' and experts' visits; and a few incidents, one with its consular
/// notification.</summary>
internal sealed class ForeignersDemoData(PersonalDataProtector protector) : IDemoData
{
    public int Order => 50;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private sealed record Ngo(string Partner, string Country, string Permit, DateOnly From, DateOnly To,
        string Scope, string Areas, ForeignOrganisationStatus Status = ForeignOrganisationStatus.Active);

    private static readonly Ngo[] LaiChauNgos =
    [
        new("lc-worldvision", "US", "512/GĐK-BNG", D(2024, 3, 1), D(2029, 2, 28),
            "Phát triển vùng, bảo vệ trẻ em, nước sạch và vệ sinh", "Tam Đường, Sìn Hồ, Phong Thổ"),
        new("lc-plan", "GB", "318/GĐK-BNG", D(2022, 2, 15), D(2027, 2, 14),
            "Giáo dục mầm non song ngữ, bình đẳng giới, sức khỏe sinh sản vị thành niên", "Mường Tè, Nậm Nhùn"),
        new("lc-childfund", "AU", "447/GĐK-BNG", D(2023, 7, 1), D(2028, 6, 30),
            "Dinh dưỡng trẻ em, giáo dục, sinh kế hộ nghèo", "Tân Uyên, Than Uyên"),
        new("lc-care", "CH", "209/GĐK-BNG", D(2021, 9, 1), D(2026, 8, 31),
            "Sinh kế cho phụ nữ dân tộc thiểu số, thích ứng biến đổi khí hậu", "Sìn Hồ",
            ForeignOrganisationStatus.Closed),
        new("lc-goodneighbors", "KR", "603/GĐK-BNG", D(2025, 1, 10), D(2030, 1, 9),
            "Phát triển cộng đồng, nước sạch trường học", "Phong Thổ, Bình Lư"),
    ];

    private static readonly Ngo[] CaoBangNgos =
    [
        new("cb-plan", "GB", "287/GĐK-BNG", D(2023, 4, 1), D(2028, 3, 31),
            "Bảo vệ trẻ em, giáo dục, ứng phó thiên tai dựa vào cộng đồng", "Bảo Lạc, Bảo Lâm, Hà Quảng"),
        new("cb-worldvision", "US", "131/GĐK-BNG", D(2022, 1, 20), D(2027, 1, 19),
            "Phát triển vùng, dinh dưỡng, giáo dục và bảo vệ trẻ em", "Hạ Lang, Nguyên Bình"),
        new("cb-helvetas", "CH", "395/GĐK-BNG", D(2024, 6, 1), D(2029, 5, 31),
            "Chuỗi giá trị nông sản, quản trị địa phương", "Trùng Khánh, Quảng Hòa"),
        new("cb-savechildren", "GB", "244/GĐK-BNG", D(2023, 10, 1), D(2028, 9, 30),
            "Giáo dục, sức khỏe trẻ em", "Thạch An, Hòa An"),
        new("cb-snv", "NL", "166/GĐK-BNG", D(2021, 5, 1), D(2026, 4, 30),
            "Năng lượng sinh khối, nông nghiệp thích ứng khí hậu", "Hòa An", ForeignOrganisationStatus.Suspended),
    ];

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        await OrganisationsAsync(db, demo, demo.LaiChau.Id, "Sở Ngoại vụ tỉnh Lai Châu", LaiChauNgos, ct);
        await OrganisationsAsync(db, demo, demo.CaoBang.Id, "Sở Ngoại vụ tỉnh Cao Bằng", CaoBangNgos, ct);
        await VisitsAsync(db, demo, ct);
        Incidents(db, demo);
        await db.SaveChangesAsync(ct);
    }

    private static async Task OrganisationsAsync(AttacheDb db, DemoContext demo, int province, string department,
        Ngo[] ngos, CancellationToken ct)
    {
        foreach (var ngo in ngos)
        {
            var partner = demo.Partner(ngo.Partner);
            var projects = await db.Set<AidParticipant>().IgnoreQueryFilters()
                .Where(p => p.PartnerId == partner.Id && p.ProvinceId == province)
                .Select(p => p.AidProjectId).Distinct().OrderBy(id => id).Take(4).ToListAsync(ct);
            var organisation = new ForeignOrganisation
            {
                ProvinceId = province, Name = partner.NameLatin, NameVietnamese = partner.NameVietnamese,
                Kind = ForeignOrganisationKind.Ngo, Country = ngo.Country, PartnerId = partner.Id,
                PermitNumber = ngo.Permit,
                PermitIssuer = "Bộ Ngoại giao (Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài)",
                Scope = ngo.Scope, Areas = ngo.Areas, PermitValidFrom = ngo.From, PermitValidTo = ngo.To,
                Status = ngo.Status,
                Projects = [.. projects.Select(id => new ForeignOrganisationProject
                    { ProvinceId = province, AidProjectId = id })],
                Notes = ngo.Status switch
                {
                    ForeignOrganisationStatus.Closed => "Đã kết thúc hoạt động tại tỉnh, hoàn tất bàn giao dự án.",
                    ForeignOrganisationStatus.Suspended => "Tạm dừng hoạt động chờ gia hạn giấy đăng ký.",
                    _ => null,
                },
            };

            // Half-yearly reports to the department: the year's first half in July, the annual report in January.
            for (var year = Math.Max(ngo.From.Year, 2024); year <= 2026; year++)
            {
                foreach (var (title, due) in new[]
                {
                    ($"Báo cáo 6 tháng đầu năm {year}", D(year, 7, 31)),
                    ($"Báo cáo năm {year}", D(year + 1, 1, 31)),
                })
                {
                    if (due > ngo.To.AddMonths(1) || due > D(2027, 1, 31))
                    {
                        continue;
                    }

                    // Every report due by the end of November 2026 came in late by ten days or so, but one: the
                    // second organisation of each province has not sent its report on the first half of 2026.
                    var missing = ngo == ngos[1] && year == 2026 && due.Month == 7;
                    DateOnly? received = due < D(2026, 11, 30) && !missing ? due.AddDays(8 + title.Length % 9) : null;
                    organisation.Reports.Add(new ForeignOrganisationReport
                    {
                        ProvinceId = province, Title = title, DueOn = due, ReceivedOn = received,
                        Notes = missing ? $"{department} đã có văn bản nhắc nộp báo cáo." : null,
                    });
                }
            }

            db.Add(organisation);
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task VisitsAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        var laiChau = demo.LaiChau.Id;
        var caoBang = demo.CaoBang.Id;
        var kbs = await db.Set<CooperationEvent>().IgnoreQueryFilters()
            .Where(e => e.ProvinceId == laiChau && e.Title.Contains("KBS")).Select(e => (int?)e.Id)
            .FirstOrDefaultAsync(ct);
        var geopark = await db.Set<AidProject>().IgnoreQueryFilters()
            .Where(p => p.ProvinceId == caoBang && p.Identifier == "VN04-KOICA-GEOPARK-2024")
            .Select(p => p.Identifier).FirstOrDefaultAsync(ct);

        db.AddRange(
            new ForeignerVisit
            {
                ProvinceId = laiChau, Purpose = ForeignerVisitPurpose.Journalism, Country = "KR",
                Subject = "Làm phim tài liệu về ruộng bậc thang và chè Shan tuyết", Organisation = "KBS",
                Places = "Sìn Hồ, Tam Đường", StartsOn = D(2022, 11, 7), EndsOn = D(2022, 11, 12),
                PermitReference = "Văn bản số 2315/BNG-TTBC của Bộ Ngoại giao", EventId = kbs,
                Persons =
                [
                    Visitor(laiChau, "Kim Min-jun", "KR", 1981, Gender.Male, "Đạo diễn"),
                    Visitor(laiChau, "Park Ji-woo", "KR", 1990, Gender.Female, "Phóng viên"),
                    Visitor(laiChau, "Lee Seo-yeon", "KR", 1987, Gender.Female, "Quay phim"),
                ],
            },
            new ForeignerVisit
            {
                ProvinceId = laiChau, Purpose = ForeignerVisitPurpose.ProjectExpert, Country = "AU",
                Subject = "Đánh giá giữa kỳ dự án dinh dưỡng trẻ em", Organisation = "ChildFund Australia",
                Places = "Tân Uyên, Than Uyên", StartsOn = D(2026, 9, 14), EndsOn = D(2026, 9, 18),
                PermitReference = "Thông báo của ChildFund Việt Nam ngày 03/9/2026",
                Persons = [Visitor(laiChau, "Sarah Mitchell", "AU", 1978, Gender.Female, "Chuyên gia")],
            },
            new ForeignerVisit
            {
                ProvinceId = laiChau, Purpose = ForeignerVisitPurpose.Research, Country = "FR",
                Subject = "Nghiên cứu văn hóa dân tộc Lự và Mảng", Organisation = "Viện Viễn Đông Bác cổ Pháp (EFEO)",
                Places = "Bản Hon, Nậm Hàng", StartsOn = D(2026, 10, 20), EndsOn = D(2026, 11, 2),
                PermitReference = "Giấy phép của Bộ Văn hóa, Thể thao và Du lịch",
                Persons = [Visitor(laiChau, "Claire Dubois", "FR", 1985, Gender.Female, "Nhà nghiên cứu")],
            },
            new ForeignerVisit
            {
                ProvinceId = caoBang, Purpose = ForeignerVisitPurpose.Journalism, Country = "JP",
                Subject = "Phóng sự về thác Bản Giốc và Công viên địa chất Non nước Cao Bằng", Organisation = "NHK",
                Places = "Đàm Thủy, Trùng Khánh", StartsOn = D(2026, 4, 8), EndsOn = D(2026, 4, 11),
                PermitReference = "Văn bản số 1072/BNG-TTBC của Bộ Ngoại giao",
                Persons =
                [
                    Visitor(caoBang, "Sato Haruki", "JP", 1979, Gender.Male, "Phóng viên"),
                    Visitor(caoBang, "Tanaka Yui", "JP", 1992, Gender.Female, "Quay phim"),
                ],
            },
            new ForeignerVisit
            {
                ProvinceId = caoBang, Purpose = ForeignerVisitPurpose.ProjectExpert, Country = "KR",
                Subject = geopark is null ? "Khảo sát du lịch bền vững Công viên địa chất"
                    : $"Giám sát dự án {geopark}",
                Organisation = "KOICA", Places = "Trùng Khánh, Đàm Thủy", StartsOn = D(2026, 6, 22),
                EndsOn = D(2026, 6, 26), PermitReference = "Thông báo của Văn phòng KOICA tại Việt Nam",
                Persons =
                [
                    Visitor(caoBang, "Choi Dong-hyun", "KR", 1975, Gender.Male, "Chuyên gia"),
                ],
            });
        await db.SaveChangesAsync(ct);
    }

    private void Incidents(AttacheDb db, DemoContext demo)
    {
        var laiChau = demo.LaiChau.Id;
        var caoBang = demo.CaoBang.Id;
        db.AddRange(
            new ForeignerIncident
            {
                ProvinceId = laiChau, Kind = IncidentKind.Accident, OccurredOn = D(2026, 10, 3),
                ReportedOn = D(2026, 10, 3), Place = "Đèo Ô Quy Hồ, Tam Đường",
                Summary = "Hai du khách nước ngoài đi xe máy bị ngã trên đèo Ô Quy Hồ, một người gãy tay, được đưa "
                    + "vào Bệnh viện Đa khoa tỉnh.",
                MissionNotified = "Đại sứ quán Pháp tại Hà Nội", MissionNotifiedOn = D(2026, 10, 4),
                Status = CaseStatus.Closed, ClosedOn = D(2026, 10, 9),
                Outcome = "Du khách xuất viện ngày 08/10, về Hà Nội; Đại sứ quán đã liên hệ gia đình.",
                Persons =
                [
                    Involved(laiChau, "Julien Moreau", "FR", 1996, Gender.Male, "Người bị thương"),
                    Involved(laiChau, "Emma Laurent", "FR", 1997, Gender.Female, "Người đi cùng"),
                ],
                Actions =
                [
                    Action(laiChau, D(2026, 10, 3),
                        "Công an huyện Tam Đường lập biên bản, đưa người bị thương đi cấp cứu."),
                    Action(laiChau, D(2026, 10, 4),
                        "Sở Ngoại vụ thông báo Đại sứ quán Pháp bằng điện thoại và công hàm."),
                    Action(laiChau, D(2026, 10, 9), "Du khách ra viện; kết thúc vụ việc."),
                ],
            },
            new ForeignerIncident
            {
                ProvinceId = laiChau, Kind = IncidentKind.LostDocuments, OccurredOn = D(2026, 11, 21),
                ReportedOn = D(2026, 11, 22), Place = "Thành phố Lai Châu",
                Summary = "Một chuyên gia nước ngoài báo mất hộ chiếu tại khách sạn; công an đã cấp giấy xác nhận.",
                Persons = [Involved(laiChau, "Michael Brown", "GB", 1970, Gender.Male, "Người mất giấy tờ")],
                Actions =
                [
                    Action(laiChau, D(2026, 11, 22),
                        "Công an phường tiếp nhận trình báo, cấp giấy xác nhận mất hộ chiếu."),
                ],
            },
            new ForeignerIncident
            {
                ProvinceId = caoBang, Kind = IncidentKind.Violation, OccurredOn = D(2026, 11, 12),
                ReportedOn = D(2026, 11, 13), Place = "Khu vực mốc 836, xã Đàm Thủy",
                Summary = "Ba người nước ngoài vào khu vực biên giới không có giấy phép, bị Đồn Biên phòng nhắc nhở "
                    + "và lập biên bản.",
                Persons =
                [
                    Involved(caoBang, "Wang Lei", "CN", 1988, Gender.Male, "Người vi phạm"),
                    Involved(caoBang, "Liu Yang", "CN", 1990, Gender.Male, "Người vi phạm"),
                    Involved(caoBang, "Chen Jing", "CN", 1993, Gender.Female, "Người vi phạm"),
                ],
                Actions =
                [
                    Action(caoBang, D(2026, 11, 13), "Đồn Biên phòng Đàm Thủy lập biên bản vi phạm hành chính."),
                ],
            });
    }

    private VisitPerson Visitor(int province, string name, string nationality, int birthYear, Gender gender,
        string note) => Fill(new VisitPerson { FullName = name }, province, nationality, birthYear, gender, note);

    private IncidentPerson Involved(int province, string name, string nationality, int birthYear, Gender gender,
        string note) => Fill(new IncidentPerson { FullName = name }, province, nationality, birthYear, gender, note);

    /// <summary>A made-up passport number: the nationality, the year of birth and digits drawn from the name.</summary>
    private T Fill<T>(T person, int province, string nationality, int birthYear, Gender gender, string note)
        where T : PersonRecord
    {
        person.ProvinceId = province;
        person.Nationality = nationality;
        person.BirthYear = birthYear;
        person.Gender = gender;
        person.Note = note;
        var digits = person.FullName.Sum(c => c) * 7919 % 1_000_000;
        person.IdentityNumberProtected = protector.Protect(
            string.Create(CultureInfo.InvariantCulture, $"{nationality}{birthYear % 100:00}{digits:000000}"));
        return person;
    }

    private static IncidentAction Action(int province, DateOnly on, string text) =>
        new() { ProvinceId = province, On = on, Text = text };
}
