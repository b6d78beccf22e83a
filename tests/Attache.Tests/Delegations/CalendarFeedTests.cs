using System.Net;
using Attache.Tests.Infrastructure;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using static Attache.Tests.Delegations.DelegationBuilder;

namespace Attache.Tests.Delegations;

public sealed class CalendarFeedTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private DateOnly Today => app.Today;

    private Task<string> TokenAsync(string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.CalendarToken).FirstAsync());

    [Fact]
    public async Task The_feed_parses_back_with_one_event_per_delegation_and_programme_item()
    {
        using var officer = await app.OfficerAsync();
        var start = Today.AddDays(10);
        var id = await Delegation().Inbound().Titled("Đoàn Châu Hồng Hà thăm Lai Châu").From("CN")
            .On(start, start.AddDays(2)).CreateAsync(officer);
        var item = await (await officer.PostJsonAsync($"/api/delegations/{id}/itinerary", new
        {
            date = start.AddDays(1), startTime = "09:00", endTime = "11:30", place = "Trụ sở UBND tỉnh",
            activity = "Hội đàm", counterpart = "Chủ tịch UBND tỉnh",
        })).JsonAsync(HttpStatusCode.Created);
        var cancelled = await Delegation().Titled("Đoàn đã hủy").On(start, start).CreateAsync(officer);
        await (await officer.MoveAsync(cancelled, DelegationSteps.Cancellation)).JsonAsync();
        using var caoBang = await app.OfficerAsync("VN-04");
        var elsewhere = await Delegation().Titled("Đoàn Quảng Tây").On(start, start).CreateAsync(caoBang);

        using var anonymous = app.CreateClient();
        var response = await anonymous.GetAsync($"/calendar/{await TokenAsync("officer.laichau@attache.demo")}.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Ical.Net.Calendar.Load(text)!;

        Assert.Contains(calendar.TimeZones, tz => tz.TzId == "Asia/Ho_Chi_Minh");
        var span = Assert.Single(calendar.Events, e => e.Uid == $"delegation-{id}@attache");
        Assert.Equal("Đoàn Châu Hồng Hà thăm Lai Châu", span.Summary);
        Assert.False(span.DtStart!.HasTime);
        Assert.Equal(start, DateOnly.FromDateTime(span.DtStart.Value));
        Assert.Equal(start.AddDays(3), DateOnly.FromDateTime(span.DtEnd!.Value));

        var itemId = item.GetProperty("id").GetInt32();
        var talks = Assert.Single(calendar.Events, e => e.Uid == $"delegation-{id}-item-{itemId}@attache");
        Assert.Equal("Asia/Ho_Chi_Minh", talks.DtStart!.TzId);
        Assert.Equal(start.AddDays(1).ToDateTime(new TimeOnly(9, 0)), talks.DtStart.Value);
        Assert.Equal(start.AddDays(1).ToDateTime(new TimeOnly(11, 30)), talks.DtEnd!.Value);
        Assert.Equal("Trụ sở UBND tỉnh", talks.Location);

        Assert.DoesNotContain(calendar.Events, e => e.Uid == $"delegation-{cancelled}@attache");
        Assert.DoesNotContain(calendar.Events, e => e.Uid == $"delegation-{elsewhere}@attache");

        var officerToken = await TokenAsync("officer.laichau@attache.demo");
        var again = Ical.Net.Calendar.Load(await anonymous.GetStringAsync($"/calendar/{officerToken}.ics"))!;
        Assert.Equal(calendar.Events.Select(e => e.Uid).Order(), again.Events.Select(e => e.Uid).Order());
    }

    [Fact]
    public async Task The_calendar_api_lists_the_entries_of_a_period_for_the_province()
    {
        using var officer = await app.OfficerAsync();
        var start = new DateOnly(2031, 4, 10);
        var id = await Delegation().Titled("Đoàn Oudomxay (lịch)").From("LA").On(start, start.AddDays(1))
            .CreateAsync(officer);
        await (await officer.PostJsonAsync($"/api/delegations/{id}/itinerary",
            new { date = start, startTime = "15:00", place = "Tam Đường", activity = "Thăm đồi chè" }))
            .JsonAsync(HttpStatusCode.Created);

        var entries = await (await officer.GetAsync("/api/calendar?from=2031-04-11&to=2031-04-30")).JsonAsync();
        var span = Assert.Single(entries.EnumerateArray(),
            e => e.GetProperty("uid").GetString() == $"delegation-{id}@attache");
        Assert.Equal("2031-04-10", span.GetProperty("start").GetString());
        Assert.Equal($"/delegations/{id}", span.GetProperty("link").GetString());
        Assert.DoesNotContain(entries.EnumerateArray(), e => e.GetProperty("kind").GetString() == "itinerary");

        var day = await (await officer.GetAsync("/api/calendar?from=2031-04-10&to=2031-04-10")).JsonAsync();
        Assert.Equal(["delegation", "itinerary"], day.EnumerateArray().Select(e => e.GetProperty("kind").GetString()));

        using var caoBang = await app.OfficerAsync("VN-04");
        Assert.Equal(0, (await (await caoBang.GetAsync("/api/calendar?from=2031-04-10&to=2031-04-10")).JsonAsync())
            .GetArrayLength());
        Assert.Contains("to", await (await officer.GetAsync("/api/calendar?from=2031-01-01&to=2033-01-01"))
            .ProblemFieldsAsync());
        Assert.Contains("from", await (await officer.GetAsync("/api/calendar?to=2031-01-01")).ProblemFieldsAsync());
    }

    [Fact]
    public async Task A_national_viewer_feed_covers_every_province_and_a_wrong_token_finds_nothing()
    {
        using var caoBang = await app.OfficerAsync("VN-04");
        var start = Today.AddDays(20);
        var id = await Delegation().Titled("Đoàn Bách Sắc").On(start, start).CreateAsync(caoBang);

        using var anonymous = app.CreateClient();
        var nationalToken = await TokenAsync("national@attache.demo");
        var calendar = Ical.Net.Calendar.Load(await anonymous.GetStringAsync($"/calendar/{nationalToken}.ics"))!;
        Assert.Contains(calendar.Events, e => e.Uid == $"delegation-{id}@attache");

        Assert.Equal(HttpStatusCode.NotFound,
            (await anonymous.GetAsync("/calendar/00000000000000000000000000000000.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/calendar/x.ics")).StatusCode);
    }
}
