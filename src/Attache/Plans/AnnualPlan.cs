using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Plans;

public enum PlanCategory
{
    Delegation,
    Agreement,
    Event,
    Promotion,
    Aid,
    Other,
}

/// <summary>The province's yearly foreign-affairs plan (kế hoạch công tác đối ngoại năm): what it means to do, by
/// category and quarter, each item later linked to the records that carried it out.</summary>
public sealed class AnnualPlan : ProvinceEntity
{
    public int Year { get; set; }
    public required string Title { get; set; }

    /// <summary>The People's Committee decision that approved the plan, when known.</summary>
    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public string? Notes { get; set; }

    public List<PlanItem> Items { get; set; } = [];
}

public sealed class PlanItem : ProvinceEntity, IAuditChild
{
    public int PlanId { get; set; }
    public PlanCategory Category { get; set; }

    /// <summary>1–4; the quarter the activity is planned for.</summary>
    public int Quarter { get; set; }
    public required string Title { get; set; }

    /// <summary>How many records carry the item out when it is done (two delegations, one agreement…).</summary>
    public int Target { get; set; } = 1;
    public string? Notes { get; set; }

    public List<PlanItemLink> Links { get; set; } = [];

    public (string Entity, int Id) AuditParent => ("annualPlan", PlanId);
}

/// <summary>A record that carried out a plan item: a delegation, an agreement, an event, an aid project… named by
/// its audit entity name and id, so any feature's records can be linked.</summary>
public sealed class PlanItemLink : ProvinceEntity, IAuditChild
{
    public int PlanItemId { get; set; }
    public int PlanId { get; set; }
    public required string Entity { get; set; }
    public int EntityId { get; set; }
    public string? Label { get; set; }

    public (string Entity, int Id) AuditParent => ("annualPlan", PlanId);
}

internal sealed class AnnualPlanConfiguration : IEntityTypeConfiguration<AnnualPlan>
{
    public void Configure(EntityTypeBuilder<AnnualPlan> b)
    {
        b.Property(p => p.Title).HasMaxLength(300);
        b.Property(p => p.DecisionNumber).HasMaxLength(100);
        b.Property(p => p.Notes).HasMaxLength(4000);
        b.HasIndex(p => new { p.ProvinceId, p.Year }).IsUnique();
        b.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> b)
    {
        b.Property(i => i.Title).HasMaxLength(500);
        b.Property(i => i.Notes).HasMaxLength(2000);
        b.HasMany(i => i.Links).WithOne().HasForeignKey(l => l.PlanItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanItemLinkConfiguration : IEntityTypeConfiguration<PlanItemLink>
{
    public void Configure(EntityTypeBuilder<PlanItemLink> b)
    {
        b.Property(l => l.Entity).HasMaxLength(60);
        b.Property(l => l.Label).HasMaxLength(300);
        b.HasIndex(l => new { l.PlanItemId, l.Entity, l.EntityId }).IsUnique();
    }
}
