using Attache.Accounts;
using Attache.Infrastructure;
using Attache.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Attache.Plans;

/// <summary>A plan item is late when the quarter it was planned for has ended and it is not done (fewer linked records
/// than its target, the rule of <see cref="PlanService.ProgressAsync(int, CancellationToken)"/>). Told once, to the
/// officer who added the item (else the province's Officers) and the Leaders, for the quarters ended in the last
/// year (older plans are history, not reminders).</summary>
public sealed class PlanItemLateReminder : IReminderRule
{
    public string Kind => NotificationKinds.PlanItemLate;

    /// <summary>Quarters counted from year 0: 2026 Q1 is 2026 × 4.</summary>
    public static int QuarterIndex(int year, int quarter) => year * 4 + quarter - 1;

    public async Task<IReadOnlyList<NotificationDraft>> FindAsync(AttacheDb db, int provinceId, DateOnly today,
        CancellationToken ct)
    {
        var current = QuarterIndex(today.Year, (today.Month + 2) / 3);
        var (first, last) = (current - 4, current - 1);
        var rows = await db.Set<PlanItem>().AsNoTracking().Where(i => i.ProvinceId == provinceId)
            .Join(db.Set<AnnualPlan>(), i => i.PlanId, p => p.Id, (i, p) => new { Item = i, p.Year })
            .Where(x => x.Year * 4 + x.Item.Quarter - 1 >= first && x.Year * 4 + x.Item.Quarter - 1 <= last
                && x.Item.Links.Count < x.Item.Target)
            .Select(x => new { x.Item.Id, x.Item.PlanId, x.Item.Title, x.Item.Quarter, x.Year }).ToListAsync(ct);
        var audience = await ReminderAudience.LoadAsync(db, provinceId, "planItem", [.. rows.Select(i => i.Id)],
            Roles.Officer, withLeaders: true, ct);
        return [.. rows.SelectMany(i => audience.For(i.Id).Select(to => new NotificationDraft(provinceId, to, Kind,
            "Plan item late: {0}",
            "The plan item “{0}”, planned for quarter {1} of {2}, is not done.",
            [i.Title, i.Quarter, i.Year], $"/plans/{i.PlanId}", $"plan-item-late:{i.Id}")))];
    }
}
