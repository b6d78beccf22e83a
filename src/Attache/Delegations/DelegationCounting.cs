namespace Attache.Delegations;

/// <summary>Which delegations a figure counts, decided here once for the register's stats, the home page, the
/// period report (its figures and its list of records), its narrative and the national roll-up.</summary>
public static class DelegationCounting
{
    /// <summary>The rule as the API contract states it.</summary>
    public const string TookPlaceRule =
        "A delegation counts as received (inbound) or sent (outbound) in a period when it took place: its status is " +
        "UnderWay, Completed or Reported and its actual start date (else its planned start date) falls in the period, " +
        "both ends included. Proposed, Approved (not yet held) and Cancelled delegations are never counted.";

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
}
