using Attache.Infrastructure;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Agreements;

public enum AgreementKind
{
    Agreement,
    MemorandumOfUnderstanding,
    MinutesOfTalks,
    LetterOfIntent,
    EnterpriseContract,
    Other,
}

/// <summary>The stages of a provincial international agreement under the Law on International Agreements 2020;
/// which stage may follow which is decided in <see cref="Agreement.Lifecycle"/> only.</summary>
public enum AgreementStatus
{
    Proposed,
    Consulting,
    Approved,

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720",
        Justification = "The legal stage 'signed', not a signed integer type.")]
    Signed,
    InForce,
    Expired,
    Terminated,
    Withdrawn,
}

/// <summary>An international agreement of the province (or one of its agencies or communes) with one or more
/// foreign partners: a cooperation agreement, a memorandum, minutes of talks, a contract with an enterprise…</summary>
public sealed class Agreement : ProvinceEntity, ISearchable
{
    public required string TitleVi { get; set; }
    public string? TitleEn { get; set; }

    /// <summary>The title in the partner's language (문경시와의 협약, 合作协议), when known.</summary>
    public string? TitleNative { get; set; }

    public AgreementKind Kind { get; set; }
    public AgreementStatus Status { get; set; } = AgreementStatus.Proposed;

    /// <summary>Who signs on the Vietnamese side: the Provincial People's Committee, a department, a commune.</summary>
    public required string ProvinceParty { get; set; }

    public List<AgreementPartner> Partners { get; set; } = [];
    public List<AgreementFieldLink> Fields { get; set; } = [];

    public DateOnly? SignedOn { get; set; }
    public string? SignedPlace { get; set; }
    public string? ProvinceSignatory { get; set; }
    public string? PartnerSignatory { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    /// <summary>Null while unknown or when the agreement is open-ended.</summary>
    public DateOnly? ExpiresOn { get; set; }
    public bool AutoRenewal { get; set; }

    /// <summary>ISO 639-1 codes of the languages of the signed text (vi, zh, ko, en).</summary>
    public List<string> Languages { get; set; } = [];

    public string? ApprovalAuthority { get; set; }
    public string? ApprovalNumber { get; set; }
    public DateOnly? ApprovedOn { get; set; }

    /// <summary>When it expired, was terminated or withdrawn, and why.</summary>
    public DateOnly? EndedOn { get; set; }
    public string? EndNote { get; set; }

    public string? Notes { get; set; }

    public List<AgreementConsultation> Consultations { get; set; } = [];
    public List<AgreementActivity> Activities { get; set; } = [];

    public string SearchText { get; set; } = string.Empty;

    /// <summary>Which stage may follow which (Law on International Agreements 2020, chapter on agreements of
    /// provincial bodies: proposal, consultation of the Ministry of Foreign Affairs and the ministries concerned,
    /// approval by the competent authority, signing, effect). Only a leader approves: the approval records a decision
    /// of the authority.</summary>
    public static readonly Lifecycle<AgreementStatus> Lifecycle = new(
        new Term("RecordNoun.Agreement", "agreement"),
        new Dictionary<AgreementStatus, AgreementStatus[]>
        {
            [AgreementStatus.Proposed] = [AgreementStatus.Consulting, AgreementStatus.Withdrawn],
            [AgreementStatus.Consulting] = [AgreementStatus.Approved, AgreementStatus.Withdrawn],
            [AgreementStatus.Approved] = [AgreementStatus.Signed, AgreementStatus.Withdrawn],
            [AgreementStatus.Signed] = [AgreementStatus.InForce],
            [AgreementStatus.InForce] = [AgreementStatus.Expired, AgreementStatus.Terminated],
            [AgreementStatus.Expired] = [],
            [AgreementStatus.Terminated] = [],
            [AgreementStatus.Withdrawn] = [],
        },
        AgreementStatus.Approved);

    public IEnumerable<string?> SearchTerms() =>
        [TitleVi, TitleEn, TitleNative, ProvinceParty, SignedPlace, ProvinceSignatory, PartnerSignatory,
            ApprovalNumber];
}

/// <summary>A party on the foreign side (many partners may sign one agreement; a partner signs many).</summary>
public sealed class AgreementPartner : ProvinceEntity, IAuditChild
{
    public int AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }

    public (string Entity, int Id) AuditParent => ("agreement", AgreementId);
}

public sealed class AgreementFieldLink : ProvinceEntity, IAuditChild
{
    public int AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    public int FieldId { get; set; }
    public AgreementField? Field { get; set; }

    public (string Entity, int Id) AuditParent => ("agreement", AgreementId);
}

/// <summary>A request for opinions before approval (Law on International Agreements 2020: the Ministry of Foreign
/// Affairs and the ministries concerned are consulted on a provincial agreement).</summary>
public sealed class AgreementConsultation : ProvinceEntity, IAuditChild
{
    public int AgreementId { get; set; }
    public required string Body { get; set; }
    public DateOnly SentOn { get; set; }
    public DateOnly? AnsweredOn { get; set; }
    public string? AnswerSummary { get; set; }

    public (string Entity, int Id) AuditParent => ("agreement", AgreementId);
}

/// <summary>Something done under an agreement. It may point at a delegation, an event or an aid project of other
/// features by name and id, without a foreign key, so the agreements register stands on its own.</summary>
public sealed class AgreementActivity : ProvinceEntity, IAuditChild
{
    public int AgreementId { get; set; }
    public DateOnly Date { get; set; }
    public required string What { get; set; }
    public string? Result { get; set; }
    public string? LinkedEntity { get; set; }
    public int? LinkedId { get; set; }

    public (string Entity, int Id) AuditParent => ("agreement", AgreementId);
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> b)
    {
        b.Property(a => a.TitleVi).HasMaxLength(AgreementInput.TitleLength);
        b.Property(a => a.TitleEn).HasMaxLength(AgreementInput.TitleLength);
        b.Property(a => a.TitleNative).HasMaxLength(AgreementInput.TitleLength);
        b.Property(a => a.ProvinceParty).HasMaxLength(300);
        b.Property(a => a.SignedPlace).HasMaxLength(300);
        b.Property(a => a.ProvinceSignatory).HasMaxLength(300);
        b.Property(a => a.PartnerSignatory).HasMaxLength(300);
        b.Property(a => a.ApprovalAuthority).HasMaxLength(300);
        b.Property(a => a.ApprovalNumber).HasMaxLength(100);
        b.Property(a => a.EndNote).HasMaxLength(1000);
        b.Property(a => a.Notes).HasMaxLength(AgreementInput.NotesLength);
        b.HasMany(a => a.Partners).WithOne(p => p.Agreement).HasForeignKey(p => p.AgreementId)
            .OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Fields).WithOne(f => f.Agreement).HasForeignKey(f => f.AgreementId)
            .OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Consultations).WithOne().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Activities).WithOne().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.ProvinceId, a.Status });
        b.HasIndex(a => new { a.ProvinceId, a.SignedOn });
        b.HasIndex(a => new { a.ProvinceId, a.ExpiresOn });
    }
}

internal sealed class AgreementPartnerConfiguration : IEntityTypeConfiguration<AgreementPartner>
{
    public void Configure(EntityTypeBuilder<AgreementPartner> b)
    {
        b.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.AgreementId, p.PartnerId }).IsUnique();
    }
}

internal sealed class AgreementFieldLinkConfiguration : IEntityTypeConfiguration<AgreementFieldLink>
{
    public void Configure(EntityTypeBuilder<AgreementFieldLink> b)
    {
        b.HasOne(f => f.Field).WithMany().HasForeignKey(f => f.FieldId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => new { f.AgreementId, f.FieldId }).IsUnique();
    }
}

internal sealed class AgreementConsultationConfiguration : IEntityTypeConfiguration<AgreementConsultation>
{
    public void Configure(EntityTypeBuilder<AgreementConsultation> b)
    {
        b.Property(c => c.Body).HasMaxLength(300);
        b.Property(c => c.AnswerSummary).HasMaxLength(AgreementInput.NotesLength);
    }
}

internal sealed class AgreementActivityConfiguration : IEntityTypeConfiguration<AgreementActivity>
{
    public void Configure(EntityTypeBuilder<AgreementActivity> b)
    {
        b.Property(a => a.What).HasMaxLength(1000);
        b.Property(a => a.Result).HasMaxLength(AgreementInput.NotesLength);
        b.Property(a => a.LinkedEntity).HasMaxLength(40);
        b.HasIndex(a => new { a.AgreementId, a.Date });
    }
}
