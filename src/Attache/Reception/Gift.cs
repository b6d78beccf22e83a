using Attache.Delegations;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Reception;

public enum GiftDirection
{
    Given,
    Received,
}

/// <summary>What was done with a gift received, as the rules on gifts to officials require.</summary>
public enum GiftHandling
{
    /// <summary>Declared to the department's leadership; no decision yet.</summary>
    Declared,

    /// <summary>Kept by the department (displayed, used) as decided.</summary>
    Kept,

    /// <summary>Handed over to the body that manages such gifts.</summary>
    HandedOver,
}

/// <summary>A gift given or received by the province, on an occasion (usually a delegation); the yearly register per
/// province is read from these.</summary>
public sealed class Gift : ProvinceEntity, ISearchable
{
    public GiftDirection Direction { get; set; }
    public required string Item { get; set; }

    /// <summary>Estimated value, VND.</summary>
    public decimal? Value { get; set; }

    /// <summary>From whom (received) or to whom (given).</summary>
    public required string Counterparty { get; set; }

    public string? Occasion { get; set; }
    public DateOnly Date { get; set; }
    public int? DelegationId { get; set; }
    public Delegation? Delegation { get; set; }

    /// <summary>Gifts received only.</summary>
    public GiftHandling? Handling { get; set; }
    public string? HandlingNote { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchTerms() => [Item, Counterparty, Occasion, HandlingNote];
}

internal sealed class GiftConfiguration : IEntityTypeConfiguration<Gift>
{
    public void Configure(EntityTypeBuilder<Gift> b)
    {
        b.Property(g => g.Item).HasMaxLength(300);
        b.Property(g => g.Counterparty).HasMaxLength(300);
        b.Property(g => g.Occasion).HasMaxLength(300);
        b.Property(g => g.HandlingNote).HasMaxLength(2000);
        b.HasOne(g => g.Delegation).WithMany().HasForeignKey(g => g.DelegationId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(g => new { g.ProvinceId, g.Date });
    }
}
