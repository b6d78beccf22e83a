using Attache.Accounts;
using Attache.Infrastructure;
using Attache.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Attache.Labour;

/// <summary>Workers still recorded abroad after their cohort's planned return (<see cref="WorkerDates.PastReturnOn"/>):
/// one notification per cohort, with a count and no name (a mail is no place for personal data; the names are on the
/// cohort's page for those who may see them), to the officer who recorded the cohort (else the province's Officers)
/// and the Leaders, once per cohort.</summary>
public sealed class WorkerNotReturnedReminder : IReminderRule
{
    public string Kind => NotificationKinds.WorkerNotReturned;

    public async Task<IReadOnlyList<NotificationDraft>> FindAsync(AttacheDb db, int provinceId, DateOnly today,
        CancellationToken ct)
    {
        var cohorts = await db.Set<SeasonalWorker>().AsNoTracking().Where(w => w.ProvinceId == provinceId)
            .Where(WorkerDates.PastReturnOn(today))
            .GroupBy(w => new { w.CohortId, w.Cohort!.ProgrammeId, w.Cohort.Name, w.Cohort.PlannedReturnOn })
            .Select(g => new
            {
                g.Key.CohortId, g.Key.ProgrammeId, g.Key.Name, g.Key.PlannedReturnOn, Workers = g.Count(),
            })
            .ToListAsync(ct);
        var audience = await ReminderAudience.LoadAsync(db, provinceId, "labourCohort",
            [.. cohorts.Select(c => c.CohortId)], Roles.Officer, withLeaders: true, ct);
        return [.. cohorts.SelectMany(c => audience.For(c.CohortId).Select(to => new NotificationDraft(provinceId, to,
            Kind, "Workers past their return date: {0}",
            "{1} workers of the cohort “{0}” are still recorded abroad after its planned return on {2:dd/MM/yyyy}.",
            [c.Name, c.Workers, c.PlannedReturnOn], $"/labour/{c.ProgrammeId}/cohorts/{c.CohortId}",
            $"worker-not-returned:{c.CohortId}")))];
    }
}
