using System.Net;
using Attache.Accounts;
using Attache.Delegations;
using Attache.Infrastructure;
using Attache.Notifications;
using Attache.Tests.Delegations;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Attache.Tests.Delegations.DelegationBuilder;

namespace Attache.Tests.Notifications;

/// <summary>The delegation register's events, queued with the change: the Leaders of the province learn of a
/// proposal (each in their language), the proposing officer of the decision, nobody of their own action.</summary>
public sealed class DelegationNotificationTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private const string EnglishLeader = "leader2.laichau@attache.test";

    private async Task<string> EnglishLeaderAsync()
    {
        var province = await app.ProvinceIdAsync("VN-01");
        string id = "";
        await app.WithDbAsync(async (db, services) =>
        {
            var user = await AccountSetup.EnsureUserAsync(services, EnglishLeader, AttacheFactory.Password,
                "Deputy Director (English)", Roles.Leader, province);
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Language, "en"));
            id = user.Id;
        });
        return id;
    }

    private Task<string> UserAsync(string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<List<Notification>> NotificationsAsync(string dedupKey) =>
        app.WithDbAsync(db => db.Set<Notification>().AsNoTracking().Where(n => n.DedupKey == dedupKey)
            .OrderBy(n => n.Id).ToListAsync());

    /// <summary>A delegation of Lai Châu recorded by the system (no user, so no proposer in the audit trail), three
    /// days from <paramref name="start"/>.</summary>
    private async Task<int> SystemMadeAsync(string title, DateOnly start)
    {
        var vn01 = await app.ProvinceIdAsync("VN-01");
        return await app.WithDbAsync(async db =>
        {
            var d = new Delegation { Title = title, ProvinceId = vn01 };
            d.Schedule(start, start.AddDays(2), null, null);
            db.Add(d);
            await db.SaveChangesAsync();
            return d.Id;
        });
    }

    [Fact]
    public async Task A_proposed_delegation_tells_each_leader_of_its_province_in_their_language()
    {
        var english = await EnglishLeaderAsync();
        using var officer = await app.OfficerAsync();
        var id = await Delegation().Titled("Đoàn Vân Nam thăm Lai Châu").From("CN").CreateAsync(officer);

        var sent = await NotificationsAsync($"delegation-submitted:{id}");
        var leader = await UserAsync("leader.laichau@attache.demo");
        Assert.Equal(new[] { english, leader }.Order(), sent.Select(n => n.RecipientId).Order());
        var vi = sent.Single(n => n.RecipientId == leader);
        Assert.Equal(("vi", "Đoàn chờ phê duyệt: Đoàn Vân Nam thăm Lai Châu"), (vi.Language, vi.Title));
        var en = sent.Single(n => n.RecipientId == english);
        Assert.Equal(("en", "Delegation waiting for approval: Đoàn Vân Nam thăm Lai Châu"), (en.Language, en.Title));
        Assert.Contains("10/03/2030 – 13/03/2030", en.Body, StringComparison.Ordinal);
        Assert.All(sent, n => Assert.Equal($"/delegations/{id}", n.Link));
        Assert.All(sent, n => Assert.Equal(NotificationKinds.DelegationSubmitted, n.Kind));
        var province = await app.ProvinceIdAsync("VN-01");
        Assert.All(sent, n => Assert.Equal(province, n.ProvinceId));
    }

    [Fact]
    public async Task A_leader_who_proposes_a_delegation_is_not_told_of_it()
    {
        var english = await EnglishLeaderAsync();
        using var leader = await app.LeaderAsync();
        var id = await Delegation().Titled("Đoàn do lãnh đạo đề xuất").CreateAsync(leader);

        var sent = await NotificationsAsync($"delegation-submitted:{id}");
        Assert.Equal([english], sent.Select(n => n.RecipientId));
    }

    [Fact]
    public async Task The_officer_who_proposed_it_learns_of_the_approval_and_of_the_cancellation()
    {
        using var officer = await app.OfficerAsync();
        using var leader = await app.LeaderAsync();
        var id = await Delegation().Titled("Đoàn được phê duyệt").CreateAsync(officer);
        Assert.True((await leader.MoveAsync(id, DelegationSteps.Approval)).IsSuccessStatusCode);
        Assert.True((await leader.MoveAsync(id, new { to = "Cancelled", reason = "Đối tác hoãn chuyến thăm" }))
            .IsSuccessStatusCode);

        var officerId = await UserAsync("officer.laichau@attache.demo");
        var approved = Assert.Single(await NotificationsAsync($"delegation-decided:Approved:{id}"));
        Assert.Equal((officerId, "Đoàn đã được phê duyệt: Đoàn được phê duyệt"), (approved.RecipientId, approved.Title));
        Assert.Contains("1234/QĐ-UBND", approved.Body, StringComparison.Ordinal);
        var cancelled = Assert.Single(await NotificationsAsync($"delegation-decided:Cancelled:{id}"));
        Assert.Equal(officerId, cancelled.RecipientId);
        Assert.Contains("Đối tác hoãn chuyến thăm", cancelled.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_decision_on_a_delegation_the_system_recorded_goes_to_the_provinces_officers()
    {
        // No proposer in the audit trail (demo data, an import): the desk that follows delegations up is told.
        var vn01 = await app.ProvinceIdAsync("VN-01");
        var id = await SystemMadeAsync("Đoàn do hệ thống ghi nhận", new DateOnly(2030, 5, 4));
        using var leader = await app.LeaderAsync();
        Assert.Equal(HttpStatusCode.OK, (await leader.MoveAsync(id, DelegationSteps.Approval)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.MoveAsync(id, new { to = "Cancelled", reason = "Hoãn" }))
            .StatusCode);

        var officers = await app.WithDbAsync(db => ReminderAudience.InRoleAsync(db, vn01, Roles.Officer, default));
        Assert.Contains(await UserAsync("officer.laichau@attache.demo"), officers);
        foreach (var decision in new[] { "Approved", "Cancelled" })
        {
            var sent = await NotificationsAsync($"delegation-decided:{decision}:{id}");
            Assert.Equal(officers.Order(), sent.Select(n => n.RecipientId).Order());
        }
    }

    [Fact]
    public async Task Nobody_is_told_of_their_own_decision()
    {
        using var leader = await app.LeaderAsync();
        var id = await Delegation().Titled("Đoàn tự phê duyệt").CreateAsync(leader);
        Assert.True((await leader.MoveAsync(id, DelegationSteps.Approval)).IsSuccessStatusCode);

        Assert.Empty(await NotificationsAsync($"delegation-decided:Approved:{id}"));
    }

    [Fact]
    public async Task A_refused_transition_queues_nothing_and_a_failed_save_loses_the_queued_notification_too()
    {
        using var officer = await app.OfficerAsync();
        var id = await Delegation().Titled("Đoàn bị từ chối lưu").CreateAsync(officer);
        // An officer may not approve: the refusal leaves no notification behind.
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.MoveAsync(id, DelegationSteps.Approval)).StatusCode);
        Assert.Empty(await NotificationsAsync($"delegation-decided:Approved:{id}"));

        // The change and its notification share one SaveChanges: when the change fails (a stale version), neither
        // lands. The delegation is recorded by the system, so that nobody was told of it before.
        var quiet = await SystemMadeAsync("Đoàn bị từ chối lưu", new DateOnly(2030, 4, 1));
        await app.WithDbAsync(async (db, services) =>
        {
            var delegation = await db.Set<Delegation>().SingleAsync(d => d.Id == quiet);
            delegation.Title = "Tên mới không được lưu";
            db.Entry(delegation).Property(d => d.Version).OriginalValue = delegation.Version + 7;
            await services.GetRequiredService<DelegationNotifications>().SubmittedAsync(delegation, default);
            Assert.NotEmpty(db.Set<Notification>().Local);
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        });
        Assert.Equal("Đoàn bị từ chối lưu",
            await app.WithDbAsync(db => db.Set<Delegation>().Where(d => d.Id == quiet).Select(d => d.Title).SingleAsync()));
        Assert.Empty(await NotificationsAsync($"delegation-submitted:{quiet}"));
    }
}
