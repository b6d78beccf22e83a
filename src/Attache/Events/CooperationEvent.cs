using Attache.Infrastructure;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Events;

public enum EventKind
{
    PeopleToPeopleExchange,
    CulturalExchange,
    Seminar,
    Conference,
    TradeFair,
    InvestmentPromotion,
    PressDelegation,
    Sports,
    Education,
    Ceremony,

    /// <summary>Recurring talks under the border agreements: the Spring Meeting, border-management talks.</summary>
    BorderMechanism,
}

public enum MediaKind
{
    Television,
    Online,
    Print,
    Radio,
    Documentary,
    SocialMedia,
}

/// <summary>One exchange, seminar, fair, press visit, ceremony or border meeting the department organises or
/// takes part in.</summary>
public sealed class CooperationEvent : ProvinceEntity, ISearchable
{
    public EventKind Kind { get; set; }
    public required string Title { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public string? Place { get; set; }

    /// <summary>The organiser as a partner (the Union of Friendship Organisations) or, failing that, as text.</summary>
    public int? OrganiserPartnerId { get; set; }
    public Partner? OrganiserPartner { get; set; }
    public string? OrganiserText { get; set; }

    public List<EventPartner> Partners { get; set; } = [];

    /// <summary>ISO 3166-1 alpha-2 codes of the countries taking part, Vietnam not counted.</summary>
    public List<string> Countries { get; set; } = [];

    public int? ParticipantsTotal { get; set; }
    public int? ParticipantsForeign { get; set; }
    public int? Delegates { get; set; }

    /// <summary>Decision 06/2020/QĐ-TTg: an international conference or seminar needs the approval of the competent
    /// authority (the Prime Minister or the provincial People's Committee chair) before it is held.</summary>
    public bool IsInternational { get; set; }
    public string? ApprovalNumber { get; set; }
    public DateOnly? ApprovalDate { get; set; }
    public string? ApprovalAuthority { get; set; }

    public int? CounterpartId { get; set; }
    public Partner? Counterpart { get; set; }
    public string? Conclusions { get; set; }

    public string? Notes { get; set; }
    public List<MediaCoverage> Media { get; set; } = [];
    public string SearchText { get; set; } = string.Empty;

    public DateOnly LastDay => EndsOn ?? StartsOn;

    public IEnumerable<string?> SearchTerms() => [Title, Place, OrganiserText, Notes];
}

public sealed class EventPartner : ProvinceEntity, IAuditChild
{
    public int EventId { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }

    public (string Entity, int Id) AuditParent => ("cooperationEvent", EventId);
}

/// <summary>A report, programme or film that came out of an event (KBS, HitRun, HBO after a press visit).</summary>
public sealed class MediaCoverage : ProvinceEntity, IAuditChild
{
    public int EventId { get; set; }
    public int? OutletPartnerId { get; set; }
    public Partner? OutletPartner { get; set; }
    public string? OutletText { get; set; }

    /// <summary>The outlet's country (ISO alpha-2), for the "coverage by country" figure.</summary>
    public required string Country { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? Link { get; set; }
    public MediaKind Kind { get; set; }
    public string? Title { get; set; }

    public (string Entity, int Id) AuditParent => ("cooperationEvent", EventId);
}

internal sealed class CooperationEventConfiguration : IEntityTypeConfiguration<CooperationEvent>
{
    public void Configure(EntityTypeBuilder<CooperationEvent> b)
    {
        b.ToTable("Events");
        b.Property(e => e.Title).HasMaxLength(EventInput.TitleLength);
        b.Property(e => e.Place).HasMaxLength(EventInput.TitleLength);
        b.Property(e => e.OrganiserText).HasMaxLength(EventInput.TitleLength);
        b.Property(e => e.ApprovalNumber).HasMaxLength(EventInput.NumberLength);
        b.Property(e => e.ApprovalAuthority).HasMaxLength(EventInput.TitleLength);
        b.Property(e => e.Conclusions).HasMaxLength(EventInput.NotesLength);
        b.Property(e => e.Notes).HasMaxLength(EventInput.NotesLength);
        b.Ignore(e => e.LastDay);
        b.HasOne(e => e.OrganiserPartner).WithMany().HasForeignKey(e => e.OrganiserPartnerId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasOne(e => e.Counterpart).WithMany().HasForeignKey(e => e.CounterpartId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Partners).WithOne().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Media).WithOne().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.ProvinceId, e.Kind, e.StartsOn });
        b.HasIndex(e => new { e.ProvinceId, e.StartsOn });
    }
}

internal sealed class EventPartnerConfiguration : IEntityTypeConfiguration<EventPartner>
{
    public void Configure(EntityTypeBuilder<EventPartner> b)
    {
        b.ToTable("EventPartners");
        b.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.EventId, p.PartnerId }).IsUnique();
    }
}

internal sealed class MediaCoverageConfiguration : IEntityTypeConfiguration<MediaCoverage>
{
    public void Configure(EntityTypeBuilder<MediaCoverage> b)
    {
        b.ToTable("EventMedia");
        b.Property(m => m.OutletText).HasMaxLength(EventInput.TitleLength);
        b.Property(m => m.Country).HasMaxLength(2);
        b.Property(m => m.Link).HasMaxLength(EventInput.LinkLength);
        b.Property(m => m.Title).HasMaxLength(EventInput.TitleLength);
        b.HasOne(m => m.OutletPartner).WithMany().HasForeignKey(m => m.OutletPartnerId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(m => new { m.EventId });
        b.HasIndex(m => new { m.ProvinceId, m.Country });
    }
}
