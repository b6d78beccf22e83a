using Attache.Consular;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Dossiers;

public enum DossierKind
{
    /// <summary>APEC Business Travel Card application of a local businessperson.</summary>
    Abtc,
    ConsularCertification,
    ConsularLegalisation,

    /// <summary>A nationality dossier on which the department gives its opinion (<see cref="NationalityMatter"/>).</summary>
    Nationality,
}

public enum NationalityMatter
{
    Naturalisation,
    Renunciation,
    Restoration,
}

public enum DossierStatus
{
    Received,
    Checking,
    Forwarded,
    Result,
    Returned,
}

/// <summary>A consular or administrative dossier the department receives, with its statutory deadline in working
/// days (<see cref="WorkingDays"/>): an ABTC application (with the card's number and expiry once issued), a consular
/// certification or legalisation, a nationality dossier (with the department's opinion).</summary>
public sealed class Dossier : ProvinceEntity, ISearchable
{
    public const int TextLength = 4000;

    public DossierKind Kind { get; set; }

    /// <summary>Only for <see cref="DossierKind.Nationality"/>.</summary>
    public NationalityMatter? Matter { get; set; }

    /// <summary>The receipt number given to the applicant.</summary>
    public required string Reference { get; set; }

    public DateOnly ReceivedOn { get; set; }

    /// <summary>The statutory time to handle it, in working days.</summary>
    public int WorkingDaysAllowed { get; set; }

    /// <summary><see cref="ReceivedOn"/> plus <see cref="WorkingDaysAllowed"/> working days (weekends and the public
    /// holidays of <see cref="PublicHoliday"/> excluded), computed when the dossier is saved.</summary>
    public DateOnly DueOn { get; set; }

    public DossierStatus Status { get; set; } = DossierStatus.Received;

    /// <summary>The day the result was returned to the applicant: the dossier is handled on this day.</summary>
    public DateOnly? ReturnedOn { get; set; }

    public string? Result { get; set; }
    public string? Notes { get; set; }

    /// <summary>ABTC: the card issued, and until when it is valid (the renewal reminder runs from here).</summary>
    public string? CardNumber { get; set; }
    public DateOnly? CardExpiresOn { get; set; }

    /// <summary>Nationality: the department's opinion and the day it was given.</summary>
    public string? Opinion { get; set; }
    public DateOnly? OpinionGivenOn { get; set; }

    public List<DossierApplicant> Applicants { get; set; } = [];

    public string SearchText { get; set; } = string.Empty;

    // Applicants' names are not searchable here: the text search is open to every role.
    public IEnumerable<string?> SearchTerms() => [Reference, Result, Notes, CardNumber];

    /// <summary>Received, checked, forwarded to the competent body, its result back, returned to the applicant: one
    /// step at a time, no move needs a leader. A returned dossier is the record.</summary>
    public static readonly Lifecycle<DossierStatus> Lifecycle = new(
        new Term("RecordNoun.Dossier", "dossier"),
        new Dictionary<DossierStatus, DossierStatus[]>
        {
            [DossierStatus.Received] = [DossierStatus.Checking],
            [DossierStatus.Checking] = [DossierStatus.Forwarded],
            [DossierStatus.Forwarded] = [DossierStatus.Result],
            [DossierStatus.Result] = [DossierStatus.Returned],
            [DossierStatus.Returned] = [],
        });
}

public sealed class DossierApplicant : PersonRecord
{
    public int DossierId { get; set; }

    public override (string Entity, int Id) AuditParent => ("dossier", DossierId);
}

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> b)
    {
        b.Property(d => d.Reference).HasMaxLength(100);
        b.Property(d => d.Result).HasMaxLength(Dossier.TextLength);
        b.Property(d => d.Notes).HasMaxLength(Dossier.TextLength);
        b.Property(d => d.CardNumber).HasMaxLength(100);
        b.Property(d => d.Opinion).HasMaxLength(Dossier.TextLength);
        b.HasMany(d => d.Applicants).WithOne().HasForeignKey(p => p.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(d => new { d.ProvinceId, d.Reference }).IsUnique();
        b.HasIndex(d => new { d.ProvinceId, d.DueOn });
        b.HasIndex(d => new { d.ProvinceId, d.CardExpiresOn });
    }
}

internal sealed class DossierApplicantConfiguration : PersonRecordConfiguration<DossierApplicant>;
