using Attache.Accounts;
using Attache.Infrastructure;
using Attache.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Attache.Agreements;

/// <summary>An agreement in force nears its expiry (<see cref="AgreementFollowUp.ExpiringBy"/>): a notice 90 days
/// before and another 30 days before, to the officer who recorded it (else the province's Officers). One already
/// past its expiry is the home page's matter, not a reminder; one renewing itself does not expire. A new expiry date
/// (an extension) is a new occasion.</summary>
public sealed class AgreementExpiringReminder : IReminderRule
{
    public const int FirstNotice = AgreementFollowUp.ExpiringWithinDays;
    public const int LastNotice = 30;

    public string Kind => NotificationKinds.AgreementExpiring;

    public async Task<IReadOnlyList<NotificationDraft>> FindAsync(AttacheDb db, int provinceId, DateOnly today,
        CancellationToken ct)
    {
        var rows = await db.Set<Agreement>().AsNoTracking().Where(a => a.ProvinceId == provinceId)
            .Where(AgreementFollowUp.ExpiringBy(today.AddDays(FirstNotice)))
            .Where(a => a.ExpiresOn >= today && !a.AutoRenewal)
            .Select(a => new { a.Id, a.TitleVi, ExpiresOn = a.ExpiresOn!.Value }).ToListAsync(ct);
        var audience = await ReminderAudience.LoadAsync(db, provinceId, AgreementReminders.AuditEntity,
            [.. rows.Select(a => a.Id)], Roles.Officer, withLeaders: false, ct);
        return [.. rows.SelectMany(a =>
        {
            var notice = a.ExpiresOn <= today.AddDays(LastNotice) ? LastNotice : FirstNotice;
            return audience.For(a.Id).Select(to => new NotificationDraft(provinceId, to, Kind,
                "Agreement expiring on {1:dd/MM/yyyy}: {0}",
                "The agreement “{0}” expires on {1:dd/MM/yyyy}, within {2} days: time to renew it or let it end.",
                [a.TitleVi, a.ExpiresOn, notice], AgreementReminders.Link(a.Id),
                $"agreement-expiring:{notice}:{a.Id}:{a.ExpiresOn:yyyy-MM-dd}"));
        })];
    }
}

/// <summary>An agreement in force with nothing done for a year (<see cref="AgreementFollowUp.InactiveSince"/>): the
/// officer who recorded it (else the province's Officers) is told once per spell of inactivity.</summary>
public sealed class AgreementInactiveReminder : IReminderRule
{
    public string Kind => NotificationKinds.AgreementInactive;

    public async Task<IReadOnlyList<NotificationDraft>> FindAsync(AttacheDb db, int provinceId, DateOnly today,
        CancellationToken ct)
    {
        var rows = await db.Set<Agreement>().AsNoTracking().Where(a => a.ProvinceId == provinceId)
            .Where(AgreementFollowUp.InactiveSince(today.AddDays(-AgreementFollowUp.InactiveAfterDays)))
            .Select(a => new
            {
                a.Id,
                a.TitleVi,
                Since = a.Activities.Max(x => (DateOnly?)x.Date) ?? a.EffectiveOn ?? a.SignedOn,
            }).ToListAsync(ct);
        var audience = await ReminderAudience.LoadAsync(db, provinceId, AgreementReminders.AuditEntity,
            [.. rows.Select(a => a.Id)], Roles.Officer, withLeaders: false, ct);
        return [.. rows.SelectMany(a => audience.For(a.Id).Select(to => new NotificationDraft(provinceId, to, Kind,
            "Agreement inactive for a year: {0}",
            "Nothing has been recorded for the agreement “{0}” since {1:dd/MM/yyyy}: is it still alive?",
            [a.TitleVi, a.Since], AgreementReminders.Link(a.Id), $"agreement-inactive:{a.Id}:{a.Since:yyyy-MM-dd}")))];
    }
}

internal static class AgreementReminders
{
    public const string AuditEntity = "agreement";

    public static string Link(int id) => $"/agreements/{id}";
}
