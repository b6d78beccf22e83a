using System.Net;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Borders;

[Collection(DemoCollection.Name)]
public sealed class BorderDemoFigureTests(DemoFactory app)
{
    [Fact]
    public async Task Cao_bang_gates_earned_6900_bn_up_249_percent_and_46_percent_of_the_province()
    {
        using var leader = await app.LeaderAsync("VN-04");
        var stats = await (await leader.GetAsync("/api/border-gates/stats?from=2020-01-01&to=2025-12-31"
                + "&compareFrom=2016-01-01&compareTo=2019-12-31"))
            .JsonAsync();
        Assert.Equal(6_900_000_000_000m, stats.GetProperty("current").GetProperty("stateRevenueVnd").GetDecimal());
        Assert.Equal(249.0m, stats.GetProperty("growthPercent").GetDecimal());
        Assert.Equal(46.0m, stats.GetProperty("sharePercent").GetDecimal());
        Assert.Equal(15_000_000_000_000m, stats.GetProperty("provinceRevenueVnd").GetDecimal());
        Assert.Equal(["Tà Lùng", "Trà Lĩnh", "Lý Vạn"], stats.GetProperty("gates").EnumerateArray()
            .Select(g => g.GetProperty("name").GetString()).ToArray());
        Assert.Empty(stats.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task Cao_bang_has_the_three_gate_pairs_with_their_upgrades_and_routes()
    {
        using var viewer = await app.ViewerAsync("VN-04");
        var list = await (await viewer.GetAsync("/api/border-gates?sort=name")).JsonAsync();
        var gates = list.GetProperty("items").EnumerateArray().ToDictionary(g => g.GetProperty("name").GetString()!);
        Assert.Equal(3, list.GetProperty("total").GetInt32());
        Assert.Equal("水口", gates["Tà Lùng"].GetProperty("counterpartNative").GetString());
        Assert.Equal("International", gates["Tà Lùng"].GetProperty("type").GetString());
        Assert.Equal("龙邦", gates["Trà Lĩnh"].GetProperty("counterpartNative").GetString());
        Assert.Equal("International", gates["Trà Lĩnh"].GetProperty("type").GetString());
        Assert.Equal("Thạc Long", gates["Lý Vạn"].GetProperty("counterpartVietnamese").GetString());
        Assert.Equal("Main", gates["Lý Vạn"].GetProperty("type").GetString());

        var taLung = gates["Tà Lùng"].GetProperty("id").GetInt32();
        var events = (await (await viewer.GetAsync($"/api/border-gates/{taLung}/events")).JsonAsync())
            .GetProperty("items");
        Assert.Contains(events.EnumerateArray(), e => e.GetProperty("kind").GetString() == "UpgradedToInternational");
        Assert.Contains(events.EnumerateArray(), e => e.GetProperty("kind").GetString() == "RouteAdded"
            && e.GetProperty("routeName").GetString() == "Tà Lùng II");

        var traLinhId = gates["Trà Lĩnh"].GetProperty("id").GetInt32();
        var traLinh = await (await viewer.GetAsync($"/api/border-gates/{traLinhId}")).JsonAsync();
        var route = Assert.Single(traLinh.GetProperty("routes").EnumerateArray());
        Assert.Equal("Nà Đoỏng", route.GetProperty("name").GetString());
        Assert.Equal("ClearancePoint", route.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Lai_chau_has_ma_lu_thang_with_figures()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var list = await (await officer.GetAsync("/api/border-gates?search=ma lu thang")).JsonAsync();
        var gate = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("金水河", gate.GetProperty("counterpartNative").GetString());
        Assert.Equal("International", gate.GetProperty("type").GetString());
        var gateId = gate.GetProperty("id").GetInt32();
        var figures = await (await officer.GetAsync($"/api/border-gates/{gateId}/figures?year=2025")).JsonAsync();
        Assert.Equal(6, figures.GetProperty("total").GetInt32());
        var geo = await (await officer.GetAsync("/api/map/features.geojson")).JsonAsync();
        Assert.Contains(geo.GetProperty("features").EnumerateArray(), f => f.GetProperty("properties")
            .GetProperty("name").GetString() == "Ma Lù Thàng");
        Assert.Contains(geo.GetProperty("features").EnumerateArray(), f => f.GetProperty("properties")
            .GetProperty("name").GetString() == "Mungyeong City");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/province-revenue")).StatusCode);
    }
}
