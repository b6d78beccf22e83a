using System.Linq.Expressions;
using Attache.Borders;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Consular;

/// <summary>What the figures of the citizen-protection desk count, once, for the stats endpoint and the period
/// report.</summary>
public static class ConsularCounting
{
    public const string CaseRule = "Citizen protection cases opened (openedOn) within the period, and cases closed "
        + "(status Closed, closedOn) within it, by the country where the citizen is and the kind of case. A case opened "
        + "and closed in the same period counts in both.";

    public const string HandoverRule = "Citizens received at each border gate: the sum of personCount of the "
        + "handovers received (receivedOn) within the period, whether or not the persons are named.";

    public static Expression<Func<CitizenCase, bool>> OpenedBetween(DateOnly from, DateOnly to) =>
        c => c.OpenedOn >= from && c.OpenedOn <= to;

    public static Expression<Func<CitizenCase, bool>> ClosedBetween(DateOnly from, DateOnly to) =>
        c => c.Status == CaseStatus.Closed && c.ClosedOn != null && c.ClosedOn >= from && c.ClosedOn <= to;

    public static Expression<Func<BorderHandover, bool>> ReceivedBetween(DateOnly from, DateOnly to) =>
        h => h.ReceivedOn >= from && h.ReceivedOn <= to;
}

/// <summary>Citizen protection cases of a period (<see cref="ConsularCounting.CaseRule"/>).</summary>
public sealed record CitizenCaseStats(int Opened, int Closed, IReadOnlyList<CitizenCaseGroup> ByCountryAndKind)
{
    public static readonly CitizenCaseStats Empty = new(0, 0, []);

    public static async Task<CitizenCaseStats> ComputeAsync(AttacheDb db, DateOnly from, DateOnly to,
        CancellationToken ct)
    {
        var cases = db.Set<CitizenCase>().AsNoTracking();
        var opened = await Count(cases.Where(ConsularCounting.OpenedBetween(from, to)), ct);
        var closed = await Count(cases.Where(ConsularCounting.ClosedBetween(from, to)), ct);
        var groups = opened.Keys.Union(closed.Keys)
            .Select(k => new CitizenCaseGroup(k.Country, k.Kind, opened.GetValueOrDefault(k),
                closed.GetValueOrDefault(k)))
            .OrderByDescending(g => g.Opened + g.Closed).ThenBy(g => g.Country, StringComparer.Ordinal)
            .ThenBy(g => g.Kind).ToList();
        return new CitizenCaseStats(opened.Values.Sum(), closed.Values.Sum(), groups);
    }

    private static async Task<Dictionary<(string Country, CitizenCaseKind Kind), int>> Count(
        IQueryable<CitizenCase> cases, CancellationToken ct) =>
        (await cases.GroupBy(c => new { c.Country, c.Kind }).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct)).ToDictionary(g => (g.Key.Country, g.Key.Kind), g => g.Count);
}

/// <param name="Country">ISO 3166-1 alpha-2 code of the country where the citizen is.</param>
public sealed record CitizenCaseGroup(string Country, CitizenCaseKind Kind, int Opened, int Closed);

/// <summary>Citizens handed back at the border gates in a period (<see cref="ConsularCounting.HandoverRule"/>).
/// </summary>
public sealed record BorderHandoverStats(int Handovers, int Citizens, IReadOnlyList<GateHandovers> ByGate)
{
    public static readonly BorderHandoverStats Empty = new(0, 0, []);

    public static async Task<BorderHandoverStats> ComputeAsync(AttacheDb db, DateOnly from, DateOnly to,
        CancellationToken ct)
    {
        var byGate = await db.Set<BorderHandover>().AsNoTracking().Where(ConsularCounting.ReceivedBetween(from, to))
            .GroupBy(h => h.BorderGateId)
            .Select(g => new { GateId = g.Key, Handovers = g.Count(), Citizens = g.Sum(h => h.PersonCount) })
            .ToListAsync(ct);
        var ids = byGate.Select(g => g.GateId).ToList();
        // A handover names a gate of its own province; the gate is read through the same tenant filter.
        var gates = await db.Set<BorderGate>().AsNoTracking().Where(g => ids.Contains(g.Id))
            .ToDictionaryAsync(g => g.Id, ct);
        var list = byGate.Where(g => gates.ContainsKey(g.GateId)).Select(g => (Figures: g, Gate: gates[g.GateId]))
            .Select(x => new GateHandovers(x.Figures.GateId, x.Gate.PairName,
                $"{Reports.ReportText.Latin(x.Gate.Name)} – {x.Gate.CounterpartLatin}",
                x.Figures.Handovers, x.Figures.Citizens))
            .OrderByDescending(g => g.Citizens).ThenBy(g => g.GateId).ToList();
        return new BorderHandoverStats(list.Sum(g => g.Handovers), list.Sum(g => g.Citizens), list);
    }
}

/// <param name="GateId">The border gate's id (<c>/api/border-gates/{id}</c>).</param>
/// <param name="GateVi">The gate pair as Vietnamese write it (Tà Lùng – Thủy Khẩu).</param>
/// <param name="GateEn">The gate pair in Latin script (Ta Lung – Shuikou).</param>
public sealed record GateHandovers(int GateId, string GateVi, string GateEn, int Handovers, int Citizens)
{
    public string Gate(bool vietnamese) => vietnamese ? GateVi : GateEn;
}
