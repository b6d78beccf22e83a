using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Partners;

public enum PartnerKind
{
    ForeignLocality,
    Embassy,
    InternationalOrganisation,
    Ngo,
    Enterprise,
    FriendshipAssociation,
    MediaOutlet,
    University,
    Other,
}

/// <summary>A foreign counterpart of the province: a locality (Mungyeong ⊂ Gyeongsangbuk-do), an embassy,
/// an NGO, a media outlet… Localities nest through <see cref="ParentId"/>.</summary>
public sealed class Partner : ProvinceEntity, ISearchable
{
    public PartnerKind Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Country { get; set; }

    public int? ParentId { get; set; }
    public Partner? Parent { get; set; }

    /// <summary>The name in the partner's own script (문경시, 红河州); may equal the Latin one.</summary>
    public string? NameNative { get; set; }
    public required string NameLatin { get; set; }
    public string? NameVietnamese { get; set; }

    public string? Website { get; set; }
    public string? Notes { get; set; }
    public List<string> Tags { get; set; } = [];
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    public List<PartnerContact> Contacts { get; set; } = [];
    public string SearchText { get; set; } = string.Empty;

    public string DisplayName(bool vietnamese) =>
        vietnamese && !string.IsNullOrWhiteSpace(NameVietnamese) ? NameVietnamese : NameLatin;

    public IEnumerable<string?> SearchTerms() => [NameNative, NameLatin, NameVietnamese, string.Join(' ', Tags)];
}

public sealed class PartnerContact : ProvinceEntity, IAuditChild
{
    public int PartnerId { get; set; }
    public required string Name { get; set; }
    public string? Title { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    public (string Entity, int Id) AuditParent => ("partner", PartnerId);
}

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> b)
    {
        b.Property(p => p.Country).HasMaxLength(2);
        b.Property(p => p.NameNative).HasMaxLength(PartnerInput.NameLength);
        b.Property(p => p.NameLatin).HasMaxLength(PartnerInput.NameLength);
        b.Property(p => p.NameVietnamese).HasMaxLength(PartnerInput.NameLength);
        b.Property(p => p.Website).HasMaxLength(500);
        b.Property(p => p.Notes).HasMaxLength(PartnerInput.NotesLength);
        b.HasOne(p => p.Parent).WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Contacts).WithOne().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.ProvinceId, p.Kind });
        b.HasIndex(p => new { p.ProvinceId, p.Country });
        b.HasIndex(p => new { p.ProvinceId, p.NameLatin });
    }
}

internal sealed class PartnerContactConfiguration : IEntityTypeConfiguration<PartnerContact>
{
    public void Configure(EntityTypeBuilder<PartnerContact> b)
    {
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Title).HasMaxLength(200);
        b.Property(c => c.Email).HasMaxLength(256);
        b.Property(c => c.Phone).HasMaxLength(50);
    }
}
