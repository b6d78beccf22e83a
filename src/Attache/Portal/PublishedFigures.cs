using Attache.Infrastructure;
using Attache.Reports.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Portal;

/// <summary>Key figures a Leader released to the public from a signed period report: a frozen copy of the chosen
/// figures with the report's period and the date of release. The portal shows only the latest set that is not
/// withdrawn — never live numbers.</summary>
public sealed class PublishedFigureSet : ProvinceEntity
{
    public int SignedReportId { get; set; }
    public SignedReport? SignedReport { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public DateTime PublishedAt { get; set; }
    public required string PublishedById { get; set; }
    public required string PublishedByName { get; set; }
    public DateTime? WithdrawnAt { get; set; }

    public List<PublishedFigure> Figures { get; set; } = [];
}

/// <summary>One released figure: its key (which names it in every portal language), its value as signed, and its
/// unit.</summary>
public sealed class PublishedFigure : Entity, IAuditChild
{
    public int SetId { get; set; }
    public PublishedFigureSet? Set { get; set; }

    /// <summary>The figure's path in the signed report's summary (e.g. "delegations.inbound"), also its label key.</summary>
    public required string Key { get; set; }
    public decimal Value { get; set; }

    /// <summary>"count", "people", "USD", "VND" or "percent".</summary>
    public required string Unit { get; set; }
    public int Order { get; set; }

    public (string Entity, int Id) AuditParent => ("publishedFigureSet", SetId);
}

internal sealed class PublishedFigureSetConfiguration : IEntityTypeConfiguration<PublishedFigureSet>
{
    public void Configure(EntityTypeBuilder<PublishedFigureSet> b)
    {
        b.Property(s => s.PublishedById).HasMaxLength(450);
        b.Property(s => s.PublishedByName).HasMaxLength(200);
        b.HasOne(s => s.SignedReport).WithMany().HasForeignKey(s => s.SignedReportId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Figures).WithOne(f => f.Set).HasForeignKey(f => f.SetId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.ProvinceId, s.PublishedAt });
    }
}

internal sealed class PublishedFigureConfiguration : IEntityTypeConfiguration<PublishedFigure>
{
    public void Configure(EntityTypeBuilder<PublishedFigure> b)
    {
        b.Property(f => f.Key).HasMaxLength(100);
        b.Property(f => f.Unit).HasMaxLength(10);
        b.Property(f => f.Value).HasPrecision(20, 2);
        b.HasIndex(f => new { f.SetId, f.Key }).IsUnique();
    }
}
