using Attache.Agreements;
using Attache.Aid;
using Attache.Delegations;
using Attache.Events;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Plans;

/// <summary>Links the demo plans' items to the demo records of 2025 that carried them out, so that "planned against
/// done" is counted from records like any other figure.</summary>
internal static class PlanDemoLinks
{
    public static async Task LinkAsync(AttacheDb db, AnnualPlan plan, CancellationToken ct)
    {
        var from = new DateOnly(plan.Year, 1, 1);
        var to = new DateOnly(plan.Year, 12, 31);
        foreach (var item in plan.Items)
        {
            var quarterStart = from.AddMonths((item.Quarter - 1) * 3);
            var records = item.Category switch
            {
                PlanCategory.Delegation => await db.Set<Delegation>().Where(d => d.ProvinceId == plan.ProvinceId
                        && d.Status != DelegationStatus.Cancelled && d.StartsOn >= from && d.StartsOn <= to
                        && d.Direction == (item.Title.Contains("Đoàn ra", StringComparison.Ordinal)
                            ? DelegationDirection.Outbound : DelegationDirection.Inbound))
                    .OrderBy(d => d.StartsOn).ThenBy(d => d.Id).Take(item.Target)
                        .Select(d => new Link("delegation", d.Id, d.Title)).ToListAsync(ct),
                PlanCategory.Agreement => await db.Set<Agreement>()
                    .Where(a => a.ProvinceId == plan.ProvinceId && a.SignedOn >= from && a.SignedOn <= to)
                    .OrderBy(a => a.SignedOn).ThenBy(a => a.Id).Take(item.Target)
                        .Select(a => new Link("agreement", a.Id, a.TitleVi)).ToListAsync(ct),
                PlanCategory.Event or PlanCategory.Promotion => await db.Set<CooperationEvent>()
                    .Where(e => e.ProvinceId == plan.ProvinceId
                        && e.StartsOn >= quarterStart && e.StartsOn <= to && (item.Category == PlanCategory.Promotion
                            ? e.Kind == EventKind.Seminar || e.Kind == EventKind.InvestmentPromotion
                                || e.Kind == EventKind.TradeFair || e.Kind == EventKind.Conference
                            : e.Kind != EventKind.Seminar && e.Kind != EventKind.InvestmentPromotion
                                && e.Kind != EventKind.TradeFair))
                    .OrderBy(e => e.StartsOn).ThenBy(e => e.Id).Take(item.Target)
                        .Select(e => new Link("event", e.Id, e.Title)).ToListAsync(ct),
                PlanCategory.Aid => await db.Set<AidProject>()
                    .Where(p => p.ProvinceId == plan.ProvinceId && (p.ActualStart ?? p.PlannedStart) >= from
                        && (p.ActualStart ?? p.PlannedStart) <= to)
                    .OrderBy(p => p.Identifier).Take(item.Target).Select(p => new Link("aidProject", p.Id, p.TitleVi))
                        .ToListAsync(ct),
                _ => [],
            };

            item.Links.AddRange(records.Select(r => new PlanItemLink
            {
                ProvinceId = plan.ProvinceId, PlanId = plan.Id, Entity = r.Entity, EntityId = r.Id,
                Label = r.Label is { Length: > 300 } label ? label[..300] : r.Label,
            }));
        }

        await db.SaveChangesAsync(ct);
    }

    private sealed record Link(string Entity, int Id, string? Label);
}
