using Attache.Accounts;
using Attache.Infrastructure;
using Attache.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Attache.Dossiers;

/// <summary>A dossier not yet returned whose legal deadline is within <see cref="WorkingDaysAhead"/> working days
/// (<see cref="DossierDeadlines.DueBetween"/>), or has passed (<see cref="DossierDeadlines.OverdueOn"/>). The consular
/// desk handles dossiers: the officer who received it (else the province's ConsularOfficers); past the deadline, the
/// Leaders too. Once each per dossier and due day.</summary>
public sealed class DossierDeadlineReminder : IReminderRule
{
    public const int WorkingDaysAhead = 2;

    public string Kind => NotificationKinds.DossierDeadline;

    public async Task<IReadOnlyList<NotificationDraft>> FindAsync(AttacheDb db, int provinceId, DateOnly today,
        CancellationToken ct)
    {
        var until = await DossierService.DueOnAsync(db, today, WorkingDaysAhead, ct);
        var dossiers = db.Set<Dossier>().AsNoTracking().Where(d => d.ProvinceId == provinceId);
        var near = await dossiers.Where(DossierDeadlines.DueBetween(today, until))
            .Select(d => new { d.Id, d.Reference, d.DueOn }).ToListAsync(ct);
        var overdue = await dossiers.Where(DossierDeadlines.OverdueOn(today))
            .Select(d => new { d.Id, d.Reference, d.DueOn }).ToListAsync(ct);
        var desk = await ReminderAudience.LoadAsync(db, provinceId, DossierReminders.AuditEntity,
            [.. near.Select(d => d.Id)], Roles.ConsularOfficer, withLeaders: false, ct);
        var withLeaders = await ReminderAudience.LoadAsync(db, provinceId, DossierReminders.AuditEntity,
            [.. overdue.Select(d => d.Id)], Roles.ConsularOfficer, withLeaders: true, ct);
        return
        [
            .. near.SelectMany(d => desk.For(d.Id).Select(to => new NotificationDraft(provinceId, to, Kind,
                "Dossier due on {1:dd/MM/yyyy}: {0}",
                "The dossier {0} must be returned by {1:dd/MM/yyyy}, its legal deadline.",
                [d.Reference, d.DueOn], DossierReminders.Link(d.Id), $"dossier-near:{d.Id}:{d.DueOn:yyyy-MM-dd}"))),
            .. overdue.SelectMany(d => withLeaders.For(d.Id).Select(to => new NotificationDraft(provinceId, to, Kind,
                "Dossier past its deadline: {0}",
                "The dossier {0} was due on {1:dd/MM/yyyy}, its legal deadline, and has not been returned.",
                [d.Reference, d.DueOn], DossierReminders.Link(d.Id),
                $"dossier-overdue:{d.Id}:{d.DueOn:yyyy-MM-dd}"))),
        ];
    }
}

/// <summary>An ABTC card expires within the renewal window (<see cref="DossierDeadlines.CardRenewalDueOn"/>, not yet
/// expired): the officer who handled the dossier (else the ConsularOfficers), once per card expiry.</summary>
public sealed class AbtcRenewalReminder : IReminderRule
{
    public string Kind => NotificationKinds.AbtcRenewal;

    public async Task<IReadOnlyList<NotificationDraft>> FindAsync(AttacheDb db, int provinceId, DateOnly today,
        CancellationToken ct)
    {
        var rows = await db.Set<Dossier>().AsNoTracking().Where(d => d.ProvinceId == provinceId)
            .Where(DossierDeadlines.CardRenewalDueOn(today, DossierRules.RenewalWindowDays))
            .Where(d => d.CardExpiresOn >= today)
            .Select(d => new { d.Id, d.Reference, d.CardNumber, Expires = d.CardExpiresOn!.Value }).ToListAsync(ct);
        var audience = await ReminderAudience.LoadAsync(db, provinceId, DossierReminders.AuditEntity,
            [.. rows.Select(d => d.Id)], Roles.ConsularOfficer, withLeaders: false, ct);
        return [.. rows.SelectMany(d => audience.For(d.Id).Select(to => new NotificationDraft(provinceId, to, Kind,
            "APEC card to renew by {1:dd/MM/yyyy}: {0}",
            "The APEC business travel card of the dossier {0} expires on {1:dd/MM/yyyy}: its holder should apply "
                + "for a new one.",
            [d.Reference, d.Expires], DossierReminders.Link(d.Id), $"abtc-renewal:{d.Id}:{d.Expires:yyyy-MM-dd}")))];
    }
}

internal static class DossierReminders
{
    public const string AuditEntity = "dossier";

    public static string Link(int id) => $"/dossiers/{id}";
}
