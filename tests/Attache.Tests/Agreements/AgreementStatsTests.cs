using System.Text.Json;
using Attache.Tests.Infrastructure;
using static Attache.Tests.Agreements.AgreementBuild;

namespace Attache.Tests.Agreements;

/// <summary>The stats endpoint against a small data set whose figures are counted by hand below.</summary>
public sealed class AgreementStatsTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task Counts_agreements_signed_in_the_period_by_kind_field_and_country()
    {
        using var officer = await app.OfficerAsync("VN-04");
        using var leader = await app.LeaderAsync("VN-04");
        var chongzuo = await PartnerAsync(officer, "CN", "Stats Chongzuo");
        var daxin = await PartnerAsync(officer, "CN", "Stats Daxin");
        var vientiane = await PartnerAsync(officer, "LA", "Stats Vientiane");
        var seoul = await PartnerAsync(officer, "KR", "Stats Seoul");
        // In 2024–2025: A1 (two Chinese partners: one agreement with China), A2 (on the last day), A3 (Laos and Korea).
        await InForceAsync(officer, leader, [chongzuo, daxin], ["tourism", "border-management"], "Agreement",
            "2024-03-10");
        await InForceAsync(officer, leader, [daxin], ["trade"], "MemorandumOfUnderstanding", "2024-12-31");
        await InForceAsync(officer, leader, [vientiane, seoul], ["education", "tourism"], "MemorandumOfUnderstanding",
            "2025-01-15");
        // Outside: signed the day before the period, and one never signed.
        await InForceAsync(officer, leader, [chongzuo], ["border-management"], "MinutesOfTalks", "2023-12-31");
        await CreateAsync(officer, Body([seoul], ["health"]));

        using var laiChau = await app.OfficerAsync("VN-01");
        using var laiChauLeader = await app.LeaderAsync("VN-01");
        var mungyeong = await PartnerAsync(laiChau, "KR", "Stats Mungyeong");
        await InForceAsync(laiChau, laiChauLeader, [mungyeong], ["labour-employment"], "Agreement", "2024-06-01");

        var stats = await (await officer.GetAsync("/api/agreements/stats?from=2024-01-01&to=2025-12-31")).JsonAsync();
        var caoBang = Assert.Single(stats.GetProperty("provinces").EnumerateArray());
        Assert.Equal("VN-04", caoBang.GetProperty("province").GetString());
        Assert.Equal(3, caoBang.GetProperty("total").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["MemorandumOfUnderstanding"] = 2, ["Agreement"] = 1 },
            Counts(caoBang, "byKind", "kind"));
        Assert.Equal(new Dictionary<string, int>
        {
            ["tourism"] = 2, ["education"] = 1, ["trade"] = 1,
            ["border-management"] = 1
        },
            Counts(caoBang, "byField", "field"));
        Assert.Equal(new Dictionary<string, int> { ["CN"] = 2, ["KR"] = 1, ["LA"] = 1 },
            Counts(caoBang, "byCountry", "country"));
        Assert.Equal("Du lịch", caoBang.GetProperty("byField")[0].GetProperty("nameVi").GetString());

        var year2024 = await (await officer.GetAsync("/api/agreements/stats?from=2024-01-01&to=2024-12-31"))
            .JsonAsync();
        Assert.Equal(2, year2024.GetProperty("provinces")[0].GetProperty("total").GetInt32());

        using var national = await app.NationalAsync();
        var all = await (await national.GetAsync("/api/agreements/stats?from=2024-01-01&to=2025-12-31")).JsonAsync();
        Assert.Equal(new Dictionary<string, int> { ["VN-01"] = 1, ["VN-04"] = 3 },
            all.GetProperty("provinces").EnumerateArray()
                .ToDictionary(p => p.GetProperty("province").GetString()!, p => p.GetProperty("total").GetInt32()));
        var one = await (await national.GetAsync("/api/agreements/stats?from=2024-01-01&to=2025-12-31&province=VN-01"))
            .JsonAsync();
        Assert.Equal(new Dictionary<string, int> { ["KR"] = 1 },
            Counts(Assert.Single(one.GetProperty("provinces").EnumerateArray()), "byCountry", "country"));
    }

    private static Dictionary<string, int> Counts(JsonElement province, string list, string key) =>
        province.GetProperty(list).EnumerateArray().ToDictionary(e => e.GetProperty(key).GetString()!,
            e => e.GetProperty("count").GetInt32());
}
