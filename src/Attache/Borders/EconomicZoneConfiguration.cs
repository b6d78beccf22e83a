using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Borders;

internal sealed class EconomicZoneConfiguration : IEntityTypeConfiguration<EconomicZone>
{
    public void Configure(EntityTypeBuilder<EconomicZone> b)
    {
        b.Property(z => z.NameVietnamese).HasMaxLength(EconomicZoneInput.NameLength);
        b.Property(z => z.NameEnglish).HasMaxLength(EconomicZoneInput.NameLength);
        b.Property(z => z.DecisionNumber).HasMaxLength(EconomicZoneInput.NumberLength);
        b.Property(z => z.AreaHectares).HasPrecision(12, 2);
        b.Property(z => z.Description).HasMaxLength(EconomicZoneInput.DescriptionLength);
        b.HasMany(z => z.Gates).WithOne().HasForeignKey(g => g.EconomicZoneId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(z => new { z.ProvinceId, z.NameVietnamese });
    }
}
