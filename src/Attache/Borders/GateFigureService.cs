using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Borders;

public sealed record GateFigureDto(int Id, int GateId, string GateName, int Year, int? Month, DateOnly PeriodStart,
    DateOnly PeriodEnd, decimal? ImportTurnoverUsd, decimal? ExportTurnoverUsd, decimal? StateRevenueVnd,
    int? Passengers, int? Vehicles, string? Source, int Version);

public sealed record YearRevenue(int Year, decimal StateRevenueVnd, decimal TurnoverUsd);

public sealed record ProvinceRevenueDto(int Id, string Province, int Year, decimal StateRevenueVnd, string? Source,
    int Version);

public sealed class GateFigureQuery : PageRequest
{
    [Range(1990, 2100, ErrorMessage = Messages.OutOfRange)]
    public int? Year { get; set; }

    /// <summary>period, -period (default: newest first).</summary>
    public string? Sort { get; set; }
}

public sealed class ProvinceRevenueQuery : PageRequest
{
    [Range(1990, 2100, ErrorMessage = Messages.OutOfRange)]
    public int? From { get; set; }

    [Range(1990, 2100, ErrorMessage = Messages.OutOfRange)]
    public int? To { get; set; }
}

/// <summary>Gate figures and the province's revenue: lists, single entry (upsert by gate and period) and the yearly
/// series.</summary>
public sealed class GateFigureService(AttacheDb db) : IFeatureService
{
    public async Task<Paged<GateFigureDto>?> ListAsync(int gateId, GateFigureQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        if (!await BorderGateService.Exists(db, gateId, ct))
        {
            return null;
        }

        var query = db.Set<GateFigure>().AsNoTracking().Where(f => f.BorderGateId == gateId);
        if (q.Year is { } year)
        {
            query = query.Where(f => f.Year == year);
        }

        query = (q.Sort ?? "-period") switch
        {
            "period" => query.OrderBy(f => f.PeriodStart).ThenBy(f => f.PeriodEnd),
            "-period" => query.OrderByDescending(f => f.PeriodStart).ThenByDescending(f => f.PeriodEnd),
            var other => throw InputValidation.Error("sort", $"'{other}' is not a sort order; use period or -period."),
        };

        return await query.Select(f => new GateFigureDto(f.Id, f.BorderGateId, f.BorderGate!.Name, f.Year, f.Month,
                f.PeriodStart, f.PeriodEnd, f.ImportTurnoverUsd, f.ExportTurnoverUsd, f.StateRevenueVnd, f.Passengers,
                f.Vehicles, f.Source, f.Version))
            .ToPageAsync(q, ct);
    }

    /// <summary>Creates or replaces the gate's figure for the period (the same rule as the upload).</summary>
    public async Task<(GateFigure Figure, bool Created)> SaveAsync(int gateId, GateFigureInput input,
        CancellationToken ct)
    {
        InputValidation.Check(input);
        var gate = await db.Set<BorderGate>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == gateId, ct)
            ?? throw BorderGateService.NotFound(gateId);
        var (start, end) = GateFigure.Period(input.Year!.Value, input.Month);
        if (await OverlapAsync(gateId, input.Year.Value, input.Month, ct) is { } clash)
        {
            throw InputValidation.Error("month", clash);
        }

        var figure = await db.Set<GateFigure>()
            .FirstOrDefaultAsync(f => f.BorderGateId == gateId && f.PeriodStart == start && f.PeriodEnd == end, ct);
        var created = figure is null;
        if (figure is null)
        {
            figure = new GateFigure { BorderGateId = gateId, ProvinceId = gate.ProvinceId };
            figure.SetPeriod(input.Year.Value, input.Month);
            db.Add(figure);
        }
        else
        {
            db.CheckVersion(figure, input.Version);
        }

        Apply(figure, input);
        await db.SaveChangesAsync(ct);
        return (figure, created);
    }

    /// <summary>The figure of one gate and period as a form to change it (with its version), or null when there is
    /// none.</summary>
    public async Task<GateFigureInput?> GetInputAsync(int gateId, int year, int? month, CancellationToken ct)
    {
        var (start, end) = GateFigure.Period(year, month);
        return await db.Set<GateFigure>().AsNoTracking()
            .Where(f => f.BorderGateId == gateId && f.PeriodStart == start && f.PeriodEnd == end)
            .Select(f => new GateFigureInput
            {
                Year = year, Month = month, ImportTurnoverUsd = f.ImportTurnoverUsd,
                ExportTurnoverUsd = f.ExportTurnoverUsd, StateRevenueVnd = f.StateRevenueVnd,
                Passengers = f.Passengers, Vehicles = f.Vehicles, Source = f.Source, Version = f.Version,
            })
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The province's year as a form to change it (with its version), or null when it is not recorded.</summary>
    public Task<ProvinceRevenueInput?> GetProvinceRevenueInputAsync(int year, CancellationToken ct) =>
        db.Set<ProvinceRevenue>().AsNoTracking().Where(r => r.Year == year && r.ProvinceId == db.Tenant.ProvinceId)
            .Select(r => new ProvinceRevenueInput
            {
                Year = r.Year, StateRevenueVnd = r.StateRevenueVnd, Source = r.Source, Version = r.Version,
            })
            .FirstOrDefaultAsync(ct);

    internal static void Apply(GateFigure figure, GateFigureInput input)
    {
        figure.ImportTurnoverUsd = input.ImportTurnoverUsd;
        figure.ExportTurnoverUsd = input.ExportTurnoverUsd;
        figure.StateRevenueVnd = input.StateRevenueVnd;
        figure.Passengers = input.Passengers;
        figure.Vehicles = input.Vehicles;
        figure.Source = string.IsNullOrWhiteSpace(input.Source) ? null : input.Source.Trim();
    }

    /// <summary>A year is entered either as one yearly figure or month by month, never both: the sums would count it
    /// twice.</summary>
    private async Task<string?> OverlapAsync(int gateId, int year, int? month, CancellationToken ct)
    {
        var other = await db.Set<GateFigure>().Where(f => f.BorderGateId == gateId && f.Year == year
                && (month == null ? f.Month != null : f.Month == null))
            .AnyAsync(ct);
        return !other ? null : month is null
            ? $"The gate already has monthly figures for {year}; a yearly figure would count them twice."
            : $"The gate already has a yearly figure for {year}; monthly figures would count it twice.";
    }

    public async Task<bool> DeleteAsync(int gateId, int figureId, CancellationToken ct)
    {
        var figure = await db.Set<GateFigure>()
            .FirstOrDefaultAsync(f => f.Id == figureId && f.BorderGateId == gateId, ct);
        if (figure is null)
        {
            return false;
        }

        db.Remove(figure);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>State revenue and turnover per calendar year, for one gate or all gates of the province; summed in the
    /// database.</summary>
    public Task<List<YearRevenue>> ByYearAsync(int? gateId, CancellationToken ct)
    {
        var figures = db.Set<GateFigure>().AsNoTracking();
        if (gateId is { } id)
        {
            figures = figures.Where(f => f.BorderGateId == id);
        }

        return figures.GroupBy(f => f.Year).OrderBy(g => g.Key)
            .Select(g => new YearRevenue(g.Key, g.Sum(f => f.StateRevenueVnd) ?? 0,
                (g.Sum(f => f.ImportTurnoverUsd) ?? 0) + (g.Sum(f => f.ExportTurnoverUsd) ?? 0)))
            .ToListAsync(ct);
    }

    /// <summary>The province's border figures for a period (<see cref="BorderStats.ComputeAsync"/>).</summary>
    public Task<BorderStats> StatsAsync(BorderStatsQuery q, CancellationToken ct) =>
        BorderStats.ComputeAsync(db, q, ct);

    public async Task<Paged<ProvinceRevenueDto>> ProvinceRevenueAsync(ProvinceRevenueQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<ProvinceRevenue>().AsNoTracking();
        if (q.From is { } from)
        {
            query = query.Where(r => r.Year >= from);
        }

        if (q.To is { } to)
        {
            query = query.Where(r => r.Year <= to);
        }

        return await query.OrderBy(r => r.Year).ThenBy(r => r.ProvinceId)
            .Select(r => new ProvinceRevenueDto(r.Id, r.Province!.Code, r.Year, r.StateRevenueVnd, r.Source, r.Version))
            .ToPageAsync(q, ct);
    }

    /// <summary>Sets the province's total for a year (one record per year).</summary>
    public async Task<ProvinceRevenueDto> SaveProvinceRevenueAsync(ProvinceRevenueInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var provinceId = db.Tenant.RequireProvince();
        var record = await db.Set<ProvinceRevenue>()
            .FirstOrDefaultAsync(r => r.Year == input.Year && r.ProvinceId == provinceId, ct);
        if (record is null)
        {
            record = new ProvinceRevenue { Year = input.Year!.Value, ProvinceId = provinceId };
            db.Add(record);
        }
        else
        {
            db.CheckVersion(record, input.Version);
        }

        record.StateRevenueVnd = input.StateRevenueVnd!.Value;
        record.Source = string.IsNullOrWhiteSpace(input.Source) ? null : input.Source.Trim();
        await db.SaveChangesAsync(ct);
        return new ProvinceRevenueDto(record.Id, db.Tenant.ProvinceCode!, record.Year, record.StateRevenueVnd,
            record.Source, record.Version);
    }
}
