using Attache.Consular;
using Attache.Delegations;
using Attache.Events;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Foreigners;

public enum ForeignerVisitPurpose
{
    /// <summary>Foreign press: reporting in the province.</summary>
    Journalism,

    /// <summary>An expert working on an aid project.</summary>
    ProjectExpert,
    Research,
    Other,
}

/// <summary>A reporting or working visit of foreigners that the department must know of (journalists, experts on aid
/// projects, researchers): who, from where, why, where in the province, when, and the permit or notice they came
/// with; linked to the delegation or event it belongs to, when there is one.</summary>
public sealed class ForeignerVisit : ProvinceEntity, ISearchable
{
    public const int TextLength = 2000;

    public ForeignerVisitPurpose Purpose { get; set; }

    /// <summary>What the visit is for, in a line ("report on the Tà Lùng border gate").</summary>
    public required string Subject { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the country the visitors come from.</summary>
    public required string Country { get; set; }

    /// <summary>The newspaper, institute or organisation they work for.</summary>
    public string? Organisation { get; set; }

    /// <summary>Where in the province they go (communes, sites).</summary>
    public required string Places { get; set; }

    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }

    /// <summary>The permit or notice they came with (number, issuing body).</summary>
    public string? PermitReference { get; set; }

    public int? DelegationId { get; set; }
    public Delegation? Delegation { get; set; }
    public int? EventId { get; set; }
    public CooperationEvent? Event { get; set; }
    public string? Notes { get; set; }

    public List<VisitPerson> Persons { get; set; } = [];

    public string SearchText { get; set; } = string.Empty;

    // Persons' names are not searchable here: the text search is open to every role.
    public IEnumerable<string?> SearchTerms() => [Subject, Organisation, Places, PermitReference, Notes];
}

public sealed class VisitPerson : PersonRecord
{
    public int VisitId { get; set; }

    public override (string Entity, int Id) AuditParent => ("foreignerVisit", VisitId);
}

internal sealed class ForeignerVisitConfiguration : IEntityTypeConfiguration<ForeignerVisit>
{
    public void Configure(EntityTypeBuilder<ForeignerVisit> b)
    {
        b.Property(v => v.Subject).HasMaxLength(300);
        b.Property(v => v.Country).HasMaxLength(2);
        b.Property(v => v.Organisation).HasMaxLength(300);
        b.Property(v => v.Places).HasMaxLength(ForeignerVisit.TextLength);
        b.Property(v => v.PermitReference).HasMaxLength(300);
        b.Property(v => v.Notes).HasMaxLength(ForeignerVisit.TextLength);
        b.HasOne(v => v.Delegation).WithMany().HasForeignKey(v => v.DelegationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(v => v.Event).WithMany().HasForeignKey(v => v.EventId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(v => v.Persons).WithOne().HasForeignKey(p => p.VisitId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(v => new { v.ProvinceId, v.StartsOn });
    }
}

internal sealed class VisitPersonConfiguration : PersonRecordConfiguration<VisitPerson>;
