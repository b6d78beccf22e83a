using System.Net;
using Attache.Delegations;
using Attache.Notifications;
using Attache.Tests.Delegations;
using Attache.Tests.Infrastructure;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using static Attache.Tests.Delegations.DelegationBuilder;

namespace Attache.Tests.Notifications;

/// <summary>An approved delegation sent to its members as an iCalendar invitation, updated when its dates change
/// and cancelled with it; the text read back with Ical.Net.</summary>
public sealed class InvitationTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    /// <summary>An approved delegation from China, 10–13/03/2030, with two members who have an address (Li Wei, Wang
    /// Fang), one who has none, and talks at 14:30 on the first day.</summary>
    internal static async Task<int> ApprovedWithMembersAsync(HttpClient officer, HttpClient leader, string title)
    {
        var id = await Delegation().Titled(title).From("CN").On(new(2030, 3, 10), new(2030, 3, 13)).CreateAsync(officer);
        foreach (var member in new object[]
                 {
                     new { name = "Li Wei", nationality = "CN", email = "li.wei@example.cn" },
                     new { name = "Wang Fang", nationality = "CN", email = "wang.fang@example.cn" },
                     new { name = "Lò Văn Hùng", nationality = "VN" },
                 })
        {
            await (await officer.PostJsonAsync($"/api/delegations/{id}/members", member)).JsonAsync(HttpStatusCode.Created);
        }

        await (await officer.PostJsonAsync($"/api/delegations/{id}/itinerary", new
        {
            date = "2030-03-10", startTime = "14:30:00", endTime = "16:00:00", place = "Trụ sở UBND tỉnh",
            activity = "Hội đàm",
        })).JsonAsync(HttpStatusCode.Created);
        Assert.True((await leader.MoveAsync(id, DelegationSteps.Approval)).IsSuccessStatusCode);
        return id;
    }

    private async Task<List<Notification>> InvitationsAsync(int id, int sequence)
    {
        var all = await app.WithDbAsync(db => db.Set<Notification>().AsNoTracking()
            .Where(n => n.Kind == NotificationKinds.CalendarInvitation).OrderBy(n => n.Id).ToListAsync());
        return [.. all.Where(n => n.DedupKey.StartsWith($"invitation:{id}:{sequence}:", StringComparison.Ordinal))];
    }

    private static CalendarEvent Event(Notification n, string method)
    {
        var calendar = Ical.Net.Calendar.Load(n.Calendar!)!;
        Assert.Equal(method, calendar.Method);
        return Assert.Single(calendar.Events);
    }

    [Fact]
    public async Task An_approved_delegation_is_sent_updated_and_cancelled_as_one_calendar_event()
    {
        using var officer = await app.OfficerAsync();
        using var leader = await app.LeaderAsync();
        var id = await ApprovedWithMembersAsync(officer, leader, "Đoàn Vân Nam (lời mời lịch)");

        var sent = await (await officer.PostJsonAsync($"/api/delegations/{id}/invitations", new { })).JsonAsync();
        Assert.Equal((0, 2), (sent.GetProperty("sequence").GetInt32(), sent.GetProperty("sent").GetInt32()));
        var request = await InvitationsAsync(id, 0);
        Assert.Equal(["li.wei@example.cn", "wang.fang@example.cn"], request.Select(n => n.MailTo));
        var officerId = await app.WithDbAsync(db =>
            db.Users.Where(u => u.Email == "officer.laichau@attache.demo").Select(u => u.Id).SingleAsync());
        Assert.All(request, n => Assert.Equal(officerId, n.RecipientId));
        var first = Event(request[0], "REQUEST");
        Assert.Equal(DelegationInvitation.Uid(id), first.Uid);
        Assert.Equal(0, first.Sequence);
        Assert.Equal("Asia/Ho_Chi_Minh", first.DtStart!.TzId);
        Assert.Equal(new DateTime(2030, 3, 10, 14, 30, 0), first.DtStart.Value);
        Assert.Equal(new DateTime(2030, 3, 10, 7, 30, 0, DateTimeKind.Utc), first.DtStart.AsUtc);
        Assert.Equal(new DateTime(2030, 3, 13, 17, 0, 0), first.DtEnd!.Value);
        Assert.Equal(["mailto:li.wei@example.cn", "mailto:wang.fang@example.cn"],
            first.Attendees.Select(a => a.Value!.ToString()).Order());
        Assert.Equal("mailto:officer.laichau@attache.demo", first.Organizer!.Value!.ToString());

        // New dates: the members' calendars get the same event, with a higher SEQUENCE.
        var current = await officer.GetDelegationAsync(id);
        await (await officer.PutJsonAsync($"/api/delegations/{id}",
            Delegation().Titled("Đoàn Vân Nam (lời mời lịch)").From("CN").On(new(2030, 3, 17), new(2030, 3, 19))
                .Body(current.GetProperty("version").GetInt32()))).JsonAsync();
        var update = Event((await InvitationsAsync(id, 1))[0], "REQUEST");
        Assert.Equal((DelegationInvitation.Uid(id), 1), (update.Uid, update.Sequence));
        Assert.Equal(new DateTime(2030, 3, 17, 8, 0, 0), update.DtStart!.Value);

        Assert.True((await leader.MoveAsync(id, new { to = "Cancelled", reason = "Hoãn" })).IsSuccessStatusCode);
        var cancels = await InvitationsAsync(id, 2);
        Assert.Equal(2, cancels.Count);
        var cancel = Event(cancels[0], "CANCEL");
        Assert.Equal((DelegationInvitation.Uid(id), 2, "CANCELLED"), (cancel.Uid, cancel.Sequence, cancel.Status));
    }

    [Fact]
    public async Task Only_an_approved_delegation_of_the_province_can_be_sent()
    {
        using var officer = await app.OfficerAsync();
        var proposed = await Delegation().Titled("Đoàn chưa duyệt").CreateAsync(officer);
        var refused = await officer.PostJsonAsync($"/api/delegations/{proposed}/invitations", new { });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        using var leader = await app.LeaderAsync();
        var id = await ApprovedWithMembersAsync(officer, leader, "Đoàn của Lai Châu");
        using var other = await app.OfficerAsync("VN-04");
        Assert.Equal(HttpStatusCode.NotFound,
            (await other.PostJsonAsync($"/api/delegations/{id}/invitations", new { })).StatusCode);
        Assert.Empty(await InvitationsAsync(id, 0));
    }
}
