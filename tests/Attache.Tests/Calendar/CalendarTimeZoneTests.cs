using System.Net;
using Attache.Tests.Infrastructure;
using Ical.Net.CalendarComponents;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using static Attache.Tests.Delegations.DelegationBuilder;

namespace Attache.Tests.Calendar;

/// <summary>Issue 9 point 12: the feed's VTIMEZONE is complete (RFC 5545 §3.6.5) and the calendar says whose it
/// is.</summary>
public sealed class CalendarTimeZoneTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    [Fact]
    public async Task The_feed_round_trips_with_a_standard_block_and_the_province_in_its_name()
    {
        using var officer = await app.OfficerAsync("VN-04");
        var start = app.Today.AddDays(5);
        var id = await Delegation().Titled("Đoàn Sùng Tả").From("CN").On(start, start).CreateAsync(officer);
        await (await officer.PostJsonAsync($"/api/delegations/{id}/itinerary",
            new { date = start, startTime = "09:00", endTime = "10:00", place = "Trà Lĩnh", activity = "Hội đàm" }))
            .JsonAsync(HttpStatusCode.Created);
        var token = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "officer.caobang@attache.demo")
            .Select(u => u.CalendarToken).FirstAsync());

        using var anonymous = app.CreateClient();
        var text = await anonymous.GetStringAsync($"/calendar/{token}.ics");
        var calendar = Ical.Net.Calendar.Load(text)!;

        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Asia/Ho_Chi_Minh", zone.TzId);
        var standard = Assert.Single(zone.Children.OfType<Ical.Net.VTimeZoneInfo>(), c => c.Name == "STANDARD");
        Assert.Equal(TimeSpan.FromHours(7), standard.OffsetTo!.Offset);
        Assert.NotNull(standard.DtStart);
        Assert.Contains("BEGIN:STANDARD", text, StringComparison.Ordinal);
        Assert.Equal("Attaché – Cao Bằng", calendar.Properties.Get<string>("X-WR-CALNAME"));

        // Round trip: what Ical.Net reads back serialises to the same calendar.
        var again = Ical.Net.Calendar.Load(new CalendarSerializer().SerializeToString(calendar)!)!;
        Assert.Equal(calendar.Events.Select(e => (e.Uid, e.DtStart!.Value)).Order(),
            again.Events.Select(e => (e.Uid, e.DtStart!.Value)).Order());
        Assert.Single(Assert.Single(again.TimeZones).Children.OfType<Ical.Net.VTimeZoneInfo>(), c =>
            c.Name == "STANDARD");
        var talks = Assert.Single(again.Events, e => e.DtStart!.HasTime
            && e.Summary!.Contains("Hội đàm", StringComparison.Ordinal));
        Assert.Equal("Asia/Ho_Chi_Minh", talks.DtStart!.TzId);
    }
}
