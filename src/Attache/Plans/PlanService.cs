using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Plans;

public sealed record PlanRow(int Id, string Province, int Year, string Title, int Items, int Version);

public sealed record PlanLinkDto(int Id, string Entity, int EntityId, string? Label);

public sealed record PlanItemDto(int Id, PlanCategory Category, int Quarter, string Title, int Target, string? Notes,
    IReadOnlyList<PlanLinkDto> Links, bool Done)
{
    /// <summary>The item's version, to send back when changing it.</summary>
    public int Version { get; init; }
}

public sealed record PlanDto(int Id, string Province, int Year, string Title, string? DecisionNumber,
    DateOnly? DecisionDate, string? Notes, IReadOnlyList<PlanItemDto> Items, DateTime UpdatedAt, int Version);

/// <summary>Planned against done for one category: items and their targets, and what the linked records carried
/// out.</summary>
public sealed record PlanProgress(PlanCategory Category, int PlannedItems, int DoneItems, int Planned, int Done);

public sealed class PlanQuery : PageRequest
{
    public int? Year { get; set; }
}

/// <summary>The yearly plans' reads and writes: the plan, its items and the records linked to them, called by the API
/// and the pages alike.</summary>
public sealed class PlanService(AttacheDb db) : IFeatureService
{
    public async Task<Paged<PlanRow>> ListAsync(PlanQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<AnnualPlan>().AsNoTracking();
        if (q.Year is { } year)
        {
            query = query.Where(p => p.Year == year);
        }

        return await query.OrderByDescending(p => p.Year).ThenBy(p => p.ProvinceId)
            .Select(p => new PlanRow(p.Id, p.Province!.Code, p.Year, p.Title, p.Items.Count, p.Version))
            .ToPageAsync(q, ct);
    }

    public async Task<PlanDto?> GetAsync(int id, CancellationToken ct)
    {
        var plan = await db.Set<AnnualPlan>().AsNoTracking().Include(p => p.Province)
            .Include(p => p.Items).ThenInclude(i => i.Links).AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null)
        {
            return null;
        }

        var items = plan.Items.OrderBy(i => i.Quarter).ThenBy(i => i.Category).ThenBy(i => i.Id)
            .Select(i => new PlanItemDto(i.Id, i.Category, i.Quarter, i.Title, i.Target, i.Notes,
                [.. i.Links.OrderBy(l => l.Id).Select(l => new PlanLinkDto(l.Id, l.Entity, l.EntityId, l.Label))],
                i.Links.Count >= i.Target)
            { Version = i.Version });
        return new PlanDto(plan.Id, plan.Province!.Code, plan.Year, plan.Title, plan.DecisionNumber,
            plan.DecisionDate, plan.Notes, [.. items], plan.UpdatedAt, plan.Version);
    }

    /// <summary>The plan as its edit form holds it: a new plan is for this year (in Viet Nam); null when there is no
    /// such plan in the province.</summary>
    public async Task<PlanInput?> GetInputAsync(int? id, CancellationToken ct)
    {
        if (id is null)
        {
            return new PlanInput { Year = db.Clock.TodayInVietnam().Year };
        }

        var plan = await db.Set<AnnualPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return plan is null ? null : new PlanInput
        {
            Year = plan.Year, Title = plan.Title, DecisionNumber = plan.DecisionNumber,
            DecisionDate = plan.DecisionDate, Notes = plan.Notes, Version = plan.Version,
        };
    }

    public async Task<AnnualPlan> SaveAsync(int? id, PlanInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        AnnualPlan plan;
        if (id is null)
        {
            plan = new AnnualPlan { Title = "" };
            db.Add(plan);
        }
        else
        {
            plan = await FindAsync(id.Value, ct);
            db.CheckVersion(plan, input.Version);
        }

        // The tenant filter limits this to the request's province; the unique index guards the rest.
        if (await db.Set<AnnualPlan>().AnyAsync(p => p.Year == input.Year && p.Id != plan.Id, ct))
        {
            throw InputValidation.Error("year", "The province already has a plan for this year.");
        }

        plan.Year = input.Year!.Value;
        plan.Title = input.Title!.Trim();
        plan.DecisionNumber = input.DecisionNumber?.Trim();
        plan.DecisionDate = input.DecisionDate;
        plan.Notes = input.Notes?.Trim();
        await db.SaveChangesAsync(ct);
        return plan;
    }

    public async Task<PlanItem> SaveItemAsync(int planId, int? itemId, PlanItemInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var plan = await FindAsync(planId, ct);
        PlanItem item;
        if (itemId is null)
        {
            item = new PlanItem { Title = "", PlanId = plan.Id, ProvinceId = plan.ProvinceId };
            db.Add(item);
        }
        else
        {
            item = await db.Set<PlanItem>().FirstOrDefaultAsync(i => i.Id == itemId && i.PlanId == planId, ct)
                ?? throw NotFound("plan item", itemId.Value);
            db.CheckVersion(item, input.Version);
        }

        item.Category = input.Category!.Value;
        item.Quarter = input.Quarter!.Value;
        item.Title = input.Title!.Trim();
        item.Target = input.Target ?? 1;
        item.Notes = input.Notes?.Trim();
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task<PlanItemLink> LinkAsync(int planId, int itemId, PlanLinkInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var item = await db.Set<PlanItem>().FirstOrDefaultAsync(i => i.Id == itemId && i.PlanId == planId, ct)
            ?? throw NotFound("plan item", itemId);
        await RecordReference.CheckAsync(db, input.Entity!, input.EntityId!.Value, item.ProvinceId, "entity",
            "entityId", ct);
        if (await db.Set<PlanItemLink>().AnyAsync(
            l => l.PlanItemId == itemId && l.Entity == input.Entity && l.EntityId == input.EntityId, ct))
        {
            throw ProblemException.Conflict("The record is already linked to this plan item.");
        }

        var link = new PlanItemLink
        {
            PlanItemId = item.Id, PlanId = planId, ProvinceId = item.ProvinceId,
            Entity = input.Entity!, EntityId = input.EntityId!.Value, Label = input.Label?.Trim(),
        };
        db.Add(link);
        await db.SaveChangesAsync(ct);
        return link;
    }

    /// <summary>Removes the plan (<typeparamref name="T"/> AnnualPlan) or one of its items; false when the plan has
    /// no such one.</summary>
    public async Task<bool> DeleteAsync<T>(int planId, int id, CancellationToken ct)
        where T : ProvinceEntity
    {
        var entity = await db.Set<T>().FirstOrDefaultAsync(e => e.Id == id, ct);
        var belongs = entity switch
        {
            AnnualPlan p => p.Id == planId,
            PlanItem i => i.PlanId == planId,
            _ => false,
        };
        if (entity is null || !belongs)
        {
            return false;
        }

        db.Remove(entity);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Removes a link of the plan's item; false when that item of that plan has no such link.</summary>
    public async Task<bool> UnlinkAsync(int planId, int itemId, int linkId, CancellationToken ct)
    {
        var link = await db.Set<PlanItemLink>()
            .FirstOrDefaultAsync(l => l.Id == linkId && l.PlanItemId == itemId && l.PlanId == planId, ct);
        if (link is null)
        {
            return false;
        }

        db.Remove(link);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Planned against done by category, counted by the database. An item is done when it has as many
    /// linked records as its target; "done" counts linked records up to each item's target.</summary>
    public Task<List<PlanProgress>> ProgressAsync(int planId, CancellationToken ct) =>
        ProgressAsync(db.Set<PlanItem>().AsNoTracking().Where(i => i.PlanId == planId), ct);

    /// <summary>The same over any set of plan items (the plans of a report's years).</summary>
    public static async Task<List<PlanProgress>> ProgressAsync(IQueryable<PlanItem> items, CancellationToken ct)
    {
        var rows = await items
            .Select(i => new { i.Category, i.Target, Linked = i.Links.Count })
            .GroupBy(i => i.Category)
            .Select(g => new
            {
                Category = g.Key,
                PlannedItems = g.Count(),
                DoneItems = g.Count(i => i.Linked >= i.Target),
                Planned = g.Sum(i => i.Target),
                Done = g.Sum(i => i.Linked < i.Target ? i.Linked : i.Target),
            })
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Category)
            .Select(r => new PlanProgress(r.Category, r.PlannedItems, r.DoneItems, r.Planned, r.Done))];
    }

    private async Task<AnnualPlan> FindAsync(int id, CancellationToken ct) =>
        await db.Set<AnnualPlan>().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw NotFound("plan", id);

    private static ProblemException NotFound(string what, int id) =>
        new(StatusCodes.Status404NotFound, "Not found", $"There is no {what} {id}.");
}
