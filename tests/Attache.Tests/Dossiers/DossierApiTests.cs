using System.Net;
using System.Text.Json;
using Attache.Audit;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Tests.Dossiers;

/// <summary>The dossiers' API against a database: due days from the holiday table, the deadline and renewal views,
/// the status moves, who sees the applicants, tenancy, and the holiday table kept by the administrator alone. The
/// app's clock reads Monday 30 November 2026.</summary>
public sealed class DossierApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static async Task<JsonElement> CreateAsync(HttpClient client, object body) =>
        await (await client.PostJsonAsync("/api/dossiers", body)).JsonAsync(HttpStatusCode.Created);

    private static async Task<List<string>> ReferencesAsync(HttpClient client, string query) =>
        [.. (await (await client.GetAsync($"/api/dossiers?pageSize=200&{query}")).JsonAsync())
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("reference").GetString()!)];

    private static async Task<JsonElement> MoveAsync(HttpClient client, int id, string to, string? on = null) =>
        await (await client.PostJsonAsync($"/api/dossiers/{id}/status", new { to, on })).JsonAsync();

    [Fact]
    public async Task The_saved_due_day_skips_the_weekend_and_a_holiday_of_the_table()
    {
        using var admin = await app.AdminAsync();
        await (await admin.PostJsonAsync("/api/holidays",
            new { date = "2030-01-01", name = "Tết Dương lịch", nameEnglish = "New Year's Day" }))
            .JsonAsync(HttpStatusCode.Created);

        using var officer = await app.OfficerAsync();
        // Friday 28 December 2029 + 3 working days: Monday 31, (Tuesday 1 January is a holiday), Wednesday 2,
        // Thursday 3 January.
        var dossier = await CreateAsync(officer, new
        {
            kind = "ConsularCertification", reference = "HPLS-T-001", receivedOn = "2029-12-28",
            workingDaysAllowed = 3,
        });
        Assert.Equal("2030-01-03", dossier.GetProperty("dueOn").GetString());

        // Without the table's holiday the same count would end on Wednesday 2 January.
        var other = await CreateAsync(officer, new
        {
            kind = "ConsularCertification", reference = "HPLS-T-002", receivedOn = "2029-11-30",
            workingDaysAllowed = 3,
        });
        Assert.Equal("2029-12-05", other.GetProperty("dueOn").GetString());

        // Empty working days take the kind's default: ten for an ABTC application.
        var abtc = await CreateAsync(officer, new { kind = "Abtc", reference = "ABTC-T-001", receivedOn = "2029-12-28" });
        Assert.Equal(10, abtc.GetProperty("workingDaysAllowed").GetInt32());
        Assert.Equal("2030-01-14", abtc.GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task The_overdue_and_due_this_week_views_follow_the_deadline_rule()
    {
        using var officer = await app.OfficerAsync("VN-04");
        // Due Monday 9 November, still open: overdue.
        var late = await CreateAsync(officer, new
        { kind = "ConsularLegalisation", reference = "HPLS-O-001", receivedOn = "2026-11-02", workingDaysAllowed = 5 });
        Assert.Equal("2026-11-09", late.GetProperty("dueOn").GetString());
        Assert.True(late.GetProperty("overdue").GetBoolean());
        // Due the same day but returned on time: handled, not overdue.
        var handled = await CreateAsync(officer, new
        { kind = "ConsularLegalisation", reference = "HPLS-O-002", receivedOn = "2026-11-02", workingDaysAllowed = 5 });
        var id = handled.GetProperty("id").GetInt32();
        foreach (var to in new[] { "Checking", "Forwarded", "Result" })
        {
            await MoveAsync(officer, id, to);
        }

        var returned = await MoveAsync(officer, id, "Returned", "2026-11-06");
        Assert.Equal("2026-11-06", returned.GetProperty("returnedOn").GetString());
        Assert.False(returned.GetProperty("overdue").GetBoolean());
        // Due today (Monday 30 November) and next Monday: only the first is due this week.
        await CreateAsync(officer, new
        { kind = "ConsularLegalisation", reference = "HPLS-W-001", receivedOn = "2026-11-25", workingDaysAllowed = 3 });
        await CreateAsync(officer, new
        { kind = "ConsularLegalisation", reference = "HPLS-W-002", receivedOn = "2026-11-30", workingDaysAllowed = 5 });

        var overdue = await ReferencesAsync(officer, "deadline=Overdue");
        Assert.Contains("HPLS-O-001", overdue);
        Assert.DoesNotContain("HPLS-O-002", overdue);
        Assert.DoesNotContain("HPLS-W-001", overdue);
        var week = await ReferencesAsync(officer, "deadline=Week");
        Assert.Contains("HPLS-W-001", week);
        Assert.DoesNotContain("HPLS-W-002", week);
        Assert.DoesNotContain("HPLS-O-001", week);

        var page = await (await officer.GetAsync("/dossiers?deadline=Overdue")).Content.ReadAsStringAsync();
        Assert.Contains("HPLS-O-001", page);
        Assert.DoesNotContain("HPLS-O-002", page);
    }

    [Fact]
    public async Task An_abtc_card_expiring_within_90_days_is_listed_for_renewal()
    {
        using var officer = await app.OfficerAsync();
        var soon = app.Today.AddDays(60).ToString("yyyy-MM-dd");
        var later = app.Today.AddDays(400).ToString("yyyy-MM-dd");
        var reminded = await CreateAsync(officer, new
        {
            kind = "Abtc", reference = "ABTC-R-001", receivedOn = "2022-01-10", cardNumber = "VN-ABTC-1",
            cardExpiresOn = soon,
        });
        Assert.True(reminded.GetProperty("cardRenewalDue").GetBoolean());
        await CreateAsync(officer, new
        {
            kind = "Abtc", reference = "ABTC-R-002", receivedOn = "2025-01-10", cardNumber = "VN-ABTC-2",
            cardExpiresOn = later,
        });

        var renewals = await ReferencesAsync(officer, "renewal=true");
        Assert.Contains("ABTC-R-001", renewals);
        Assert.DoesNotContain("ABTC-R-002", renewals);
        var list = await (await officer.GetAsync("/dossiers")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"renewal-reminder\"", list);
        var home = await (await officer.GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Contains("/dossiers?renewal=true", home);
    }

    [Fact]
    public async Task The_status_moves_one_step_at_a_time()
    {
        using var officer = await app.OfficerAsync();
        var id = (await CreateAsync(officer, new { kind = "Abtc", reference = "ABTC-L-001", receivedOn = "2026-11-20" }))
            .GetProperty("id").GetInt32();
        var skipped = await officer.PostJsonAsync($"/api/dossiers/{id}/status", new { to = "Returned" });
        Assert.Equal(HttpStatusCode.Conflict, skipped.StatusCode);
        Assert.Equal("Checking", (await MoveAsync(officer, id, "Checking")).GetProperty("status").GetString());
        await MoveAsync(officer, id, "Forwarded");
        var result = await MoveAsync(officer, id, "Result");
        Assert.Equal(["Returned"], result.GetProperty("allowedStatuses").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["on"], await (await officer.PostJsonAsync($"/api/dossiers/{id}/status",
            new { to = "Returned", on = "2026-11-19" })).ProblemFieldsAsync());
        var returned = await MoveAsync(officer, id, "Returned");
        Assert.Equal("2026-11-30", returned.GetProperty("returnedOn").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostJsonAsync($"/api/dossiers/{id}/status",
            new { to = "Checking" })).StatusCode);
        var history = await (await officer.GetAsync($"/api/audit?entity=dossier&id={id}")).JsonAsync();
        Assert.True(history.GetProperty("total").GetInt32() >= 5);
    }

    [Fact]
    public async Task Only_consular_officers_see_the_applicants_and_their_reads_are_logged()
    {
        using var consular = await app.ConsularAsync();
        using var officer = await app.OfficerAsync();
        using var viewer = await app.ViewerAsync();
        var refused = await officer.PostJsonAsync("/api/dossiers", new
        {
            kind = "Abtc", reference = "ABTC-P-000", receivedOn = "2026-11-20",
            persons = new[] { new { fullName = "Tẩn Văn Phúc" } },
        });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var id = (await CreateAsync(consular, new
        {
            kind = "Abtc", reference = "ABTC-P-001", receivedOn = "2026-11-20",
            persons = new[] { new { fullName = "Tẩn Văn Phúc", identityNumber = "012089004517", nationality = "VN" } },
        })).GetProperty("id").GetInt32();

        async Task<int> ReadsAsync() => await app.WithDbAsync(db => db.AuditEntries
            .CountAsync(a => a.Entity == "dossier" && a.EntityId == id && a.Action == AuditAction.Read));

        var before = await ReadsAsync();
        foreach (var client in new[] { officer, viewer })
        {
            var seen = await (await client.GetAsync($"/api/dossiers/{id}")).JsonAsync();
            var applicant = seen.GetProperty("applicants")[0];
            Assert.False(seen.GetProperty("applicantsIdentified").GetBoolean());
            Assert.Equal(JsonValueKind.Null, applicant.GetProperty("fullName").ValueKind);
            Assert.Equal(JsonValueKind.Null, applicant.GetProperty("identityNumber").ValueKind);
            Assert.Equal("VN", applicant.GetProperty("nationality").GetString());
            var html = await (await client.GetAsync($"/dossiers/{id}")).Content.ReadAsStringAsync();
            Assert.Contains("ABTC-P-001", html);
            Assert.DoesNotContain("Tẩn Văn Phúc", html);
            Assert.DoesNotContain("012089004517", html);
            var list = await (await client.GetAsync("/api/dossiers?search=ABTC-P-001")).Content.ReadAsStringAsync();
            Assert.DoesNotContain("Tẩn", list);
        }

        Assert.Equal(before, await ReadsAsync());
        var shown = (await (await consular.GetAsync($"/api/dossiers/{id}")).JsonAsync()).GetProperty("applicants")[0];
        Assert.Equal("Tẩn Văn Phúc", shown.GetProperty("fullName").GetString());
        Assert.Equal("012089004517", shown.GetProperty("identityNumber").GetString());
        Assert.Equal(before + 1, await ReadsAsync());
        var page = await (await consular.GetAsync($"/dossiers/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("Tẩn Văn Phúc", page);
        Assert.Equal(before + 2, await ReadsAsync());
        var stored = await app.WithDbAsync(db => db.Set<Attache.Dossiers.DossierApplicant>()
            .Where(p => p.DossierId == id).Select(p => p.IdentityNumberProtected).FirstAsync());
        Assert.DoesNotContain("012089004517", stored);
    }

    [Fact]
    public async Task Another_provinces_dossier_is_404()
    {
        using var laiChau = await app.OfficerAsync();
        using var caoBang = await app.OfficerAsync("VN-04");
        var id = (await CreateAsync(laiChau, new { kind = "Abtc", reference = "ABTC-X-001", receivedOn = "2026-11-20" }))
            .GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/dossiers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.PutJsonAsync($"/api/dossiers/{id}",
            new { kind = "Abtc", reference = "ABTC-X-001", receivedOn = "2026-11-20", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.PostJsonAsync($"/api/dossiers/{id}/status",
            new { to = "Checking" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.DeleteAsync($"/api/dossiers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/dossiers/{id}")).StatusCode);
        Assert.DoesNotContain("ABTC-X-001", await ReferencesAsync(caoBang, "search=ABTC-X"));
    }

    [Fact]
    public async Task Bad_input_answers_400_naming_the_field()
    {
        using var officer = await app.OfficerAsync();
        Assert.Contains("matter", await (await officer.PostJsonAsync("/api/dossiers",
            new { kind = "Nationality", reference = "QT-B-1", receivedOn = "2026-11-20" })).ProblemFieldsAsync());
        Assert.Contains("matter", await (await officer.PostJsonAsync("/api/dossiers",
            new { kind = "Abtc", matter = "Naturalisation", reference = "QT-B-2", receivedOn = "2026-11-20" }))
            .ProblemFieldsAsync());
        Assert.Contains("cardNumber", await (await officer.PostJsonAsync("/api/dossiers",
            new { kind = "ConsularCertification", cardNumber = "X", reference = "QT-B-3", receivedOn = "2026-11-20" }))
            .ProblemFieldsAsync());
        Assert.Contains("deadline", await (await officer.GetAsync("/api/dossiers?deadline=Soon")).ProblemFieldsAsync());
        var nationality = await CreateAsync(officer, new
        {
            kind = "Nationality", matter = "Restoration", reference = "QT-B-4", receivedOn = "2026-11-02",
            opinion = "Đồng ý", opinionGivenOn = "2026-11-20",
        });
        Assert.Equal(20, nationality.GetProperty("workingDaysAllowed").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostJsonAsync("/api/dossiers",
            new { kind = "Abtc", reference = "QT-B-4", receivedOn = "2026-11-20" })).StatusCode);
    }

    [Fact]
    public async Task Only_the_administrator_keeps_the_holiday_table()
    {
        using var officer = await app.OfficerAsync();
        using var admin = await app.AdminAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync("/api/holidays",
            new { date = "2031-09-02", name = "Quốc khánh" })).StatusCode);
        var created = await (await admin.PostJsonAsync("/api/holidays", new { date = "2031-09-02", name = "Quốc khánh" }))
            .JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutJsonAsync($"/api/holidays/{id}",
            new { date = "2031-09-03", name = "Quốc khánh", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.DeleteAsync($"/api/holidays/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync("/api/holidays",
            new { date = "2031-09-02", name = "Trùng" })).StatusCode);
        var list = await (await officer.GetAsync("/api/holidays?year=2031")).JsonAsync();
        Assert.Equal("2031-09-02", list[0].GetProperty("date").GetString());
        Assert.DoesNotContain("holiday-form", await (await officer.GetAsync("/holidays")).Content.ReadAsStringAsync());
        Assert.Contains("holiday-form", await (await admin.GetAsync("/holidays")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/holidays/{id}")).StatusCode);
    }
}
