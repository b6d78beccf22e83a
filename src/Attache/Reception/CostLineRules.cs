using Attache.Delegations;
using Attache.Infrastructure;

namespace Attache.Reception;

/// <summary>The rules of a reception's cost lines, pure so that they are unit-tested without a database: a line's
/// total, whether it exceeds its norm, whether it still waits for a Leader's approval, and the delegation's budget
/// read from its lines.</summary>
public static class CostLineRules
{
    public const string NotApproved = "The delegation cannot be approved: the cost line “{0}” is above its norm "
        + "({1} VND per unit, the norm is {2} VND) and has no leader's approval.";

    public const string ReasonRequired = "Give the reason why the cost may exceed the norm.";
    public const string WithinNorm = "The cost line “{0}” is within its norm: there is nothing to approve.";
    public const string LeaderOnly = "Only a leader of the department approves a cost above the norm.";

    /// <summary>Units × days × unit amount; days count only for a per-guest-per-day line (1 otherwise).</summary>
    public static decimal Total(NormKind kind, int units, int days, decimal unitAmount) =>
        units * (kind == NormKind.PerGuestPerDay ? days : 1) * unitAmount;

    public static decimal Total(ReceptionCostLine line) => Total(line.Kind, line.Units, line.Days, line.UnitAmount);

    /// <summary>Above the norm: the unit amount is more than the norm's amount (a line without a norm for its kind,
    /// level and date is not flagged).</summary>
    public static bool Exceeds(decimal unitAmount, decimal? norm) => norm is { } amount && unitAmount > amount;

    /// <summary>Flagged and not approved: it holds the delegation back from approval.</summary>
    public static bool NeedsApproval(ReceptionCostLine line) => line.ExceedsNorm && line.ApprovedAt is null;

    /// <summary>What a Leader approves: the norm a line is above and by how much (VND in all).</summary>
    public readonly record struct Overrun(int? NormId, decimal Amount);

    /// <summary>The VND above the norm in all: (unit amount − norm) × units (× days for a per-guest-per-day line);
    /// 0 within the norm or without one.</summary>
    public static decimal Excess(ReceptionCostLine line, decimal? norm) =>
        Exceeds(line.UnitAmount, norm) ? Total(line.Kind, line.Units, line.Days, line.UnitAmount - norm!.Value) : 0m;

    /// <summary>The line's overrun against the norm it was last checked with (<paramref name="normAmount"/>).
    /// </summary>
    public static Overrun OverrunOf(ReceptionCostLine line, decimal? normAmount) =>
        new(line.NormId, Excess(line, normAmount));

    /// <summary>Checks the line against the norm (null when none applies) and records the result. An approval
    /// stays while the line is above the same norm by the same amount as <paramref name="before"/> (the overrun
    /// when the approval was given, or last checked); once the norm or the amount above it changes and the line is
    /// still above its norm, the approval is cleared and must be given again.</summary>
    public static void Check(ReceptionCostLine line, SpendingNorm? norm, Overrun before)
    {
        line.NormId = norm?.Id;
        line.ExceedsNorm = Exceeds(line.UnitAmount, norm?.Amount);
        if (line.ExceedsNorm && OverrunOf(line, norm?.Amount) != before)
        {
            line.ApprovedAt = null;
            line.ApprovedById = null;
            line.ApprovalReason = null;
        }
    }

    /// <summary>Days of stay: the delegation's first to last day, both counted.</summary>
    public static int Stay(Delegation delegation) => delegation.EndsOn.DayNumber - delegation.StartsOn.DayNumber + 1;

    /// <summary>The line checked again after the delegation's dates or its reception plan changed: a
    /// per-guest-per-day line that counted the whole stay (<paramref name="stayBefore"/> days) counts the new
    /// stay; the norm is the one valid on the (new) start date (<paramref name="norm"/>); the flag is recomputed
    /// and an approval whose overrun changed is cleared (<see cref="Check"/>).</summary>
    public static void Recheck(ReceptionCostLine line, decimal? normAmountBefore, SpendingNorm? norm, int stayBefore,
        int stay)
    {
        var before = OverrunOf(line, normAmountBefore);
        if (line.Kind == NormKind.PerGuestPerDay && line.Days == stayBefore)
        {
            line.Days = Math.Clamp(stay, 1, CostLineInput.MaxDays);
        }

        Check(line, norm, before);
    }

    /// <summary>The delegation's planned budget is the sum of its lines' totals, its spent budget the sum of what
    /// they spent (null while none has spent anything). Nothing changes for a delegation without lines: its budget
    /// is then entered by hand on its form.</summary>
    public static void TieBudget(Delegation delegation, IReadOnlyCollection<ReceptionCostLine> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        delegation.BudgetPlanned = lines.Sum(Total);
        delegation.BudgetSpent = lines.Any(l => l.Spent is not null) ? lines.Sum(l => l.Spent ?? 0m) : null;
    }
}
