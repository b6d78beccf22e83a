using Attache.Infrastructure;
using Attache.Plans;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reports;

public static partial class ReportQueries
{
    /// <summary>The yearly plans of the years the period touches, planned against done by category (the plan's own count).</summary>
    private static async Task<PlanSummary> PlanAsync(AttacheDb db, Scope scope, Period period, List<SectionRecords> records,
        CancellationToken ct)
    {
        var (first, last) = (period.From.Year, period.To.Year);
        var plans = db.Set<AnnualPlan>().AsNoTracking().In(scope).Where(p => p.Year >= first && p.Year <= last);
        var count = await plans.CountAsync(ct);
        if (count == 0)
        {
            return PlanSummary.Empty;
        }

        var planIds = plans.Select(p => p.Id);
        var items = await (from i in db.Set<PlanItem>().AsNoTracking()
                           join p in plans on i.PlanId equals p.Id
                           orderby p.Year, i.Category, i.Quarter, i.Id
                           select new { Province = i.Province!.Code, p.Year, i.Quarter, i.Category, i.Title, i.Target, Linked = i.Links.Count })
            .Take(MaxRecordsPerSection).ToListAsync(ct);
        records.Add(new SectionRecords(ReportSection.Plan, ["province", "year", "quarter", "category", "title", "target", "done"],
            [.. items.Select(i => new object?[] { i.Province, i.Year, i.Quarter, i.Category.ToString(), i.Title, i.Target,
                Math.Min(i.Linked, i.Target) })]));
        var progress = await PlanService.ProgressAsync(
            db.Set<PlanItem>().AsNoTracking().Where(i => planIds.Contains(i.PlanId)), ct);
        return new PlanSummary(count, [.. progress.Select(p => new PlanCategorySummary(p.Category.ToString(), p.PlannedItems, p.DoneItems, p.Planned, p.Done))]);
    }
}
