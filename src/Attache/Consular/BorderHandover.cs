using Attache.Borders;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Consular;

/// <summary>Citizens handed back at a border gate by the neighbouring country's authorities, received on a day: the
/// number of persons always, the persons themselves where known.</summary>
public sealed class BorderHandover : ProvinceEntity
{
    public int BorderGateId { get; set; }
    public BorderGate? BorderGate { get; set; }
    public DateOnly ReceivedOn { get; set; }

    /// <summary>How many citizens were received; at least the number of persons named.</summary>
    public int PersonCount { get; set; }

    /// <summary>The foreign authority that handed them over.</summary>
    public string? HandedOverBy { get; set; }
    public string? Notes { get; set; }

    public List<HandoverPerson> Persons { get; set; } = [];
}

public sealed class HandoverPerson : PersonRecord
{
    public int HandoverId { get; set; }

    public override (string Entity, int Id) AuditParent => ("borderHandover", HandoverId);
}

internal sealed class BorderHandoverConfiguration : IEntityTypeConfiguration<BorderHandover>
{
    public void Configure(EntityTypeBuilder<BorderHandover> b)
    {
        b.Property(h => h.HandedOverBy).HasMaxLength(300);
        b.Property(h => h.Notes).HasMaxLength(2000);
        b.HasOne(h => h.BorderGate).WithMany().HasForeignKey(h => h.BorderGateId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(h => h.Persons).WithOne().HasForeignKey(p => p.HandoverId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(h => new { h.ProvinceId, h.ReceivedOn });
        b.HasIndex(h => new { h.BorderGateId, h.ReceivedOn });
    }
}

internal sealed class HandoverPersonConfiguration : PersonRecordConfiguration<HandoverPerson>;
