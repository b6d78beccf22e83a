using Attache.Consular;
using Attache.Foreigners;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Attache.Tests.PersonalData;

/// <summary>The same citizen in two Lai Châu cases (one closed ten years ago, one open) and in a Cao Bằng case, with
/// his identity number encrypted by <see cref="PersonalDataProtector"/>; a foreign expert's visit that ended eight
/// years ago in Lai Châu.</summary>
internal sealed record PersonalDataSeed(int OldCaseId, int RecentCaseId, int OtherProvinceCaseId, int OldVisitId,
    string Name, string Number)
{
    public static async Task<PersonalDataSeed> CreateAsync(AttacheFactory app, string given, string number)
    {
        var laiChau = await app.ProvinceIdAsync("VN-01");
        var caoBang = await app.ProvinceIdAsync("VN-04");
        var today = app.Today;
        var name = $"Nguyễn Văn {given}";
        PersonalDataSeed? seed = null;
        await app.WithDbAsync(async (db, services) =>
        {
            var protector = services.GetRequiredService<PersonalDataProtector>();
            CasePerson Citizen(int province) => new()
            {
                ProvinceId = province, FullName = name, IdentityNumberProtected = protector.Protect(number), BirthYear = 1991,
                Nationality = "VN", Contact = "0912 000 111", Note = "lao động",
            };
            CitizenCase Case(int province, DateOnly opened, DateOnly? closed) => new()
            {
                ProvinceId = province, Kind = CitizenCaseKind.Stranded, Country = "KR", OpenedOn = opened,
                Summary = "Lao động thời vụ không về nước đúng hạn", FamilyContact = $"Lò Thị {given}, vợ, 0915 222 333",
                Status = closed is null ? CaseStatus.Open : CaseStatus.Closed, ClosedOn = closed,
                Persons = [Citizen(province)],
            };
            var old = Case(laiChau, today.AddYears(-11), today.AddYears(-10));
            var recent = Case(laiChau, today.AddDays(-10), null);
            var other = Case(caoBang, today.AddYears(-11), today.AddYears(-10));
            var visit = new ForeignerVisit
            {
                ProvinceId = laiChau, Purpose = ForeignerVisitPurpose.ProjectExpert, Subject = "Khảo sát dự án nước sạch",
                Country = "JP", Places = "Tam Đường", StartsOn = today.AddYears(-8).AddDays(-5),
                EndsOn = today.AddYears(-8),
                Persons = [new VisitPerson { ProvinceId = laiChau, FullName = $"Tanaka {given}", Nationality = "JP",
                    BirthYear = 1975,
                    IdentityNumberProtected = protector.Protect("TK" + number) }],
            };
            db.AddRange(old, recent, other, visit);
            await db.SaveChangesAsync();
            seed = new PersonalDataSeed(old.Id, recent.Id, other.Id, visit.Id, name, number);
        });
        return seed!;
    }

    /// <summary>The rows that every count of the registers is made of: an erasure or the retention leaves them.</summary>
    public static Task<(int Cases, int Persons, int Visits, int VisitPersons)> CountsAsync(AttacheFactory app) =>
        app.WithDbAsync(async db => (await db.Set<CitizenCase>().CountAsync(), await db.Set<CasePerson>().CountAsync(),
            await db.Set<ForeignerVisit>().CountAsync(), await db.Set<VisitPerson>().CountAsync()));
}
