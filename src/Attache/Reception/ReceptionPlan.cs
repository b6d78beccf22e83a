using Attache.Delegations;
using Attache.Infrastructure;
using Attache.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Reception;

public enum ReceptionSide
{
    /// <summary>The province's people (the hosts of an inbound delegation, the members of an outbound one).</summary>
    Host,

    /// <summary>The foreign side.</summary>
    Guest,
}

/// <summary>Protocol rank, highest first: what the order of precedence starts from before any change by hand.</summary>
public enum ProtocolRank
{
    HeadOfState,
    Minister,
    ViceMinister,
    ProvincialLeader,
    ProvincialViceLeader,
    Ambassador,
    Director,
    DeputyDirector,
    HeadOfDivision,
    Officer,
    Other,
}

public enum ReceptionItemKind
{
    Talks,
    Banquet,
    Visit,
    Meeting,
    Other,
}

public enum SeatingLayout
{
    /// <summary>Talks: the two sides face each other, heads in the middle, interpreters beside them.</summary>
    Facing,

    /// <summary>Banquet at round tables.</summary>
    RoundTables,

    /// <summary>Banquet at one long table.</summary>
    LongTable,
}

/// <summary>How a delegation is received (or, outbound, how its programme abroad is prepared): both sides' people in
/// order of precedence, the reception items with their interpreters and seating, and the talking points of the
/// leader who receives. One per delegation.</summary>
public sealed class ReceptionPlan : ProvinceEntity, IAuditChild
{
    public int DelegationId { get; set; }
    public Delegation? Delegation { get; set; }

    /// <summary>Free text for the briefing pack.</summary>
    public string? TalkingPoints { get; set; }

    public string? Notes { get; set; }

    public List<ReceptionParticipant> Participants { get; set; } = [];
    public List<ReceptionItem> Items { get; set; } = [];
    public List<ReceptionCostLine> CostLines { get; set; } = [];

    public (string Entity, int Id) AuditParent => ("delegation", DelegationId);
}

/// <summary>A person of either side at the reception; <see cref="Order"/>, when set by hand, overrides the order
/// that follows from <see cref="Rank"/>.</summary>
public sealed class ReceptionParticipant : ProvinceEntity, IAuditChild
{
    public int PlanId { get; set; }
    public int DelegationId { get; set; }
    public ReceptionSide Side { get; set; }
    public required string Name { get; set; }
    public string? Title { get; set; }
    public string? Organisation { get; set; }
    public ProtocolRank Rank { get; set; } = ProtocolRank.Other;

    /// <summary>The head of this side.</summary>
    public bool IsHead { get; set; }

    /// <summary>Place in the order of precedence of this side set by hand (1 first); null follows the rank.</summary>
    public int? Order { get; set; }

    /// <summary>The delegation member this person is, when taken from the member list.</summary>
    public int? DelegationMemberId { get; set; }

    public (string Entity, int Id) AuditParent => ("delegation", DelegationId);
}

/// <summary>A talk, banquet or visit of the reception, with the interpreter for the guests' language.</summary>
public sealed class ReceptionItem : ProvinceEntity, IAuditChild
{
    public int PlanId { get; set; }
    public int DelegationId { get; set; }
    public ReceptionItemKind Kind { get; set; }
    public required string Title { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly StartTime { get; set; }
    public TimeOnly EndTime { get; set; }
    public string? Place { get; set; }

    /// <summary>ISO 639-1 code of the language interpreted ("ko").</summary>
    public string? Language { get; set; }

    public int? InterpreterId { get; set; }
    public StaffMember? Interpreter { get; set; }

    /// <summary>Banquets and talks: the seating, once generated.</summary>
    public SeatingLayout? Layout { get; set; }
    public int? Tables { get; set; }
    public int? SeatsPerTable { get; set; }
    public List<Seat> Seats { get; set; } = [];

    public (string Entity, int Id) AuditParent => ("delegation", DelegationId);
}

/// <summary>One seat of a seating plan: the table (1 for talks and a long table), the position at it, and who sits
/// there (a participant, or an interpreter of the staff roster).</summary>
public sealed class Seat : ProvinceEntity, IAuditChild
{
    public int ItemId { get; set; }
    public int DelegationId { get; set; }
    public int Table { get; set; }
    public int Position { get; set; }
    public int? ParticipantId { get; set; }
    public int? StaffMemberId { get; set; }

    public (string Entity, int Id) AuditParent => ("delegation", DelegationId);
}

internal sealed class ReceptionPlanConfiguration : IEntityTypeConfiguration<ReceptionPlan>
{
    public void Configure(EntityTypeBuilder<ReceptionPlan> b)
    {
        b.Property(p => p.TalkingPoints).HasMaxLength(8000);
        b.Property(p => p.Notes).HasMaxLength(2000);
        b.HasOne(p => p.Delegation).WithMany().HasForeignKey(p => p.DelegationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => p.DelegationId).IsUnique();
        b.HasMany(p => p.Participants).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Items).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.CostLines).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReceptionParticipantConfiguration : IEntityTypeConfiguration<ReceptionParticipant>
{
    public void Configure(EntityTypeBuilder<ReceptionParticipant> b)
    {
        b.Property(p => p.Name).HasMaxLength(DelegationInput.NameLength);
        b.Property(p => p.Title).HasMaxLength(DelegationInput.NameLength);
        b.Property(p => p.Organisation).HasMaxLength(DelegationInput.OrganisationLength);
        b.HasOne<DelegationMember>().WithMany().HasForeignKey(p => p.DelegationMemberId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ReceptionItemConfiguration : IEntityTypeConfiguration<ReceptionItem>
{
    public void Configure(EntityTypeBuilder<ReceptionItem> b)
    {
        b.Property(i => i.Title).HasMaxLength(300);
        b.Property(i => i.Place).HasMaxLength(300);
        b.Property(i => i.Language).HasMaxLength(3);
        b.HasOne(i => i.Interpreter).WithMany().HasForeignKey(i => i.InterpreterId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasMany(i => i.Seats).WithOne().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => new { i.InterpreterId, i.Date });
        b.HasIndex(i => new { i.ProvinceId, i.Date });
    }
}

internal sealed class SeatConfiguration : IEntityTypeConfiguration<Seat>
{
    public void Configure(EntityTypeBuilder<Seat> b)
    {
        b.ToTable("ReceptionSeats");
        b.HasOne<ReceptionParticipant>().WithMany().HasForeignKey(s => s.ParticipantId)
            .OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(s => s.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.ItemId, s.Table, s.Position }).IsUnique();
    }
}
