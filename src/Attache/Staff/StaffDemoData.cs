using Attache.Demo;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Staff;

/// <summary>The two departments' people: the directors the articles name (Kiều Hải Nam in Lai Châu, Nguyễn Anh Quế in
/// Cao Bằng), officers with the demo accounts, and in each province at least one active interpreter of Chinese
/// (HSK), Korean (TOPIK), Lao (Lao scale) and English (CEFR) — the languages of the province's partners, which the
/// reception plans look interpreters up by — with the trainings they attended. One former interpreter is inactive.
/// </summary>
internal sealed class StaffDemoData : IDemoData
{
    public int Order => 25;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private sealed record Person(string Name, string Position, string Unit, string? Account, bool Interpreter,
        (string Language, LanguageScale Scale, string Level)[] Languages, bool Active = true);

    private static readonly Person[] LaiChau =
    [
        new("Kiều Hải Nam", "Giám đốc Sở", "Ban Giám đốc", "leader.laichau", false,
            [("en", LanguageScale.Cefr, "B2"), ("zh", LanguageScale.Hsk, "3")]),
        new("Lò Văn Thắng", "Phó Giám đốc Sở", "Ban Giám đốc", null, false, [("lo", LanguageScale.Lao, "4")]),
        new("Nguyễn Thu Hà", "Trưởng phòng Hợp tác quốc tế", "Phòng Hợp tác quốc tế", "officer.laichau", true,
            [("en", LanguageScale.Cefr, "C1"), ("ko", LanguageScale.Topik, "4")]),
        new("Vàng Thị Mai", "Chuyên viên", "Phòng Hợp tác quốc tế", null, true, [("zh", LanguageScale.Hsk, "6")]),
        new("Phạm Minh Tuấn", "Chuyên viên", "Phòng Hợp tác quốc tế", null, true,
            [("ko", LanguageScale.Topik, "6"), ("en", LanguageScale.Cefr, "B2")]),
        new("Lường Văn Khánh", "Chuyên viên", "Phòng Lãnh sự và Biên giới", "consular.laichau", true,
            [("lo", LanguageScale.Lao, "6"), ("th", LanguageScale.Cefr, "B1")]),
        new("Tao Thị Hương", "Chuyên viên", "Văn phòng Sở", null, false, [("en", LanguageScale.Cefr, "A2")]),
        new("Đỗ Quang Vinh", "Chuyên viên (đã nghỉ hưu)", "Phòng Hợp tác quốc tế", null, true,
            [("zh", LanguageScale.Hsk, "5")], Active: false),
    ];

    private static readonly Person[] CaoBang =
    [
        new("Nguyễn Anh Quế", "Giám đốc Sở", "Ban Giám đốc", "leader.caobang", false,
            [("zh", LanguageScale.Hsk, "4"), ("en", LanguageScale.Cefr, "B1")]),
        new("Hoàng Thị Lan", "Phó Giám đốc Sở", "Ban Giám đốc", null, false, [("zh", LanguageScale.Hsk, "5")]),
        new("Nông Văn Dũng", "Trưởng phòng Hợp tác quốc tế", "Phòng Hợp tác quốc tế", "officer.caobang", true,
            [("zh", LanguageScale.Hsk, "7"), ("en", LanguageScale.Cefr, "B2")]),
        new("Bế Thị Thu", "Chuyên viên", "Phòng Hợp tác quốc tế", null, true, [("zh", LanguageScale.Hsk, "6")]),
        new("Lương Minh Đức", "Chuyên viên", "Phòng Hợp tác quốc tế", null, true,
            [("ko", LanguageScale.Topik, "5"), ("en", LanguageScale.Cefr, "B2")]),
        new("Đàm Thị Ngọc", "Chuyên viên", "Phòng Lãnh sự và Biên giới", "consular.caobang", true,
            [("lo", LanguageScale.Lao, "5"), ("fr", LanguageScale.Cefr, "B1")]),
        new("Triệu Văn Hải", "Chuyên viên", "Phòng Quản lý biên giới", null, true,
            [("en", LanguageScale.Cefr, "C1"), ("ja", LanguageScale.Jlpt, "N3")]),
        new("Hà Thị Yến", "Chuyên viên", "Văn phòng Sở", null, false, [("en", LanguageScale.Cefr, "B1")]),
        new("Mã Văn Tường", "Chuyên viên", "Phòng Quản lý biên giới", null, false, []),
    ];

    /// <summary>Courses the departments' officers attend: (course, organiser, start, days, certificate).</summary>
    private static readonly (string Course, string Organiser, DateOnly Start, int Days, string? Certificate)[] Courses =
    [
        ("Bồi dưỡng nghiệp vụ lễ tân đối ngoại", "Học viện Ngoại giao", D(2024, 5, 13), 5, "Chứng chỉ nghiệp vụ lễ tân"),
        ("Kỹ năng phiên dịch hội đàm", "Học viện Ngoại giao", D(2025, 3, 17), 10, "Chứng nhận hoàn thành khóa học"),
        ("Bồi dưỡng kiến thức công tác lãnh sự", "Cục Lãnh sự, Bộ Ngoại giao", D(2025, 8, 4), 3, null),
        ("Tiếng Hàn giao tiếp nâng cao", "Trường Đại học Hà Nội", D(2025, 10, 6), 30, "TOPIK"),
        ("Công tác thông tin đối ngoại", "Bộ Ngoại giao", D(2026, 4, 20), 3, null),
    ];

    public async Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct)
    {
        var accounts = await db.Users.AsNoTracking().Where(u => u.Email != null)
            .ToDictionaryAsync(u => u.Email!, u => u.Id, ct);
        foreach (var (province, people) in new[] { (demo.LaiChau, LaiChau), (demo.CaoBang, CaoBang) })
        {
            for (var n = 0; n < people.Length; n++)
            {
                var p = people[n];
                var member = new StaffMember
                {
                    ProvinceId = province.Id,
                    FullName = p.Name,
                    Position = p.Position,
                    Unit = p.Unit,
                    UserId = p.Account is null ? null : accounts.GetValueOrDefault($"{p.Account}@attache.demo"),
                    Email = p.Account is null ? null : $"{p.Account}@attache.demo",
                    IsInterpreter = p.Interpreter,
                    Active = p.Active,
                    Notes = p.Active ? null : "Đã nghỉ hưu; giữ lại để tra cứu lịch sử phiên dịch.",
                };
                member.Languages.AddRange(p.Languages.Select(l => new StaffLanguage
                {
                    ProvinceId = province.Id, Language = l.Language, Scale = l.Scale, Level = l.Level,
                }));

                // Interpreters attend the interpreting and protocol courses; everyone some course, deterministically.
                foreach (var (course, organiser, start, days, certificate) in Courses
                    .Where((c, i) => p.Interpreter ? i != 2 || n % 2 == 0 : (i + n) % 3 == 0))
                {
                    if (course.StartsWith("Tiếng Hàn", StringComparison.Ordinal)
                        && !p.Languages.Any(l => l.Language == "ko"))
                    {
                        continue;
                    }

                    member.Trainings.Add(new StaffTraining
                    {
                        ProvinceId = province.Id, Course = course, Organiser = organiser,
                        StartsOn = start.AddDays(province == demo.LaiChau ? 0 : 7),
                        EndsOn = start.AddDays((province == demo.LaiChau ? 0 : 7) + days - 1),
                        Certificate = certificate,
                    });
                }

                db.Add(member);
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
