using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Portal;

/// <summary>The public face of a province on the portal: the address part that names it (<c>/p/lai-chau/…</c>), the
/// language its site opens in, and who the province is, in each language an editor wrote it in. A province without a
/// profile has no public site.</summary>
public sealed class ProvinceProfile : ProvinceEntity
{
    /// <summary>Lower-case ASCII letters, digits and hyphens; unique across the deployment.</summary>
    public required string Slug { get; set; }

    /// <summary>The language the site opens in (one of <see cref="PortalLanguages"/>).</summary>
    public string DefaultLang { get; set; } = "vi";

    public List<ProvinceProfileText> Texts { get; set; } = [];
}

/// <summary>The profile in one language: the province's name as written in it, a one-line tagline and who the province
/// is (Markdown, rendered by Markdig and sanitised).</summary>
public sealed class ProvinceProfileText : Entity, IAuditChild
{
    public int ProfileId { get; set; }
    public ProvinceProfile? Profile { get; set; }
    public required string Lang { get; set; }
    public required string Name { get; set; }
    public string? Tagline { get; set; }
    public required string About { get; set; }

    public (string Entity, int Id) AuditParent => ("provinceProfile", ProfileId);
}

internal sealed class ProvinceProfileConfiguration : IEntityTypeConfiguration<ProvinceProfile>
{
    public void Configure(EntityTypeBuilder<ProvinceProfile> b)
    {
        b.Property(p => p.Slug).HasMaxLength(60);
        b.HasIndex(p => p.Slug).IsUnique();
        b.HasIndex(p => p.ProvinceId).IsUnique();
        b.Property(p => p.DefaultLang).HasMaxLength(5);
        b.HasMany(p => p.Texts).WithOne(t => t.Profile).HasForeignKey(t => t.ProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProvinceProfileTextConfiguration : IEntityTypeConfiguration<ProvinceProfileText>
{
    public void Configure(EntityTypeBuilder<ProvinceProfileText> b)
    {
        b.Property(t => t.Lang).HasMaxLength(5);
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.Tagline).HasMaxLength(300);
        b.Property(t => t.About).HasMaxLength(20000);
        b.HasIndex(t => new { t.ProfileId, t.Lang }).IsUnique();
    }
}
