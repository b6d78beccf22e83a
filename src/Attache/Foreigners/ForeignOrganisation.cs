using Attache.Aid;
using Attache.Infrastructure;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Foreigners;

public enum ForeignOrganisationKind
{
    /// <summary>A foreign non-governmental organisation with a registration to operate in the province.</summary>
    Ngo,
    RepresentativeOffice,
    ProjectOffice,
}

public enum ForeignOrganisationStatus
{
    Active,
    Suspended,
    Closed,
}

/// <summary>A foreign organisation working in the province (a foreign NGO, a representative or project office) with
/// its registration or permit, the local projects it runs (aid projects) and the periodic reports it owes.</summary>
public sealed class ForeignOrganisation : ProvinceEntity, ISearchable
{
    public const int NameLength = 300;
    public const int TextLength = 2000;

    public required string Name { get; set; }
    public string? NameVietnamese { get; set; }
    public ForeignOrganisationKind Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the country the organisation comes from.</summary>
    public required string Country { get; set; }

    /// <summary>The same organisation in the partners register, when it is one.</summary>
    public int? PartnerId { get; set; }
    public Partner? Partner { get; set; }

    public string? PermitNumber { get; set; }
    public string? PermitIssuer { get; set; }

    /// <summary>The fields of work the permit allows.</summary>
    public string? Scope { get; set; }

    /// <summary>The communes or areas of the province where it may work.</summary>
    public string? Areas { get; set; }

    public DateOnly? PermitValidFrom { get; set; }
    public DateOnly? PermitValidTo { get; set; }
    public ForeignOrganisationStatus Status { get; set; } = ForeignOrganisationStatus.Active;
    public string? Notes { get; set; }

    public List<ForeignOrganisationProject> Projects { get; set; } = [];
    public List<ForeignOrganisationReport> Reports { get; set; } = [];

    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchTerms() => [Name, NameVietnamese, PermitNumber, Scope, Areas, Notes];

    /// <summary>Which status may follow which: a suspended organisation may resume, a closed one stays closed (it
    /// needs a new permit, so a new record). No move needs a leader.</summary>
    public static readonly Lifecycle<ForeignOrganisationStatus> Lifecycle = new(
        new Term("RecordNoun.ForeignOrganisation", "foreign organisation"),
        new Dictionary<ForeignOrganisationStatus, ForeignOrganisationStatus[]>
        {
            [ForeignOrganisationStatus.Active] =
                [ForeignOrganisationStatus.Suspended, ForeignOrganisationStatus.Closed],
            [ForeignOrganisationStatus.Suspended] =
                [ForeignOrganisationStatus.Active, ForeignOrganisationStatus.Closed],
            [ForeignOrganisationStatus.Closed] = [],
        });
}

/// <summary>An aid project of the register that the organisation carries out in the province.</summary>
public sealed class ForeignOrganisationProject : ProvinceEntity, IAuditChild
{
    public int OrganisationId { get; set; }
    public int AidProjectId { get; set; }
    public AidProject? AidProject { get; set; }

    public (string Entity, int Id) AuditParent => ("foreignOrganisation", OrganisationId);
}

/// <summary>A periodic report the organisation owes the department: due on a day, received or overdue.</summary>
public sealed class ForeignOrganisationReport : ProvinceEntity, IAuditChild
{
    public int OrganisationId { get; set; }

    /// <summary>What the report covers ("2025 annual report", "first half of 2026").</summary>
    public required string Title { get; set; }

    public DateOnly DueOn { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    public string? Notes { get; set; }

    public (string Entity, int Id) AuditParent => ("foreignOrganisation", OrganisationId);
}

internal sealed class ForeignOrganisationConfiguration : IEntityTypeConfiguration<ForeignOrganisation>
{
    public void Configure(EntityTypeBuilder<ForeignOrganisation> b)
    {
        b.Property(o => o.Name).HasMaxLength(ForeignOrganisation.NameLength);
        b.Property(o => o.NameVietnamese).HasMaxLength(ForeignOrganisation.NameLength);
        b.Property(o => o.Country).HasMaxLength(2);
        b.Property(o => o.PermitNumber).HasMaxLength(100);
        b.Property(o => o.PermitIssuer).HasMaxLength(ForeignOrganisation.NameLength);
        b.Property(o => o.Scope).HasMaxLength(ForeignOrganisation.TextLength);
        b.Property(o => o.Areas).HasMaxLength(ForeignOrganisation.TextLength);
        b.Property(o => o.Notes).HasMaxLength(ForeignOrganisation.TextLength);
        b.HasOne(o => o.Partner).WithMany().HasForeignKey(o => o.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(o => o.Projects).WithOne().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(o => o.Reports).WithOne().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(o => new { o.ProvinceId, o.Name });
        b.HasIndex(o => new { o.ProvinceId, o.PermitValidTo });
    }
}

internal sealed class ForeignOrganisationProjectConfiguration : IEntityTypeConfiguration<ForeignOrganisationProject>
{
    public void Configure(EntityTypeBuilder<ForeignOrganisationProject> b)
    {
        b.HasOne(p => p.AidProject).WithMany().HasForeignKey(p => p.AidProjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.OrganisationId, p.AidProjectId }).IsUnique();
    }
}

internal sealed class ForeignOrganisationReportConfiguration : IEntityTypeConfiguration<ForeignOrganisationReport>
{
    public void Configure(EntityTypeBuilder<ForeignOrganisationReport> b)
    {
        b.Property(r => r.Title).HasMaxLength(300);
        b.Property(r => r.Notes).HasMaxLength(ForeignOrganisation.TextLength);
        b.HasIndex(r => new { r.ProvinceId, r.DueOn });
    }
}
