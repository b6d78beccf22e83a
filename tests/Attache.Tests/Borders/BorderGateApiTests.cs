using System.Net;
using System.Text.Json;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Borders;

public sealed class BorderGateApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    internal static async Task<int> CreateGateAsync(HttpClient client, string name, double? lat = null,
        double? lon = null, object[]? routes = null)
    {
        var created = await (await client.PostJsonAsync("/api/border-gates", new
        {
            name,
            country = "CN",
            type = "Main",
            counterpartLatin = "Counterpart of " + name,
            counterpartNative = "口岸",
            counterpartVietnamese = "Đối diện " + name,
            latitude = lat,
            longitude = lon,
            routes = routes ?? [],
        })).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    private static async Task FigureAsync(HttpClient client, int gate, int year, decimal revenue, int? month = null,
        decimal? import = null, decimal? export = null)
    {
        var response = await client.PostJsonAsync($"/api/border-gates/{gate}/figures", new
        {
            year, month, stateRevenueVnd = revenue, importTurnoverUsd = import, exportTurnoverUsd = export,
        });
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK,
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Growth_and_share_match_the_hand_computed_values()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var a = await CreateGateAsync(officer, "Arithmetic A");
        var b = await CreateGateAsync(officer, "Arithmetic B");
        // Comparison 2001–2002: A 1.2 bn + 0.8 bn = 2.0 bn. Current 2003–2004: A 1.3 bn + 0.949 bn, B 0.5 bn in months.
        await FigureAsync(officer, a, 2001, 1_200_000_000m, import: 10_000.25m, export: 5_000m);
        await FigureAsync(officer, a, 2002, 800_000_000m);
        await FigureAsync(officer, a, 2003, 1_300_000_000m, import: 20_000.50m, export: 7_500.25m);
        await FigureAsync(officer, a, 2004, 949_000_000m);
        await FigureAsync(officer, b, 2004, 300_000_000m, month: 1);
        await FigureAsync(officer, b, 2004, 200_000_000m, month: 12);
        foreach (var (year, total) in new[] { (2003, 4_000_000_000m), (2004, 6_000_000_000m) })
        {
            await (await officer.PutJsonAsync("/api/province-revenue", new { year, stateRevenueVnd = total }))
                .JsonAsync();
        }

        // A year recorded before is replaced only with the version read last.
        var recorded = (await (await officer.GetAsync("/api/province-revenue")).JsonAsync()).GetProperty("items")
            .EnumerateArray().First(r => r.GetProperty("year").GetInt32() == 2004);
        Assert.Equal(["version"], await (await officer.PutJsonAsync("/api/province-revenue",
            new { year = 2004, stateRevenueVnd = 6_000_000_000m })).ProblemFieldsAsync());
        await (await officer.PutJsonAsync("/api/province-revenue", new
        {
            year = 2004, stateRevenueVnd = 6_000_000_000m, version = recorded.GetProperty("version").GetInt32(),
        })).JsonAsync();

        var stats = await (await officer.GetAsync("/api/border-gates/stats?from=2003-01-01&to=2004-12-31"
                + "&compareFrom=2001-01-01&compareTo=2002-12-31"))
            .JsonAsync();
        var current = stats.GetProperty("current");
        Assert.Equal(2_749_000_000m, current.GetProperty("stateRevenueVnd").GetDecimal());
        Assert.Equal(27_500.75m, current.GetProperty("turnoverUsd").GetDecimal());
        Assert.Equal(4, current.GetProperty("figures").GetInt32());
        Assert.Equal(2_000_000_000m, stats.GetProperty("previous").GetProperty("stateRevenueVnd").GetDecimal());
        // (2.749 − 2.0) / 2.0 × 100 = 37.45 → 37.5 (half away from zero, as by hand).
        Assert.Equal(37.5m, stats.GetProperty("growthPercent").GetDecimal());
        Assert.Equal(10_000_000_000m, stats.GetProperty("provinceRevenueVnd").GetDecimal());
        // 2.749 / 10 × 100 = 27.49 → 27.5.
        Assert.Equal(27.5m, stats.GetProperty("sharePercent").GetDecimal());
        var gateA = stats.GetProperty("gates").EnumerateArray().Single(g => g.GetProperty("gateId").GetInt32() == a);
        Assert.Equal(12.5m, gateA.GetProperty("growthPercent").GetDecimal());
        var gateB = stats.GetProperty("gates").EnumerateArray().Single(g => g.GetProperty("gateId").GetInt32() == b);
        Assert.Equal(JsonValueKind.Null, gateB.GetProperty("growthPercent").ValueKind);
    }

    [Fact]
    public async Task Growth_against_a_period_without_figures_is_refused_clearly()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var gate = await CreateGateAsync(officer, "Empty comparison gate");
        await FigureAsync(officer, gate, 2011, 5_000_000m);

        var response = await officer.GetAsync("/api/border-gates/stats?from=2011-01-01&to=2011-12-31"
            + "&compareFrom=1995-01-01&compareTo=1996-12-31");
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("compareFrom")[0].GetString();
        Assert.Contains("1995-01-01", message);
        Assert.Contains("cannot be computed", message);

        var without = await (await officer.GetAsync("/api/border-gates/stats?from=2011-01-01&to=2011-12-31"))
            .JsonAsync();
        Assert.Equal(JsonValueKind.Null, without.GetProperty("growthPercent").ValueKind);
        Assert.Contains(without.GetProperty("warnings").EnumerateArray(),
            w => w.GetString()!.Contains("not recorded for every year"));
    }

    [Fact]
    public async Task Stats_name_the_bad_parameter()
    {
        using var officer = await app.OfficerAsync("VN-04");
        Assert.Contains("from", await (await officer.GetAsync("/api/border-gates/stats?to=2020-12-31"))
            .ProblemFieldsAsync());
        Assert.Contains("to", await (await officer.GetAsync("/api/border-gates/stats?from=2020-01-01&to=2019-01-01"))
            .ProblemFieldsAsync());
        Assert.Contains("compareTo",
            await (await officer.GetAsync("/api/border-gates/stats?from=2020-01-01&to=2020-12-31"
                + "&compareFrom=2019-01-01")).ProblemFieldsAsync());
        Assert.Contains("from", await (await officer.GetAsync("/api/border-gates/stats?from=yesterday&to=2020-12-31"))
            .ProblemFieldsAsync());
    }

    [Fact]
    public async Task Another_provinces_gate_is_not_found()
    {
        using var laiChau = await app.OfficerAsync("VN-01");
        using var caoBang = await app.OfficerAsync("VN-04");
        var id = await CreateGateAsync(laiChau, "Tenancy gate");
        await FigureAsync(laiChau, id, 2015, 1_000m);

        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/border-gates/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/border-gates/{id}/events")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/border-gates/{id}/figures")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await caoBang.PostJsonAsync($"/api/border-gates/{id}/figures",
                new { year = 2015, stateRevenueVnd = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await caoBang.PostJsonAsync($"/api/border-gates/{id}/events",
                new { kind = "Suspended", date = "2020-01-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.DeleteAsync($"/api/border-gates/{id}")).StatusCode);
        var list = await (await caoBang.GetAsync("/api/border-gates?search=tenancy")).JsonAsync();
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        var stats = await (await caoBang.GetAsync("/api/border-gates/stats?from=2015-01-01&to=2015-12-31")).JsonAsync();
        Assert.Equal(0m, stats.GetProperty("current").GetProperty("stateRevenueVnd").GetDecimal());
        Assert.Equal(HttpStatusCode.OK, (await laiChau.GetAsync($"/api/border-gates/{id}")).StatusCode);
    }

    [Fact]
    public async Task Legal_events_follow_the_gate_lifecycle()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var id = await CreateGateAsync(officer, "Lifecycle gate",
            routes: [new { kind = "CrossingRoute", name = "Lifecycle bridge", counterpartName = "对岸桥" }]);
        var routeId = (await (await officer.GetAsync($"/api/border-gates/{id}")).JsonAsync())
            .GetProperty("routes")[0].GetProperty("id").GetInt32();

        var premature = await officer.PostJsonAsync($"/api/border-gates/{id}/events",
            new { kind = "Reopened", date = "2019-01-01" });
        var problem = await premature.JsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("Opened", problem.GetProperty("detail").GetString());

        await (await officer.PostJsonAsync($"/api/border-gates/{id}/events", new
        {
            kind = "Opened", date = "2019-03-01", decisionNumber = "12/QĐ-TTg", decisionDate = "2019-02-20",
            authority = "Thủ tướng Chính phủ",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Contains("routeId",
            await (await officer.PostJsonAsync($"/api/border-gates/{id}/events",
                new { kind = "RouteAdded", date = "2020-01-01" })).ProblemFieldsAsync());
        await (await officer.PostJsonAsync($"/api/border-gates/{id}/events",
            new { kind = "RouteAdded", date = "2020-01-01", routeId })).JsonAsync(HttpStatusCode.Created);
        await (await officer.PostJsonAsync($"/api/border-gates/{id}/events",
            new { kind = "UpgradedToInternational", date = "2021-06-01" })).JsonAsync(HttpStatusCode.Created);
        await (await officer.PostJsonAsync($"/api/border-gates/{id}/events",
            new { kind = "Suspended", date = "2022-01-10" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Conflict,
            (await officer.PostJsonAsync($"/api/border-gates/{id}/events",
                new { kind = "Suspended", date = "2022-02-10" })).StatusCode);
        await (await officer.PostJsonAsync($"/api/border-gates/{id}/events",
            new { kind = "Reopened", date = "2022-03-10" })).JsonAsync(HttpStatusCode.Created);

        var page = await (await officer.GetAsync($"/api/border-gates/{id}/events")).JsonAsync();
        Assert.Equal(5, page.GetProperty("total").GetInt32());
        var events = page.GetProperty("items");
        Assert.Equal(["Opened", "RouteAdded", "UpgradedToInternational", "Suspended", "Reopened"],
            events.EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToArray());
        Assert.Equal("Lifecycle bridge", events[1].GetProperty("routeName").GetString());
        Assert.Equal("12/QĐ-TTg", events[0].GetProperty("decisionNumber").GetString());
        var gate = await (await officer.GetAsync($"/api/border-gates/{id}")).JsonAsync();
        Assert.Equal("International", gate.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_gate_keeps_its_decisions_as_documents_and_is_not_deleted_while_it_has_figures()
    {
        using var officer = await app.OfficerAsync("VN-04");
        using var laiChau = await app.OfficerAsync("VN-01");
        var id = await CreateGateAsync(officer, "Documents gate");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("%PDF-1.4 decision"u8.ToArray()), "file", "quyet-dinh-mo-cua-khau.pdf");
        form.Add(new StringContent("ApprovalDecision"), "kind");
        var doc = await (await officer.PostAsync($"/api/border-gates/{id}/documents", form))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("quyet-dinh-mo-cua-khau.pdf", doc.GetProperty("fileName").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await laiChau.GetAsync($"/api/border-gates/{id}/documents")).StatusCode);

        await FigureAsync(officer, id, 2013, 1m);
        var refused = await officer.DeleteAsync($"/api/border-gates/{id}");
        Assert.Contains("Remove them first", (await refused.JsonAsync(HttpStatusCode.Conflict)).GetProperty("detail")
            .GetString());
        var figure = (await (await officer.GetAsync($"/api/border-gates/{id}/figures")).JsonAsync())
            .GetProperty("items")[0].GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent,
            (await officer.DeleteAsync($"/api/border-gates/{id}/figures/{figure}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync($"/api/border-gates/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/border-gates/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_year_is_entered_either_whole_or_by_month()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var id = await CreateGateAsync(officer, "Overlap gate");
        await FigureAsync(officer, id, 2012, 100m);
        Assert.Contains("month",
            await (await officer.PostJsonAsync($"/api/border-gates/{id}/figures",
                new { year = 2012, month = 3, stateRevenueVnd = 5 })).ProblemFieldsAsync());
        var fields = await (await officer.PostJsonAsync($"/api/border-gates/{id}/figures",
            new { year = 1800, month = 13, stateRevenueVnd = -5, passengers = -1 })).ProblemFieldsAsync();
        Assert.Equal(["month", "passengers", "stateRevenueVnd", "year"], fields.Order().ToArray());

        // The same period again replaces the figure instead of adding one, when it names the version it replaces
        // (issue 17, point 11): without it a 400, with an older one a 409.
        var before = (await (await officer.GetAsync($"/api/border-gates/{id}/figures")).JsonAsync())
            .GetProperty("items")[0].GetProperty("version").GetInt32();
        Assert.Equal(["version"], await (await officer.PostJsonAsync($"/api/border-gates/{id}/figures",
            new { year = 2012, stateRevenueVnd = 250 })).ProblemFieldsAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostJsonAsync($"/api/border-gates/{id}/figures",
            new { year = 2012, stateRevenueVnd = 250, version = before - 1 })).StatusCode);
        var again = await officer.PostJsonAsync($"/api/border-gates/{id}/figures",
            new { year = 2012, stateRevenueVnd = 250, version = before });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var page = await (await officer.GetAsync($"/api/border-gates/{id}/figures")).JsonAsync();
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(250m, page.GetProperty("items")[0].GetProperty("stateRevenueVnd").GetDecimal());

        // The form opened from the list carries the figure and the version it replaces.
        var form = await (await officer.GetAsync($"/border-gates/{id}/figures/new?year=2012")).Content
            .ReadAsStringAsync();
        var version = page.GetProperty("items")[0].GetProperty("version").GetInt32();
        Assert.Contains($"name=\"Input.Version\" value=\"{version}\"", form);
        Assert.Contains("value=\"250", form);
    }

    [Fact]
    public async Task Lists_filter_page_and_refuse_bad_input()
    {
        using var officer = await app.OfficerAsync("VN-04");
        for (var i = 1; i <= 3; i++)
        {
            await CreateGateAsync(officer, $"Paging cửa khẩu {i}");
        }

        var page = await (await officer.GetAsync("/api/border-gates?search=paging cua khau&pageSize=2&sort=-name"))
            .JsonAsync();
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal("Paging cửa khẩu 3", page.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.Contains("type", await (await officer.GetAsync("/api/border-gates?type=Harbour")).ProblemFieldsAsync());
        Assert.Contains("sort", await (await officer.GetAsync("/api/border-gates?sort=shoe")).ProblemFieldsAsync());
        var fields = await (await officer.PostJsonAsync("/api/border-gates",
            new { name = "", country = "XX", type = "Main", latitude = 95 })).ProblemFieldsAsync();
        Assert.Equal(["counterpartLatin", "country", "latitude", "name"], fields.Order().ToArray());

        using var viewer = await app.ViewerAsync("VN-04");
        Assert.Equal(HttpStatusCode.Forbidden,
            (await viewer.PostJsonAsync("/api/border-gates", new { name = "Viewer gate" })).StatusCode);
    }

    [Fact]
    public async Task The_geojson_holds_gates_and_partners_with_coordinates()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var gate = await CreateGateAsync(officer, "Map gate", 22.4856, 106.5786);
        await CreateGateAsync(officer, "Unplaced gate");
        var partner = (await (await officer.PostJsonAsync("/api/partners",
            new
            {
                kind = "ForeignLocality", country = "CN", nameLatin = "Map county", latitude = 22.34,
                longitude = 106.85
            }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var response = await officer.GetAsync("/api/map/features.geojson");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var geo = await response.JsonAsync();
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        var features = geo.GetProperty("features").EnumerateArray().ToList();
        var g = features.Single(f => f.GetProperty("id").GetString() == $"borderGate/{gate}");
        Assert.Equal([106.5786, 22.4856], g.GetProperty("geometry").GetProperty("coordinates").EnumerateArray()
            .Select(c => c.GetDouble()).ToArray());
        Assert.Equal("Map gate", g.GetProperty("properties").GetProperty("name").GetString());
        Assert.Contains(features, f => f.GetProperty("id").GetString() == $"partner/{partner}");
        Assert.DoesNotContain(features, f => f.GetProperty("properties").GetProperty("name")
            .GetString() == "Unplaced gate");

        var onlyGates = await (await officer.GetAsync("/api/map/features.geojson?layers=borderGate")).JsonAsync();
        Assert.All(onlyGates.GetProperty("features").EnumerateArray(),
            f => Assert.Equal("borderGate", f.GetProperty("properties").GetProperty("layer").GetString()));
        Assert.Contains("layers", await (await officer.GetAsync("/api/map/features.geojson?layers=volcanoes"))
            .ProblemFieldsAsync());

        using var laiChau = await app.OfficerAsync("VN-01");
        var other = await (await laiChau.GetAsync("/api/map/features.geojson")).JsonAsync();
        Assert.DoesNotContain(other.GetProperty("features").EnumerateArray(), f => f.GetProperty("id")
            .GetString() == $"borderGate/{gate}");
    }
}
