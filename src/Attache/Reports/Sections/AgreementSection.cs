using Attache.Agreements;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reports;

public static partial class ReportQueries
{
    /// <summary>Agreements signed in the period (the register's own figures) and those in force on its last day by
    /// their dates (<see cref="AgreementDates"/>). The records listed are exactly those two sets; each row gives the
    /// status on the last day, so the in-force figure is the rows whose statusAtEnd is InForce.</summary>
    private static async Task<AgreementSummary> AgreementsAsync(AttacheDb db, Scope scope, Period period,
        List<SectionRecords> records, List<string> warnings, CancellationToken ct)
    {
        var stats = await AgreementStats.ComputeAsync(db, new AgreementStatsQuery { From = period.From, To = period.To }, ct);
        var agreements = db.Set<Agreement>().AsNoTracking().In(scope);
        var inForce = await agreements.Where(AgreementDates.InForceOn(period.To)).Select(a => a.Id).ToListAsync(ct);
        var provinces = stats.Provinces;
        var stale = await agreements.CountAsync(AgreementDates.StaleOn(period.Today), ct);
        if (stale > 0)
        {
            warnings.Add(stale == 1
                ? "1 agreement is past its expiry date but still recorded as in force; it is counted as expired."
                : $"{stale} agreements are past their expiry date but still recorded as in force; they are counted as expired.");
        }

        var rows = await agreements
            .Where(a => inForce.Contains(a.Id) || (a.SignedOn >= period.From && a.SignedOn <= period.To))
            .OrderBy(a => a.SignedOn).ThenBy(a => a.Id).Take(MaxRecordsPerSection)
            .Select(a => new
            {
                Province = a.Province!.Code,
                Dates = new Agreement
                {
                    TitleVi = a.TitleVi, TitleEn = a.TitleEn, ProvinceParty = "", Kind = a.Kind, Status = a.Status,
                    SignedOn = a.SignedOn, EffectiveOn = a.EffectiveOn, ExpiresOn = a.ExpiresOn, EndedOn = a.EndedOn,
                    AutoRenewal = a.AutoRenewal,
                },
            })
            .ToListAsync(ct);
        records.Add(new SectionRecords(ReportSection.Agreements,
            ["province", "signedOn", "kind", "titleVi", "titleEn", "status", "expiresOn", "statusAtEnd"],
            [.. rows.Select(r => new object?[] { r.Province, r.Dates.SignedOn, r.Dates.Kind.ToString(), r.Dates.TitleVi, r.Dates.TitleEn,
                r.Dates.Status.ToString(), r.Dates.ExpiresOn, r.Dates.StatusOn(period.To).ToString() })]));

        return new AgreementSummary(provinces.Sum(p => p.Total), inForce.Count,
            Group(provinces.SelectMany(p => p.ByKind).Select(k => (k.Kind.ToString(), k.Count))),
            [.. provinces.SelectMany(p => p.ByField).GroupBy(f => f.Field)
                .Select(g => new NamedCount(g.Key, g.First().NameVi, g.First().NameEn, g.Sum(f => f.Count)))
                .OrderByDescending(f => f.Count).ThenBy(f => f.Code, StringComparer.Ordinal)],
            Group(provinces.SelectMany(p => p.ByCountry).Select(c => (c.Country, c.Count))));
    }

    private static List<CountItem> Group(IEnumerable<(string Key, int Count)> items) =>
        [.. items.GroupBy(i => i.Key).Select(g => new CountItem(g.Key, g.Sum(i => i.Count))).OrderByDescending(c => c.Count).ThenBy(c => c.Key)];
}
