using System.Linq.Expressions;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Agreements;

public sealed record ReminderRow(int Id, string Province, AgreementKind Kind, string TitleVi, string? TitleEn,
    DateOnly? SignedOn,
    DateOnly? ExpiresOn, bool AutoRenewal, DateOnly? LastActivityOn);

public sealed class ReminderQuery : PageRequest
{
    /// <summary>The day to count from; today (in Viet Nam) when not given.</summary>
    public DateOnly? AsOf { get; set; }

    /// <summary>How far ahead an expiry counts as coming (expiring) or how long without activity counts as idle
    /// (inactive).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3650, ErrorMessage = Messages.OutOfRange)]
    public int? Days { get; set; }
}

/// <summary>The reminders that keep an agreement alive (expiring soon, nothing done for a year); reads only.</summary>
public static class AgreementFollowUp
{
    public const int ExpiringWithinDays = 90;
    public const int InactiveAfterDays = 365;

    /// <summary>Recorded in force with an expiry on or before <paramref name="until"/> (a passed one too).</summary>
    public static Expression<Func<Agreement, bool>> ExpiringBy(DateOnly until) =>
        a => a.Status == AgreementStatus.InForce && a.ExpiresOn <= until;

    /// <summary>Recorded in force since <paramref name="since"/> or before, with no activity after it.</summary>
    public static Expression<Func<Agreement, bool>> InactiveSince(DateOnly since) =>
        a => a.Status == AgreementStatus.InForce && (a.EffectiveOn ?? a.SignedOn) <= since
            && !a.Activities.Any(x => x.Date > since);

    /// <summary>Agreements in force whose expiry falls within the coming days (90 unless told): time to renew or let
    /// go.
    /// One already past its expiry but still marked in force is listed too, first: it needs the most urgent
    /// look.</summary>
    public static async Task<Paged<ReminderRow>> ExpiringAsync(AttacheDb db, ReminderQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var asOf = q.AsOf ?? db.Clock.TodayInVietnam();
        var until = asOf.AddDays(q.Days ?? ExpiringWithinDays);
        return await db.Set<Agreement>().AsNoTracking()
            .Where(ExpiringBy(until))
            .OrderBy(a => a.ExpiresOn).ThenBy(a => a.Id)
            .Select(a => new ReminderRow(a.Id, a.Province!.Code, a.Kind, a.TitleVi, a.TitleEn, a.SignedOn, a.ExpiresOn,
                a.AutoRenewal,
                a.Activities.Max(x => (DateOnly?)x.Date)))
            .ToPageAsync(q, ct);
    }

    /// <summary>Agreements in force for over a year with no activity in the last year (365 days unless told): alive on
    /// paper only.</summary>
    public static async Task<Paged<ReminderRow>> InactiveAsync(AttacheDb db, ReminderQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var asOf = q.AsOf ?? db.Clock.TodayInVietnam();
        var since = asOf.AddDays(-(q.Days ?? InactiveAfterDays));
        return await db.Set<Agreement>().AsNoTracking()
            .Where(InactiveSince(since))
            .OrderBy(a => a.Activities.Max(x => (DateOnly?)x.Date) ?? a.EffectiveOn ?? a.SignedOn).ThenBy(a => a.Id)
            .Select(a => new ReminderRow(a.Id, a.Province!.Code, a.Kind, a.TitleVi, a.TitleEn, a.SignedOn, a.ExpiresOn,
                a.AutoRenewal,
                a.Activities.Max(x => (DateOnly?)x.Date)))
            .ToPageAsync(q, ct);
    }
}
