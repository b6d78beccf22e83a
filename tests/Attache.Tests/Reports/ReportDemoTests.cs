using System.Text.Json;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Reports;

/// <summary>Issue 6's demo check: the period report computed from the demo records reproduces the articles.</summary>
[Collection(DemoCollection.Name)]
public sealed class ReportDemoTests(DemoFactory app)
{
    private async Task<JsonElement> SummaryAsync(string province, string query)
    {
        using var leader = await app.LeaderAsync(province);
        return await (await leader.GetAsync($"/api/reports/summary?province={province}&{query}")).JsonAsync();
    }

    [Fact]
    public async Task Cao_Bang_2020_2025_against_2016_2019()
    {
        var s = await SummaryAsync("VN-04",
            "from=2020-01-01&to=2025-12-31&compareFrom=2016-01-01&compareTo=2019-12-31");
        Assert.Equal(120, s.GetProperty("delegations").GetProperty("outbound").GetProperty("count").GetInt32());
        Assert.Equal(190, s.GetProperty("delegations").GetProperty("inbound").GetProperty("count").GetInt32());
        Assert.Equal(69, s.GetProperty("agreements").GetProperty("signed").GetInt32());
        var borders = s.GetProperty("borders");
        Assert.Equal(6_900_000_000_000, borders.GetProperty("stateRevenueVnd").GetInt64());
        Assert.Equal(249.0m, borders.GetProperty("growthPercent").GetDecimal());
        Assert.Equal(46.0m, borders.GetProperty("shareOfProvinceRevenuePercent").GetDecimal());

        // The groups the articles speak of; byKind has the same figures per AidKind.
        var aid = s.GetProperty("aid").GetProperty("byGroup").EnumerateArray()
            .ToDictionary(k => k.GetProperty("kind").GetString()!);
        var oda = aid["Oda"];
        Assert.Equal(9, oda.GetProperty("projects").GetInt32());
        Assert.Equal(7, oda.GetProperty("completedProjects").GetInt32());
        Assert.Equal(1_576_566_000_000, oda.GetProperty("committedVnd").GetInt64());
        Assert.Equal(1_451_355_000_000, oda.GetProperty("completedCommittedVnd").GetInt64());
        var ngo = aid["NonRefundable"];
        Assert.Equal(41, ngo.GetProperty("donors").GetInt32());
        var usd = Assert.Single(ngo.GetProperty("committed").EnumerateArray());
        Assert.Equal("USD", usd.GetProperty("currency").GetString());
        Assert.Equal("52000000", usd.GetProperty("amount").GetString());
        var kinds = s.GetProperty("aid").GetProperty("byKind").EnumerateArray().ToList();
        Assert.All(kinds, k => Assert.True(Enum.IsDefined(Enum.Parse<Attache.Aid.AidKind>(k.GetProperty("kind")
            .GetString()!))));
        Assert.Equal(9, kinds.Where(k => k.GetProperty("kind").GetString() != "NonRefundableAid")
            .Sum(k => k.GetProperty("projects").GetInt32()));

        Assert.Equal(10, s.GetProperty("twinnings").GetProperty("active").GetInt32());
        Assert.DoesNotContain(s.GetProperty("warnings").EnumerateArray(), w =>
            w.GetString()!.Contains("no data source", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lai_Chau_2020_2025()
    {
        var s = await SummaryAsync("VN-01", "from=2020-01-01&to=2025-12-31");
        var inbound = s.GetProperty("delegations").GetProperty("inbound");
        Assert.Equal(536, inbound.GetProperty("count").GetInt32());
        Assert.Equal(3_696, inbound.GetProperty("foreignVisitors").GetInt32());
        var agreements = s.GetProperty("agreements");
        Assert.Equal(5, agreements.GetProperty("signed").GetInt32());
        var korea = Assert.Single(agreements.GetProperty("byCountry").EnumerateArray());
        Assert.Equal("KR", korea.GetProperty("key").GetString());
        Assert.Equal(5, korea.GetProperty("count").GetInt32());

        var aid = Assert.Single(s.GetProperty("aid").GetProperty("byKind").EnumerateArray());
        Assert.Equal("NonRefundableAid", aid.GetProperty("kind").GetString());
        Assert.Equal(226_000_000_000, aid.GetProperty("committedVnd").GetInt64());

        var events = s.GetProperty("events");
        Assert.Equal(5, events.GetProperty("pressDelegations").GetInt32());
        var kinds = events.GetProperty("byKind").EnumerateArray().ToDictionary(k => k.GetProperty("kind").GetString()!);
        Assert.Equal(31, kinds["PeopleToPeopleExchange"].GetProperty("count").GetInt32());
        Assert.True(kinds["Seminar"].GetProperty("participants").GetInt32() > 200);
        Assert.Equal(6, s.GetProperty("twinnings").GetProperty("active").GetInt32());
    }
}
