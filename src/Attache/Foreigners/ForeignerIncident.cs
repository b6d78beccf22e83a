using Attache.Consular;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Foreigners;

public enum IncidentKind
{
    Accident,
    Death,
    ArrestOrDetention,
    Violation,
    LostDocuments,
    Other,
}

/// <summary>An incident involving foreigners in the province: the persons, where and when, a timeline of actions and
/// the notification of their embassy or consulate, which the Vienna Convention on Consular Relations (art. 36) asks to
/// be made without delay.</summary>
public sealed class ForeignerIncident : ProvinceEntity, ISearchable
{
    public const int TextLength = 4000;

    public IncidentKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }

    /// <summary>The day the department learned of it: the time to consular notification runs from here.</summary>
    public DateOnly ReportedOn { get; set; }

    public required string Place { get; set; }
    public required string Summary { get; set; }

    /// <summary>The embassy or consulate notified (of the persons' country).</summary>
    public string? MissionNotified { get; set; }
    public DateOnly? MissionNotifiedOn { get; set; }

    public CaseStatus Status { get; set; } = CaseStatus.Open;
    public DateOnly? ClosedOn { get; set; }
    public string? Outcome { get; set; }

    public List<IncidentPerson> Persons { get; set; } = [];
    public List<IncidentAction> Actions { get; set; } = [];

    public string SearchText { get; set; } = string.Empty;

    // Persons' names are not searchable here: the text search is open to every role.
    public IEnumerable<string?> SearchTerms() => [Place, Summary, MissionNotified, Outcome];

    /// <summary>An incident is open until it is closed with a date and an outcome; a closed case stays
    /// closed.</summary>
    public static readonly Lifecycle<CaseStatus> Lifecycle = new(
        new Term("RecordNoun.ForeignerIncident", "incident"),
        new Dictionary<CaseStatus, CaseStatus[]>
        {
            [CaseStatus.Open] = [CaseStatus.Closed],
            [CaseStatus.Closed] = [],
        });
}

public sealed class IncidentPerson : PersonRecord
{
    public int IncidentId { get; set; }

    public override (string Entity, int Id) AuditParent => ("foreignerIncident", IncidentId);
}

/// <summary>One step of a case's timeline: what was done, on which day.</summary>
public sealed class IncidentAction : ProvinceEntity, IAuditChild
{
    public int IncidentId { get; set; }
    public DateOnly On { get; set; }
    public required string Text { get; set; }

    public (string Entity, int Id) AuditParent => ("foreignerIncident", IncidentId);
}

internal sealed class ForeignerIncidentConfiguration : IEntityTypeConfiguration<ForeignerIncident>
{
    public void Configure(EntityTypeBuilder<ForeignerIncident> b)
    {
        b.Property(i => i.Place).HasMaxLength(300);
        b.Property(i => i.Summary).HasMaxLength(ForeignerIncident.TextLength);
        b.Property(i => i.MissionNotified).HasMaxLength(300);
        b.Property(i => i.Outcome).HasMaxLength(ForeignerIncident.TextLength);
        b.HasMany(i => i.Persons).WithOne().HasForeignKey(p => p.IncidentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.Actions).WithOne().HasForeignKey(a => a.IncidentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => new { i.ProvinceId, i.ReportedOn });
    }
}

internal sealed class IncidentPersonConfiguration : PersonRecordConfiguration<IncidentPerson>;

internal sealed class IncidentActionConfiguration : IEntityTypeConfiguration<IncidentAction>
{
    public void Configure(EntityTypeBuilder<IncidentAction> b)
    {
        b.Property(a => a.Text).HasMaxLength(ForeignerIncident.TextLength);
        b.HasIndex(a => new { a.IncidentId, a.On });
    }
}
