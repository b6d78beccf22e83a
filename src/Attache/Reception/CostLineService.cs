using System.Security.Claims;
using System.Text.Json.Serialization;
using Attache.Accounts;
using Attache.Delegations;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reception;

public sealed record CostLineDto(int Id, NormKind Kind, GuestLevel Level, string Description, int Units, int Days,
    [property: JsonConverter(typeof(DecimalStringConverter))] decimal UnitAmount,
    [property: JsonConverter(typeof(DecimalStringConverter))] decimal Total,
    [property: JsonConverter(typeof(DecimalStringConverter))] decimal? Spent,
    int? NormId, [property: JsonConverter(typeof(DecimalStringConverter))] decimal? NormAmount, string? NormDecision,
    bool ExceedsNorm, bool NeedsApproval, string? ApprovedBy, DateTime? ApprovedAt, string? ApprovalReason,
    int Version);

/// <summary>A delegation's reception costs: its lines checked against the norms valid on its start date, their
/// totals, and the delegation's budget (which the lines set once there are any).</summary>
public sealed record CostSheet(int DelegationId, string DelegationTitle, DelegationStatus Status, DateOnly NormDate,
    IReadOnlyList<CostLineDto> Lines,
    [property: JsonConverter(typeof(DecimalStringConverter))] decimal PlannedTotal,
    [property: JsonConverter(typeof(DecimalStringConverter))] decimal SpentTotal,
    [property: JsonConverter(typeof(DecimalStringConverter))] decimal? BudgetPlanned,
    [property: JsonConverter(typeof(DecimalStringConverter))] decimal? BudgetSpent,
    int AwaitingApproval);

/// <summary>The cost lines of a delegation's reception, called by the API and the page alike. Every change checks the
/// line against its norm and sets the delegation's planned and spent budget from the lines.</summary>
public sealed class CostLineService(AttacheDb db, CurrentUser user) : IFeatureService
{
    public async Task<CostSheet?> SheetAsync(int delegationId, CancellationToken ct)
    {
        var d = await db.Set<Delegation>().AsNoTracking().Where(x => x.Id == delegationId)
            .Select(x => new { x.Id, x.Title, x.Status, x.StartsOn, x.BudgetPlanned, x.BudgetSpent })
            .FirstOrDefaultAsync(ct);
        if (d is null)
        {
            return null;
        }

        var lines = await db.Set<ReceptionCostLine>().AsNoTracking().Where(l => l.DelegationId == delegationId)
            .OrderBy(l => l.Kind).ThenBy(l => l.Id).ToListAsync(ct);
        var normIds = lines.Where(l => l.NormId != null).Select(l => l.NormId!.Value).Distinct().ToList();
        var norms = await db.Set<SpendingNorm>().AsNoTracking().Where(n => normIds.Contains(n.Id))
            .ToDictionaryAsync(n => n.Id, ct);
        var approverIds = lines.Where(l => l.ApprovedById != null).Select(l => l.ApprovedById!).Distinct().ToList();
        var approvers = await db.Users.AsNoTracking().Where(u => approverIds.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.DisplayName ?? u.Email }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var dtos = lines.Select(l =>
        {
            var norm = l.NormId is { } id ? norms.GetValueOrDefault(id) : null;
            return new CostLineDto(l.Id, l.Kind, l.Level, l.Description, l.Units, l.Days, l.UnitAmount,
                CostLineRules.Total(l), l.Spent, l.NormId, norm?.Amount, norm?.Decision, l.ExceedsNorm,
                CostLineRules.NeedsApproval(l), l.ApprovedById is { } a ? approvers.GetValueOrDefault(a) : null,
                l.ApprovedAt, l.ApprovalReason, l.Version);
        }).ToList();
        return new CostSheet(d.Id, d.Title, d.Status, d.StartsOn, dtos, dtos.Sum(l => l.Total),
            dtos.Sum(l => l.Spent ?? 0m), d.BudgetPlanned, d.BudgetSpent, dtos.Count(l => l.NeedsApproval));
    }

    /// <summary>The line as its form holds it; null when the delegation has no such line.</summary>
    public async Task<CostLineInput?> GetInputAsync(int delegationId, int lineId, CancellationToken ct) =>
        await db.Set<ReceptionCostLine>().AsNoTracking()
            .FirstOrDefaultAsync(l => l.Id == lineId && l.DelegationId == delegationId, ct) is { } line
            ? CostLineInput.From(line)
            : null;

    /// <summary>Adds (lineId null) or changes a line: bad input is a 400 naming each field, a stale version 409, a
    /// delegation or line not in the province 404. A line above its norm is saved, flagged.</summary>
    public async Task<ReceptionCostLine> SaveAsync(int delegationId, int? lineId, CostLineInput input,
        CancellationToken ct)
    {
        InputValidation.Check(input);
        var (delegation, lines) = await LoadAsync(delegationId, ct);
        ReceptionCostLine line;
        CostLineRules.Overrun before;
        if (lineId is null)
        {
            var plan = await db.Set<ReceptionPlan>().FirstOrDefaultAsync(p => p.DelegationId == delegationId, ct);
            if (plan is null)
            {
                // The reception plan is made with the first cost line when nobody has started it yet.
                plan = new ReceptionPlan { DelegationId = delegationId, ProvinceId = delegation.ProvinceId };
                db.Add(plan);
            }

            line = new ReceptionCostLine { Description = "", DelegationId = delegationId };
            plan.CostLines.Add(line);
            lines.Add(line);
            before = default;
        }
        else
        {
            line = lines.FirstOrDefault(l => l.Id == lineId) ?? throw LineNotFound(lineId.Value);
            db.CheckVersion(line, input.Version);
            before = CostLineRules.OverrunOf(line, await NormAmountAsync(db, line.NormId, ct));
        }

        line.Kind = input.Kind!.Value;
        line.Level = input.Level!.Value;
        line.Description = input.Description!.Trim();
        line.Units = input.Units!.Value;
        line.Days = line.Kind == NormKind.PerGuestPerDay ? input.Days ?? 1 : 1;
        line.UnitAmount = input.UnitAmount!.Value;
        line.Spent = input.Spent;
        CostLineRules.Check(line, await NormAsync(line.Kind, line.Level, delegation.StartsOn, ct), before);
        CostLineRules.TieBudget(delegation, lines);
        await db.SaveChangesAsync(ct);
        return line;
    }

    public async Task<bool> DeleteAsync(int delegationId, int lineId, CancellationToken ct)
    {
        var (delegation, lines) = await LoadAsync(delegationId, ct);
        var line = lines.FirstOrDefault(l => l.Id == lineId);
        if (line is null)
        {
            return false;
        }

        db.Remove(line);
        lines.Remove(line);
        if (lines.Count == 0)
        {
            // The last line gone: the budget is no longer computed, and nothing is left to base it on.
            delegation.BudgetPlanned = null;
            delegation.BudgetSpent = null;
        }

        CostLineRules.TieBudget(delegation, lines);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>A Leader approves a line above its norm with a reason: 403 for anyone else, 422 naming 'reason'
    /// without one, 409 for a line within its norm.</summary>
    public async Task<ReceptionCostLine> ApproveAsync(int delegationId, int lineId, CostLineApproval approval,
        CancellationToken ct)
    {
        if (!await user.MayApproveAsync())
        {
            throw ProblemException.Refusal(StatusCodes.Status403Forbidden, CostLineRules.LeaderOnly);
        }

        InputValidation.Check(approval);
        var line = await db.Set<ReceptionCostLine>()
            .FirstOrDefaultAsync(l => l.Id == lineId && l.DelegationId == delegationId, ct)
            ?? throw (await db.Set<Delegation>().AnyAsync(d => d.Id == delegationId, ct)
                ? LineNotFound(lineId)
                : DelegationService.NotFound(delegationId));
        db.CheckVersion(line, approval.Version, required: false);
        if (string.IsNullOrWhiteSpace(approval.Reason))
        {
            throw ProblemException.FieldRefusal(StatusCodes.Status422UnprocessableEntity, "reason",
                CostLineRules.ReasonRequired);
        }

        if (!line.ExceedsNorm)
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict, CostLineRules.WithinNorm, line.Description);
        }

        line.ApprovalReason = approval.Reason.Trim();
        line.ApprovedById = user.Principal.FindFirstValue(ClaimTypes.NameIdentifier);
        line.ApprovedAt = db.Clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return line;
    }

    /// <summary>Called by the delegation's move to Approved: refused (409, naming the line) while a cost line is above
    /// its norm without a Leader's approval.</summary>
    public static async Task RefuseUnapprovedAsync(AttacheDb db, int delegationId, DelegationStatus? to,
        CancellationToken ct)
    {
        if (to != DelegationStatus.Approved)
        {
            return;
        }

        var line = await db.Set<ReceptionCostLine>().AsNoTracking()
            .Where(l => l.DelegationId == delegationId && l.ExceedsNorm && l.ApprovedAt == null)
            .OrderBy(l => l.Id).Select(l => new
            {
                l.Description,
                l.UnitAmount,
                Norm = db.Set<SpendingNorm>().Where(n => n.Id == l.NormId).Select(n => (decimal?)n.Amount)
                    .FirstOrDefault(),
            }).FirstOrDefaultAsync(ct);
        if (line is not null)
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict, CostLineRules.NotApproved,
                line.Description, Vnd(line.UnitAmount), Vnd(line.Norm ?? 0m));
        }
    }

    /// <summary>Called when a delegation's dates or its reception plan are saved: every cost line is checked again
    /// (<see cref="CostLineRules.Recheck"/>: the days of a line over the whole stay follow the stay, the norm valid
    /// on the start date, the excess flag, an approval whose overrun changed cleared), and once the delegation has
    /// cost lines its budget is theirs, whatever its form sent. <paramref name="stayBefore"/>: the days of stay
    /// before the change.</summary>
    public static async Task RecheckAsync(AttacheDb db, Delegation delegation, int stayBefore, CancellationToken ct)
    {
        if (delegation.Id == 0)
        {
            return;
        }

        var lines = await db.Set<ReceptionCostLine>().Where(l => l.DelegationId == delegation.Id).ToListAsync(ct);
        var stay = CostLineRules.Stay(delegation);
        foreach (var line in lines)
        {
            CostLineRules.Recheck(line, await NormAmountAsync(db, line.NormId, ct),
                await NormOn(db, line.Kind, line.Level, delegation.StartsOn, ct), stayBefore, stay);
        }

        CostLineRules.TieBudget(delegation, lines);
    }

    private static async Task<decimal?> NormAmountAsync(AttacheDb db, int? normId, CancellationToken ct) =>
        normId is { } id
            ? await db.Set<SpendingNorm>().AsNoTracking().Where(n => n.Id == id).Select(n => (decimal?)n.Amount)
                .FirstOrDefaultAsync(ct)
            : null;

    private static string Vnd(decimal amount) =>
        amount.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether the delegation's budget is computed from its cost lines (its form then shows it so).</summary>
    public Task<bool> HasLinesAsync(int delegationId, CancellationToken ct) =>
        db.Set<ReceptionCostLine>().AnyAsync(l => l.DelegationId == delegationId, ct);

    /// <summary>The norm of the kind and level valid on the day, if any.</summary>
    public Task<SpendingNorm?> NormAsync(NormKind kind, GuestLevel level, DateOnly day, CancellationToken ct) =>
        NormOn(db, kind, level, day, ct);

    internal static Task<SpendingNorm?> NormOn(AttacheDb db, NormKind kind, GuestLevel level, DateOnly day,
        CancellationToken ct) =>
        db.Set<SpendingNorm>().Where(n => n.Kind == kind && n.Level == level).Where(SpendingNormService.ValidOn(day))
            .OrderByDescending(n => n.ValidFrom).FirstOrDefaultAsync(ct);

    private async Task<(Delegation Delegation, List<ReceptionCostLine> Lines)> LoadAsync(int delegationId,
        CancellationToken ct)
    {
        var delegation = await db.Set<Delegation>().FirstOrDefaultAsync(d => d.Id == delegationId, ct)
            ?? throw DelegationService.NotFound(delegationId);
        var lines = await db.Set<ReceptionCostLine>().Where(l => l.DelegationId == delegationId).ToListAsync(ct);
        return (delegation, lines);
    }

    private static ProblemException LineNotFound(int lineId) =>
        new(StatusCodes.Status404NotFound, "Not found", $"The delegation has no cost line {lineId}.");
}
