using System.Security.Claims;
using Attache.Accounts;
using Attache.Infrastructure;
using Attache.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Attache.Delegations;

/// <summary>What sending a delegation's invitation did: its SEQUENCE and how many members it went to.</summary>
public sealed record InvitationResult(int Sequence, int Sent);

/// <summary>Calendar invitations of a delegation to its members' addresses. Each is a notification (kind
/// CalendarInvitation) whose recipient is the person who sends it and whose mail goes to the member, with the
/// iCalendar text attached; queued on the caller's context, so it is saved with the change.</summary>
public sealed class DelegationInvitations(AttacheDb db, Notifier notifier, CurrentUser user) : IFeatureService
{
    public const string NotApproved =
        "Only an approved delegation can be sent as an invitation; this one is {0}.";

    public const string NoAddress = "No member of this delegation has an e-mail address.";

    /// <summary>Sends (or sends again) the invitation of an approved delegation to every member with an address.
    /// </summary>
    public async Task<InvitationResult> SendAsync(int id, CancellationToken ct)
    {
        var delegation = await db.Set<Delegation>().FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? throw DelegationService.NotFound(id);
        if (delegation.Status != DelegationStatus.Approved)
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict, NotApproved, delegation.Status);
        }

        var sent = await QueueAsync(delegation, ct);
        if (sent == 0)
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict, NoAddress);
        }

        await db.SaveChangesAsync(ct);
        return new InvitationResult(delegation.InvitationSequence!.Value, sent);
    }

    /// <summary>Queues the invitation as the delegation now stands (a cancellation when it is cancelled) with the
    /// next SEQUENCE, to each member with an address; does not save. Returns how many were queued (none when nobody
    /// is signed in or no member has an address).</summary>
    public async Task<int> QueueAsync(Delegation d, CancellationToken ct)
    {
        var senderId = user.Principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var sender = senderId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == senderId)
            .Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(ct);
        var members = await db.Set<DelegationMember>().AsNoTracking()
            .Where(m => m.DelegationId == d.Id && m.Email != null).OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.Name, Email = m.Email! }).ToListAsync(ct);
        members = await Reception.MemberPrecedence.OrderAsync(db, d.Id, members, m => m.Id, ct);
        if (sender?.Email is null || members.Count == 0)
        {
            return 0;
        }

        var times = await db.Set<ItineraryItem>().AsNoTracking()
            .Where(i => i.DelegationId == d.Id && (i.Date == d.StartsOn || i.Date == d.EndsOn))
            .Select(i => new { i.Date, i.StartTime, i.EndTime }).ToListAsync(ct);
        var start = times.Where(i => i.Date == d.StartsOn).Min(i => i.StartTime) ?? DelegationInvitation.DayStarts;
        var end = times.Where(i => i.Date == d.EndsOn).Max(i => i.EndTime) ?? DelegationInvitation.DayEnds;
        var cancelled = d.Status == DelegationStatus.Cancelled;
        var sequence = d.InvitationSequence is { } last ? last + 1 : 0;
        d.InvitationSequence = sequence;
        var text = DelegationInvitation.Write(new InvitationEvent(d.Id, d.Title, d.Purpose, d.Places,
                d.StartsOn.ToDateTime(start), d.EndsOn.ToDateTime(end > start || d.EndsOn > d.StartsOn ? end : start),
                sequence, cancelled, sender.DisplayName ?? sender.Email, sender.Email,
                [.. members.Select(m => new InvitationAttendee(m.Name, m.Email))]),
            db.Clock.GetUtcNow().UtcDateTime);
        var (title, body) = cancelled
            ? ("Invitation cancelled: {0}",
                "The cancellation of the delegation “{0}” ({1:dd/MM/yyyy} – {2:dd/MM/yyyy}) was sent to {3}.")
            : ("Invitation sent: {0}",
                "The calendar invitation of the delegation “{0}” ({1:dd/MM/yyyy} – {2:dd/MM/yyyy}) was sent to "
                    + "{3}.");
        foreach (var m in members)
        {
            await notifier.QueueAsync(new NotificationDraft(d.ProvinceId, senderId!,
                NotificationKinds.CalendarInvitation, title, body, [d.Title, d.StartsOn, d.EndsOn, m.Name],
                DelegationNotifications.Link(d), $"invitation:{d.Id}:{sequence}:{m.Id}")
            {
                Calendar = text,
                MailTo = m.Email,
            }, ct);
        }

        return members.Count;
    }
}
