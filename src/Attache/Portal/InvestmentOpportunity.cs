using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Portal;

public enum InvestmentSector
{
    Agriculture,
    Forestry,
    Tourism,
    Energy,
    Industry,
    Logistics,
    Trade,
    Infrastructure,
    Services,
    Other,
}

/// <summary>A project the province offers to investors, as an editor lists it: sector, place, size, whom to contact,
/// and its title and description in each language written. Only published ones are on the portal.</summary>
public sealed class InvestmentOpportunity : ProvinceEntity
{
    public InvestmentSector Sector { get; set; }

    /// <summary>The place (district, commune, economic zone), a proper name written once.</summary>
    public required string Place { get; set; }

    /// <summary>Planned capital in US dollars, when known.</summary>
    public decimal? CapitalUsd { get; set; }

    /// <summary>Land area in hectares, when it applies.</summary>
    public decimal? AreaHectares { get; set; }

    /// <summary>Whom to contact (office, telephone, e-mail).</summary>
    public required string Contact { get; set; }

    public bool Published { get; set; }

    public List<InvestmentOpportunityText> Texts { get; set; } = [];
}

public sealed class InvestmentOpportunityText : Entity, IAuditChild
{
    public int OpportunityId { get; set; }
    public InvestmentOpportunity? Opportunity { get; set; }
    public required string Lang { get; set; }
    public required string Title { get; set; }

    /// <summary>Markdown, rendered and sanitised.</summary>
    public required string Description { get; set; }

    public (string Entity, int Id) AuditParent => ("investmentOpportunity", OpportunityId);
}

internal sealed class InvestmentOpportunityConfiguration : IEntityTypeConfiguration<InvestmentOpportunity>
{
    public void Configure(EntityTypeBuilder<InvestmentOpportunity> b)
    {
        b.Property(o => o.Place).HasMaxLength(300);
        b.Property(o => o.Contact).HasMaxLength(500);
        b.Property(o => o.CapitalUsd).HasPrecision(18, 2);
        b.Property(o => o.AreaHectares).HasPrecision(12, 2);
        b.HasMany(o => o.Texts).WithOne(t => t.Opportunity).HasForeignKey(t => t.OpportunityId)
            .OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(o => new { o.ProvinceId, o.Published });
    }
}

internal sealed class InvestmentOpportunityTextConfiguration : IEntityTypeConfiguration<InvestmentOpportunityText>
{
    public void Configure(EntityTypeBuilder<InvestmentOpportunityText> b)
    {
        b.Property(t => t.Lang).HasMaxLength(5);
        b.Property(t => t.Title).HasMaxLength(300);
        b.Property(t => t.Description).HasMaxLength(20000);
        b.HasIndex(t => new { t.OpportunityId, t.Lang }).IsUnique();
    }
}
