using System.Net;
using Attache.Delegations;
using Attache.Tests.Delegations;
using Attache.Tests.Infrastructure;
using MimeKit;
using static Attache.Tests.Delegations.DelegationBuilder;

namespace Attache.Tests.Notifications;

/// <summary>The invitation kept true in the members' calendars, read from the mails a real SMTP server received
/// (their text/calendar parts, parsed with Ical.Net): a member removed gets a CANCEL, a change of the programme or the
/// dates an updated REQUEST (SEQUENCE incremented) to the members who hold it, the delegation cancelled a CANCEL to
/// all of them; a member added later is not invited until the invitation is sent again.</summary>
public sealed class InvitationMailTests(MailFactory app) : IClassFixture<MailFactory>
{
    private sealed record Delivered(string To, string Method, Ical.Net.CalendarComponents.CalendarEvent Event);

    /// <summary>Runs the sender and returns the invitations it mailed (other notifications left out).</summary>
    private async Task<List<Delivered>> DeliverAsync()
    {
        app.Smtp!.ClearReceivedEmail();
        await app.Sender("invitations").RunOnceAsync(default);
        return [.. app.Received()
            .Select(m => (m.To.Mailboxes.Single().Address,
                Part: m.BodyParts.OfType<TextPart>().SingleOrDefault(p => p.ContentType.MediaSubtype == "calendar")))
            .Where(m => m.Part is not null)
            .Select(m =>
            {
                var calendar = Ical.Net.Calendar.Load(m.Part!.Text)!;
                Assert.Equal(calendar.Method, m.Part.ContentType.Parameters["method"]);
                return new Delivered(m.Address, calendar.Method!, Assert.Single(calendar.Events));
            })
            .OrderBy(d => d.To)];
    }

    private static string[] Attendees(Delivered d) =>
        [.. d.Event.Attendees.Select(a => a.Value!.ToString()).Order()];

    [Fact]
    public async Task Removed_members_programme_dates_and_cancellation_reach_the_invited_members_calendars()
    {
        await app.ResetAsync();
        using var officer = await app.OfficerAsync();
        using var leader = await app.LeaderAsync();
        const string title = "Đoàn Vân Nam (lịch cập nhật)";
        var id = await InvitationTests.ApprovedWithMembersAsync(officer, leader, title);
        var members = await (await officer.GetAsync($"/api/delegations/{id}/members")).JsonAsync();
        var wangFang = members.EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Wang Fang")
            .GetProperty("id").GetInt32();
        var uid = DelegationInvitation.Uid(id);

        (await officer.PostJsonAsync($"/api/delegations/{id}/invitations", new { })).EnsureSuccessStatusCode();
        var sent = await DeliverAsync();
        Assert.Equal(["li.wei@example.cn", "wang.fang@example.cn"], sent.Select(d => d.To));
        Assert.All(sent, d => Assert.Equal(("REQUEST", uid, 0), (d.Method, d.Event.Uid, d.Event.Sequence)));
        Assert.Contains("10/03/2030 14:30–16:00 Hội đàm, Trụ sở UBND tỉnh", sent[0].Event.Description);

        // Added after the invitation: not invited by the updates, only when the invitation is sent again.
        await (await officer.PostJsonAsync($"/api/delegations/{id}/members", new
        {
            name = "Zhao Min", nationality = "CN", email = "zhao.min@example.cn",
        })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.NoContent,
            (await officer.DeleteAsync($"/api/delegations/{id}/members/{wangFang}")).StatusCode);
        var removed = Assert.Single(await DeliverAsync());
        Assert.Equal(("wang.fang@example.cn", "CANCEL", uid, 1), (removed.To, removed.Method, removed.Event.Uid,
            removed.Event.Sequence));
        Assert.Equal(["mailto:wang.fang@example.cn"], Attendees(removed));

        var visit = await (await officer.PostJsonAsync($"/api/delegations/{id}/itinerary", new
        {
            date = "2030-03-11", startTime = "08:30:00", endTime = "11:00:00", place = "Cửa khẩu Ma Lù Thàng",
            activity = "Khảo sát cửa khẩu",
        })).JsonAsync(HttpStatusCode.Created);
        var programme = Assert.Single(await DeliverAsync());
        Assert.Equal(("li.wei@example.cn", "REQUEST", uid, 2), (programme.To, programme.Method, programme.Event.Uid,
            programme.Event.Sequence));
        Assert.Equal(["mailto:li.wei@example.cn"], Attendees(programme));
        Assert.Contains("11/03/2030 08:30–11:00 Khảo sát cửa khẩu, Cửa khẩu Ma Lù Thàng",
            programme.Event.Description);

        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync(
            $"/api/delegations/{id}/itinerary/{visit.GetProperty("id").GetInt32()}")).StatusCode);
        var dropped = Assert.Single(await DeliverAsync());
        Assert.Equal((3, "REQUEST"), (dropped.Event.Sequence, dropped.Method));
        Assert.DoesNotContain("Khảo sát cửa khẩu", dropped.Event.Description);

        var current = await officer.GetDelegationAsync(id);
        await (await officer.PutJsonAsync($"/api/delegations/{id}", Delegation().Titled(title).From("CN")
            .On(new(2030, 3, 10), new(2030, 3, 12)).Body(current.GetProperty("version").GetInt32()))).JsonAsync();
        var dates = Assert.Single(await DeliverAsync());
        Assert.Equal(("li.wei@example.cn", "REQUEST", 4), (dates.To, dates.Method, dates.Event.Sequence));
        Assert.Equal(new DateTime(2030, 3, 12, 17, 0, 0), dates.Event.DtEnd!.Value);

        Assert.True((await leader.MoveAsync(id, new { to = "Cancelled", reason = "Hoãn" })).IsSuccessStatusCode);
        var cancelled = Assert.Single(await DeliverAsync());
        Assert.Equal(("li.wei@example.cn", "CANCEL", uid, 5, "CANCELLED"), (cancelled.To, cancelled.Method,
            cancelled.Event.Uid, cancelled.Event.Sequence, cancelled.Event.Status));
        Assert.Empty(await DeliverAsync());
    }
}
