using Attache.Infrastructure;
using Attache.Labour;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Consular;

public enum CitizenCaseKind
{
    Detained,
    Injured,
    Deceased,
    Trafficked,
    Stranded,
    Undocumented,
}

/// <summary>A citizen of the province in difficulty abroad (citizen protection): who, where, the family to keep
/// informed, the Vietnamese mission informed, the actions taken, and how it ended. A seasonal worker who did not return
/// opens a case in one step (<see cref="WorkerId"/>).</summary>
public sealed class CitizenCase : ProvinceEntity, ISearchable
{
    public const int TextLength = 4000;

    public CitizenCaseKind Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the country where the citizen is.</summary>
    public required string Country { get; set; }

    public DateOnly OpenedOn { get; set; }
    public required string Summary { get; set; }

    /// <summary>The Vietnamese embassy or consulate informed, and when.</summary>
    public string? Mission { get; set; }
    public DateOnly? MissionInformedOn { get; set; }

    /// <summary>Who of the family the desk keeps informed, and how to reach them.</summary>
    [PersonalData]
    public string? FamilyContact { get; set; }

    /// <summary>The seasonal worker of the labour register the case was opened from.</summary>
    public int? WorkerId { get; set; }
    public SeasonalWorker? Worker { get; set; }

    public CaseStatus Status { get; set; } = CaseStatus.Open;
    public DateOnly? ClosedOn { get; set; }
    public string? Outcome { get; set; }

    public List<CasePerson> Persons { get; set; } = [];
    public List<CaseAction> Actions { get; set; } = [];

    public string SearchText { get; set; } = string.Empty;

    /// <summary>A case is open until the desk closes it with a date and an outcome; a closed case stays closed (a new
    /// difficulty of the same citizen is a new case).</summary>
    public static readonly Lifecycle<CaseStatus> Lifecycle = new(
        new Term("RecordNoun.CitizenCase", "citizen case"),
        new Dictionary<CaseStatus, CaseStatus[]>
        {
            [CaseStatus.Open] = [CaseStatus.Closed],
            [CaseStatus.Closed] = [],
        });

    // Persons' names are not searchable here: the text search is open to every role.
    public IEnumerable<string?> SearchTerms() => [Summary, Mission, Outcome];
}

/// <summary>The citizen (or citizens) the case is about.</summary>
public sealed class CasePerson : PersonRecord
{
    public int CaseId { get; set; }

    public override (string Entity, int Id) AuditParent => ("citizenCase", CaseId);
}

public sealed class CaseAction : ProvinceEntity, IAuditChild
{
    public int CaseId { get; set; }
    public DateOnly On { get; set; }
    public required string Text { get; set; }

    public (string Entity, int Id) AuditParent => ("citizenCase", CaseId);
}

internal sealed class CitizenCaseConfiguration : IEntityTypeConfiguration<CitizenCase>
{
    public void Configure(EntityTypeBuilder<CitizenCase> b)
    {
        b.Property(c => c.Country).HasMaxLength(2);
        b.Property(c => c.Summary).HasMaxLength(CitizenCase.TextLength);
        b.Property(c => c.Mission).HasMaxLength(300);
        b.Property(c => c.FamilyContact).HasMaxLength(PersonRecord.ContactLength);
        b.Property(c => c.Outcome).HasMaxLength(CitizenCase.TextLength);
        b.HasOne(c => c.Worker).WithMany().HasForeignKey(c => c.WorkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Persons).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Actions).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.ProvinceId, c.OpenedOn });
        b.HasIndex(c => c.WorkerId);
    }
}

internal sealed class CasePersonConfiguration : PersonRecordConfiguration<CasePerson>;

internal sealed class CaseActionConfiguration : IEntityTypeConfiguration<CaseAction>
{
    public void Configure(EntityTypeBuilder<CaseAction> b)
    {
        b.Property(a => a.Text).HasMaxLength(CitizenCase.TextLength);
        b.HasIndex(a => new { a.CaseId, a.On });
    }
}
