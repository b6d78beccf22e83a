using System.Net;
using System.Text;
using System.Xml.Linq;
using Attache.Aid;
using Attache.Delegations;
using Attache.Tests.Aid;
using Attache.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using static Attache.Tests.Delegations.DelegationBuilder;

namespace Attache.Tests.Hardening;

/// <summary>Issue 17: bodies, files and stored values an attacker or a careless user sends are refused with a 400 that
/// names the field, never a 500 or a crash, and no stored value breaks a read.</summary>
public sealed class HostileInputTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task A_deeply_nested_iati_file_is_refused_before_any_tree_is_built_and_the_server_keeps_answering()
    {
        using var officer = await app.OfficerAsync("VN-04");
        const int depth = 40_000;
        var xml = new StringBuilder("<iati-activities version=\"2.03\">");
        xml.Insert(xml.Length, "<a>", depth).Insert(xml.Length, "</a>", depth).Append("</iati-activities>");
        Assert.InRange(xml.Length, 150_000, 400_000);

        var response = await officer.PostAsync("/api/iati/import", new StringContent(xml.ToString(), Encoding.UTF8, "application/xml"));
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("file")[0].GetString();
        Assert.StartsWith("Line 1", message);
        Assert.Contains("nested more than", message);

        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task A_control_character_in_any_text_is_refused_naming_the_field()
    {
        using var officer = await app.OfficerAsync();
        var response = await officer.PostJsonAsync("/api/delegations", Delegation().Titled("Đoàn\u0000Quảng Tây").Body());
        Assert.Equal(["title"], await response.ProblemFieldsAsync());

        var partner = await officer.PostJsonAsync("/api/partners", new
        {
            kind = "Ngo", country = "GB", nameLatin = "Oxfam", tags = new[] { "ok", "bad\u0007" },
            contacts = new[] { new { name = "An\u001bNguyễn" } },
        });
        var fields = await partner.ProblemFieldsAsync();
        Assert.Contains("contacts[0].name", fields);
        Assert.Contains("tags[1]", fields);

        // Tab, line feed and carriage return are text.
        var fine = await officer.PostJsonAsync("/api/delegations", Delegation().Titled("Đoàn\tQuảng Tây\r\n").Body());
        Assert.Equal(HttpStatusCode.Created, fine.StatusCode);
    }

    [Fact]
    public async Task Control_characters_already_stored_do_not_break_the_iati_export_or_the_office_reports()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var project = await AidBuild.ProjectAsync(officer, AidBuild.Project("XM-DAC-NUL-1", commune: "Trà Lĩnh", start: "2029-02-01"));
        var delegation = await Delegation().Titled("Đoàn có ký tự lạ").On(new(2029, 5, 4), new(2029, 5, 6)).CreateAsync(officer);
        // PostgreSQL keeps no U+0000 in text at all; the other controls it keeps, as SQLite keeps them all.
        var nul = AttacheFactory.OnPostgres ? "\u0003" : "\u0000";
        await app.WithDbAsync(async (db, _) =>
        {
            await db.Set<AidProject>().Where(p => p.Id == project)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.TitleVi, $"Nước{nul}sạch\u0001").SetProperty(p => p.TitleEn, "Water\u000b"));
            await db.Set<Delegation>().Where(d => d.Id == delegation).ExecuteUpdateAsync(s => s.SetProperty(d => d.Title, $"Đoàn{nul}\u0002lạ"));
        });

        var export = await officer.GetAsync("/api/iati/activities.xml");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var doc = XDocument.Parse(await export.Content.ReadAsStringAsync());
        Assert.Contains(doc.Descendants("narrative"), n => n.Value == "Nướcsạch");

        foreach (var format in new[] { "xlsx", "docx" })
        {
            var report = await officer.GetAsync($"/api/reports/summary.{format}?from=2029-01-01&to=2029-12-31");
            Assert.True(report.StatusCode == HttpStatusCode.OK, $"{format}: {(int)report.StatusCode} {await report.Content.ReadAsStringAsync()}");
            using var zip = new System.IO.Compression.ZipArchive(await report.Content.ReadAsStreamAsync());
            Assert.NotEmpty(zip.Entries);
        }
    }

    [Fact]
    public async Task Dates_outside_1900_to_2100_are_refused_in_bodies_and_queries()
    {
        using var officer = await app.OfficerAsync();
        foreach (var year in new[] { 1, 1899, 2101, 9999 })
        {
            var response = await officer.PostJsonAsync("/api/delegations", Delegation().On(new(year, 1, 1), new(year, 1, 2)).Body());
            var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
            Assert.Equal("Give a date between 1900-01-01 and 2100-12-31.", problem.GetProperty("errors").GetProperty("plannedStart")[0].GetString());
        }

        Assert.Equal(["from"], await (await officer.GetAsync("/api/delegations/stats?from=0001-01-01")).ProblemFieldsAsync());
        Assert.Equal(["to"], await (await officer.GetAsync("/api/calendar?from=2030-01-01&to=9999-12-31")).ProblemFieldsAsync());
        Assert.Equal(["from"], await (await officer.GetAsync("/api/reports/summary.xlsx?from=0001-01-01&to=0001-12-31")).ProblemFieldsAsync());
    }

    [Fact]
    public async Task A_record_with_edge_dates_stored_directly_breaks_neither_the_feed_nor_the_calendar_nor_the_report()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var id = await Delegation().Outbound().To("CN").Titled("Đoàn ngày biên").On(new(2030, 6, 1), new(2030, 6, 2)).CreateAsync(officer);
        var item = await officer.PostJsonAsync($"/api/delegations/{id}/itinerary", new { date = "2030-06-01", startTime = "23:30", place = "Cửa khẩu", activity = "Đón đoàn" });
        Assert.Equal(HttpStatusCode.Created, item.StatusCode);
        await app.WithDbAsync(async (db, _) =>
        {
            await db.Set<Delegation>().Where(d => d.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.StartsOn, DateOnly.MinValue).SetProperty(d => d.EndsOn, DateOnly.MaxValue)
                .SetProperty(d => d.Status, DelegationStatus.Completed));
            await db.Set<ItineraryItem>().Where(i => i.DelegationId == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Date, DateOnly.MaxValue));
        });

        var token = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "officer.caobang@attache.demo").Select(u => u.CalendarToken).FirstAsync());
        using var anonymous = app.CreateClient();
        var feed = await anonymous.GetAsync($"/calendar/{token}.ics");
        Assert.True(feed.StatusCode == HttpStatusCode.OK, await feed.Content.ReadAsStringAsync());
        Assert.Contains($"delegation-{id}@attache", await feed.Content.ReadAsStringAsync());

        foreach (var path in new[] { "/calendar", "/calendar/week", "/calendar?month=9999-12", "/calendar/week?date=0001-01-01", $"/delegations/{id}",
            "/delegations", "/api/delegations/overdue-reports", "/api/reports/summary?from=2030-01-01&to=2030-12-31",
            "/api/reports/summary.xlsx?from=2030-01-01&to=2030-12-31", "/reports?from=2030-01-01&to=2030-12-31" })
        {
            var response = await officer.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task Hostile_bodies_are_400s_naming_the_field_not_500s()
    {
        using var officer = await app.OfficerAsync();
        foreach (var (latitude, longitude) in new[] { (1e300, 0d), (0d, -1e300), (91d, 0d), (0d, 180.5) })
        {
            var fields = await (await officer.PostJsonAsync("/api/border-gates", new
            {
                name = "Cửa khẩu thử", country = "CN", type = "Main", counterpartLatin = "Test", latitude, longitude,
            })).ProblemFieldsAsync();
            Assert.Equal([latitude is < -90 or > 90 ? "latitude" : "longitude"], fields);
        }

        var nulls = await officer.PostJsonAsync("/api/partners", new { kind = "Ngo", country = "GB", nameLatin = "Null items", contacts = new object?[] { null } });
        Assert.Equal(["contacts[0]"], await nulls.ProblemFieldsAsync());

        using var anonymous = app.CreateClient();
        Assert.Equal(["email", "password"], (await (await anonymous.PostJsonAsync("/api/auth/login", new { email = (string?)null, password = (string?)null }))
            .ProblemFieldsAsync()).Order());
        Assert.Equal(["refreshToken"], await (await anonymous.PostJsonAsync("/api/auth/refresh", new { refreshToken = "" })).ProblemFieldsAsync());
        Assert.Contains("email", await (await anonymous.PostJsonAsync("/api/auth/forgotPassword", new { email = (string?)null })).ProblemFieldsAsync());

        using var noRedirect = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var back in new[] { "/\\evil.example", "//evil.example", "/\t/evil.example", "https://evil.example" })
        {
            var response = await noRedirect.GetAsync($"/culture/en?back={Uri.EscapeDataString(back)}");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/", response.Headers.Location?.OriginalString);
        }

        var local = await noRedirect.GetAsync($"/culture/en?back={Uri.EscapeDataString("/partners?page=2")}");
        Assert.Equal("/partners?page=2", local.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Names_too_long_for_their_column_are_cut_by_rule_not_a_500()
    {
        using var officer = await app.OfficerAsync();
        // Every searchable field at its limit: the folded search text is longer than its column (2,000).
        var partner = await officer.PostJsonAsync("/api/partners", new
        {
            kind = "Ngo", country = "GB", nameLatin = new string('A', 300), nameNative = new string('Ǆ', 300), nameVietnamese = new string('Ằ', 300),
            notes = new string('ß', 4000), tags = Enumerable.Range(0, 20).Select(i => $"tag-{i}-{new string('İ', 40)}").ToArray(),
        });
        Assert.True(partner.StatusCode == HttpStatusCode.Created, await partner.Content.ReadAsStringAsync());
        var found = await (await officer.GetAsync("/api/partners?search=" + new string('a', 20))).JsonAsync();
        Assert.Equal(1, found.GetProperty("total").GetInt32());

        var id = await Delegation().CreateAsync(officer);
        using var form = new MultipartFormDataContent();
        var name = new string('Đ', 400) + ".pdf";
        form.Add(new ByteArrayContent("%PDF-1.4\n%%EOF"u8.ToArray()) { Headers = { ContentType = new("application/pdf") } }, "file", name);
        var upload = await officer.PostAsync($"/api/delegations/{id}/documents", form);
        var stored = await upload.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(255, stored.GetProperty("fileName").GetString()!.Length);
        Assert.EndsWith(".pdf", stored.GetProperty("fileName").GetString());
    }
}
