using Attache.Aid;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reports;

public static partial class ReportQueries
{
    /// <summary>The report's two aid groups, as the articles speak of them: ODA and preferential loans, and
    /// non-refundable aid.</summary>
    private static readonly (string Group, AidKind[] Kinds)[] AidGroups =
    [
        (AidKinds.Oda, [AidKind.OdaGrant, AidKind.OdaLoan, AidKind.PreferentialLoan]),
        (AidKinds.NonRefundable, [AidKind.NonRefundableAid]),
    ];

    /// <summary>Aid from the aid register's own figures (committed and disbursed in each currency and in VND at the
    /// rate of each value date); a missing rate becomes a warning that names it, never an invented amount.</summary>
    private static async Task<AidSummary> AidAsync(AttacheDb db, Scope scope, Period period,
        List<SectionRecords> records, List<string> warnings, CancellationToken ct)
    {
        var stats = await AidStats.ComputeAsync(db, new AidStatsQuery { From = period.From, To = period.To }, ct);
        warnings.AddRange(stats.Missing.Select(r => MissingRateWarning(r)));

        // One entry per AidKind, and the same figures added up per group of the narrative.
        var kinds = new List<AidKindSummary>();
        foreach (var kind in Enum.GetValues<AidKind>())
        {
            if (await AidSummaryAsync(db, period, kind.ToString(), [kind], stats, ct) is { } summary)
            {
                kinds.Add(summary);
            }
        }

        var groups = new List<AidKindSummary>();
        foreach (var (group, members) in AidGroups)
        {
            if (await AidSummaryAsync(db, period, group, members, stats, ct) is { } summary)
            {
                groups.Add(summary);
            }
        }

        var pastEnd = await AidProjectDates
            .RunningBetween(db.Set<AidProject>().AsNoTracking().In(scope), period.From, period.To)
            .CountAsync(AidProjectDates.PastEndOn(period.Today), ct);
        if (pastEnd > 0)
        {
            warnings.Add(pastEnd == 1
                ? "1 aid project is past its end date but still recorded as in implementation."
                : $"{pastEnd} aid projects are past their end date but still recorded as in implementation.");
        }

        var rows = await AidProjectDates
            .RunningBetween(db.Set<AidProject>().AsNoTracking().In(scope), period.From, period.To)
            .OrderBy(p => p.Kind).ThenBy(p => p.Identifier).Take(MaxRecordsPerSection)
            .Select(p => new object?[] { p.Province!.Code, p.Identifier, p.Kind.ToString(), p.Status.ToString(), p.TitleVi, p.TitleEn, p.ActualStart ?? p.PlannedStart, p.ActualEnd ?? p.PlannedEnd })
            .ToListAsync(ct);
        records.Add(new SectionRecords(ReportSection.Aid, ["province", "identifier", "kind", "status", "titleVi", "titleEn", "start", "end"], rows));

        return new AidSummary(kinds, kinds.Sum(g => g.CommittedVnd),
            [.. stats.BySector.Where(s => s.CommittedVnd > 0).OrderByDescending(s => s.CommittedVnd)
                .Select(s => new SectorAmount(s.Code, SectorNames.NameVi(s.Code), SectorNames.NameEn(s.Code), Vnd(s.CommittedVnd)))])
        {
            ByGroup = groups,
            MissingRates = stats.Missing,
        };
    }

    /// <summary>The figures of some aid kinds together (null when they have no project in the period).</summary>
    private static async Task<AidKindSummary?> AidSummaryAsync(AttacheDb db, Period period, string name, AidKind[] kinds,
        AidStatsDto stats, CancellationToken ct)
    {
        var figures = stats.ByKind.Where(k => kinds.Contains(k.Kind)).ToList();
        if (figures.Sum(f => f.Projects) == 0)
        {
            return null;
        }

        // Distinct donors: a donor funding two kinds of a group counts once.
        var donors = await AidProjectDates.RunningBetween(db.Set<AidProject>().AsNoTracking(), period.From, period.To)
            .Where(p => kinds.Contains(p.Kind))
            .SelectMany(p => p.Participants.Where(x => x.Role == ParticipantRole.Funding).Select(x => x.PartnerId))
            .Distinct().CountAsync(ct);
        return new AidKindSummary(name, figures.Sum(f => f.Projects), figures.Sum(f => f.Completed), donors,
            [.. figures.SelectMany(f => f.Committed).GroupBy(m => m.Currency).OrderBy(g => g.Key).Select(g => new MoneyAmount(g.Key, g.Sum(m => m.Amount)))],
            Vnd(figures.Sum(f => f.CommittedVnd)), Vnd(figures.Sum(f => f.CompletedCommittedVnd)), Vnd(figures.Sum(f => f.DisbursedVnd)));
    }

    /// <summary>Whole dong, kept in decimal: a sum of valid amounts may exceed a 64-bit integer.</summary>
    private static decimal Vnd(decimal amount) => Math.Round(amount, 0, MidpointRounding.AwayFromZero);

    /// <summary>The warning for an amount left out of the VND totals (the documents translate it).</summary>
    internal static string MissingRateWarning(MissingRate r) =>
        $"No exchange rate for {r.Currency} on or before {r.Date:yyyy-MM-dd}: amounts in {r.Currency} of that value date are left out of the VND totals.";
}
