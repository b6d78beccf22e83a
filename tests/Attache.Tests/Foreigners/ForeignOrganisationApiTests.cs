using System.Net;
using System.Text.Json;
using Attache.Components;
using Attache.Infrastructure;
using Attache.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Attache.Tests.Foreigners;

public sealed class ForeignOrganisationApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private const string Route = "/api/foreign-organisations";

    private static async Task<JsonElement> CreateAsync(HttpClient client, object body) =>
        await (await client.PostJsonAsync(Route, body)).JsonAsync(HttpStatusCode.Created);

    private static async Task<int> AidProjectAsync(HttpClient client, string identifier)
    {
        var created = await (await client.PostJsonAsync("/api/aid-projects", new
        {
            identifier, titleVi = "Nước sạch cho xã " + identifier, kind = "NonRefundableAid", status = "Implementation",
        })).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task An_organisation_is_registered_with_its_projects_and_reports_and_changes_status()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var project = await AidProjectAsync(officer, "FO-TEST-1");
        var created = await CreateAsync(officer, new
        {
            name = "Helvetas Test", kind = "Ngo", country = "ch", permitNumber = "395/GĐK-BNG",
            permitValidFrom = "2024-06-01", permitValidTo = "2029-05-31", areas = "Trùng Khánh",
            aidProjectIds = new[] { project },
        });
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("CH", created.GetProperty("country").GetString());
        Assert.Equal("Active", created.GetProperty("status").GetString());
        Assert.False(created.GetProperty("permitExpiring").GetBoolean());
        Assert.Equal(project, created.GetProperty("projects")[0].GetProperty("aidProjectId").GetInt32());

        var report = await (await officer.PostJsonAsync($"{Route}/{id}/reports",
            new { title = "Báo cáo năm 2025", dueOn = "2026-01-31" })).JsonAsync(HttpStatusCode.Created);
        Assert.True(report.GetProperty("overdue").GetBoolean());
        var reportId = report.GetProperty("id").GetInt32();
        var received = await (await officer.PutJsonAsync($"{Route}/{id}/reports/{reportId}",
            new { title = "Báo cáo năm 2025", dueOn = "2026-01-31", receivedOn = "2026-02-10" })).JsonAsync();
        Assert.False(received.GetProperty("overdue").GetBoolean());

        var suspended = await (await officer.PutJsonAsync($"{Route}/{id}", new
        {
            name = "Helvetas Test", kind = "Ngo", country = "CH", status = "Suspended", aidProjectIds = Array.Empty<int>(),
            version = created.GetProperty("version").GetInt32(),
        })).JsonAsync();
        Assert.Equal("Suspended", suspended.GetProperty("status").GetString());
        Assert.Equal(0, suspended.GetProperty("projects").GetArrayLength());
        Assert.Equal(["Active", "Closed"], suspended.GetProperty("allowedStatuses").EnumerateArray()
            .Select(s => s.GetString()));

        var closed = await (await officer.PutJsonAsync($"{Route}/{id}", new
        {
            name = "Helvetas Test", kind = "Ngo", country = "CH", status = "Closed",
            version = suspended.GetProperty("version").GetInt32(),
        })).JsonAsync();
        var reopen = await officer.PutJsonAsync($"{Route}/{id}", new
        {
            name = "Helvetas Test", kind = "Ngo", country = "CH", status = "Active",
            version = closed.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.Conflict, reopen.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync($"{Route}/{id}/reports/{reportId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync($"{Route}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{Route}/{id}")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_names_every_field_at_once_and_a_project_of_another_province_is_refused()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var fields = await (await officer.PostJsonAsync(Route, new
        {
            name = "", country = "Vietnam", permitValidFrom = "2026-05-01", permitValidTo = "2026-04-01",
        })).ProblemFieldsAsync();
        Assert.Equal(["country", "kind", "name", "permitValidTo"], fields.Order());

        using var other = await app.OfficerAsync("VN-04");
        var foreign = await AidProjectAsync(other, "FO-TEST-OTHER");
        Assert.Equal(["aidProjectIds[0]"], await (await officer.PostJsonAsync(Route,
            new { name = "X", kind = "Ngo", country = "US", aidProjectIds = new[] { foreign } })).ProblemFieldsAsync());
        Assert.Contains("dueOn", await (await officer.PostJsonAsync($"{Route}/999999/reports", new { title = "X" }))
            .ProblemFieldsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostJsonAsync($"{Route}/999999/reports",
            new { title = "X", dueOn = "2026-01-01" })).StatusCode);
        Assert.Contains("sort", await (await officer.GetAsync($"{Route}?sort=shoe")).ProblemFieldsAsync());
    }

    [Fact]
    public async Task Expiring_permits_and_overdue_reports_are_filtered_and_counted_in_needs_attention()
    {
        // A province of its own in effect: the counts are compared before and after, on VN-01 only.
        using var officer = await app.OfficerAsync("VN-01");
        var today = app.Today;
        var before = await AttentionAsync();

        var soon = (await CreateAsync(officer, new
        {
            name = "Permit Ends Soon", kind = "Ngo", country = "GB", permitValidTo = today.AddDays(90).ToString("O"),
        })).GetProperty("id").GetInt32();
        var later = (await CreateAsync(officer, new
        {
            name = "Permit Ends Later", kind = "Ngo", country = "GB", permitValidTo = today.AddDays(91).ToString("O"),
        })).GetProperty("id").GetInt32();
        var late = (await CreateAsync(officer, new
        {
            name = "Report Overdue", kind = "RepresentativeOffice", country = "KR",
        })).GetProperty("id").GetInt32();
        await (await officer.PostJsonAsync($"{Route}/{late}/reports",
            new { title = "Late", dueOn = today.AddDays(-1).ToString("O") })).JsonAsync(HttpStatusCode.Created);
        await (await officer.PostJsonAsync($"{Route}/{later}/reports",
            new { title = "Due today", dueOn = today.ToString("O") })).JsonAsync(HttpStatusCode.Created);

        var expiring = await (await officer.GetAsync($"{Route}?permitExpiring=true&search=permit ends")).JsonAsync();
        Assert.Equal([soon], expiring.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
        Assert.True(expiring.GetProperty("items")[0].GetProperty("permitExpiring").GetBoolean());
        var overdue = await (await officer.GetAsync($"{Route}?reportOverdue=true")).JsonAsync();
        var overdueIds = overdue.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetInt32())
            .ToList();
        Assert.Contains(late, overdueIds);
        Assert.DoesNotContain(later, overdueIds);

        var after = await AttentionAsync();
        Assert.Equal(before.Permits + 1, after.Permits);
        Assert.Equal(before.Reports + 1, after.Reports);

        // The home page shows both, in the reader's language.
        var html = await (await officer.GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Contains("/foreign-organisations?permitExpiring=true", html);
        Assert.Contains("/foreign-organisations?reportOverdue=true", html);
    }

    private async Task<(int Permits, int Reports)> AttentionAsync()
    {
        var province = await app.ProvinceIdAsync("VN-01");
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<Tenant>().Use(province, "VN-01");
        var items = await scope.ServiceProvider.GetRequiredService<HomeService>()
            .NeedsAttentionAsync(CancellationToken.None);
        int Count(string start) => items.Where(i => i.Text.StartsWith(start, StringComparison.Ordinal))
            .Sum(i => i.Count);
        return (Count("Foreign organisations whose permit"), Count("Foreign organisations with an overdue"));
    }

    [Fact]
    public async Task Another_provinces_organisation_is_not_found()
    {
        using var caoBang = await app.OfficerAsync("VN-04");
        var id = (await CreateAsync(caoBang, new { name = "Oxfam Test", kind = "Ngo", country = "GB" }))
            .GetProperty("id").GetInt32();
        using var laiChau = await app.OfficerAsync("VN-01");
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.GetAsync($"{Route}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.DeleteAsync($"{Route}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.PostJsonAsync($"{Route}/{id}/reports",
            new { title = "X", dueOn = "2026-01-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.GetAsync($"{Route}/{id}/documents")).StatusCode);
        using var viewer = await app.ViewerAsync("VN-04");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.DeleteAsync($"{Route}/{id}")).StatusCode);
    }
}
