using Attache.Infrastructure;
using Attache.Plans;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reports;

public static partial class ReportQueries
{
    /// <summary>The yearly plans of the years the period touches, planned against done by category (the plan's own count).</summary>
    private static async Task<PlanSummary> PlanAsync(AttacheDb db, Scope scope, Period period, CancellationToken ct)
    {
        var (first, last) = (period.From.Year, period.To.Year);
        var plans = db.Set<AnnualPlan>().AsNoTracking().In(scope).Where(p => p.Year >= first && p.Year <= last);
        var count = await plans.CountAsync(ct);
        if (count == 0)
        {
            return PlanSummary.Empty;
        }

        var planIds = plans.Select(p => p.Id);
        var progress = await PlanQueries.ProgressAsync(db.Set<PlanItem>().AsNoTracking().Where(i => planIds.Contains(i.PlanId)), ct);
        return new PlanSummary(count, [.. progress.Select(p => new PlanCategorySummary(p.Category.ToString(), p.PlannedItems, p.DoneItems, p.Planned, p.Done))]);
    }
}
