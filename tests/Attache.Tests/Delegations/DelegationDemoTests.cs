using System.Text.Json;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Delegations;

/// <summary>The figures of the two articles, computed from the demo records.</summary>
[Collection(DemoCollection.Name)]
public sealed class DelegationDemoTests(DemoFactory app)
{
    private static JsonElement Direction(JsonElement province, string direction) =>
        province.GetProperty("byDirection").EnumerateArray()
            .Single(d => d.GetProperty("direction").GetString() == direction);

    [Fact]
    public async Task Lai_Chau_received_536_delegations_with_3696_foreign_visitors_since_2020()
    {
        using var viewer = await app.ViewerAsync("VN-01");
        var stats = await (await viewer.GetAsync("/api/delegations/stats?from=2020-01-01&to=2025-11-15")).JsonAsync();
        var laiChau = Assert.Single(stats.GetProperty("provinces").EnumerateArray());
        var inbound = Direction(laiChau, "Inbound");
        Assert.Equal(536, inbound.GetProperty("delegations").GetInt32());
        Assert.Equal(3696, inbound.GetProperty("foreignVisitors").GetInt32());

        var years = laiChau.GetProperty("byYear").EnumerateArray()
            .Where(y => y.GetProperty("direction").GetString() == "Inbound").ToList();
        Assert.Equal([2020, 2021, 2022, 2023, 2024, 2025], years.Select(y => y.GetProperty("year").GetInt32()));
        Assert.Equal(536, years.Sum(y => y.GetProperty("delegations").GetInt32()));
        var countries = laiChau.GetProperty("byCountry").EnumerateArray()
            .Where(c => c.GetProperty("direction").GetString() == "Inbound")
            .Select(c => c.GetProperty("country").GetString()).ToList();
        Assert.Equal(["CN", "LA", "KR"], countries.Take(3));
        Assert.Contains("JP", countries);

        // The register also keeps the visit called off in 2021; the figures leave it out.
        const string received = "/api/delegations?direction=Inbound&from=2020-01-01&to=2025-11-15";
        var list = await (await viewer.GetAsync(received + "&pageSize=1")).JsonAsync();
        var cancelled = await (await viewer.GetAsync(received + "&status=Cancelled")).JsonAsync();
        Assert.Equal(1, cancelled.GetProperty("total").GetInt32());
        Assert.Equal(537, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Cao_Bang_sent_120_and_received_190_delegations_in_2020_to_2025_mostly_with_Guangxi()
    {
        using var viewer = await app.ViewerAsync("VN-04");
        var stats = await (await viewer.GetAsync("/api/delegations/stats?from=2020-01-01&to=2025-12-31")).JsonAsync();
        var caoBang = Assert.Single(stats.GetProperty("provinces").EnumerateArray());
        Assert.Equal(120, Direction(caoBang, "Outbound").GetProperty("delegations").GetInt32());
        Assert.Equal(190, Direction(caoBang, "Inbound").GetProperty("delegations").GetInt32());
        var first = caoBang.GetProperty("byCountry")[0];
        Assert.Equal("CN", first.GetProperty("country").GetString());

        var guangxi = await app.WithDbAsync(db => Task.FromResult(db.Set<Attache.Partners.Partner>().Single(p =>
            p.NameLatin == "Guangxi Zhuang Autonomous Region").Id));
        var withGuangxi = await (await viewer.GetAsync($"/api/delegations?partnerId={guangxi}&pageSize=1")).JsonAsync();
        Assert.True(withGuangxi.GetProperty("total").GetInt32() > 10);
    }

    [Fact]
    public async Task A_national_viewer_sees_both_registers_side_by_side()
    {
        using var national = await app.NationalAsync();
        var stats = await (await national.GetAsync("/api/delegations/stats?from=2020-01-01&to=2025-11-15")).JsonAsync();
        var provinces = stats.GetProperty("provinces").EnumerateArray().ToList();
        Assert.Equal(["VN-01", "VN-04"], provinces.Select(p => p.GetProperty("province").GetString()));
        Assert.Equal(536, Direction(provinces[0], "Inbound").GetProperty("delegations").GetInt32());
    }

    [Fact]
    public async Task Each_province_has_an_outbound_delegation_whose_report_is_overdue_and_current_ones_in_preparation()
    {
        foreach (var province in new[] { "VN-01", "VN-04" })
        {
            using var officer = await app.OfficerAsync(province);
            var overdue = await (await officer.GetAsync("/api/delegations/overdue-reports")).JsonAsync();
            Assert.Equal(1, overdue.GetProperty("total").GetInt32());
            Assert.True(overdue.GetProperty("items")[0].GetProperty("daysOverdue").GetInt32() > 0);
            var proposed = await (await officer.GetAsync("/api/delegations?status=Proposed")).JsonAsync();
            Assert.True(proposed.GetProperty("total").GetInt32() >= 1);
        }

        using var laiChau = await app.OfficerAsync("VN-01");
        var withList = await (await laiChau.GetAsync("/api/delegations?direction=Inbound&sort=start&pageSize=10"))
            .JsonAsync();
        var ids = withList.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        var kept = 0;
        foreach (var id in ids)
        {
            var d = await (await laiChau.GetAsync($"/api/delegations/{id}")).JsonAsync();
            Assert.Contains(d.GetProperty("status").GetString(), new[] { "Reported", "Completed" });
            if (d.GetProperty("keepsMemberList").GetBoolean())
            {
                kept++;
                Assert.Equal(d.GetProperty("memberCount").GetInt32(), d.GetProperty("members").GetArrayLength());
            }
        }

        Assert.InRange(kept, 1, ids.Count - 1);
    }
}
