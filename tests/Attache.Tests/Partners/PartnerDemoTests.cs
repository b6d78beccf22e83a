using Attache.Tests.Infrastructure;

namespace Attache.Tests.Partners;

[Collection(DemoCollection.Name)]
public sealed class PartnerDemoTests(DemoFactory app)
{
    [Fact]
    public async Task Lai_Chau_has_the_korean_localities_under_their_provinces_and_yunnan()
    {
        using var officer = await app.OfficerAsync("VN-01");
        var mungyeong = (await (await officer.GetAsync("/api/partners?search=문경시")).JsonAsync()).GetProperty("items")[0];
        Assert.Equal("Gyeongsangbuk-do", mungyeong.GetProperty("parentName").GetString());
        foreach (var name in new[] { "Tongyeong", "Geumsan", "Boseong", "Honghe", "Yunnan", "Phongsaly", "KBS", "HBO", "HitRun", "Friendship" })
        {
            var found = await (await officer.GetAsync($"/api/partners?search={name}")).JsonAsync();
            Assert.True(found.GetProperty("total").GetInt32() >= 1, $"{name} is missing from Lai Châu's partners");
        }

        var guangxi = await (await officer.GetAsync("/api/partners?search=guangxi")).JsonAsync();
        Assert.Equal(0, guangxi.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Cao_Bang_works_with_guangxi_and_its_border_localities()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var children = await (await officer.GetAsync("/api/partners?search=Chongzuo")).JsonAsync();
        var chongzuo = children.GetProperty("items")[0];
        Assert.Equal("Guangxi Zhuang Autonomous Region", chongzuo.GetProperty("parentName").GetString());
        var detail = await (await officer.GetAsync($"/api/partners/{chongzuo.GetProperty("id").GetInt32()}")).JsonAsync();
        Assert.Contains(detail.GetProperty("children").EnumerateArray(), c => c.GetProperty("nameLatin").GetString() == "Daxin County");
    }
}
