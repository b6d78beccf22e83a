using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Provinces;

/// <summary>A province is a tenant: every province-owned record carries its id and is seen only inside it.</summary>
public sealed class Province : Entity
{
    /// <summary>ISO 3166-2 code, e.g. VN-01 (Lai Châu), VN-04 (Cao Bằng).</summary>
    public required string Code { get; set; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }

    public string Name(bool vietnamese) => vietnamese ? NameVi : NameEn;
}

internal sealed class ProvinceConfiguration : IEntityTypeConfiguration<Province>
{
    public void Configure(EntityTypeBuilder<Province> b)
    {
        b.Property(p => p.Code).HasMaxLength(6);
        b.HasIndex(p => p.Code).IsUnique();
        b.Property(p => p.NameVi).HasMaxLength(100);
        b.Property(p => p.NameEn).HasMaxLength(100);
    }
}
