using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Audit;

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Read,
}

/// <summary>One change (or one audited read of personal data) of one record: who, when, which fields from what to what.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public int? ProvinceId { get; set; }
    public required string Entity { get; set; }
    public int EntityId { get; set; }

    /// <summary>For a child record (a partner's contact), the record whose history it belongs to.</summary>
    public string? ParentEntity { get; set; }
    public int? ParentId { get; set; }

    public AuditAction Action { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public DateTime At { get; set; }

    /// <summary>JSON array of {field, from, to}.</summary>
    public string Changes { get; set; } = "[]";
}

public sealed record FieldChange(string Field, string? From, string? To);

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(a => a.Entity).HasMaxLength(60);
        b.Property(a => a.ParentEntity).HasMaxLength(60);
        b.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.UserName).HasMaxLength(256);
        b.HasIndex(a => new { a.Entity, a.EntityId });
        b.HasIndex(a => new { a.ParentEntity, a.ParentId });
    }
}
