using Attache.Tests.Infrastructure;
using static Attache.Tests.Agreements.AgreementBuild;

namespace Attache.Tests.Agreements;

/// <summary>The two reminders, counted from a fixed day (15 Jan 2026) so the expectations do not move with the
/// clock.</summary>
public sealed class AgreementReminderTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private const string AsOf = "2026-01-15";

    [Fact]
    public async Task Lists_agreements_expiring_within_90_days_and_those_idle_for_a_year()
    {
        using var officer = await app.OfficerAsync();
        using var leader = await app.LeaderAsync();
        var p = await PartnerAsync(officer, "KR", "Reminder city");
        async Task<int> InForce(string title, string signedOn, string? expiresOn) =>
            await InForceAsync(officer, leader, [p], ["tourism"], "Agreement", signedOn, expiresOn, title);

        var soon = await InForce("E1 expires in 45 days", "2025-03-01", "2026-03-01");
        await InForce("E2 expires in 166 days", "2025-03-01", "2026-06-30");
        var overdue = await InForce("E3 past expiry, still in force", "2025-03-01", "2026-01-10");
        var expired = await InForce("E4 expired", "2025-03-01", "2026-02-01");
        await Ok(await MoveAsync(officer, expired, "Expired", new { endedOn = "2026-01-05" }));

        var idle = await InForce("I1 last activity 2024", "2023-05-01", null);
        await Activity(officer, idle, "2024-06-01");
        var busy = await InForce("I2 activity 2025", "2023-05-01", null);
        await Activity(officer, busy, "2025-08-01");
        await InForce("I3 young", "2025-06-01", null);
        var silent = await InForce("I4 never any activity", "2022-01-01", null);

        var expiring = await (await officer.GetAsync($"/api/agreements/reminders/expiring?asOf={AsOf}")).JsonAsync();
        Assert.Equal([overdue, soon], expiring.GetProperty("items").EnumerateArray()
            .Select(r => r.GetProperty("id").GetInt32()));
        Assert.Equal("2026-03-01", expiring.GetProperty("items")[1].GetProperty("expiresOn").GetString());
        var wider = await (await officer.GetAsync($"/api/agreements/reminders/expiring?asOf={AsOf}&days=200"))
            .JsonAsync();
        Assert.Equal(3, wider.GetProperty("total").GetInt32());

        var inactive = await (await officer.GetAsync($"/api/agreements/reminders/inactive?asOf={AsOf}")).JsonAsync();
        Assert.Equal([silent, idle], inactive.GetProperty("items").EnumerateArray()
            .Select(r => r.GetProperty("id").GetInt32()));
        Assert.Equal("2024-06-01", inactive.GetProperty("items")[1].GetProperty("lastActivityOn").GetString());

        // Another province sees none of them.
        using var caoBang = await app.OfficerAsync("VN-04");
        Assert.Equal(0, (await (await caoBang.GetAsync($"/api/agreements/reminders/inactive?asOf={AsOf}")).JsonAsync())
            .GetProperty("total").GetInt32());
        Assert.Equal(["days"], await (await officer.GetAsync("/api/agreements/reminders/expiring?days=0"))
            .ProblemFieldsAsync());
    }

    private static async Task Activity(HttpClient officer, int id, string date) =>
        await (await officer.PostJsonAsync($"/api/agreements/{id}/activities", new { date, what = "Working visit" }))
            .JsonAsync(System.Net.HttpStatusCode.Created);
}
