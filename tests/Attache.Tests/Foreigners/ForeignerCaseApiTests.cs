using System.Net;
using System.Text.Json;
using Attache.Audit;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Tests.Foreigners;

/// <summary>Foreigners' visits and incidents: their rules, their day counts by the injected clock, and their persons
/// seen only by a consular officer (or a leader), whose reading is logged.</summary>
public sealed class ForeignerCaseApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private const string Visits = "/api/foreigner-visits";
    private const string Incidents = "/api/foreigner-incidents";

    private static object[] Persons =>
    [
        new { fullName = "Julien Moreau", identityNumber = "FR96123456", nationality = "FR", birthYear = 1996 },
        new { fullName = "Emma Laurent", nationality = "fr", gender = "Female" },
    ];

    private static async Task<JsonElement> CreateAsync(HttpClient client, string route, object body) =>
        await (await client.PostJsonAsync(route, body)).JsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task A_visit_is_recorded_with_its_visitors_and_checked_in_full()
    {
        using var consular = await app.ConsularAsync("VN-01");
        var visit = await CreateAsync(consular, Visits, new
        {
            purpose = "Journalism", subject = "Phóng sự ruộng bậc thang", country = "kr", organisation = "KBS",
            places = "Sìn Hồ", startsOn = "2026-11-02", endsOn = "2026-11-05", persons = Persons,
        });
        var id = visit.GetProperty("id").GetInt32();
        Assert.Equal("KR", visit.GetProperty("country").GetString());
        Assert.Equal(2, visit.GetProperty("personCount").GetInt32());
        Assert.Equal("Julien Moreau", visit.GetProperty("persons")[0].GetProperty("fullName").GetString());
        Assert.Equal("FR96123456", visit.GetProperty("persons")[0].GetProperty("identityNumber").GetString());

        var list = await (await consular.GetAsync($"{Visits}?search=ruong bac thang&purpose=Journalism")).JsonAsync();
        var row = list.GetProperty("items")[0];
        Assert.Equal(2, row.GetProperty("persons").GetInt32());
        Assert.Equal(["FR"], row.GetProperty("nationalities").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(id, (await (await consular.GetAsync($"{Visits}?search=moreau")).JsonAsync())
            .GetProperty("items")[0].GetProperty("id").GetInt32());

        using var officer = await app.OfficerAsync("VN-01");
        Assert.Equal(0, (await (await officer.GetAsync($"{Visits}?search=moreau")).JsonAsync())
            .GetProperty("total").GetInt32());

        var fields = await (await consular.PostJsonAsync(Visits, new
        {
            subject = "", country = "Korea", startsOn = "2026-11-05", endsOn = "2026-11-02", delegationId = 1,
            eventId = 1,
        })).ProblemFieldsAsync();
        Assert.Equal(["country", "endsOn", "eventId", "places", "purpose", "subject"], fields.Order());
        Assert.Equal(["delegationId"], await (await consular.PostJsonAsync(Visits, new
        {
            purpose = "Research", subject = "X", country = "FR", places = "Y", startsOn = "2026-11-02",
            endsOn = "2026-11-02", delegationId = 999_999,
        })).ProblemFieldsAsync());
        Assert.Equal(["eventId"], await (await consular.PostJsonAsync(Visits, new
        {
            purpose = "Research", subject = "X", country = "FR", places = "Y", startsOn = "2026-11-02",
            endsOn = "2026-11-02", eventId = 999_999,
        })).ProblemFieldsAsync());

        var updated = await (await consular.PutJsonAsync($"{Visits}/{id}", new
        {
            purpose = "Journalism", subject = "Phóng sự ruộng bậc thang", country = "KR", places = "Sìn Hồ, Tam Đường",
            startsOn = "2026-11-02", endsOn = "2026-11-06", version = visit.GetProperty("version").GetInt32(),
        })).JsonAsync();
        Assert.Equal(2, updated.GetProperty("personCount").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await consular.PutJsonAsync($"{Visits}/{id}", new
        {
            purpose = "Journalism", subject = "S", country = "KR", places = "P", startsOn = "2026-11-02",
            endsOn = "2026-11-06", version = visit.GetProperty("version").GetInt32(),
        })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await consular.DeleteAsync($"{Visits}/{id}")).StatusCode);
    }

    [Fact]
    public async Task Persons_are_hidden_from_officers_and_viewers_and_shown_and_logged_for_the_consular_officer()
    {
        using var consular = await app.ConsularAsync("VN-01");
        var created = await CreateAsync(consular, Incidents, new
        {
            kind = "Accident", occurredOn = "2026-11-20", reportedOn = "2026-11-20", place = "Đèo Ô Quy Hồ",
            summary = "Tai nạn xe máy", persons = Persons,
        });
        var id = created.GetProperty("id").GetInt32();
        var readsBefore = await ReadsAsync(id);

        foreach (var client in new[] { await app.OfficerAsync("VN-01"), await app.ViewerAsync("VN-01") })
        {
            using (client)
            {
                var seen = await (await client.GetAsync($"{Incidents}/{id}")).JsonAsync();
                Assert.Equal(2, seen.GetProperty("personCount").GetInt32());
                var text = seen.GetProperty("persons").GetRawText();
                Assert.DoesNotContain("Moreau", text);
                Assert.DoesNotContain("FR96123456", text);
                Assert.False(seen.GetProperty("persons")[0].GetProperty("identified").GetBoolean());
                Assert.Equal("FR", seen.GetProperty("persons")[0].GetProperty("nationality").GetString());
                var page = await (await client.GetAsync($"/foreigner-incidents/{id}")).Content.ReadAsStringAsync();
                Assert.DoesNotContain("Moreau", page);
                Assert.DoesNotContain("FR96123456", page);
                Assert.Equal(readsBefore, await ReadsAsync(id));
            }
        }

        using var officer = await app.OfficerAsync("VN-01");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutJsonAsync($"{Incidents}/{id}", new
        {
            kind = "Accident", occurredOn = "2026-11-20", reportedOn = "2026-11-20", place = "P", summary = "S",
            persons = Array.Empty<object>(), version = created.GetProperty("version").GetInt32(),
        })).StatusCode);

        var shown = await (await consular.GetAsync($"{Incidents}/{id}")).JsonAsync();
        Assert.Equal("Julien Moreau", shown.GetProperty("persons")[0].GetProperty("fullName").GetString());
        Assert.Equal(readsBefore + 1, await ReadsAsync(id));
        var html = await (await consular.GetAsync($"/foreigner-incidents/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("Julien Moreau", html);
        Assert.Equal(readsBefore + 2, await ReadsAsync(id));
        var stored = await app.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT \"IdentityNumberProtected\" AS \"Value\" FROM \"IncidentPerson\"")
            .ToListAsync());
        Assert.DoesNotContain(stored, s => s?.Contains("FR96123456") == true);
    }

    private Task<int> ReadsAsync(int id) => app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters()
        .CountAsync(a => a.Entity == "foreignerIncident" && a.EntityId == id && a.Action == AuditAction.Read));

    [Fact]
    public async Task The_case_counts_its_open_days_and_the_days_to_the_consular_notification_by_the_clock()
    {
        using var officer = await app.OfficerAsync("VN-04");
        // The injected clock's today is 2026-11-30 (AttacheFactory.Start), whatever day the suite runs.
        Assert.Equal(new DateOnly(2026, 11, 30), app.Today);
        var reported = new DateOnly(2026, 11, 24);
        var created = await CreateAsync(officer, Incidents, new
        {
            kind = "ArrestOrDetention", occurredOn = reported.AddDays(-1).ToString("O"),
            reportedOn = reported.ToString("O"), place = "Cửa khẩu Tà Lùng", summary = "Tạm giữ hai người",
        });
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal(6, created.GetProperty("daysOpen").GetInt32());
        Assert.False(created.GetProperty("notified").GetBoolean());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("notificationDays").ValueKind);
        Assert.Equal(id, (await (await officer.GetAsync($"{Incidents}?notified=false&status=Open")).JsonAsync())
            .GetProperty("items").EnumerateArray().First(r => r.GetProperty("id").GetInt32() == id)
            .GetProperty("id").GetInt32());

        // Notified two days after the report; a notification before the incident is refused.
        Assert.Equal(["missionNotifiedOn"], await (await officer.PutJsonAsync($"{Incidents}/{id}", new
        {
            kind = "ArrestOrDetention", occurredOn = reported.AddDays(-1).ToString("O"),
            reportedOn = reported.ToString("O"), place = "P", summary = "S", missionNotified = "Consulate",
            missionNotifiedOn = reported.AddDays(-2).ToString("O"), version = created.GetProperty("version").GetInt32(),
        })).ProblemFieldsAsync());
        var notified = await (await officer.PutJsonAsync($"{Incidents}/{id}", new
        {
            kind = "ArrestOrDetention", occurredOn = reported.AddDays(-1).ToString("O"),
            reportedOn = reported.ToString("O"), place = "Cửa khẩu Tà Lùng", summary = "Tạm giữ hai người",
            missionNotified = "Tổng Lãnh sự quán Trung Quốc tại Hà Nội",
            missionNotifiedOn = reported.AddDays(2).ToString("O"), version = created.GetProperty("version").GetInt32(),
        })).JsonAsync();
        Assert.True(notified.GetProperty("notified").GetBoolean());
        Assert.Equal(2, notified.GetProperty("notificationDays").GetInt32());

        var later = await (await officer.GetAsync($"{Incidents}/{id}")).JsonAsync();
        Assert.Equal(6, later.GetProperty("daysOpen").GetInt32());

        await (await officer.PostJsonAsync($"{Incidents}/{id}/actions",
            new { on = reported.ToString("O"), text = "Biên phòng lập biên bản" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(["on"], await (await officer.PostJsonAsync($"{Incidents}/{id}/actions",
            new { on = reported.AddDays(-5).ToString("O"), text = "Trước sự việc" })).ProblemFieldsAsync());

        // Closing needs a date and an outcome (both named at once); closed, the days stop.
        Assert.Equal(["closedOn", "outcome"], (await (await officer.PutJsonAsync($"{Incidents}/{id}", new
        {
            kind = "ArrestOrDetention", occurredOn = reported.AddDays(-1).ToString("O"),
            reportedOn = reported.ToString("O"), place = "P", summary = "S", status = "Closed",
            version = later.GetProperty("version").GetInt32(),
        })).ProblemFieldsAsync()).Order());
        var closed = await (await officer.PutJsonAsync($"{Incidents}/{id}", new
        {
            kind = "ArrestOrDetention", occurredOn = reported.AddDays(-1).ToString("O"),
            reportedOn = reported.ToString("O"), place = "Cửa khẩu Tà Lùng", summary = "Tạm giữ hai người",
            missionNotified = "Tổng Lãnh sự quán Trung Quốc tại Hà Nội",
            missionNotifiedOn = reported.AddDays(2).ToString("O"), status = "Closed",
            closedOn = reported.AddDays(4).ToString("O"), outcome = "Trao trả qua cửa khẩu",
            version = later.GetProperty("version").GetInt32(),
        })).JsonAsync();
        Assert.Equal(4, closed.GetProperty("daysOpen").GetInt32());
        Assert.Equal(1, closed.GetProperty("actions").GetArrayLength());
        Assert.Empty(closed.GetProperty("allowedStatuses").EnumerateArray());
        var reopen = await officer.PutJsonAsync($"{Incidents}/{id}", new
        {
            kind = "ArrestOrDetention", occurredOn = reported.AddDays(-1).ToString("O"),
            reportedOn = reported.ToString("O"), place = "P", summary = "S", status = "Open",
            version = closed.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.Conflict, reopen.StatusCode);
    }

    [Fact]
    public async Task Bad_incident_input_names_every_field_at_once()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var fields = await (await officer.PostJsonAsync(Incidents, new
        {
            kind = "Earthquake", occurredOn = "2026-11-10", reportedOn = "2026-11-09", missionNotified = "Embassy",
        })).ProblemFieldsAsync();
        Assert.Contains("kind", fields);

        fields = await (await officer.PostJsonAsync(Incidents, new
        {
            occurredOn = "2026-11-10", reportedOn = "2026-11-09", missionNotified = "Embassy",
        })).ProblemFieldsAsync();
        Assert.Equal(["kind", "missionNotifiedOn", "place", "reportedOn", "summary"], fields.Order());
    }

    [Fact]
    public async Task Another_provinces_cases_are_not_found()
    {
        using var caoBang = await app.ConsularAsync("VN-04");
        var incident = (await CreateAsync(caoBang, Incidents, new
        {
            kind = "LostDocuments", occurredOn = "2026-11-01", reportedOn = "2026-11-01", place = "Cao Bằng",
            summary = "Mất hộ chiếu",
        })).GetProperty("id").GetInt32();
        var visit = (await CreateAsync(caoBang, Visits, new
        {
            purpose = "Research", subject = "Địa chất", country = "FR", places = "Trùng Khánh", startsOn = "2026-10-01",
            endsOn = "2026-10-03",
        })).GetProperty("id").GetInt32();

        using var laiChau = await app.ConsularAsync("VN-01");
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.GetAsync($"{Incidents}/{incident}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.PostJsonAsync($"{Incidents}/{incident}/actions",
            new { on = "2026-11-02", text = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.DeleteAsync($"{Incidents}/{incident}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.GetAsync($"{Visits}/{visit}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.DeleteAsync($"{Visits}/{visit}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.GetAsync($"/foreigner-visits/{visit}")).StatusCode);
    }
}
