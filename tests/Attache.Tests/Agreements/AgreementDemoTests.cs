using System.Text.Json;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Agreements;

/// <summary>The agreement figures of FACTS.md, computed from the demo records.</summary>
[Collection(DemoCollection.Name)]
public sealed class AgreementDemoTests(DemoFactory app)
{
    private const string Period = "from=2020-01-01&to=2025-12-31";

    [Fact]
    public async Task Lai_Chau_has_five_agreements_all_with_Korean_localities()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var stats = await (await officer.GetAsync($"/api/agreements/stats?{Period}")).JsonAsync();
        var laiChau = Assert.Single(stats.GetProperty("provinces").EnumerateArray());
        Assert.Equal(5, laiChau.GetProperty("total").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["KR"] = 5 }, Counts(laiChau, "byCountry", "country"));
        Assert.Subset(new HashSet<string> { "high-tech-agriculture", "tourism", "education", "labour-employment" },
            Counts(laiChau, "byField", "field").Keys.ToHashSet());

        var list = await (await officer.GetAsync("/api/agreements?pageSize=50")).JsonAsync();
        Assert.Equal(5, list.GetProperty("total").GetInt32());
        var partners = list.GetProperty("items").EnumerateArray()
            .Select(a => Assert.Single(a.GetProperty("partners").EnumerateArray()).GetProperty("nameLatin").GetString())
            .GroupBy(n => n).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(new Dictionary<string, int>
        {
            ["Mungyeong City"] = 2, ["Tongyeong City"] = 1,
            ["Geumsan County"] = 1, ["Boseong County"] = 1
        }, partners);
        Assert.All(list.GetProperty("items").EnumerateArray(), a =>
        {
            var year = DateOnly.Parse(a.GetProperty("signedOn").GetString()!,
                System.Globalization.CultureInfo.InvariantCulture).Year;
            Assert.InRange(year, 2020, 2025);
        });
    }

    [Fact]
    public async Task Cao_Bang_signed_69_agreements_most_with_Guangxi()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var stats = await (await officer.GetAsync($"/api/agreements/stats?{Period}")).JsonAsync();
        var caoBang = Assert.Single(stats.GetProperty("provinces").EnumerateArray());
        Assert.Equal(69, caoBang.GetProperty("total").GetInt32());
        var countries = Counts(caoBang, "byCountry", "country");
        Assert.True(countries["CN"] > 69 / 2, $"China: {countries["CN"]}");
        Assert.True(Counts(caoBang, "byKind", "kind").Count >= 5);
        Assert.True(Counts(caoBang, "byField", "field").Count >= 8);

        var list = await (await officer.GetAsync("/api/agreements?pageSize=1")).JsonAsync();
        Assert.Equal(69, list.GetProperty("total").GetInt32());
        var guangxiFamily = 0;
        foreach (var key in new[] { "Guangxi", "Chongzuo", "Baise", "Longzhou", "Daxin", "Jingxi", "Napo", "Ningming",
            "Pingxiang" })
        {
            var partner = (await (await officer.GetAsync($"/api/partners?search={key}&pageSize=200")).JsonAsync())
                .GetProperty("items").EnumerateArray()
                .First(p => p.GetProperty("kind").GetString() == "ForeignLocality");
            guangxiFamily +=
                (await
                (await officer.GetAsync($"/api/agreements?partnerId={partner.GetProperty("id").GetInt32()}&pageSize=1"))
                .JsonAsync())
                .GetProperty("total").GetInt32();
        }

        Assert.True(guangxiFamily > 69 / 2, $"Guangxi and its localities: {guangxiFamily}");
        Assert.True((await (await officer.GetAsync("/api/agreements?status=Expired&pageSize=1")).JsonAsync())
            .GetProperty("total").GetInt32() > 5);
    }

    [Fact]
    public async Task The_Ban_Gioc_Detian_agreement_is_on_record_with_its_milestones()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var found = await (await officer.GetAsync("/api/agreements?search=b%E1%BA%A3n gi%E1%BB%91c")).JsonAsync();
        var row = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(["Chongzuo City", "Daxin County"],
            row.GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("nameLatin").GetString()).Order());
        var id = row.GetProperty("id").GetInt32();
        var dto = await (await officer.GetAsync($"/api/agreements/{id}")).JsonAsync();
        Assert.Contains("德天", dto.GetProperty("titleNative").GetString());
        Assert.Equal("InForce", dto.GetProperty("status").GetString());
        Assert.Equal("2023-09-15", dto.GetProperty("effectiveOn").GetString());
        Assert.Equal(3, dto.GetProperty("consultations").GetArrayLength());
        var activities = await (await officer.GetAsync($"/api/agreements/{id}/activities")).JsonAsync();
        Assert.Contains(activities.GetProperty("items").EnumerateArray(),
            a => a.GetProperty("date").GetString() == "2024-10-15");
        Assert.Contains(activities.GetProperty("items").EnumerateArray(),
            a => a.GetProperty("date").GetString() == "2023-09-15");
    }

    [Fact]
    public async Task Two_Cao_Bang_agreements_expire_within_90_days_of_15_November_2025()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var expiring = await (await officer.GetAsync("/api/agreements/reminders/expiring?asOf=2025-11-15")).JsonAsync();
        Assert.Equal(2, expiring.GetProperty("total").GetInt32());
        Assert.All(expiring.GetProperty("items").EnumerateArray(),
            r => Assert.StartsWith("2025-12", r.GetProperty("expiresOn").GetString()));
        var consulted = 0;
        var list = await (await officer.GetAsync("/api/agreements?pageSize=100")).JsonAsync();
        foreach (var a in list.GetProperty("items").EnumerateArray())
        {
            consulted +=
                (await (await officer.GetAsync($"/api/agreements/{a.GetProperty("id").GetInt32()}/consultations"))
                .JsonAsync()).GetProperty("total").GetInt32() > 0 ? 1 : 0;
        }

        Assert.InRange(consulted, 3, 10);
    }

    [Fact]
    public async Task A_national_viewer_sees_the_figures_per_province()
    {
        using var national = await app.NationalAsync();
        var stats = await (await national.GetAsync($"/api/agreements/stats?{Period}")).JsonAsync();
        Assert.Equal(new Dictionary<string, int> { ["VN-01"] = 5, ["VN-04"] = 69 },
            stats.GetProperty("provinces").EnumerateArray()
                .ToDictionary(p => p.GetProperty("province").GetString()!, p => p.GetProperty("total").GetInt32()));
    }

    private static Dictionary<string, int> Counts(JsonElement province, string list, string key) =>
        province.GetProperty(list).EnumerateArray().ToDictionary(e => e.GetProperty(key).GetString()!,
            e => e.GetProperty("count").GetInt32());
}
