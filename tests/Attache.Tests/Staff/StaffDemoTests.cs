using Attache.Tests.Infrastructure;

namespace Attache.Tests.Staff;

/// <summary>The demo roster: each province has an active interpreter of Chinese, Korean, Lao and English (the
/// reception plans of the demo look them up by language), directors linked to the leaders' accounts, and trainings.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class StaffDemoTests(DemoFactory app)
{
    [Theory]
    [InlineData("VN-01", "Kiều Hải Nam")]
    [InlineData("VN-04", "Nguyễn Anh Quế")]
    public async Task Each_province_has_interpreters_for_its_partners_languages(string province, string director)
    {
        using var officer = await app.OfficerAsync(province);
        foreach (var language in new[] { "zh", "ko", "lo", "en" })
        {
            var interpreters = await (await officer.GetAsync($"/api/staff/interpreters?language={language}"))
                .JsonAsync();
            Assert.True(interpreters.GetArrayLength() >= 1, $"{province} has no active {language} interpreter");
        }

        var roster = await (await officer.GetAsync("/api/staff?pageSize=50")).JsonAsync();
        Assert.InRange(roster.GetProperty("total").GetInt32(), 6, 10);
        var head = roster.GetProperty("items").EnumerateArray()
            .Single(s => s.GetProperty("fullName").GetString() == director);
        Assert.True(head.GetProperty("hasAccount").GetBoolean());
        var detail = await (await officer.GetAsync($"/api/staff/{head.GetProperty("id").GetInt32()}")).JsonAsync();
        Assert.StartsWith("leader.", detail.GetProperty("userEmail").GetString(), StringComparison.Ordinal);
        Assert.True(roster.GetProperty("items").EnumerateArray().Count(s => s.GetProperty("isInterpreter").GetBoolean())
            >= 4);
    }
}
