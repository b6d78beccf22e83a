using System.Net;
using System.Text.Json;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Twinnings;

public sealed class TwinningApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static async Task<int> PartnerAsync(HttpClient client, string name, string country = "CN")
    {
        var created = await (await client.PostJsonAsync("/api/partners",
            new { kind = "ForeignLocality", country, nameLatin = name }))
            .JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, object body) =>
        await (await client.PostJsonAsync("/api/twinnings", body)).JsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task A_twinning_is_created_with_its_partner_and_activities()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var shuikou = await PartnerAsync(officer, "Shuikou Town");
        var created = await CreateAsync(officer, new
        { localityName = "Xã Tà Lùng", localityKind = "Commune", partnerId = shuikou, signedOn = "2019-07-12" });
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("Active", created.GetProperty("status").GetString());
        Assert.Equal("Shuikou Town", created.GetProperty("partnerName").GetString());
        Assert.Equal(["Dormant", "Ended"], created.GetProperty("allowedStatuses").EnumerateArray()
            .Select(s => s.GetString()));

        await (await officer.PostJsonAsync($"/api/twinnings/{id}/activities",
            new { date = "2024-06-14", title = "Spring football match" }))
            .JsonAsync(HttpStatusCode.Created);
        var activities = await (await officer.GetAsync($"/api/twinnings/{id}/activities")).JsonAsync();
        Assert.Equal("Spring football match", activities.GetProperty("items")[0].GetProperty("title").GetString());

        var list = await (await officer.GetAsync("/api/twinnings?search=ta lung")).JsonAsync();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(1, list.GetProperty("items")[0].GetProperty("activities").GetInt32());
        var history = await (await officer.GetAsync($"/api/audit?entity=twinning&id={id}")).JsonAsync();
        Assert.Equal(2, history.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Bad_input_answers_400_naming_each_field()
    {
        using var officer = await app.OfficerAsync();
        var fields = await (await officer.PostJsonAsync("/api/twinnings",
            new { localityName = "", partnerId = 999_999 })).ProblemFieldsAsync();
        Assert.Contains("localityName", fields);
        Assert.Contains("localityKind", fields);

        fields = await (await officer.PostJsonAsync("/api/twinnings",
            new { localityName = "Xã Mù Cả", localityKind = "Commune", partnerId = 999_999 }))
            .ProblemFieldsAsync();
        Assert.Equal(["partnerId"], fields);
        Assert.Contains("localityKind", await (await
            officer.PostJsonAsync("/api/twinnings", new { localityName = "X", localityKind = "Hamlet", partnerId = 1 }))
            .ProblemFieldsAsync());
        Assert.Contains("signedOn", await (await officer.PostJsonAsync("/api/twinnings",
            new { localityName = "X", localityKind = "Commune", partnerId = 1, signedOn = "2024-13-45" }))
            .ProblemFieldsAsync());
        Assert.Contains("status", await (await officer.GetAsync("/api/twinnings?status=Sleeping"))
            .ProblemFieldsAsync());
        Assert.Contains("from", await (await officer.GetAsync("/api/twinnings/stats?from=yesterday"))
            .ProblemFieldsAsync());
        Assert.Contains("sort", await (await officer.GetAsync("/api/twinnings?sort=shoe")).ProblemFieldsAsync());
    }

    [Fact]
    public async Task An_ended_twinning_cannot_come_back_and_a_stale_edit_is_refused()
    {
        using var officer = await app.OfficerAsync();
        var partner = await PartnerAsync(officer, "Lifecycle Town");
        var id = (await CreateAsync(officer, new
        {
            localityName = "Xã Lifecycle", localityKind = "Commune",
            partnerId = partner
        })).GetProperty("id").GetInt32();

        var dormant = await (await officer.PutJsonAsync($"/api/twinnings/{id}", new
        {
            localityName = "Xã Lifecycle", localityKind = "Commune", partnerId = partner, status = "Dormant",
            version = 1,
        })).JsonAsync();
        Assert.Equal("Dormant", dormant.GetProperty("status").GetString());
        await (await officer.PutJsonAsync($"/api/twinnings/{id}", new
        {
            localityName = "Xã Lifecycle", localityKind = "Commune", partnerId = partner, status = "Ended", version = 2,
        })).JsonAsync();

        var revive = await officer.PutJsonAsync($"/api/twinnings/{id}", new
        {
            localityName = "Xã Lifecycle", localityKind = "Commune", partnerId = partner, status = "Active",
            version = 3,
        });
        var problem = await revive.JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("Ended", problem.GetProperty("detail").GetString());

        var stale = await officer.PutJsonAsync($"/api/twinnings/{id}",
            new { localityName = "Stale", localityKind = "Commune", partnerId = partner, version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Another_provinces_twinning_is_not_found()
    {
        using var laiChau = await app.OfficerAsync("VN-01");
        using var caoBang = await app.OfficerAsync("VN-04");
        var partner = await PartnerAsync(laiChau, "Tenancy Town");
        var id = (await CreateAsync(laiChau, new
        {
            localityName = "Xã Tenancy", localityKind = "Village",
            partnerId = partner
        })).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/twinnings/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/twinnings/{id}/activities")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await
            caoBang.PostJsonAsync($"/api/twinnings/{id}/activities", new { date = "2024-01-01", title = "x" }))
            .StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.DeleteAsync($"/api/twinnings/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/twinnings/{id}/documents")).StatusCode);
        // Nor can Cao Bằng pair its locality with Lai Châu's partner.
        Assert.Contains("partnerId", await (await caoBang.PostJsonAsync("/api/twinnings",
            new { localityName = "X", localityKind = "Commune", partnerId = partner }))
            .ProblemFieldsAsync());
    }

    [Fact]
    public async Task Stats_count_by_status_and_pairs_signed_in_the_period()
    {
        using var officer = await app.OfficerAsync("VN-04");
        using var viewer = await app.ViewerAsync("VN-04");
        var before = await (await viewer.GetAsync("/api/twinnings/stats?from=2016-01-01&to=2020-12-31")).JsonAsync();
        var partner = await PartnerAsync(officer, "Stats County");
        string[] signed = ["2015-05-01", "2016-01-01", "2018-06-30", "2020-12-31", "2021-01-01"];
        foreach (var date in signed)
        {
            await CreateAsync(officer, new
            {
                localityName = $"Xã Stats {date}", localityKind = "Commune",
                partnerId = partner, signedOn = date
            });
        }

        var dormant = (await CreateAsync(officer, new
        { localityName = "Xã Stats dormant", localityKind = "Commune", partnerId = partner }))
            .GetProperty("id").GetInt32();
        await (await officer.PutJsonAsync($"/api/twinnings/{dormant}", new
        {
            localityName = "Xã Stats dormant", localityKind = "Commune", partnerId = partner, status = "Dormant",
            version = 1,
        })).JsonAsync();

        var after = await (await viewer.GetAsync("/api/twinnings/stats?from=2016-01-01&to=2020-12-31")).JsonAsync();
        // Signed 2016-01-01, 2018-06-30 and 2020-12-31 fall in the period, ends included; 2015 and 2021 do not.
        Assert.Equal(3, after.GetProperty("signedInPeriod").GetInt32() - before.GetProperty("signedInPeriod")
            .GetInt32());
        Assert.Equal(6, after.GetProperty("total").GetInt32() - before.GetProperty("total").GetInt32());
        // Issue 9: active on the period's last day, so signed by 2020-12-31 (not 2021, not undated): 4.
        Assert.Equal(4, after.GetProperty("active").GetInt32() - before.GetProperty("active").GetInt32());
        Assert.Equal("2020-12-31", after.GetProperty("activeOn").GetString());
        Assert.Contains("to", await (await viewer.GetAsync("/api/twinnings/stats?from=2021-01-01&to=2020-01-01"))
            .ProblemFieldsAsync());
    }

    [Fact]
    public async Task A_viewer_reads_but_cannot_write()
    {
        using var viewer = await app.ViewerAsync();
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/twinnings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await
            viewer.PostJsonAsync("/api/twinnings", new { localityName = "X", localityKind = "Commune", partnerId = 1 }))
            .StatusCode);
    }
}
