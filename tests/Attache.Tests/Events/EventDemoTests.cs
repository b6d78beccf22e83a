using Attache.Tests.Infrastructure;

namespace Attache.Tests.Events;

[Collection(DemoCollection.Name)]
public sealed class EventDemoTests(DemoFactory app)
{
    [Fact]
    public async Task Lai_Chau_has_31_exchanges_with_four_countries_through_the_friendship_union()
    {
        using var viewer = await app.ViewerAsync("VN-01");
        var stats = await (await viewer.GetAsync("/api/events/stats?from=2020-01-01&to=2025-12-31")).JsonAsync();
        var exchanges = stats.GetProperty("byKind").EnumerateArray()
            .Single(k => k.GetProperty("kind").GetString() == "PeopleToPeopleExchange");
        Assert.Equal(31, exchanges.GetProperty("events").GetInt32());

        var union = await (await viewer.GetAsync("/api/partners?search=Union of Friendship")).JsonAsync();
        var unionId = union.GetProperty("items")[0].GetProperty("id").GetInt32();
        var organised = await (await viewer.GetAsync($"/api/events?kind=PeopleToPeopleExchange&partnerId={unionId}"))
            .JsonAsync();
        Assert.Equal(31, organised.GetProperty("total").GetInt32());
        foreach (var country in new[] { "CN", "LA", "JP", "KR" })
        {
            var list = await (await viewer.GetAsync($"/api/events?kind=PeopleToPeopleExchange&country={country}"))
                .JsonAsync();
            Assert.True(list.GetProperty("total").GetInt32() > 0, country);
        }
    }

    [Fact]
    public async Task Lai_Chau_had_5_press_delegations_covered_by_HitRun_KBS_and_HBO()
    {
        using var viewer = await app.ViewerAsync("VN-01");
        var stats = await (await viewer.GetAsync("/api/events/stats?from=2020-01-01&to=2025-12-31")).JsonAsync();
        Assert.Equal(5, stats.GetProperty("pressDelegations").GetInt32());
        var countries = stats.GetProperty("mediaByCountry").EnumerateArray()
            .Select(m => m.GetProperty("country").GetString()).Order().ToList();
        Assert.Equal(["ES", "KR", "US"], countries);

        var press = await (await viewer.GetAsync("/api/events?kind=PressDelegation")).JsonAsync();
        var outlets = new HashSet<string>();
        foreach (var e in press.GetProperty("items").EnumerateArray())
        {
            var media = await (await viewer.GetAsync($"/api/events/{e.GetProperty("id").GetInt32()}/media"))
                .JsonAsync();
            outlets.UnionWith(media.GetProperty("items").EnumerateArray()
                .Select(m => m.GetProperty("outlet").GetString()!));
        }

        Assert.Equal(["HBO", "HitRun", "Korean Broadcasting System (KBS)"], outlets.Order());
    }

    [Fact]
    public async Task The_tea_seminar_had_over_200_delegates_and_an_approval()
    {
        using var viewer = await app.ViewerAsync("VN-01");
        var list = await (await viewer.GetAsync("/api/events?kind=Seminar&search=che Lai Chau")).JsonAsync();
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt32();
        var seminar = await (await viewer.GetAsync($"/api/events/{id}")).JsonAsync();
        Assert.True(seminar.GetProperty("delegates").GetInt32() > 200);
        Assert.Contains("Trung Đông", seminar.GetProperty("title").GetString());
        Assert.NotNull(seminar.GetProperty("approvalNumber").GetString());
    }

    [Fact]
    public async Task Cao_Bang_has_yearly_spring_meetings_the_Ban_Gioc_ceremonies_and_the_APGN_conference()
    {
        using var viewer = await app.ViewerAsync("VN-04");
        var meetings = await (await viewer.GetAsync("/api/events?kind=BorderMechanism&sort=date")).JsonAsync();
        Assert.Equal([2020, 2021, 2022, 2023, 2024, 2025],
            meetings.GetProperty("items").EnumerateArray().Select(m => DateOnly.Parse(m.GetProperty("startsOn")
                .GetString()!).Year));
        var ceremonies = await (await viewer.GetAsync("/api/events?kind=Ceremony&search=Ban Gioc&sort=date"))
            .JsonAsync();
        Assert.Equal(["2023-09-15", "2024-10-15"], ceremonies.GetProperty("items").EnumerateArray()
            .Select(c => c.GetProperty("startsOn").GetString()));
        var apgn = await (await viewer.GetAsync("/api/events?kind=Conference&search=APGN")).JsonAsync();
        var conference = await (await viewer.GetAsync($"/api/events/{apgn.GetProperty("items")[0].GetProperty("id")
            .GetInt32()}")).JsonAsync();
        Assert.True(conference.GetProperty("isInternational").GetBoolean());
        Assert.Equal("Thủ tướng Chính phủ", conference.GetProperty("approvalAuthority").GetString());
        var promotion = await (await viewer.GetAsync(
            "/api/events?kind=InvestmentPromotion&from=2022-01-01&to=2022-12-31")).JsonAsync();
        Assert.Equal(1, promotion.GetProperty("total").GetInt32());
    }
}
