using System.Security.Claims;
using Attache.Accounts;
using Attache.Infrastructure;
using Attache.Notifications;

namespace Attache.Delegations;

/// <summary>The events of the register that tell someone, queued on the caller's context so that they are saved with
/// the change or not at all. Nobody is told of their own action.</summary>
public sealed class DelegationNotifications(AttacheDb db, Notifier notifier, CurrentUser user) : IFeatureService
{
    /// <summary>The audit trail's name of a delegation: its Created entry says who proposed it.</summary>
    public const string AuditEntity = "delegation";

    private string? Actor => user.Principal.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>A proposed delegation waits for approval: each Leader of its province is told.</summary>
    public async Task SubmittedAsync(Delegation d, CancellationToken ct)
    {
        foreach (var leader in await ReminderAudience.InRoleAsync(db, d.ProvinceId, Roles.Leader, ct))
        {
            if (leader != Actor)
            {
                await notifier.QueueAsync(new NotificationDraft(d.ProvinceId, leader,
                    NotificationKinds.DelegationSubmitted, "Delegation waiting for approval: {0}",
                    "The delegation “{0}” ({1:dd/MM/yyyy} – {2:dd/MM/yyyy}) was proposed and waits for approval.",
                    [d.Title, d.StartsOn, d.EndsOn], Link(d), $"delegation-submitted:{d.Id}"), ct);
            }
        }
    }

    /// <summary>A delegation approved, or cancelled (refused when it was only proposed): the officer who proposed it
    /// is told, found by the audit trail (no column repeats it); a delegation with no such officer (recorded by the
    /// system — demo data, an import — or by someone no longer in the province) is told to the province's
    /// officers, the desk that follows delegations up, as the reminders do (<see cref="ReminderAudience"/>).</summary>
    public async Task DecidedAsync(Delegation d, CancellationToken ct)
    {
        if (d.Status is not (DelegationStatus.Approved or DelegationStatus.Cancelled))
        {
            return;
        }

        var audience = await ReminderAudience.LoadAsync(db, d.ProvinceId, AuditEntity, [d.Id], Roles.Officer,
            withLeaders: false, ct);

        var approved = d.Status == DelegationStatus.Approved;
        var (title, body, args) = approved
            ? ("Delegation approved: {0}", "The delegation “{0}” was approved by decision {1} of {2}.",
                new object?[] { d.Title, d.DecisionNumber, d.ApprovingAuthority })
            : d.CancellationReason is null
                ? ("Delegation cancelled: {0}", "The delegation “{0}” was cancelled.", [d.Title])
                : ("Delegation cancelled: {0}", "The delegation “{0}” was cancelled. Reason: {1}",
                    new object?[] { d.Title, d.CancellationReason });
        foreach (var officer in audience.For(d.Id).Where(o => o != Actor))
        {
            await notifier.QueueAsync(new NotificationDraft(d.ProvinceId, officer, NotificationKinds.DelegationDecided,
                title, body, args, Link(d), $"delegation-decided:{d.Status}:{d.Id}"), ct);
        }
    }

    internal static string Link(Delegation d) => $"/delegations/{d.Id}";
}
