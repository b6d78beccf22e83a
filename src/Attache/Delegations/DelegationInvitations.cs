using System.Globalization;
using System.Security.Claims;
using Attache.Accounts;
using Attache.Infrastructure;
using Attache.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Attache.Delegations;

/// <summary>What sending a delegation's invitation did: its SEQUENCE and how many members it went to.</summary>
public sealed record InvitationResult(int Sequence, int Sent);

/// <summary>Calendar invitations of a delegation to its members' addresses (RFC 5546). Each is a notification (kind
/// CalendarInvitation) whose recipient is the person who sends it and whose mail goes to the member, with the
/// iCalendar text attached; queued on the caller's context, so it is saved with the change. Who holds the invitation
/// is read from these rows (no column repeats it): a member whose last invitation was a REQUEST. Sending invites every
/// member with an address; a change of the dates, places, title or programme sends the update (a higher SEQUENCE) to
/// the members who hold it; a member removed gets a CANCEL; a cancelled delegation sends CANCEL to all of them.
/// </summary>
public sealed class DelegationInvitations(AttacheDb db, Notifier notifier, CurrentUser user) : IFeatureService
{
    public const string NotApproved =
        "Only an approved delegation can be sent as an invitation; this one is {0}.";

    public const string NoAddress = "No member of this delegation has an e-mail address.";

    private const string Cancel = "METHOD:CANCEL";

    private sealed record Invitee(int MemberId, string Name, string Email);

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

        var members = await db.Set<DelegationMember>().AsNoTracking()
            .Where(m => m.DelegationId == id && m.Email != null).OrderBy(m => m.Id)
            .Select(m => new Invitee(m.Id, m.Name, m.Email!)).ToListAsync(ct);
        var sent = await QueueAsync(delegation, members, cancel: false, ct);
        if (sent == 0)
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict, NoAddress);
        }

        await db.SaveChangesAsync(ct);
        return new InvitationResult(delegation.InvitationSequence!.Value, sent);
    }

    /// <summary>After a change of what the invitation says: the members who hold it get the event as it now stands
    /// (METHOD:REQUEST, the next SEQUENCE); when the delegation is cancelled, a CANCEL. Nothing while no invitation was
    /// sent or once the delegation took place. Does not save.</summary>
    public async Task ChangedAsync(Delegation d, CancellationToken ct)
    {
        if (d.InvitationSequence is null
            || d.Status is not (DelegationStatus.Approved or DelegationStatus.UnderWay or DelegationStatus.Cancelled))
        {
            return;
        }

        var invited = await InvitedAsync(d.Id, ct);
        await QueueAsync(d, invited, d.Status == DelegationStatus.Cancelled, ct);
    }

    /// <summary>Before <paramref name="member"/> leaves the delegation: when they hold the invitation, a CANCEL naming
    /// them alone (the others keep theirs as it is). Does not save.</summary>
    public async Task UninviteAsync(Delegation d, DelegationMember member, CancellationToken ct)
    {
        if (d.InvitationSequence is null || d.Status == DelegationStatus.Cancelled)
        {
            return;
        }

        var invited = (await InvitedAsync(d.Id, ct)).Where(i => i.MemberId == member.Id).ToList();
        await QueueAsync(d, invited, cancel: true, ct);
    }

    /// <summary>The members who hold the invitation (their last invitation mail was a REQUEST), at the address it
    /// went to, or their address now if it changed.</summary>
    private async Task<List<Invitee>> InvitedAsync(int delegationId, CancellationToken ct)
    {
        var prefix = KeyPrefix(delegationId);
        var rows = await db.Set<Notification>().AsNoTracking()
            .Where(n => n.Kind == NotificationKinds.CalendarInvitation && n.DedupKey.StartsWith(prefix))
            .OrderBy(n => n.Id)
            .Select(n => new { n.DedupKey, n.MailTo, Cancelled = n.Calendar!.Contains(Cancel) }).ToListAsync(ct);
        var last = rows.GroupBy(r => int.Parse(r.DedupKey[(r.DedupKey.LastIndexOf(':') + 1)..],
                CultureInfo.InvariantCulture))
            .Select(g => (MemberId: g.Key, Row: g.Last())).Where(x => !x.Row.Cancelled)
            .ToDictionary(x => x.MemberId, x => x.Row.MailTo!);
        var ids = last.Keys.ToList();
        var members = await db.Set<DelegationMember>().AsNoTracking()
            .Where(m => m.DelegationId == delegationId && ids.Contains(m.Id)).OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.Name, m.Email }).ToListAsync(ct);
        return [.. members.Select(m => new Invitee(m.Id, m.Name, m.Email ?? last[m.Id]))];
    }

    private static string KeyPrefix(int delegationId) => $"invitation:{delegationId}:";

    /// <summary>Queues the event as the delegation now stands, naming <paramref name="recipients"/> as its attendees,
    /// with the next SEQUENCE, to each of them; returns how many were queued (none when nobody is signed in or there
    /// is nobody to tell).</summary>
    private async Task<int> QueueAsync(Delegation d, IReadOnlyList<Invitee> recipients, bool cancel,
        CancellationToken ct)
    {
        var senderId = user.Principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var sender = senderId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == senderId)
            .Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(ct);
        if (sender?.Email is null || recipients.Count == 0)
        {
            return 0;
        }

        // Attendees in the reception plan's order of precedence, as everywhere the delegation's people are listed.
        recipients = await Reception.MemberPrecedence.OrderAsync(db, d.Id, recipients, m => m.MemberId, ct);

        var programme = await db.Set<ItineraryItem>().AsNoTracking().Where(i => i.DelegationId == d.Id)
            .OrderBy(i => i.Date).ThenBy(i => i.StartTime).ThenBy(i => i.Id).ToListAsync(ct);
        var start = programme.Where(i => i.Date == d.StartsOn).Min(i => i.StartTime) ?? DelegationInvitation.DayStarts;
        var end = programme.Where(i => i.Date == d.EndsOn).Max(i => i.EndTime) ?? DelegationInvitation.DayEnds;
        var sequence = d.InvitationSequence is { } last ? last + 1 : 0;
        d.InvitationSequence = sequence;
        var text = DelegationInvitation.Write(new InvitationEvent(d.Id, d.Title,
                DelegationInvitation.Description(d.Purpose, programme), d.Places,
                d.StartsOn.ToDateTime(start), d.EndsOn.ToDateTime(end > start || d.EndsOn > d.StartsOn ? end : start),
                sequence, cancel, sender.DisplayName ?? sender.Email, sender.Email,
                [.. recipients.Select(m => new InvitationAttendee(m.Name, m.Email))]),
            db.Clock.GetUtcNow().UtcDateTime);
        var (title, body) = cancel
            ? ("Invitation cancelled: {0}",
                "The cancellation of the delegation “{0}” ({1:dd/MM/yyyy} – {2:dd/MM/yyyy}) was sent to {3}.")
            : ("Invitation sent: {0}",
                "The calendar invitation of the delegation “{0}” ({1:dd/MM/yyyy} – {2:dd/MM/yyyy}) was sent to "
                    + "{3}.");
        foreach (var m in recipients)
        {
            await notifier.QueueAsync(new NotificationDraft(d.ProvinceId, senderId!,
                NotificationKinds.CalendarInvitation, title, body, [d.Title, d.StartsOn, d.EndsOn, m.Name],
                DelegationNotifications.Link(d), $"{KeyPrefix(d.Id)}{sequence}:{m.MemberId}")
            {
                Calendar = text,
                MailTo = m.Email,
            }, ct);
        }

        return recipients.Count;
    }
}
