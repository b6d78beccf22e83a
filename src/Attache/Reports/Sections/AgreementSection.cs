using Attache.Agreements;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reports;

public static partial class ReportQueries
{
    /// <summary>Agreements signed in the period (the register's own figures) and those in force that were signed by its end.</summary>
    private static async Task<AgreementSummary> AgreementsAsync(AttacheDb db, Scope scope, Period period,
        List<SectionRecords> records, List<string> warnings, CancellationToken ct)
    {
        var stats = await AgreementStats.ComputeAsync(db, new AgreementStatsQuery { From = period.From, To = period.To }, ct);
        var inForce = await db.Set<Agreement>().AsNoTracking().In(scope)
            .CountAsync(a => a.Status == AgreementStatus.InForce && a.SignedOn <= period.To, ct);
        var provinces = stats.Provinces;

        var rows = await db.Set<Agreement>().AsNoTracking().In(scope)
            .Where(a => a.SignedOn >= period.From && a.SignedOn <= period.To)
            .OrderBy(a => a.SignedOn).ThenBy(a => a.Id).Take(MaxRecordsPerSection)
            .Select(a => new object?[] { a.Province!.Code, a.SignedOn, a.Kind.ToString(), a.TitleVi, a.TitleEn, a.Status.ToString(), a.ExpiresOn })
            .ToListAsync(ct);
        records.Add(new SectionRecords(ReportSection.Agreements, ["province", "signedOn", "kind", "titleVi", "titleEn", "status", "expiresOn"], rows));

        return new AgreementSummary(provinces.Sum(p => p.Total), inForce,
            Group(provinces.SelectMany(p => p.ByKind).Select(k => (k.Kind.ToString(), k.Count))),
            [.. provinces.SelectMany(p => p.ByField).GroupBy(f => f.Field)
                .Select(g => new NamedCount(g.Key, g.First().NameVi, g.First().NameEn, g.Sum(f => f.Count)))
                .OrderByDescending(f => f.Count).ThenBy(f => f.Code, StringComparer.Ordinal)],
            Group(provinces.SelectMany(p => p.ByCountry).Select(c => (c.Country, c.Count))));
    }

    private static List<CountItem> Group(IEnumerable<(string Key, int Count)> items) =>
        [.. items.GroupBy(i => i.Key).Select(g => new CountItem(g.Key, g.Sum(i => i.Count))).OrderByDescending(c => c.Count).ThenBy(c => c.Key)];
}
