using System.Linq.Expressions;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Foreigners;

/// <summary>What the figures of the foreigners' desk count, once, for the stats endpoint and the period report. Each
/// rule is stated as the API contract says it and written once as an expression for the database.</summary>
public static class ForeignerCounting
{
    /// <summary>How many days after the period's last day a permit's expiry still counts as "expiring".</summary>
    public const int PermitExpiringDays = 90;

    public const string ActiveRule = "A foreign organisation is active in a period when its permit was valid on a day "
        + "of it (permitValidFrom on or before the last day, permitValidTo on or after the first; a missing date does "
        + "not bound it). A Closed organisation counts only up to its permit's end: one closed without a permitValidTo "
        + "is not counted (closedUndated says how many were left out), so a closed or expired organisation is never "
        + "counted for a period after it ended. A Suspended one still holds its permit and counts.";

    public const string PermitRule = "Permits issued: permitValidFrom within the period (the register keeps the day a "
        + "permit takes effect as its issue). Permits expiring: permitValidTo from the period's last day to 90 days "
        + "after it, organisations not Closed.";

    public const string VisitRule = "Visits that started within the period. By nationality: each person named counts "
        + "under their nationality (the visit's country when the person's is not recorded); a visit with no person "
        + "named counts under its own country. A visit counts once under each nationality it has (visits), the "
        + "persons once each (persons); so the visits of the nationalities may add up to more than the visits.";

    public const string IncidentRule = "Incidents reported (reportedOn) within the period, by kind. The time to "
        + "consular notification is the days from reportedOn to missionNotifiedOn; its median is over the notified "
        + "incidents only (null when none is), and notNotified says how many have no notification: a missing "
        + "notification is never counted as 0 days.";

    public static Expression<Func<ForeignOrganisation, bool>> ActiveBetween(DateOnly from, DateOnly to) =>
        o => (o.PermitValidFrom == null || o.PermitValidFrom <= to)
            && (o.PermitValidTo == null ? o.Status != ForeignOrganisationStatus.Closed : o.PermitValidTo >= from);

    /// <summary>Closed organisations with no permit end, whose permit had started by <paramref name="to"/>: when
    /// they stopped is unknown, so they are left out of <see cref="ActiveBetween"/>.</summary>
    public static Expression<Func<ForeignOrganisation, bool>> ClosedUndated(DateOnly to) =>
        o => o.Status == ForeignOrganisationStatus.Closed && o.PermitValidTo == null
            && (o.PermitValidFrom == null || o.PermitValidFrom <= to);

    public static Expression<Func<ForeignOrganisation, bool>> PermitIssuedBetween(DateOnly from, DateOnly to) =>
        o => o.PermitValidFrom != null && o.PermitValidFrom >= from && o.PermitValidFrom <= to;

    public static Expression<Func<ForeignOrganisation, bool>> PermitExpiringAfter(DateOnly to) =>
        o => o.Status != ForeignOrganisationStatus.Closed && o.PermitValidTo != null && o.PermitValidTo >= to
            && o.PermitValidTo <= to.AddDays(PermitExpiringDays);

    public static Expression<Func<ForeignerVisit, bool>> VisitStartedBetween(DateOnly from, DateOnly to) =>
        v => v.StartsOn >= from && v.StartsOn <= to;

    public static Expression<Func<ForeignerIncident, bool>> IncidentReportedBetween(DateOnly from, DateOnly to) =>
        i => i.ReportedOn >= from && i.ReportedOn <= to;

    /// <summary>The nationalities a visit counts under (<see cref="VisitRule"/>), each once.</summary>
    public static IEnumerable<string> Nationalities(string visitCountry, IEnumerable<string?> persons)
    {
        var named = persons.Select(n => string.IsNullOrWhiteSpace(n) ? visitCountry : n).Distinct().ToList();
        return named.Count == 0 ? [visitCountry] : named;
    }

    /// <summary>Days from the report to the notification of the mission; null when not notified.</summary>
    public static int? DaysToNotification(DateOnly reportedOn, DateOnly? notifiedOn) =>
        notifiedOn is { } n ? n.DayNumber - reportedOn.DayNumber : null;

    /// <summary>The median of whole days, one decimal at most (the mean of the two middle values); null when
    /// empty.</summary>
    public static decimal? Median(IEnumerable<int> days)
    {
        var sorted = days.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2m;
    }
}

/// <summary>Foreign organisations in a period (<see cref="ForeignerCounting.ActiveRule"/>,
/// <see cref="ForeignerCounting.PermitRule"/>).</summary>
public sealed record ForeignOrganisationStats(int Active, int ClosedUndated, int PermitsIssued, int PermitsExpiring,
    IReadOnlyList<ForeignOrganisationKindCount> ActiveByKind)
{
    public static readonly ForeignOrganisationStats Empty = new(0, 0, 0, 0, []);

    public static async Task<ForeignOrganisationStats> ComputeAsync(AttacheDb db, DateOnly from, DateOnly to,
        CancellationToken ct)
    {
        var set = db.Set<ForeignOrganisation>().AsNoTracking();
        var byKind = await set.Where(ForeignerCounting.ActiveBetween(from, to)).GroupBy(o => o.Kind)
            .Select(g => new ForeignOrganisationKindCount(g.Key, g.Count())).ToListAsync(ct);
        return new ForeignOrganisationStats(byKind.Sum(k => k.Count),
            await set.CountAsync(ForeignerCounting.ClosedUndated(to), ct),
            await set.CountAsync(ForeignerCounting.PermitIssuedBetween(from, to), ct),
            await set.CountAsync(ForeignerCounting.PermitExpiringAfter(to), ct),
            [.. byKind.OrderBy(k => k.Kind)]);
    }
}

public sealed record ForeignOrganisationKindCount(ForeignOrganisationKind Kind, int Count);

/// <summary>Foreigners' visits of a period by nationality (<see cref="ForeignerCounting.VisitRule"/>).</summary>
public sealed record ForeignerVisitStats(int Visits, int PersonsNamed, IReadOnlyList<NationalityVisits> ByNationality)
{
    public static readonly ForeignerVisitStats Empty = new(0, 0, []);

    public static async Task<ForeignerVisitStats> ComputeAsync(AttacheDb db, DateOnly from, DateOnly to,
        CancellationToken ct)
    {
        var visits = db.Set<ForeignerVisit>().AsNoTracking().Where(ForeignerCounting.VisitStartedBetween(from, to));
        // Counts only: a visit's country and its persons' nationalities, never who they are.
        var rows = await visits.Select(v => new { v.Country, Persons = v.Persons.Select(p => p.Nationality).ToList() })
            .ToListAsync(ct);
        var byNationality = rows
            .SelectMany(v => ForeignerCounting.Nationalities(v.Country, v.Persons).Select(n => (Nationality: n,
                Persons: v.Persons.Count(p => (string.IsNullOrWhiteSpace(p) ? v.Country : p) == n))))
            .GroupBy(x => x.Nationality)
            .Select(g => new NationalityVisits(g.Key, g.Count(), g.Sum(x => x.Persons)))
            .OrderByDescending(n => n.Visits).ThenBy(n => n.Nationality, StringComparer.Ordinal).ToList();
        return new ForeignerVisitStats(rows.Count, rows.Sum(v => v.Persons.Count), byNationality);
    }
}

/// <param name="Nationality">ISO 3166-1 alpha-2.</param>
public sealed record NationalityVisits(string Nationality, int Visits, int Persons);

/// <summary>Incidents involving foreigners reported in a period (<see cref="ForeignerCounting.IncidentRule"/>).
/// </summary>
public sealed record ForeignerIncidentStats(int Incidents, int Notified, int NotNotified,
    decimal? MedianDaysToNotification, IReadOnlyList<IncidentKindFigures> ByKind)
{
    public static readonly ForeignerIncidentStats Empty = new(0, 0, 0, null, []);

    public static async Task<ForeignerIncidentStats> ComputeAsync(AttacheDb db, DateOnly from, DateOnly to,
        CancellationToken ct)
    {
        var rows = await db.Set<ForeignerIncident>().AsNoTracking()
            .Where(ForeignerCounting.IncidentReportedBetween(from, to))
            .Select(i => new { i.Kind, i.ReportedOn, i.MissionNotifiedOn }).ToListAsync(ct);
        var days = rows.Select(i => (i.Kind, Days: ForeignerCounting.DaysToNotification(i.ReportedOn,
            i.MissionNotifiedOn))).ToList();
        var byKind = days.GroupBy(d => d.Kind).OrderBy(g => g.Key)
            .Select(g => new IncidentKindFigures(g.Key, g.Count(), g.Count(d => d.Days is not null),
                g.Count(d => d.Days is null), ForeignerCounting.Median(g.Select(d => d.Days).OfType<int>())))
            .ToList();
        var notified = days.Select(d => d.Days).OfType<int>().ToList();
        return new ForeignerIncidentStats(rows.Count, notified.Count, rows.Count - notified.Count,
            ForeignerCounting.Median(notified), byKind);
    }
}

public sealed record IncidentKindFigures(IncidentKind Kind, int Incidents, int Notified, int NotNotified,
    decimal? MedianDaysToNotification);
