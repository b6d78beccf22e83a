using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Delegations;

public sealed record DirectionFigure(DelegationDirection Direction, int Delegations, int Members, int ForeignVisitors);

public sealed record YearFigure(int Year, DelegationDirection Direction, int Delegations, int Members,
    int ForeignVisitors);

/// <summary>A delegation to or from several countries counts once under each of them.</summary>
public sealed record CountryFigure(string Country, DelegationDirection Direction, int Delegations, int Members,
    int ForeignVisitors);

public sealed record ProvinceDelegationStats(string Province, IReadOnlyList<DirectionFigure> ByDirection,
    IReadOnlyList<YearFigure> ByYear, IReadOnlyList<CountryFigure> ByCountry);

public sealed record OverdueReport(int Id, string Province, string Title, DateOnly ReturnedOn, DateOnly DueOn,
    int DaysOverdue);

/// <summary>The delegation figures of the period report and the home page, computed by the database.</summary>
public sealed record DelegationStats(DateOnly? From, DateOnly? To, IReadOnlyList<ProvinceDelegationStats> Provinces)
{
    /// <summary>Delegations that took place in [from, to] (<see cref="DelegationCounting.TookPlaceIn"/>), per
    /// province: by direction, by year and by country, with the sums of members and foreign visitors.</summary>
    public static async Task<DelegationStats> ComputeAsync(AttacheDb db, DateOnly? from, DateOnly? to,
        CancellationToken ct)
    {
        if (from is { } f && to is { } t && t < f)
        {
            throw InputValidation.Error("to", DelegationRules.EndBeforeStart);
        }

        var counted = db.Set<Delegation>().AsNoTracking().TookPlaceIn(from, to);

        var byDirection = await counted.GroupBy(d => new { d.ProvinceId, d.Direction })
            .Select(g => new
            {
                g.Key.ProvinceId, g.Key.Direction, Count = g.Count(),
                Members = g.Sum(d => d.MemberCount), Foreign = g.Sum(d => d.ForeignVisitorCount)
            })
            .ToListAsync(ct);
        var byYear = await counted.GroupBy(d => new { d.ProvinceId, d.StartsOn.Year, d.Direction })
            .Select(g => new
            {
                g.Key.ProvinceId, g.Key.Year, g.Key.Direction, Count = g.Count(),
                Members = g.Sum(d => d.MemberCount), Foreign = g.Sum(d => d.ForeignVisitorCount)
            })
            .ToListAsync(ct);
        var byCountry = await counted
            .SelectMany(d => d.Countries,
                (d, c) => new { d.ProvinceId, c.Country, d.Direction, d.MemberCount, d.ForeignVisitorCount })
            .GroupBy(x => new { x.ProvinceId, x.Country, x.Direction })
            .Select(g => new
            {
                g.Key.ProvinceId, g.Key.Country, g.Key.Direction, Count = g.Count(),
                Members = g.Sum(x => x.MemberCount), Foreign = g.Sum(x => x.ForeignVisitorCount)
            })
            .ToListAsync(ct);

        var provinceQuery = db.Provinces.AsNoTracking();
        if (!db.Tenant.AllProvinces)
        {
            var own = db.Tenant.ProvinceId;
            provinceQuery = provinceQuery.Where(p => p.Id == own);
        }

        var provinces = await provinceQuery.OrderBy(p => p.Code).Select(p => new { p.Id, p.Code }).ToListAsync(ct);
        var result = provinces.Select(p => new ProvinceDelegationStats(p.Code,
            [.. byDirection.Where(x => x.ProvinceId == p.Id).OrderBy(x => x.Direction)
                .Select(x => new DirectionFigure(x.Direction, x.Count, x.Members, x.Foreign))],
            [.. byYear.Where(x => x.ProvinceId == p.Id).OrderBy(x => x.Year).ThenBy(x => x.Direction)
                .Select(x => new YearFigure(x.Year, x.Direction, x.Count, x.Members, x.Foreign))],
            [.. byCountry.Where(x => x.ProvinceId == p.Id)
                .OrderByDescending(x => x.Count).ThenBy(x => x.Country).ThenBy(x => x.Direction)
                .Select(x => new CountryFigure(x.Country, x.Direction, x.Count, x.Members, x.Foreign))])).ToList();
        return new DelegationStats(from, to, result);
    }
}
