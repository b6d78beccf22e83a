using Attache.Delegations;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reports;

public static partial class ReportQueries
{
    /// <summary>Delegations in and out, from the delegation register's own figures (those that took place: <see cref="DelegationCounting"/>).</summary>
    private static async Task<DelegationSummary> DelegationsAsync(AttacheDb db, Scope scope, Period period,
        List<SectionRecords> records, List<string> warnings, CancellationToken ct)
    {
        var stats = await DelegationStats.ComputeAsync(db, period.From, period.To, ct);
        var directions = stats.Provinces.SelectMany(p => p.ByDirection).ToList();
        int Count(DelegationDirection d) => directions.Where(x => x.Direction == d).Sum(x => x.Delegations);

        var summary = new DelegationSummary(
            new InboundDelegations(Count(DelegationDirection.Inbound), directions.Where(x => x.Direction == DelegationDirection.Inbound).Sum(x => x.ForeignVisitors)),
            new OutboundDelegations(Count(DelegationDirection.Outbound), directions.Where(x => x.Direction == DelegationDirection.Outbound).Sum(x => x.Members)),
            [.. stats.Provinces.SelectMany(p => p.ByCountry).GroupBy(c => c.Country)
                .Select(g => new CountryDelegations(g.Key,
                    g.Where(x => x.Direction == DelegationDirection.Inbound).Sum(x => x.Delegations),
                    g.Where(x => x.Direction == DelegationDirection.Outbound).Sum(x => x.Delegations)))
                .OrderByDescending(c => c.Inbound + c.Outbound).ThenBy(c => c.Country)],
            [.. stats.Provinces.SelectMany(p => p.ByYear).GroupBy(y => y.Year).OrderBy(g => g.Key)
                .Select(g => new YearDelegations(g.Key,
                    g.Where(x => x.Direction == DelegationDirection.Inbound).Sum(x => x.Delegations),
                    g.Where(x => x.Direction == DelegationDirection.Outbound).Sum(x => x.Delegations)))]);

        var rows = await db.Set<Delegation>().AsNoTracking().In(scope).TookPlaceIn(period.From, period.To)
            .OrderBy(d => d.StartsOn).ThenBy(d => d.Id).Take(MaxRecordsPerSection)
            .Select(d => new object?[] { d.Province!.Code, d.StartsOn, d.Direction.ToString(), d.Title, d.Status.ToString(), d.MemberCount, d.ForeignVisitorCount })
            .ToListAsync(ct);
        var total = summary.Inbound.Count + summary.Outbound.Count;
        if (total > rows.Count)
        {
            warnings.Add($"Only the first {rows.Count} of {total} delegations are listed.");
        }

        var overdue = await db.Set<Delegation>().AsNoTracking().In(scope).TookPlaceIn(period.From, period.To)
            .CountAsync(DelegationCounting.ReportOverdueOn(period.Today, period.ReportDueDays), ct);
        if (overdue > 0)
        {
            warnings.Add(overdue == 1
                ? "1 outbound delegation of the period has an overdue outcome report."
                : $"{overdue} outbound delegations of the period have an overdue outcome report.");
        }

        records.Add(new SectionRecords(ReportSection.Delegations, ["province", "startsOn", "direction", "title", "status", "members", "foreignVisitors"], rows));
        return summary;
    }
}
