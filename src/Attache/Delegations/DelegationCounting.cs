using System.Linq.Expressions;
using Attache.Infrastructure;

namespace Attache.Delegations;

/// <summary>Which delegations a figure counts, decided here once for the register's stats, the home page, the
/// period report (its figures and its list of records), its narrative and the national roll-up.</summary>
public static class DelegationCounting
{
    /// <summary>The rule as the API contract states it.</summary>
    public const string TookPlaceRule =
        "A delegation counts as received (inbound) or sent (outbound) in a period when it took place: its status is " +
        "UnderWay, Completed or Reported and its actual start date (else its planned start date) falls in the " +
        "period, both ends included. Proposed, Approved (not yet held) and Cancelled delegations are never counted.";

    /// <summary>The statuses of a delegation that has taken place (or is taking place).</summary>
    public static bool TookPlace(DelegationStatus status) =>
        status is DelegationStatus.UnderWay or DelegationStatus.Completed or DelegationStatus.Reported;

    /// <summary>The delegations that took place and started (actual, else planned start) in [from, to]; an open end
    /// is unbounded. <see cref="Delegation.StartsOn"/> holds the actual-else-planned start in a column.</summary>
    public static IQueryable<Delegation> TookPlaceIn(this IQueryable<Delegation> query, DateOnly? from, DateOnly? to)
    {
        query = query.Where(d => d.Status == DelegationStatus.UnderWay || d.Status == DelegationStatus.Completed
            || d.Status == DelegationStatus.Reported);
        if (from is { } start)
        {
            query = query.Where(d => d.StartsOn >= start);
        }

        if (to is { } end)
        {
            query = query.Where(d => d.StartsOn <= end);
        }

        return query;
    }

    public const string ReportOverdueRule =
        "An outcome report is overdue when an outbound delegation is still Completed (not Reported) more than the " +
        "configured number of days after its actual (else planned) end date.";

    /// <summary>(delegation, last return date still in time) → its outcome report is overdue.</summary>
    public static readonly Expression<Func<Delegation, DateOnly, bool>> ReportOverdueRuleExpression =
        (d, lastReturnInTime) => d.Direction == DelegationDirection.Outbound && d.Status == DelegationStatus.Completed
            && d.EndsOn < lastReturnInTime;

    /// <summary>The delegations whose outcome report is overdue on <paramref name="today"/>, for the
    /// database.</summary>
    public static Expression<Func<Delegation, bool>> ReportOverdueOn(DateOnly today, int reportDueDays) =>
        ReportOverdueRuleExpression.Bind(today.AddDays(-reportDueDays));

    /// <summary>The same rule for a delegation shown in a list (the entity's status is only set by its lifecycle, so
    /// the rule is restated here over the row's values; a test holds the two together).</summary>
    public static bool ReportOverdue(DelegationDirection direction, DelegationStatus status, DateOnly endsOn,
        DateOnly today, int reportDueDays) =>
        direction == DelegationDirection.Outbound && status == DelegationStatus.Completed
            && endsOn < today.AddDays(-reportDueDays);
}
