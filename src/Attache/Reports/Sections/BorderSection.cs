using Attache.Borders;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reports;

public static partial class ReportQueries
{
    /// <summary>Border-gate revenue and turnover from the gates' own figures, growth against the comparison period
    /// and the share of the province's total state revenue. A comparison without figures is a warning here, not an
    /// error: the rest of the report still stands.</summary>
    private static async Task<BorderSummary> BordersAsync(AttacheDb db, Scope scope, Period period, BorderSummary? previous,
        List<SectionRecords> records, List<string> warnings, CancellationToken ct)
    {
        var stats = await BorderStats.ComputeAsync(db, new BorderStatsQuery { From = period.From, To = period.To }, ct);
        warnings.AddRange(stats.Warnings);
        var revenue = Vnd(stats.Current.StateRevenueVnd);
        var previousRevenue = previous?.StateRevenueVnd;
        if (previous is not null && previousRevenue is null or 0 && revenue > 0)
        {
            warnings.Add(BorderStats.EmptyComparison);
        }

        var perYear = await db.Set<GateFigure>().AsNoTracking().In(scope)
            .Where(f => f.PeriodStart >= period.From && f.PeriodEnd <= period.To && f.StateRevenueVnd != null)
            .GroupBy(f => f.Year).Select(g => new { Year = g.Key, Vnd = g.Sum(f => f.StateRevenueVnd!.Value) })
            .OrderBy(g => g.Year).ToListAsync(ct);

        var events = await db.Set<BorderGateEvent>().AsNoTracking().In(scope)
            .Where(e => e.Date >= period.From && e.Date <= period.To)
            .Join(db.Set<BorderGate>(), e => e.BorderGateId, g => g.Id,
                (e, g) => new { e.Date, e.BorderGateId, g.Name, g.CounterpartVietnamese, g.CounterpartLatin, e.Kind })
            .OrderBy(e => e.Date).ThenBy(e => e.BorderGateId)
            .ToListAsync(ct);

        var figures = await db.Set<GateFigure>().AsNoTracking().In(scope)
            .Where(f => f.PeriodStart >= period.From && f.PeriodEnd <= period.To)
            .OrderBy(f => f.PeriodStart).ThenBy(f => f.BorderGateId).Take(MaxRecordsPerSection)
            .Select(f => new object?[] { f.Province!.Code, f.BorderGate!.Name, f.Year, f.Month, f.StateRevenueVnd, f.ImportTurnoverUsd, f.ExportTurnoverUsd, f.Passengers, f.Vehicles })
            .ToListAsync(ct);
        records.Add(new SectionRecords(ReportSection.Borders,
            ["province", "gate", "year", "month", "stateRevenueVnd", "importTurnoverUsd", "exportTurnoverUsd", "passengers", "vehicles"], figures));

        return new BorderSummary(revenue, previousRevenue, ReportMath.GrowthPercent(revenue, previousRevenue),
            stats.SharePercent, stats.Current.TurnoverUsd,
            [.. events.Select(e => new GateEvent(e.Date, e.BorderGateId, $"{e.Name} – {e.CounterpartVietnamese ?? e.CounterpartLatin}",
                $"{ReportText.Latin(e.Name)} – {e.CounterpartLatin}", e.Kind.ToString()))],
            [.. perYear.Select(y => new YearAmount(y.Year, Vnd(y.Vnd)))]);
    }
}
