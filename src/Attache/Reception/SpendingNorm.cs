using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Reception;

/// <summary>What a norm is counted per.</summary>
public enum NormKind
{
    /// <summary>Accommodation and daily costs, per guest per day.</summary>
    PerGuestPerDay,

    /// <summary>Banquets, per head.</summary>
    PerBanquetHead,

    /// <summary>Gifts, per gift.</summary>
    PerGift,
}

/// <summary>The level of the guests a norm applies to (the norms of receptions are set by the guests' level).</summary>
public enum GuestLevel
{
    /// <summary>Minister, governor, party secretary of a province or state, or above.</summary>
    Ministerial,

    /// <summary>Vice-minister, vice-governor.</summary>
    ViceMinisterial,

    /// <summary>Director of a department or equivalent.</summary>
    Director,

    Other,
}

/// <summary>A spending norm of the province for receiving foreign guests, set by a decision, valid from a date.</summary>
public sealed class SpendingNorm : ProvinceEntity
{
    public NormKind Kind { get; set; }
    public GuestLevel Level { get; set; }

    /// <summary>The most that may be spent per unit, VND.</summary>
    public decimal Amount { get; set; }

    /// <summary>The decision that sets the norm ("Quyết định 12/2024/QĐ-UBND").</summary>
    public required string Decision { get; set; }

    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}

/// <summary>A budget line of a reception plan, checked against the norm of its kind and level: above it, the line
/// needs a Leader's approval with a reason.</summary>
public sealed class ReceptionCostLine : ProvinceEntity, IAuditChild
{
    public int PlanId { get; set; }
    public int DelegationId { get; set; }
    public NormKind Kind { get; set; }
    public GuestLevel Level { get; set; }
    public required string Description { get; set; }

    /// <summary>Guests, heads or gifts.</summary>
    public int Units { get; set; }

    /// <summary>Days (per guest per day); 1 otherwise.</summary>
    public int Days { get; set; } = 1;

    /// <summary>Planned amount per unit (per day), VND.</summary>
    public decimal UnitAmount { get; set; }

    /// <summary>Spent in all, VND, once known.</summary>
    public decimal? Spent { get; set; }

    /// <summary>The norm the line was checked against, when there is one for the date.</summary>
    public int? NormId { get; set; }
    public bool ExceedsNorm { get; set; }
    public string? ApprovedById { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public string? ApprovalReason { get; set; }

    public (string Entity, int Id) AuditParent => ("delegation", DelegationId);
}

internal sealed class SpendingNormConfiguration : IEntityTypeConfiguration<SpendingNorm>
{
    public void Configure(EntityTypeBuilder<SpendingNorm> b)
    {
        b.Property(n => n.Decision).HasMaxLength(300);
        b.HasIndex(n => new { n.ProvinceId, n.Kind, n.Level, n.ValidFrom });
    }
}

internal sealed class ReceptionCostLineConfiguration : IEntityTypeConfiguration<ReceptionCostLine>
{
    public void Configure(EntityTypeBuilder<ReceptionCostLine> b)
    {
        b.Property(c => c.Description).HasMaxLength(300);
        b.Property(c => c.ApprovedById).HasMaxLength(450);
        b.Property(c => c.ApprovalReason).HasMaxLength(2000);
        b.HasOne<SpendingNorm>().WithMany().HasForeignKey(c => c.NormId).OnDelete(DeleteBehavior.Restrict);
    }
}
