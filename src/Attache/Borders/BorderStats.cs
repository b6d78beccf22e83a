using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Borders;

public sealed record PeriodTotals(DateOnly From, DateOnly To, decimal StateRevenueVnd, decimal ImportTurnoverUsd,
    decimal ExportTurnoverUsd, decimal TurnoverUsd, long Passengers, long Vehicles, int Figures);

public sealed record GateTotals(int GateId, string Name, decimal StateRevenueVnd, decimal TurnoverUsd,
    decimal? PreviousStateRevenueVnd, decimal? GrowthPercent);

public sealed class BorderStatsQuery
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public DateOnly? CompareFrom { get; set; }
    public DateOnly? CompareTo { get; set; }
}

/// <summary>The figures the articles quote: revenue and turnover of a period, growth against a comparison period
/// and the gates' share of the province's total state revenue.</summary>
public sealed record BorderStats(PeriodTotals Current, PeriodTotals? Previous, decimal? GrowthPercent,
    decimal? ProvinceRevenueVnd, decimal? SharePercent, IReadOnlyList<GateTotals> Gates, IReadOnlyList<string> Warnings)
{
    // Warnings are sentences without values so that the staff UI can translate them as resource keys.
    public const string NoFigures = "No border-gate figures are recorded in this period.";
    public const string ShareNeedsWholeYears = "The share of the province's total state revenue needs a period of "
        + "whole calendar years (1 January to 31 December).";
    public const string ProvinceRevenueMissing = "The province's total state revenue is not recorded for every year "
        + "of the period; the share cannot be computed.";
    public const string EmptyComparison = "There is no border-gate state revenue recorded in the comparison period, "
        + "so growth against it cannot be computed. Enter its figures or choose another comparison period.";

    private sealed record GateSum(int GateId, string Name, decimal Revenue, decimal Import, decimal Export,
        long Passengers, long Vehicles, int Figures, int RevenueFigures);

    public static async Task<BorderStats> ComputeAsync(AttacheDb db, BorderStatsQuery q, CancellationToken ct)
    {
        var (from, to) = Range(q.From, q.To, "from", "to", required: true);
        var current = await SumByGateAsync(db, from!.Value, to!.Value, ct);
        var warnings = new List<string>();

        List<GateSum>? previous = null;
        PeriodTotals? previousTotals = null;
        decimal? growth = null;
        var (compareFrom, compareTo) = Range(q.CompareFrom, q.CompareTo, "compareFrom", "compareTo", required: false);
        if (compareFrom is { } cf && compareTo is { } ct2)
        {
            previous = await SumByGateAsync(db, cf, ct2, ct);
            previousTotals = Totals(previous, cf, ct2);
            // Growth against nothing is not zero or infinite: it is a question the data cannot answer, so say so.
            if (previous.Sum(g => g.RevenueFigures) == 0 || previousTotals.StateRevenueVnd == 0)
            {
                throw InputValidation.Error("compareFrom",
                    $"There is no border-gate state revenue recorded between {cf:yyyy-MM-dd} and {ct2:yyyy-MM-dd}, "
                    + "so growth against that period cannot be computed. Enter its figures or choose another "
                    + "comparison period.");
            }

            growth = Growth(Totals(current, from.Value, to.Value).StateRevenueVnd, previousTotals.StateRevenueVnd);
        }

        var totals = Totals(current, from.Value, to.Value);
        if (totals.Figures == 0)
        {
            warnings.Add(NoFigures);
        }

        var (provinceRevenue, share) = await ShareAsync(db, from.Value, to.Value, totals.StateRevenueVnd, warnings, ct);
        var gates = current.Select(g =>
        {
            var before = previous?.FirstOrDefault(p => p.GateId == g.GateId);
            return new GateTotals(g.GateId, g.Name, g.Revenue, g.Import + g.Export, before?.Revenue,
                before is { Revenue: > 0 } ? Growth(g.Revenue, before.Revenue) : null);
        }).OrderByDescending(g => g.StateRevenueVnd).ToList();

        return new BorderStats(totals, previousTotals, growth, provinceRevenue, share, gates, warnings);
    }

    /// <summary>(current − previous) / previous × 100, to one decimal, rounded half away from zero as people do by
    /// hand.</summary>
    public static decimal Growth(decimal current, decimal previous) =>
        Math.Round((current - previous) / previous * 100m, 1, MidpointRounding.AwayFromZero);

    private static (DateOnly? From, DateOnly? To) Range(DateOnly? from, DateOnly? to, string fromName, string toName,
        bool required)
    {
        if (from is null && to is null && !required)
        {
            return (null, null);
        }

        if (from is null)
        {
            throw InputValidation.Error(fromName, $"Give {fromName} as a date (yyyy-MM-dd).");
        }

        if (to is null)
        {
            throw InputValidation.Error(toName, $"Give {toName} as a date (yyyy-MM-dd).");
        }

        return to < from
            ? throw InputValidation.Error(toName, $"{toName} must not be before {fromName}.")
            : (from, to);
    }

    // A figure counts in a period when its whole month or year lies inside it.
    private static Task<List<GateSum>> SumByGateAsync(AttacheDb db, DateOnly from, DateOnly to, CancellationToken ct) =>
        db.Set<GateFigure>().AsNoTracking()
            .Where(f => f.PeriodStart >= from && f.PeriodEnd <= to)
            .GroupBy(f => new { f.BorderGateId, f.BorderGate!.Name })
            .Select(g => new GateSum(g.Key.BorderGateId, g.Key.Name,
                g.Sum(f => f.StateRevenueVnd) ?? 0,
                g.Sum(f => f.ImportTurnoverUsd) ?? 0,
                g.Sum(f => f.ExportTurnoverUsd) ?? 0,
                g.Sum(f => (long?)f.Passengers) ?? 0,
                g.Sum(f => (long?)f.Vehicles) ?? 0,
                g.Count(),
                g.Count(f => f.StateRevenueVnd != null)))
            .ToListAsync(ct);

    private static PeriodTotals Totals(List<GateSum> gates, DateOnly from, DateOnly to)
    {
        var import = gates.Sum(g => g.Import);
        var export = gates.Sum(g => g.Export);
        return new PeriodTotals(from, to, gates.Sum(g => g.Revenue), import, export, import + export,
            gates.Sum(g => g.Passengers), gates.Sum(g => g.Vehicles), gates.Sum(g => g.Figures));
    }

    /// <summary>The province's total is kept per calendar year, so the share is defined for periods of whole years
    /// only.</summary>
    private static async Task<(decimal? Total, decimal? Share)> ShareAsync(AttacheDb db, DateOnly from, DateOnly to,
        decimal gatesRevenue, List<string> warnings, CancellationToken ct)
    {
        if (from is not { Month: 1, Day: 1 } || to is not { Month: 12, Day: 31 })
        {
            warnings.Add(ShareNeedsWholeYears);
            return (null, null);
        }

        var years = await db.Set<ProvinceRevenue>().AsNoTracking()
            .Where(r => r.Year >= from.Year && r.Year <= to.Year)
            .GroupBy(r => r.ProvinceId)
            .Select(g => new { Years = g.Count(), Total = g.Sum(r => r.StateRevenueVnd) })
            .ToListAsync(ct);
        var expected = to.Year - from.Year + 1;
        if (years.Count == 0 || years.Any(y => y.Years != expected))
        {
            warnings.Add(ProvinceRevenueMissing);
            return (null, null);
        }

        var total = years.Sum(y => y.Total);
        return total == 0
            ? (0, null)
            : (total, Math.Round(gatesRevenue / total * 100m, 1, MidpointRounding.AwayFromZero));
    }
}
