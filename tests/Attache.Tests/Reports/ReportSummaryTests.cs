using System.Net;
using System.Text.Json;
using Attache.Tests.Borders;
using Attache.Tests.Infrastructure;
using static Attache.Tests.Delegations.DelegationBuilder;

namespace Attache.Tests.Reports;

/// <summary>The summary against figures counted by hand on a small data set entered through the API.</summary>
public sealed class ReportSummaryTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task The_summary_adds_up_the_records_of_the_period_and_compares_them()
    {
        using var officer = await app.OfficerAsync("VN-04");

        // Delegations that took place: two received and one sent in 2020–2022, one received in 2019 (the comparison).
        using var leader = await app.LeaderAsync("VN-04");
        await Delegation().Inbound().From("CN").On(new(2021, 3, 1), new(2021, 3, 2)).People(10, 8)
            .CreateHeldAsync(leader);
        await Delegation().Inbound().From("LA").On(new(2022, 5, 1), new(2022, 5, 3)).People(4, 4)
            .CreateHeldAsync(leader);
        await Delegation().Outbound().To("CN").On(new(2022, 6, 1), new(2022, 6, 4)).People(6).CreateHeldAsync(leader);
        await Delegation().Inbound().From("CN").On(new(2019, 9, 1), new(2019, 9, 2)).People(3, 3)
            .CreateHeldAsync(leader);

        // Border revenue: 2019 1.0 bn; 2021 1.5 bn + 2022 1.0 bn = 2.5 bn → growth 150.0 %; province total 10 bn →
        // share 25.0 %.
        var gate = await BorderGateApiTests.CreateGateAsync(officer, "Hand-count gate");
        foreach (var (year, revenue) in new[] { (2019, 1_000_000_000m), (2021, 1_500_000_000m),
            (2022, 1_000_000_000m) })
        {
            var figure = await officer.PostJsonAsync($"/api/border-gates/{gate}/figures",
                new { year, stateRevenueVnd = revenue, importTurnoverUsd = 1000m });
            Assert.True(figure.IsSuccessStatusCode, await figure.Content.ReadAsStringAsync());
        }

        foreach (var (year, total) in new[] { (2020, 2_000_000_000m), (2021, 3_000_000_000m), (2022, 5_000_000_000m) })
        {
            await (await officer.PutJsonAsync("/api/province-revenue", new { year, stateRevenueVnd = total }))
                .JsonAsync();
        }

        // Events: an exchange and a seminar in the period, one exchange before it.
        foreach (var (kind, on, total, foreign) in new[] { ("PeopleToPeopleExchange", "2021-08-01", 100, 40),
            ("Seminar", "2022-10-01", 50, 10), ("PeopleToPeopleExchange", "2019-08-01", 70, 30) })
        {
            await (await officer.PostJsonAsync("/api/events",
                new
                {
                    kind, title = $"{kind} {on}", startsOn = on, participantsTotal = total,
                    participantsForeign = foreign
                }))
                .JsonAsync(HttpStatusCode.Created);
        }

        // A twinning signed in 2021.
        var county = await (await officer.PostJsonAsync("/api/partners",
            new { kind = "ForeignLocality", country = "CN", nameLatin = "Hand-count county" }))
                .JsonAsync(HttpStatusCode.Created);
        await (await officer.PostJsonAsync("/api/twinnings",
            new
            {
                localityName = "Xã Đàm Thủy", localityKind = "Commune", partnerId = county.GetProperty("id")
                .GetInt32(), signedOn = "2021-04-10"
            }))
            .JsonAsync(HttpStatusCode.Created);

        var s = await (await officer.GetAsync(
            "/api/reports/summary?from=2020-01-01&to=2022-12-31&compareFrom=2019-01-01&compareTo=2019-12-31"))
            .JsonAsync();

        var delegations = s.GetProperty("delegations");
        Assert.Equal(2, delegations.GetProperty("inbound").GetProperty("count").GetInt32());
        Assert.Equal(12, delegations.GetProperty("inbound").GetProperty("foreignVisitors").GetInt32());
        Assert.Equal(1, delegations.GetProperty("outbound").GetProperty("count").GetInt32());
        Assert.Equal(6, delegations.GetProperty("outbound").GetProperty("members").GetInt32());
        var byCountry = delegations.GetProperty("byCountry").EnumerateArray()
            .ToDictionary(c => c.GetProperty("country").GetString()!);
        Assert.Equal((1, 1), (byCountry["CN"].GetProperty("inbound").GetInt32(), byCountry["CN"].GetProperty("outbound")
            .GetInt32()));
        Assert.Equal((1, 0), (byCountry["LA"].GetProperty("inbound").GetInt32(), byCountry["LA"].GetProperty("outbound")
            .GetInt32()));
        Assert.Equal(1, s.GetProperty("previous").GetProperty("delegations").GetProperty("inbound").GetProperty("count")
            .GetInt32());

        var borders = s.GetProperty("borders");
        Assert.Equal("2500000000", borders.GetProperty("stateRevenueVnd").GetRawText());
        Assert.Equal(1_000_000_000, borders.GetProperty("previousStateRevenueVnd").GetInt64());
        Assert.Equal(150.0m, borders.GetProperty("growthPercent").GetDecimal());
        Assert.Equal(25.0m, borders.GetProperty("shareOfProvinceRevenuePercent").GetDecimal());
        Assert.Equal("2000", borders.GetProperty("turnoverUsd").GetString());

        var events = s.GetProperty("events").GetProperty("byKind").EnumerateArray()
            .ToDictionary(k => k.GetProperty("kind").GetString()!);
        Assert.Equal((1, 100, 40), (events["PeopleToPeopleExchange"].GetProperty("count").GetInt32(),
            events["PeopleToPeopleExchange"].GetProperty("participants").GetInt32(),
                events["PeopleToPeopleExchange"].GetProperty("foreignParticipants").GetInt32()));
        Assert.Equal(50, events["Seminar"].GetProperty("participants").GetInt32());

        Assert.Equal(1, s.GetProperty("twinnings").GetProperty("active").GetInt32());
        Assert.Equal(1, s.GetProperty("twinnings").GetProperty("signedInPeriod").GetInt32());
        Assert.Equal(0, s.GetProperty("previous").GetProperty("twinnings").GetProperty("signedInPeriod").GetInt32());
    }

    [Fact]
    public async Task A_comparison_period_without_border_figures_is_a_warning_not_a_growth()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var gate = await BorderGateApiTests.CreateGateAsync(officer, "Warning gate");
        await (await officer.PostJsonAsync($"/api/border-gates/{gate}/figures",
            new { year = 2024, stateRevenueVnd = 5_000_000m })).JsonAsync(HttpStatusCode.Created);

        var s = await (await officer.GetAsync(
            "/api/reports/summary?from=2024-01-01&to=2024-12-31&compareFrom=2010-01-01&compareTo=2010-12-31"))
            .JsonAsync();
        Assert.Equal(JsonValueKind.Null, s.GetProperty("borders").GetProperty("growthPercent").ValueKind);
        var warnings = s.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).ToList();
        Assert.Contains(warnings, w => w!.Contains("comparison period", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w!.Contains("total state revenue", StringComparison.Ordinal));
    }
}
