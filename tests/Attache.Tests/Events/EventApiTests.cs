using System.Net;
using System.Text.Json;
using Attache.Events;
using Attache.Tests.Infrastructure;

namespace Attache.Tests.Events;

public sealed class EventApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private static async Task<int> PartnerAsync(HttpClient client, string name, string country,
        string kind = "ForeignLocality")
    {
        var created = await (await client.PostJsonAsync("/api/partners", new { kind, country, nameLatin = name }))
            .JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    private static async Task<int> CreateAsync(HttpClient client, object body) =>
        (await (await client.PostJsonAsync("/api/events", body)).JsonAsync(HttpStatusCode.Created)).GetProperty("id")
            .GetInt32();

    [Fact]
    public async Task An_exchange_records_organiser_partners_countries_and_media()
    {
        using var officer = await app.OfficerAsync();
        var union = await PartnerAsync(officer, "Union of Friendship Organisations", "VN", "FriendshipAssociation");
        var phongsaly = await PartnerAsync(officer, "Phongsaly Province", "LA");
        var kbs = await PartnerAsync(officer, "KBS", "KR", "MediaOutlet");
        var id = await CreateAsync(officer, new
        {
            kind = "PeopleToPeopleExchange", title = "Giao lưu hữu nghị Việt – Lào", startsOn = "2024-09-05",
            endsOn = "2024-09-06",
            place = "Thành phố Lai Châu", organiserPartnerId = union, partnerIds = new[] { phongsaly },
            countries = new[] { "la" },
            participantsTotal = 120, participantsForeign = 40,
        });

        var media = await (await officer.PostJsonAsync($"/api/events/{id}/media", new
        {
            outletPartnerId = kbs, publishedOn = "2024-10-01", kind = "Television", link = "https://www.kbs.co.kr/x",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("KR", media.GetProperty("country").GetString());

        var dto = await (await officer.GetAsync($"/api/events/{id}")).JsonAsync();
        Assert.Equal("Union of Friendship Organisations", dto.GetProperty("organiserPartner").GetProperty("name")
            .GetString());
        Assert.Equal("Phongsaly Province", dto.GetProperty("partners")[0].GetProperty("name").GetString());
        Assert.Equal("LA", dto.GetProperty("countries")[0].GetString());
        Assert.Equal("KBS", dto.GetProperty("media")[0].GetProperty("outlet").GetString());

        var byCountry = await (await officer.GetAsync(
            "/api/events?country=LA&kind=PeopleToPeopleExchange&search=huu nghi viet")).JsonAsync();
        Assert.Equal(1, byCountry.GetProperty("total").GetInt32());
        var byPartner = await (await officer.GetAsync($"/api/events?partnerId={union}")).JsonAsync();
        Assert.Equal(1, byPartner.GetProperty("total").GetInt32());
        var outside = await (await officer.GetAsync("/api/events?country=LA&from=2025-01-01")).JsonAsync();
        Assert.Equal(0, outside.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Bad_input_answers_400_naming_each_field()
    {
        using var officer = await app.OfficerAsync();
        var fields = await (await officer.PostJsonAsync("/api/events", new
        {
            kind = "TradeFair", title = "Fair", startsOn = "2024-05-02", endsOn = "2024-05-01",
            countries = new[] { "XX" },
            participantsTotal = 10, participantsForeign = 20, approvalNumber = "12/QĐ-UBND", counterpartId = 1,
            partnerIds = new[] { 999_999 },
        })).ProblemFieldsAsync();
        Assert.Contains("endsOn", fields);
        Assert.Contains("countries[0]", fields);
        Assert.Contains("participantsForeign", fields);
        Assert.Contains("approvalNumber", fields);
        Assert.Contains("counterpartId", fields);

        Assert.Contains("title", await (await officer.PostJsonAsync("/api/events", new
        {
            kind = "Sports", title = "",
            startsOn = "2024-05-02"
        })).ProblemFieldsAsync());
        Assert.Equal(["partnerIds[1]"], await (await officer.PostJsonAsync("/api/events", new
        {
            kind = "Seminar", title = "T", startsOn = "2024-05-02",
            partnerIds = new[] { await PartnerAsync(officer, "Valid partner", "CN"), 999_999 },
        })).ProblemFieldsAsync());
        Assert.Contains("approvalAuthority", await (await officer.PostJsonAsync("/api/events", new
        {
            kind = "Conference", title = "T", startsOn = "2024-05-02", isInternational = true, approvalNumber = "1/TTg",
            approvalDate = "2024-04-01",
        })).ProblemFieldsAsync());
        Assert.Contains("kind", await (await officer.GetAsync("/api/events?kind=Party")).ProblemFieldsAsync());
        Assert.Contains("to", await (await officer.GetAsync("/api/events/stats?from=2025-01-01&to=2024-01-01"))
            .ProblemFieldsAsync());
        Assert.Contains("outletText", await (await officer.PostJsonAsync($"/api/events/{await CreateAsync(officer,
            new { kind = "Sports", title = "Match", startsOn = "2024-01-01" })}/media",
            new { kind = "Online" })).ProblemFieldsAsync());
    }

    [Fact]
    public async Task Another_provinces_event_is_not_found()
    {
        using var laiChau = await app.OfficerAsync("VN-01");
        using var caoBang = await app.OfficerAsync("VN-04");
        var id = await CreateAsync(laiChau, new { kind = "Sports", title = "Tenancy match", startsOn = "2024-03-01" });
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/events/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.GetAsync($"/api/events/{id}/media")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.PostJsonAsync($"/api/events/{id}/media",
            new { outletText = "VTV", country = "VN", kind = "Television" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caoBang.PutJsonAsync($"/api/events/{id}", new
        {
            kind = "Sports",
            title = "x", startsOn = "2024-03-01", version = 1
        })).StatusCode);
        var list = await (await caoBang.GetAsync("/api/events?search=tenancy match")).JsonAsync();
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Stats_sum_participants_by_kind_and_media_by_outlet_country()
    {
        // Cao Bằng's own small data set, all in 2030 so that nothing else falls in the period.
        using var officer = await app.OfficerAsync("VN-04");
        await CreateAsync(officer, new
        {
            kind = "CulturalExchange", title = "S1", startsOn = "2030-02-01",
            participantsTotal = 100, participantsForeign = 30
        });
        await CreateAsync(officer, new
        {
            kind = "CulturalExchange", title = "S2", startsOn = "2030-03-01",
            participantsTotal = 50, participantsForeign = 20
        });
        await CreateAsync(officer, new { kind = "CulturalExchange", title = "S3", startsOn = "2030-03-05" });
        var press1 = await CreateAsync(officer, new
        {
            kind = "PressDelegation", title = "S4", startsOn = "2030-04-01",
            participantsTotal = 6, participantsForeign = 5
        });
        var press2 = await CreateAsync(officer, new
        {
            kind = "PressDelegation", title = "S5", startsOn = "2030-12-31",
            participantsTotal = 4, participantsForeign = 4
        });
        await CreateAsync(officer, new
        {
            kind = "PressDelegation", title = "S6 next year", startsOn = "2031-01-01",
            participantsTotal = 9, participantsForeign = 9
        });
        foreach (var (eventId, country) in new[] { (press1, "KR"), (press1, "KR"), (press1, "US"), (press2, "ES") })
        {
            await (await officer.PostJsonAsync($"/api/events/{eventId}/media",
                new { outletText = "Outlet", country, kind = "Online" })).JsonAsync(HttpStatusCode.Created);
        }

        using var viewer = await app.ViewerAsync("VN-04");
        var stats = await (await viewer.GetAsync("/api/events/stats?from=2030-01-01&to=2030-12-31")).JsonAsync();
        Assert.Equal(5, stats.GetProperty("events").GetInt32());
        Assert.Equal(160, stats.GetProperty("participants").GetInt32());
        Assert.Equal(59, stats.GetProperty("foreignParticipants").GetInt32());
        Assert.Equal(2, stats.GetProperty("pressDelegations").GetInt32());
        var cultural = stats.GetProperty("byKind").EnumerateArray()
            .Single(k => k.GetProperty("kind").GetString() == "CulturalExchange");
        Assert.Equal(3, cultural.GetProperty("events").GetInt32());
        Assert.Equal(150, cultural.GetProperty("participants").GetInt32());
        Assert.Equal(4, stats.GetProperty("mediaItems").GetInt32());
        var media = stats.GetProperty("mediaByCountry").EnumerateArray()
            .Select(m => (m.GetProperty("country").GetString(), m.GetProperty("items").GetInt32())).ToList();
        Assert.Equal([("KR", 2), ("ES", 1), ("US", 1)], media);
    }

    [Fact]
    public async Task The_calendar_gets_the_events_overlapping_its_range()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var id = await CreateAsync(officer, new
        {
            kind = "TradeFair", title = "Calendar fair", startsOn = "2040-06-28",
            endsOn = "2040-07-02", place = "Nanning"
        });
        var entries = await app.WithDbAsync(db => EventCalendar.EntriesAsync(db, new DateOnly(2040, 7, 1),
            new DateOnly(2040, 7, 31)));
        var entry = Assert.Single(entries);
        Assert.Equal((new DateOnly(2040, 6, 28), new DateOnly(2040, 7, 2), "Calendar fair", "Nanning", "TradeFair",
            $"/events/{id}", $"event-{id}@attache"),
            (entry.Start, entry.End, entry.Title, entry.Place, entry.Description, entry.Link, entry.Uid));
        Assert.Empty(await app.WithDbAsync(db => EventCalendar.EntriesAsync(db, new DateOnly(2040, 7, 3),
            new DateOnly(2040, 7, 31))));
    }

    [Fact]
    public async Task A_border_mechanism_keeps_its_counterpart_and_conclusions()
    {
        using var officer = await app.OfficerAsync();
        var honghe = await PartnerAsync(officer, "Honghe Prefecture", "CN");
        var id = await CreateAsync(officer, new
        {
            kind = "BorderMechanism", title = "Border-management talks", startsOn = "2025-06-17",
            counterpartId = honghe,
            conclusions = "Joint patrols twice a year.",
        });
        var dto = await (await officer.GetAsync($"/api/events/{id}")).JsonAsync();
        Assert.Equal("Honghe Prefecture", dto.GetProperty("counterpart").GetProperty("name").GetString());
        Assert.Equal("Joint patrols twice a year.", dto.GetProperty("conclusions").GetString());
    }
}
