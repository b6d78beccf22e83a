using System.Net;
using System.Text.Json;
using Attache.Tests.Infrastructure;
using static Attache.Tests.Delegations.DelegationBuilder;

namespace Attache.Tests.Delegations;

/// <summary>The figures of the period report against a small data set counted by hand.</summary>
public sealed class DelegationStatsTests(AttacheFactory app) : IClassFixture<AttacheFactory>, IAsyncLifetime
{
    // xunit makes a class instance per test; the data set is made once per database.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AttacheFactory, Task> Seeded = [];

    public async ValueTask InitializeAsync()
    {
        Task seeding;
        lock (Seeded)
        {
            seeding = Seeded.GetValue(app, _ => SeedAsync());
        }

        await seeding;
    }

    private async Task SeedAsync()
    {
        using var caoBang = await app.OfficerAsync("VN-04");
        using var leader = await app.LeaderAsync("VN-04");
        // Counted only once they have taken place (issue 9); the proposed one in the period is a trap.
        await Delegation().Inbound().From("CN").On(new(2031, 3, 10), new(2031, 3, 12)).People(5, 5)
            .CreateHeldAsync(leader);
        await Delegation().Inbound().From("CN", "LA").On(new(2031, 7, 1), new(2031, 7, 4)).People(8, 6)
            .CreateHeldAsync(leader, "UnderWay");
        await Delegation().Outbound().To("KR").On(new(2032, 2, 1), new(2032, 2, 6)).People(4).CreateHeldAsync(leader);
        var withList = await Delegation().Outbound().To("CN").On(new(2031, 9, 20), new(2031, 9, 22)).People(0)
            .CreateAsync(caoBang);
        foreach (var name in new[] { "Nông Văn Dũng", "Hoàng Thị Mai" })
        {
            await (await caoBang.PostJsonAsync($"/api/delegations/{withList}/members",
                new { name, nationality = "VN" })).JsonAsync(HttpStatusCode.Created);
        }

        await leader.HoldAsync(withList);
        await Delegation().Inbound().From("CN").On(new(2031, 6, 1), new(2031, 6, 2)).People(9, 9).CreateAsync(caoBang);
        var cancelled = await Delegation().Inbound().From("CN").On(new(2031, 5, 5), new(2031, 5, 6)).People(3, 3)
            .CreateAsync(caoBang);
        await (await leader.MoveAsync(cancelled, DelegationSteps.Cancellation)).JsonAsync();
        await Delegation().Inbound().From("JP").On(new(2033, 1, 2), new(2033, 1, 4)).People(7, 7)
            .CreateHeldAsync(leader);

        using var laiChau = await app.LeaderAsync("VN-01");
        await Delegation().Inbound().From("CN").On(new(2031, 4, 2), new(2031, 4, 3)).People(10, 10)
            .CreateHeldAsync(laiChau);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string Line(JsonElement e) => string.Join(' ', e.EnumerateObject().Select(p =>
        $"{p.Name}={p.Value}"));

    [Fact]
    public async Task A_province_sees_its_figures_by_direction_year_and_country()
    {
        using var viewer = await app.ViewerAsync("VN-04");
        var stats = await (await viewer.GetAsync("/api/delegations/stats?from=2031-01-01&to=2032-12-31")).JsonAsync();
        var province = Assert.Single(stats.GetProperty("provinces").EnumerateArray());
        Assert.Equal("VN-04", province.GetProperty("province").GetString());

        Assert.Equal(
            ["direction=Inbound delegations=2 members=13 foreignVisitors=11",
                "direction=Outbound delegations=2 members=6 foreignVisitors=0"],
            province.GetProperty("byDirection").EnumerateArray().Select(Line));
        Assert.Equal(
            [
                "year=2031 direction=Inbound delegations=2 members=13 foreignVisitors=11",
                "year=2031 direction=Outbound delegations=1 members=2 foreignVisitors=0",
                "year=2032 direction=Outbound delegations=1 members=4 foreignVisitors=0",
            ],
            province.GetProperty("byYear").EnumerateArray().Select(Line));
        Assert.Equal(
            [
                "country=CN direction=Inbound delegations=2 members=13 foreignVisitors=11",
                "country=CN direction=Outbound delegations=1 members=2 foreignVisitors=0",
                "country=KR direction=Outbound delegations=1 members=4 foreignVisitors=0",
                "country=LA direction=Inbound delegations=1 members=8 foreignVisitors=6",
            ],
            province.GetProperty("byCountry").EnumerateArray().Select(Line));
    }

    [Fact]
    public async Task The_period_bounds_count_by_start_date()
    {
        using var viewer = await app.ViewerAsync("VN-04");
        var stats = await (await viewer.GetAsync("/api/delegations/stats?from=2031-07-01&to=2033-01-02")).JsonAsync();
        var byDirection = stats.GetProperty("provinces")[0].GetProperty("byDirection").EnumerateArray().Select(Line);
        Assert.Equal(
            ["direction=Inbound delegations=2 members=15 foreignVisitors=13",
                "direction=Outbound delegations=2 members=6 foreignVisitors=0"],
            byDirection);
        Assert.Contains("to", await (await viewer.GetAsync("/api/delegations/stats?from=2032-01-01&to=2031-01-01"))
            .ProblemFieldsAsync());
        Assert.Contains("from", await (await viewer.GetAsync("/api/delegations/stats?from=last-year"))
            .ProblemFieldsAsync());
    }

    [Fact]
    public async Task A_national_viewer_gets_the_figures_per_province()
    {
        using var national = await app.NationalAsync();
        var stats = await (await national.GetAsync("/api/delegations/stats?from=2031-01-01&to=2032-12-31")).JsonAsync();
        var provinces = stats.GetProperty("provinces").EnumerateArray().ToList();
        Assert.Equal(["VN-01", "VN-04"], provinces.Select(p => p.GetProperty("province").GetString()));
        Assert.Equal(["direction=Inbound delegations=1 members=10 foreignVisitors=10"],
            provinces[0].GetProperty("byDirection").EnumerateArray().Select(Line));
        Assert.Equal(2, provinces[1].GetProperty("byDirection").GetArrayLength());

        var one = await (await national.GetAsync("/api/delegations/stats?from=2031-01-01&to=2032-12-31&province=VN-01"))
            .JsonAsync();
        Assert.Equal("VN-01", Assert.Single(one.GetProperty("provinces").EnumerateArray()).GetProperty("province")
            .GetString());
    }
}
