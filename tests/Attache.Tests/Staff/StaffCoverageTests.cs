using Attache.Delegations;
using Attache.Staff;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Staff;

/// <summary>The language coverage against a data set built here, in Cao Bằng, on the test clock's day (2026-11-30).
/// The traps: a former interpreter of Lao (does not cover it), a Lao interpreter in Lai Châu (another province), a
/// Thai speaker who is not an interpreter, a cancelled delegation from Thailand and a Japanese one older than a year
/// (neither needs anything).</summary>
public sealed class StaffCoverageTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private async Task EnterAsync()
    {
        var caoBang = await app.ProvinceIdAsync("VN-04");
        var laiChau = await app.ProvinceIdAsync("VN-01");
        await app.WithDbAsync(async (db, _) =>
        {
            StaffMember Member(int province, string name, bool interpreter, bool active,
                params (string Language, LanguageScale Scale, string Level)[] languages)
            {
                var m = new StaffMember
                {
                    ProvinceId = province, FullName = name, IsInterpreter = interpreter, Active = active,
                };
                m.Languages.AddRange(languages.Select(l => new StaffLanguage
                {
                    ProvinceId = province, Language = l.Language, Scale = l.Scale, Level = l.Level,
                }));
                return m;
            }

            db.AddRange(
                Member(caoBang, "Korean interpreter", true, true, ("ko", LanguageScale.Topik, "5")),
                Member(caoBang, "Chinese interpreter", true, true, ("zh", LanguageScale.Hsk, "6"),
                    ("en", LanguageScale.Cefr, "B2")),
                Member(caoBang, "Thai speaker", false, true, ("th", LanguageScale.Cefr, "B1")),
                Member(caoBang, "Former Lao interpreter", true, false, ("lo", LanguageScale.Lao, "6")),
                Member(caoBang, "English speaker", false, true, ("en", LanguageScale.Cefr, "C1")),
                Member(laiChau, "Lai Chau Lao interpreter", true, true, ("lo", LanguageScale.Lao, "5")));

            Delegation Delegation(string title, DateOnly start, string[] countries, string[] nationalities,
                params DelegationStatus[] steps)
            {
                var d = new Delegation { ProvinceId = caoBang, Direction = DelegationDirection.Inbound, Title = title };
                d.Schedule(start, start.AddDays(2), null, null);
                d.Countries.AddRange(countries.Select(c => new DelegationCountry { ProvinceId = caoBang, Country = c }));
                d.Members.AddRange(nationalities.Select((n, i) => new DelegationMember
                {
                    ProvinceId = caoBang, Name = $"Member {i}", Nationality = n,
                }));
                foreach (var step in steps)
                {
                    d.MoveTo(new DelegationTransition
                    {
                        To = step, DecisionNumber = "7/QĐ", DecisionDate = start.AddDays(-20),
                        ApprovingAuthority = "UBND", Reason = "Hoãn",
                    }, start.AddDays(10), mayApprove: true);
                }

                return d;
            }

            db.AddRange(
                Delegation("Korean visit", D(2026, 3, 1), ["KR"], ["KR", "VN"], DelegationStatus.Approved,
                    DelegationStatus.UnderWay),
                Delegation("Guangxi with a Lao guest", D(2026, 6, 1), ["CN"], ["CN", "LA"], DelegationStatus.Approved,
                    DelegationStatus.UnderWay, DelegationStatus.Completed),
                Delegation("Thai visit cancelled", D(2026, 7, 1), ["TH"], [], DelegationStatus.Cancelled),
                Delegation("Japanese visit long ago", D(2025, 10, 1), ["JP"], [], DelegationStatus.Approved,
                    DelegationStatus.UnderWay, DelegationStatus.Completed),
                Delegation("Thai visit proposed", D(2026, 11, 15), ["TH"], []));
            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task Coverage_counts_active_people_and_names_the_languages_nobody_covers()
    {
        await EnterAsync();
        using var officer = await app.OfficerAsync("VN-04");
        var coverage = await (await officer.GetAsync("/api/staff/coverage")).ReadAsync<StaffCoverage>();

        Assert.Equal(D(2026, 11, 30), coverage.On);
        Assert.Equal(D(2025, 12, 1), coverage.NeedsFrom);
        Assert.Equal(4, coverage.ActiveStaff);
        Assert.Equal(2, coverage.ActiveInterpreters);
        Assert.Equal(["en 2/1", "ko 1/1", "zh 1/1", "th 1/0"],
            coverage.Languages.Select(l => $"{l.Language} {l.Staff}/{l.Interpreters}"));
        Assert.Equal(["C1 1/0", "B2 1/1"], coverage.Languages[0].Levels
            .Select(l => $"{l.Level} {l.Staff}/{l.Interpreters}"));
        Assert.Equal(["lo 1/0", "th 1/0", "ko 1/1", "zh 1/1"],
            coverage.Needs.Select(n => $"{n.Language} {n.Delegations}/{n.Interpreters}"));
        Assert.Equal(["lo", "th"], coverage.Uncovered.Select(n => n.Language));
    }
}
