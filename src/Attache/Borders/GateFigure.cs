using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Borders;

/// <summary>What a gate moved and collected in one month or one whole year, as the customs branch and the
/// border guard report it. The period is stored both as year/month and as dates so that a report range
/// ("2020-01-01..2025-12-31") is a plain comparison in the database.</summary>
public sealed class GateFigure : ProvinceEntity, IAuditChild
{
    public int BorderGateId { get; set; }
    public BorderGate? BorderGate { get; set; }

    public int Year { get; set; }

    /// <summary>1–12 for a monthly figure; null when the figure covers the whole year.</summary>
    public int? Month { get; set; }

    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }

    public decimal? ImportTurnoverUsd { get; set; }
    public decimal? ExportTurnoverUsd { get; set; }

    /// <summary>State budget revenue collected at the gate (customs duties, VAT on imports, fees), VND.</summary>
    public decimal? StateRevenueVnd { get; set; }
    public int? Passengers { get; set; }
    public int? Vehicles { get; set; }
    public string? Source { get; set; }

    public (string Entity, int Id) AuditParent => ("borderGate", BorderGateId);

    public static (DateOnly Start, DateOnly End) Period(int year, int? month) => month is { } m
        ? (new DateOnly(year, m, 1), new DateOnly(year, m, DateTime.DaysInMonth(year, m)))
        : (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public void SetPeriod(int year, int? month)
    {
        Year = year;
        Month = month;
        (PeriodStart, PeriodEnd) = Period(year, month);
    }
}

/// <summary>The province's total state budget revenue of one year (from the provincial finance department),
/// the denominator of the gates' share.</summary>
public sealed class ProvinceRevenue : ProvinceEntity
{
    public int Year { get; set; }
    public decimal StateRevenueVnd { get; set; }
    public string? Source { get; set; }
}

internal sealed class GateFigureConfiguration : IEntityTypeConfiguration<GateFigure>
{
    public void Configure(EntityTypeBuilder<GateFigure> b)
    {
        b.Property(f => f.Source).HasMaxLength(300);
        b.HasOne(f => f.BorderGate).WithMany().HasForeignKey(f => f.BorderGateId).OnDelete(DeleteBehavior.Cascade);
        // One figure per gate and period: re-importing the same file updates instead of duplicating.
        b.HasIndex(f => new { f.BorderGateId, f.PeriodStart, f.PeriodEnd }).IsUnique();
        b.HasIndex(f => new { f.ProvinceId, f.PeriodStart });
    }
}

internal sealed class ProvinceRevenueConfiguration : IEntityTypeConfiguration<ProvinceRevenue>
{
    public void Configure(EntityTypeBuilder<ProvinceRevenue> b)
    {
        b.ToTable("ProvinceRevenues");
        b.Property(r => r.Source).HasMaxLength(300);
        b.HasIndex(r => new { r.ProvinceId, r.Year }).IsUnique();
    }
}
