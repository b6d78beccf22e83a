using Attache.Infrastructure;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;

namespace Attache.Reports;

/// <summary>Builds the period summary from the records, every figure by a query in the database. One method per
/// section, each in Reports/Sections/ and each reusing its feature's own stats query, so the report and the
/// registers never disagree.</summary>
public static partial class ReportQueries
{
    /// <summary>How many records behind a section's figures are listed at most; more are counted and flagged.</summary>
    public const int MaxRecordsPerSection = 5000;

    public static async Task<PeriodSummary> SummaryAsync(AttacheDb db, ReportRequest request, CancellationToken ct)
    {
        if (request.Province != PeriodSummary.All)
        {
            var province = await db.Provinces.AsNoTracking().FirstOrDefaultAsync(p => p.Code == request.Province, ct)
                ?? throw ProblemException.Validation("province",
                $"'{request.Province}' is not a province of this installation.");
            return await WithComparisonAsync(db, request, new Scope(province.Id, province.Code, province.NameVi,
                province.NameEn), ct);
        }

        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct);
        var each = new List<PeriodSummary>(provinces.Count);
        foreach (var p in provinces)
        {
            each.Add(await WithComparisonAsync(db, request, new Scope(p.Id, p.Code, p.NameVi, p.NameEn), ct));
        }

        var national = await WithComparisonAsync(db, request,
            new Scope(null, PeriodSummary.All, "Toàn quốc", "Nationwide"), ct);
        return national with { Provinces = each };
    }

    /// <summary>The records one summary covers: a province, or every province (Id null) for the national
    /// total.</summary>
    private sealed record Scope(int? Id, string Code, string NameVi, string NameEn);

    /// <param name="Today">The day the stale statuses are judged on (a status the dates contradict today).</param>
    private sealed record Period(DateOnly From, DateOnly To, DateOnly Today, int ReportDueDays)
    {
        public DateTime Start => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        /// <summary>The end is inclusive for people ("to 2025-12-31"), exclusive for timestamps.</summary>
        public DateTime End => To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    }

    private static async Task<PeriodSummary> WithComparisonAsync(AttacheDb db, ReportRequest request, Scope scope,
        CancellationToken ct)
    {
        // The features' own stats queries read through the tenant filter; narrowing it to the scope's province
        // lets the report reuse them for each province of a national report (never widening what the user may see).
        using var narrowed = scope.Id is { } id ? db.Tenant.NarrowTo(id, scope.Code) : null;

        var today = db.Clock.TodayInVietnam();
        var period = new Period(request.From, request.To, today, request.ReportDueDays);
        if (request.CompareFrom is not { } compareFrom || request.CompareTo is not { } compareTo)
        {
            return await PeriodAsync(db, scope, period, previous: null, ct);
        }

        var comparison = new Period(compareFrom, compareTo, today, request.ReportDueDays);
        var previous = await PeriodAsync(db, scope, comparison, previous: null, ct);
        var current = await PeriodAsync(db, scope, period, previous, ct);
        return current with { CompareFrom = compareFrom, CompareTo = compareTo, Previous = previous };
    }

    private static async Task<PeriodSummary> PeriodAsync(AttacheDb db, Scope scope, Period period,
        PeriodSummary? previous, CancellationToken ct)
    {
        var warnings = new List<string>();
        var records = new List<SectionRecords>();
        var partners = await PartnersAsync(db, scope, records, warnings, ct);
        var delegations = await DelegationsAsync(db, scope, period, records, warnings, ct);
        var agreements = await AgreementsAsync(db, scope, period, records, warnings, ct);
        var aid = await AidAsync(db, scope, period, records, warnings, ct);
        var borders = await BordersAsync(db, scope, period, previous?.Borders, records, warnings, ct);
        var twinnings = await TwinningsAsync(db, scope, period, records, warnings, ct);
        var events = await EventsAsync(db, scope, period, records, warnings, ct);
        var labour = await LabourAsync(db, scope, period, records, warnings, ct);
        var consular = await ConsularAsync(db, scope, period, records, warnings, ct);
        var reception = await ReceptionAsync(db, period, ct);
        var plan = await PlanAsync(db, scope, period, records, ct);

        return new PeriodSummary(scope.Code, scope.NameVi, scope.NameEn, period.From, period.To, null, null,
            db.Clock.GetUtcNow().UtcDateTime, delegations, agreements, aid, borders, twinnings, events, labour,
                partners, warnings)
        {
            Records = records,
            Plan = plan,
            Consular = consular,
            Reception = reception,
            DrillThrough = ReportRecords.DrillThrough(scope.Code, period.From, period.To,
                records.Select(r => r.Section)),
        };
    }

    private static IQueryable<T> In<T>(this IQueryable<T> query, Scope scope) where T : ProvinceEntity =>
        scope.Id is { } id ? query.Where(e => e.ProvinceId == id) : query;

    private static async Task<PartnerSummary> PartnersAsync(AttacheDb db, Scope scope, List<SectionRecords> records,
        List<string> warnings, CancellationToken ct)
    {
        var partners = db.Set<Partner>().AsNoTracking().In(scope);
        var byKind = await partners.GroupBy(p => p.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byCountry = await partners.GroupBy(p => p.Country).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key).ToListAsync(ct);
        var total = byKind.Sum(k => k.Count);

        var rows = await partners.OrderBy(p => p.Country).ThenBy(p => p.NameLatin).Take(MaxRecordsPerSection)
            .Select(p => new object?[] { p.Province!.Code, p.NameLatin, p.NameVietnamese, p.Kind.ToString(),
            p.Country })
            .ToListAsync(ct);
        if (total > rows.Count)
        {
            warnings.Add($"Only the first {rows.Count} of {total} partners are listed.");
        }

        records.Add(new SectionRecords(ReportSection.Partners,
            ["province", "name", "nameVietnamese", "kind", "country"], rows));
        return new PartnerSummary(total, byCountry.Count,
            [.. byKind.OrderByDescending(k => k.Count).ThenBy(k => k.Key.ToString())
                .Select(k => new CountItem(k.Key.ToString(), k.Count))],
            [.. byCountry.Select(c => new CountItem(c.Key, c.Count))]);
    }
}

/// <summary>The derived figures of the report, rounded the one way the report shows them.</summary>
public static class ReportMath
{
    /// <summary>(current − previous) / previous in percent, one decimal; null when there is no previous
    /// figure.</summary>
    public static decimal? GrowthPercent(decimal current, decimal? previous) =>
        previous is > 0 ? Math.Round((current - previous.Value) * 100m / previous.Value, 1,
            MidpointRounding.AwayFromZero) : null;

    /// <summary>A part of a whole in percent, one decimal; null when the whole is unknown or zero.</summary>
    public static decimal? SharePercent(decimal part, decimal? whole) =>
        whole is > 0 ? Math.Round(part * 100m / whole.Value, 1, MidpointRounding.AwayFromZero) : null;
}
