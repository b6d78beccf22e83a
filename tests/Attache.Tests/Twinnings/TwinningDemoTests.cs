using Attache.Tests.Infrastructure;

namespace Attache.Tests.Twinnings;

[Collection(DemoCollection.Name)]
public sealed class TwinningDemoTests(DemoFactory app)
{
    [Theory]
    [InlineData("VN-01", 6)]
    [InlineData("VN-04", 10)]
    public async Task The_demo_province_has_its_twinning_pairs(string province, int pairs)
    {
        using var viewer = await app.ViewerAsync(province);
        var stats = await (await viewer.GetAsync("/api/twinnings/stats")).JsonAsync();
        Assert.Equal(pairs, stats.GetProperty("total").GetInt32());
        Assert.Equal(pairs, stats.GetProperty("active").GetInt32());
        var list = await (await viewer.GetAsync("/api/twinnings?pageSize=50")).JsonAsync();
        Assert.All(list.GetProperty("items").EnumerateArray(),
            t => Assert.Equal("CN", t.GetProperty("partnerCountry").GetString()));
    }

    [Fact]
    public async Task Cao_Bang_pairs_include_former_districts_communes_and_a_village()
    {
        using var viewer = await app.ViewerAsync("VN-04");
        foreach (var (kind, count) in new[] { ("FormerDistrict", 5), ("Commune", 4), ("Village", 1) })
        {
            var list = await (await viewer.GetAsync($"/api/twinnings?localityKind={kind}")).JsonAsync();
            Assert.Equal(count, list.GetProperty("total").GetInt32());
        }
    }
}
