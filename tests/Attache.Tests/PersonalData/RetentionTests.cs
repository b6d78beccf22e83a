using System.Net;
using Attache.Consular;
using Attache.Foreigners;
using Attache.PersonalData;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Attache.Tests.PersonalData;

/// <summary>Issue 12 point 8: the administrator's retention period, and the daily work that anonymises the persons of
/// records older than it (run here as the job runs it, by the app's clock) while every count stays.</summary>
public sealed class RetentionTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task The_administrator_sets_the_periods_nationally_and_per_province()
    {
        using var admin = await app.AdminAsync();
        var none = await (await admin.GetAsync("/api/personal-data/retention")).JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, none.GetProperty("nationalYears").ValueKind);

        await (await admin.PutJsonAsync("/api/personal-data/retention", new { years = 10 })).JsonAsync();
        var set = await (await admin.PutJsonAsync("/api/personal-data/retention?province=VN-01", new { years = 5 }))
            .JsonAsync();
        Assert.Equal(10, set.GetProperty("nationalYears").GetInt32());
        var provinces = set.GetProperty("provinces").EnumerateArray()
            .ToDictionary(p => p.GetProperty("code").GetString()!);
        Assert.Equal(5, provinces["VN-01"].GetProperty("effectiveYears").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, provinces["VN-04"].GetProperty("years").ValueKind);
        Assert.Equal(10, provinces["VN-04"].GetProperty("effectiveYears").GetInt32());

        var bad = await admin.PutJsonAsync("/api/personal-data/retention", new { years = 0 });
        Assert.Equal(["years"], await bad.ProblemFieldsAsync());

        // Emptied again, so that the other test of this class starts without periods.
        await (await admin.PutJsonAsync("/api/personal-data/retention", new { years = (int?)null })).JsonAsync();
        var cleared = await (await admin.PutJsonAsync("/api/personal-data/retention?province=VN-01",
            new { years = (int?)null })).JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cleared.GetProperty("nationalYears").ValueKind);

        var page = await (await admin.GetAsync("/personal-data/retention")).Content.ReadAsStringAsync();
        Assert.Contains("Thời hạn lưu trữ dữ liệu cá nhân", page);
    }

    [Fact]
    public async Task The_daily_job_anonymises_the_persons_of_old_records_and_leaves_recent_ones_and_the_counts()
    {
        var seed = await PersonalDataSeed.CreateAsync(app, "Tuấn", "038097002345");
        using var admin = await app.AdminAsync();
        await (await admin.PutJsonAsync("/api/personal-data/retention?province=VN-01", new { years = 9 })).JsonAsync();
        var before = await CountsAsync();

        var run = await RunAsync();
        Assert.Equal(app.Today, run.Day);
        // The case closed ten years ago and its family contact; the visit that ended eight years ago is within 9 years.
        Assert.Equal(2, run.AnonymisedByProvince["VN-01"]);
        Assert.False(run.AnonymisedByProvince.ContainsKey("VN-04"));

        Assert.Equal(before, await CountsAsync());
        var persons = await app.WithDbAsync(db => db.Set<CasePerson>()
            .Where(p => p.CaseId == seed.OldCaseId || p.CaseId == seed.RecentCaseId || p.CaseId == seed.OtherProvinceCaseId)
            .ToDictionaryAsync(p => p.CaseId));
        Assert.Equal(PersonRecord.AnonymisedName, persons[seed.OldCaseId].FullName);
        Assert.Null(persons[seed.OldCaseId].IdentityNumberProtected);
        Assert.Equal(app.Today, persons[seed.OldCaseId].AnonymisedOn);
        Assert.Equal(seed.Name, persons[seed.RecentCaseId].FullName);
        Assert.NotNull(persons[seed.RecentCaseId].IdentityNumberProtected);
        Assert.Equal(seed.Name, persons[seed.OtherProvinceCaseId].FullName);
        var familyContacts = await app.WithDbAsync(db => db.Set<CitizenCase>()
            .Where(c => c.Id == seed.OldCaseId || c.Id == seed.RecentCaseId).ToDictionaryAsync(c => c.Id, c => c.FamilyContact));
        Assert.Null(familyContacts[seed.OldCaseId]);
        Assert.NotNull(familyContacts[seed.RecentCaseId]);

        // A shorter period reaches the visit; a second run on the same day finds nothing more.
        await (await admin.PutJsonAsync("/api/personal-data/retention?province=VN-01", new { years = 5 })).JsonAsync();
        Assert.Equal(1, (await RunAsync()).AnonymisedByProvince["VN-01"]);
        Assert.Equal(0, (await RunAsync()).AnonymisedByProvince["VN-01"]);
        var visitor = await app.WithDbAsync(db => db.Set<VisitPerson>().SingleAsync(p => p.VisitId == seed.OldVisitId));
        Assert.Equal(PersonRecord.AnonymisedName, visitor.FullName);
        Assert.Equal("JP", visitor.Nationality);
        Assert.Equal(before, await CountsAsync());

        await (await admin.PutJsonAsync("/api/personal-data/retention?province=VN-01", new { years = (int?)null }))
            .JsonAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/personal-data/retention")).StatusCode);
    }

    private async Task<RetentionRun> RunAsync()
    {
        RetentionRun? run = null;
        await app.WithDbAsync(async (_, services) =>
            run = await services.GetRequiredService<RetentionService>().RunAsync(CancellationToken.None));
        return run!;
    }

    private Task<(int Cases, int Persons, int Visits, int VisitPersons)> CountsAsync() =>
        PersonalDataSeed.CountsAsync(app);
}
