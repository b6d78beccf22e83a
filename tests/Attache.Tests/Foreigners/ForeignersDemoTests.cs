using Attache.Tests.Infrastructure;

namespace Attache.Tests.Foreigners;

[Collection(DemoCollection.Name)]
public sealed class ForeignersDemoTests(DemoFactory app)
{
    [Theory]
    [InlineData("VN-01")]
    [InlineData("VN-04")]
    public async Task Each_demo_province_has_its_foreign_ngos_visits_and_incidents(string province)
    {
        using var consular = await app.ConsularAsync(province);
        var organisations = await (await consular.GetAsync("/api/foreign-organisations?pageSize=50")).JsonAsync();
        Assert.Equal(5, organisations.GetProperty("total").GetInt32());
        Assert.Contains(organisations.GetProperty("items").EnumerateArray(), o => o.GetProperty("projects").GetInt32() > 0);
        // A permit ending soon and an overdue report, both on the home page's "needs attention".
        Assert.True((await (await consular.GetAsync("/api/foreign-organisations?permitExpiring=true")).JsonAsync())
            .GetProperty("total").GetInt32() >= 1);
        Assert.True((await (await consular.GetAsync("/api/foreign-organisations?reportOverdue=true")).JsonAsync())
            .GetProperty("total").GetInt32() >= 1);
        Assert.True((await (await consular.GetAsync("/api/foreigner-visits")).JsonAsync())
            .GetProperty("total").GetInt32() >= 2);
        var incidents = await (await consular.GetAsync("/api/foreigner-incidents")).JsonAsync();
        Assert.True(incidents.GetProperty("total").GetInt32() >= 1);
    }

    [Fact]
    public async Task The_Lai_Chau_accident_was_notified_the_day_after_and_its_persons_are_named_for_the_consular_desk()
    {
        using var consular = await app.ConsularAsync("VN-01");
        var notified = await (await consular.GetAsync("/api/foreigner-incidents?notified=true")).JsonAsync();
        var id = notified.GetProperty("items")[0].GetProperty("id").GetInt32();
        var incident = await (await consular.GetAsync($"/api/foreigner-incidents/{id}")).JsonAsync();
        Assert.Equal(1, incident.GetProperty("notificationDays").GetInt32());
        Assert.Equal("Julien Moreau", incident.GetProperty("persons")[0].GetProperty("fullName").GetString());
        Assert.StartsWith("FR", incident.GetProperty("persons")[0].GetProperty("identityNumber").GetString());
    }
}
