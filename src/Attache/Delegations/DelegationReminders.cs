using System.Linq.Expressions;
using Attache.Accounts;
using Attache.Infrastructure;
using Attache.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Attache.Delegations;

/// <summary>The outcome report of an outbound delegation, by the register's one rule
/// (<see cref="DelegationCounting.ReportOverdueOn"/>: still Completed more than the configured days after the
/// return): due within <see cref="DaysAhead"/> days → the officer who proposed the delegation (else the province's
/// Officers); overdue → the same and the province's Leaders. Once each per delegation.</summary>
public sealed class OutcomeReportReminder(IOptions<DelegationOptions> options) : IReminderRule
{
    public const int DaysAhead = 3;

    public string Kind => NotificationKinds.OutcomeReportDue;

    public async Task<IReadOnlyList<NotificationDraft>> FindAsync(AttacheDb db, int provinceId, DateOnly today,
        CancellationToken ct)
    {
        var days = options.Value.ReportDueDays;
        var overdueNow = DelegationCounting.ReportOverdueOn(today, days);
        // Overdue the day after the last day in time: due within DaysAhead days when overdue then but not now.
        var overdueSoon = DelegationCounting.ReportOverdueOn(today.AddDays(DaysAhead + 1), days);
        var notYet = Expression.Lambda<Func<Delegation, bool>>(Expression.Not(overdueNow.Body), overdueNow.Parameters);
        var inProvince = db.Set<Delegation>().AsNoTracking().Where(d => d.ProvinceId == provinceId);
        var soon = await inProvince.Where(overdueSoon).Where(notYet)
            .Select(d => new { d.Id, d.Title, d.EndsOn }).ToListAsync(ct);
        var overdue = await inProvince.Where(overdueNow).Select(d => new { d.Id, d.Title, d.EndsOn }).ToListAsync(ct);

        var drafts = new List<NotificationDraft>();
        var officers = await ReminderAudience.LoadAsync(db, provinceId, DelegationNotifications.AuditEntity,
            [.. soon.Select(d => d.Id)], Roles.Officer, withLeaders: false, ct);
        foreach (var d in soon)
        {
            var due = d.EndsOn.AddDays(days);
            drafts.AddRange(officers.For(d.Id).Select(to => new NotificationDraft(provinceId, to, Kind,
                "Outcome report due on {1:dd/MM/yyyy}: {0}",
                "The outcome report of the delegation “{0}” is due on {1:dd/MM/yyyy}, {2} days after its return.",
                [d.Title, due, days], $"/delegations/{d.Id}", $"report-due:{d.Id}")));
        }

        var everyone = await ReminderAudience.LoadAsync(db, provinceId, DelegationNotifications.AuditEntity,
            [.. overdue.Select(d => d.Id)], Roles.Officer, withLeaders: true, ct);
        foreach (var d in overdue)
        {
            var due = d.EndsOn.AddDays(days);
            drafts.AddRange(everyone.For(d.Id).Select(to => new NotificationDraft(provinceId, to, Kind,
                "Outcome report overdue: {0}",
                "The outcome report of the delegation “{0}” was due on {1:dd/MM/yyyy} and has not been given.",
                [d.Title, due], $"/delegations/{d.Id}", $"report-overdue:{d.Id}")));
        }

        return drafts;
    }
}
