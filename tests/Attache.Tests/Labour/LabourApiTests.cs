using System.Net;
using System.Text.Json;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Labour;

public sealed class LabourApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private sealed record Programme(int Id, int CohortId, int WorkerId);

    /// <summary>A programme with one cohort (departure 2030-04-01) and workers with the given outcomes.</summary>
    private static async Task<Programme> ProgrammeAsync(HttpClient officer, string name, params string[] outcomes)
    {
        var partner = (await (await officer.PostJsonAsync("/api/partners",
            new { kind = "ForeignLocality", country = "KR", nameLatin = name + " City" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var id = (await (await officer.PostJsonAsync("/api/labour-programmes", new
        {
            name, partnerId = partner, sector = "Agriculture", payMinVnd = 25_000_000, payMaxVnd = 40_000_000,
            agreementId = 7,
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var cohort = (await (await officer.PostJsonAsync($"/api/labour-programmes/{id}/cohorts", new
        {
            name = "2030", departureOn = "2030-04-01", plannedReturnOn = "2030-11-01",
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var workerId = 0;
        for (var i = 0; i < outcomes.Length; i++)
        {
            var back = outcomes[i] is "ReturnedOnTime" or "ReturnedEarly" ? "2030-10-01" : null;
            var worker = await (await officer.PostJsonAsync($"/api/labour-programmes/{id}/cohorts/{cohort}/workers", new
            {
                fullName = $"Worker {name} {i}", communeOfOrigin = "Phong Thổ", gender = i % 2 == 0 ? "Male" : "Female",
                birthYear = 1990,
                outcome = outcomes[i], returnedOn = back, monthlyPayVnd = 37_000_000,
            })).JsonAsync(HttpStatusCode.Created);
            workerId = worker.GetProperty("id").GetInt32();
        }

        return new Programme(id, cohort, workerId);
    }

    [Fact]
    public async Task Officers_and_leaders_see_names_others_get_403_and_counts()
    {
        using var officer = await app.OfficerAsync();
        var p = await ProgrammeAsync(officer, "Visibility", "Abroad", "ReturnedOnTime", "DidNotReturn");
        var url = $"/api/labour-programmes/{p.Id}/cohorts/{p.CohortId}/workers";

        using var leader = await app.LeaderAsync();
        var names = await (await leader.GetAsync(url)).JsonAsync();
        Assert.Equal(3, names.GetProperty("total").GetInt32());
        Assert.Equal("Worker Visibility 0", names.GetProperty("items")[0].GetProperty("fullName").GetString());
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(url)).StatusCode);

        using var viewer = await app.ViewerAsync();
        using var national = await app.NationalAsync();
        using var admin = await app.AdminAsync();
        foreach (var other in new[] { viewer, national, admin })
        {
            var refused = await other.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("Worker Visibility", await refused.Content.ReadAsStringAsync());
        }

        var cohorts = (await (await viewer.GetAsync($"/api/labour-programmes/{p.Id}/cohorts")).JsonAsync())
            .GetProperty("items");
        Assert.Equal((3, 1, 1, 1), (cohorts[0].GetProperty("workers").GetInt32(), cohorts[0].GetProperty("abroad")
            .GetInt32(), cohorts[0].GetProperty("returnedOnTime").GetInt32(), cohorts[0].GetProperty("didNotReturn")
            .GetInt32()));
        Assert.DoesNotContain("Worker Visibility",
            await (await viewer.GetAsync($"/api/labour-programmes/{p.Id}")).Content.ReadAsStringAsync());

        using var caoBang = await app.OfficerAsync("VN-04");
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/labour-programmes/{p.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await caoBang.GetAsync($"/api/labour-programmes/{p.Id}/cohorts")).StatusCode);
    }

    [Fact]
    public async Task Every_read_of_a_worker_list_is_audited_with_who_read_it()
    {
        using var officer = await app.OfficerAsync();
        var p = await ProgrammeAsync(officer, "Audit", "Abroad");
        var url = $"/api/labour-programmes/{p.Id}/cohorts/{p.CohortId}/workers";
        using var leader = await app.LeaderAsync();
        await (await leader.GetAsync(url)).JsonAsync();
        await (await leader.GetAsync(url + "?outcome=Abroad")).JsonAsync();
        using var viewer = await app.ViewerAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(url)).StatusCode);

        var audit = await (await officer.GetAsync($"/api/audit?entity=labourCohort&id={p.CohortId}&pageSize=100"))
            .JsonAsync();
        var reads = audit.GetProperty("items").EnumerateArray()
            .Where(a => a.GetProperty("action").GetString() == "Read").ToList();
        Assert.Equal(2, reads.Count);
        Assert.All(reads, r => Assert.Equal("leader.laichau@attache.demo", r.GetProperty("userName").GetString()));
    }

    [Fact]
    public async Task The_audit_trail_does_not_leak_worker_names_to_a_viewer()
    {
        using var officer = await app.OfficerAsync();
        var p = await ProgrammeAsync(officer, "Leak", "Abroad");
        using var viewer = await app.ViewerAsync();
        var response = await viewer.GetAsync($"/api/audit?entity=labourCohort&id={p.CohortId}&pageSize=100");
        var audit = await response.JsonAsync();
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), a => a.GetProperty("entity")
            .GetString() == "seasonalWorker");
        Assert.DoesNotContain("Worker Leak", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Stats_count_workers_sent_abroad_returned_and_missing()
    {
        using var officer = await app.OfficerAsync("VN-04");
        await ProgrammeAsync(officer, "Stats A", "Abroad", "Abroad", "ReturnedOnTime", "ReturnedEarly", "DidNotReturn");
        var b = await ProgrammeAsync(officer, "Stats B", "ReturnedOnTime", "ReturnedOnTime");
        // One worker of B left a day before the period, so the stats leave it out.
        await (await officer.PostJsonAsync($"/api/labour-programmes/{b.Id}/cohorts/{b.CohortId}/workers", new
        {
            fullName = "Early leaver", communeOfOrigin = "Trà Lĩnh", gender = "Male", birthYear = 1985,
            departedOn = "2030-03-31", outcome = "Abroad",
        })).JsonAsync(HttpStatusCode.Created);

        using var viewer = await app.ViewerAsync("VN-04");
        var stats = await (await viewer.GetAsync("/api/labour-programmes/stats?from=2030-04-01&to=2030-12-31"))
            .JsonAsync();
        Assert.Equal(7, stats.GetProperty("workersSent").GetInt32());
        Assert.Equal(2, stats.GetProperty("abroadNow").GetInt32());
        Assert.Equal(4, stats.GetProperty("returned").GetInt32());
        Assert.Equal(1, stats.GetProperty("returnedEarly").GetInt32());
        Assert.Equal(1, stats.GetProperty("didNotReturn").GetInt32());
        var all = await (await viewer.GetAsync($"/api/labour-programmes/stats?programmeId={b.Id}")).JsonAsync();
        Assert.Equal(3, all.GetProperty("workersSent").GetInt32());
    }

    [Fact]
    public async Task Bad_input_answers_400_naming_each_field()
    {
        using var officer = await app.OfficerAsync();
        var fields = await (await officer.PostJsonAsync("/api/labour-programmes", new
        {
            name = "", partnerId = 999_999, sector = "Agri",
        })).ProblemFieldsAsync();
        Assert.Equal(["name"], fields);
        Assert.Equal(["payMaxVnd"], await (await officer.PostJsonAsync("/api/labour-programmes", new
        {
            name = "Pay", partnerId = 999_999, sector = "Agri", payMinVnd = 40_000_000, payMaxVnd = 25_000_000.5m,
        })).ProblemFieldsAsync());
        Assert.Equal(["partnerId"], await (await officer.PostJsonAsync("/api/labour-programmes", new
        {
            name = "Pay", partnerId = 999_999, sector = "Agri",
        })).ProblemFieldsAsync());

        var p = await ProgrammeAsync(officer, "Validation");
        Assert.Contains("plannedReturnOn", await (await officer.PostJsonAsync($"/api/labour-programmes/{p.Id}/cohorts",
            new
            {
                name = "x", departureOn = "2030-04-01", plannedReturnOn = "2030-01-01",
            })).ProblemFieldsAsync());
        fields = await (await officer.PostJsonAsync($"/api/labour-programmes/{p.Id}/cohorts/{p.CohortId}/workers", new
        {
            fullName = "", communeOfOrigin = "Phong Thổ", gender = "Male", birthYear = 1900, outcome = "ReturnedEarly",
        })).ProblemFieldsAsync();
        Assert.Equal(["birthYear", "fullName"], fields.Order());
        Assert.Equal(["returnedOn"],
            await (await officer.PostJsonAsync($"/api/labour-programmes/{p.Id}/cohorts/{p.CohortId}/workers", new
            {
                fullName = "X", communeOfOrigin = "Phong Thổ", gender = "Male", birthYear = 1990, outcome = "ReturnedEarly",
            })).ProblemFieldsAsync());
        Assert.Contains("gender",
            await (await officer.PostJsonAsync($"/api/labour-programmes/{p.Id}/cohorts/{p.CohortId}/workers", new
            {
                fullName = "X", communeOfOrigin = "Y", gender = "Other", birthYear = 1990, outcome = "Abroad",
            })).ProblemFieldsAsync());
        Assert.Contains("outcome",
            await (await officer.GetAsync($"/api/labour-programmes/{p.Id}/cohorts/{p.CohortId}/workers?outcome=Lost"))
            .ProblemFieldsAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await officer.DeleteAsync($"/api/labour-programmes/{p.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_cohort_change_naming_a_stale_version_is_refused_with_409()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var p = await ProgrammeAsync(officer, "Cohort version " + Guid.NewGuid().ToString("N")[..6]);
        var url = $"/api/labour-programmes/{p.Id}/cohorts/{p.CohortId}";
        var read = (await (await officer.GetAsync($"/api/labour-programmes/{p.Id}/cohorts")).JsonAsync())
            .GetProperty("items")[0].GetProperty("version").GetInt32();
        var changed = await (await officer.PutJsonAsync(url, new
        {
            name = "2030 spring", departureOn = "2030-04-01", plannedReturnOn = "2030-11-01", version = read,
        })).JsonAsync();
        Assert.Equal(read + 1, changed.GetProperty("version").GetInt32());

        var stale = await officer.PutJsonAsync(url, new
        {
            name = "2030 autumn", departureOn = "2030-04-01", plannedReturnOn = "2030-11-01", version = read,
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var cohorts = await (await officer.GetAsync($"/api/labour-programmes/{p.Id}/cohorts")).JsonAsync();
        Assert.Equal("2030 spring", cohorts.GetProperty("items")[0].GetProperty("name").GetString());
    }
}
