using Attache.Accounts;
using Attache.Infrastructure;
using Attache.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Attache.Foreigners;

/// <summary>A foreign organisation's permit ends within 90 days
/// (<see cref="ForeignOrganisationDates.PermitExpiringOn"/>,
/// not yet ended: an ended permit is the home page's matter): the officer who registered the organisation (else the
/// province's Officers), once per permit end date.</summary>
public sealed class PermitExpiringReminder : IReminderRule
{
    public string Kind => NotificationKinds.PermitExpiring;

    public async Task<IReadOnlyList<NotificationDraft>> FindAsync(AttacheDb db, int provinceId, DateOnly today,
        CancellationToken ct)
    {
        var rows = await db.Set<ForeignOrganisation>().AsNoTracking().Where(o => o.ProvinceId == provinceId)
            .Where(ForeignOrganisationDates.PermitExpiringOn(today)).Where(o => o.PermitValidTo >= today)
            .Select(o => new { o.Id, o.Name, Until = o.PermitValidTo!.Value }).ToListAsync(ct);
        var audience = await ReminderAudience.LoadAsync(db, provinceId, ForeignOrganisationReminders.AuditEntity,
            [.. rows.Select(o => o.Id)], Roles.Officer, withLeaders: false, ct);
        return [.. rows.SelectMany(o => audience.For(o.Id).Select(to => new NotificationDraft(provinceId, to, Kind,
            "Permit ending on {1:dd/MM/yyyy}: {0}",
            "The permit of the foreign organisation “{0}” ends on {1:dd/MM/yyyy}.",
            [o.Name, o.Until], ForeignOrganisationReminders.Link(o.Id),
            $"permit-expiring:{o.Id}:{o.Until:yyyy-MM-dd}")))];
    }
}

/// <summary>A report of a foreign organisation still working is overdue
/// (<see cref="ForeignOrganisationDates.IsOverdue"/>): the officer who registered the organisation (else the
/// province's Officers) and the Leaders, once per report.</summary>
public sealed class ForeignReportOverdueReminder : IReminderRule
{
    public string Kind => NotificationKinds.ForeignReportOverdue;

    public async Task<IReadOnlyList<NotificationDraft>> FindAsync(AttacheDb db, int provinceId, DateOnly today,
        CancellationToken ct)
    {
        var organisations = await db.Set<ForeignOrganisation>().AsNoTracking().Include(o => o.Reports)
            .Where(o => o.ProvinceId == provinceId).Where(ForeignOrganisationDates.ReportOverdueOn(today))
            .ToListAsync(ct);
        var audience = await ReminderAudience.LoadAsync(db, provinceId, ForeignOrganisationReminders.AuditEntity,
            [.. organisations.Select(o => o.Id)], Roles.Officer, withLeaders: true, ct);
        return [.. from o in organisations
            from r in o.Reports.Where(r => r.IsOverdue(today))
            from to in audience.For(o.Id)
            select new NotificationDraft(provinceId, to, Kind, "Report overdue: {0}",
                "The report “{1}” of the foreign organisation “{0}” was due on {2:dd/MM/yyyy} and has not been "
                    + "received.",
                [o.Name, r.Title, r.DueOn], ForeignOrganisationReminders.Link(o.Id), $"foreign-report-overdue:{r.Id}")];
    }
}

internal static class ForeignOrganisationReminders
{
    public const string AuditEntity = "foreignOrganisation";

    public static string Link(int id) => $"/foreign-organisations/{id}";
}
