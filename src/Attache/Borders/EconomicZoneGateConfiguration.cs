using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Borders;

internal sealed class EconomicZoneGateConfiguration : IEntityTypeConfiguration<EconomicZoneGate>
{
    public void Configure(EntityTypeBuilder<EconomicZoneGate> b)
    {
        b.HasOne(g => g.BorderGate).WithMany().HasForeignKey(g => g.BorderGateId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(g => new { g.EconomicZoneId, g.BorderGateId }).IsUnique();
    }
}
