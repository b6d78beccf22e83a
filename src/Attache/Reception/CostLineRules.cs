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

    /// <summary>Checks the line against the norm (null when none applies) and records the result. An approval
    /// given before stays while the amount, kind and level stay; once one of them changes and the line is still
    /// above its norm, the approval is cleared and must be given again.</summary>
    public static void Check(ReceptionCostLine line, SpendingNorm? norm, bool amountChanged)
    {
        line.NormId = norm?.Id;
        line.ExceedsNorm = Exceeds(line.UnitAmount, norm?.Amount);
        if (line.ExceedsNorm && amountChanged)
        {
            line.ApprovedAt = null;
            line.ApprovedById = null;
            line.ApprovalReason = null;
        }
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
