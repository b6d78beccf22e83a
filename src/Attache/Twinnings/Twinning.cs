using Attache.Infrastructure;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Twinnings;

/// <summary>Since July 2025 Vietnam has only provinces and communes; pairs signed by a former district keep it
/// as their Vietnamese side.</summary>
public enum LocalityKind
{
    Commune,
    Village,
    FormerDistrict,
}

public enum TwinningStatus
{
    Active,
    Dormant,
    Ended,
}

/// <summary>A twinning (kết nghĩa) of a Vietnamese border locality with a foreign one (Tà Lùng – Shuikou).</summary>
public sealed class Twinning : ProvinceEntity, ISearchable
{
    public required string LocalityName { get; set; }
    public LocalityKind LocalityKind { get; set; }

    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }

    public DateOnly? SignedOn { get; set; }
    public TwinningStatus Status { get; private set; } = TwinningStatus.Active;

    /// <summary>The day the pair stopped being active: dormant or ended. Null while Active, and for pairs that stopped
    /// before the register kept the date.</summary>
    public DateOnly? EndedOn { get; set; }
    public string? Notes { get; set; }

    public List<TwinningActivity> Activities { get; set; } = [];
    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchTerms() => [LocalityName, Notes];

    /// <summary>Which status may follow which. An ended pair stays ended: reviving it is a new agreement, so a new
    /// record. No move needs a leader.</summary>
    public static readonly Lifecycle<TwinningStatus> Lifecycle = new(
        new Term("RecordNoun.Twinning", "twinning"),
        new Dictionary<TwinningStatus, TwinningStatus[]>
        {
            [TwinningStatus.Active] = [TwinningStatus.Dormant, TwinningStatus.Ended],
            [TwinningStatus.Dormant] = [TwinningStatus.Active, TwinningStatus.Ended],
            [TwinningStatus.Ended] = [],
        });

    /// <summary>Moves the pair to <paramref name="to"/> (<see cref="Lifecycle"/> refuses a move it does not allow).
    /// An active pair has no end date; a pair that stops being active now without one stopped on
    /// <paramref name="today"/>. A pair kept Dormant or Ended keeps its date, even none.</summary>
    public void ChangeStatus(TwinningStatus to, DateOnly today)
    {
        if (to == Status)
        {
            if (Status == TwinningStatus.Active)
            {
                EndedOn = null;
            }

            return;
        }

        Lifecycle.Check(Status, to, mayApprove: false);
        Status = to;
        EndedOn = to == TwinningStatus.Active ? null : EndedOn ?? today;
    }
}

/// <summary>Something the twinned localities did together (a visit, a festival, a joint patrol).</summary>
public sealed class TwinningActivity : ProvinceEntity, IAuditChild
{
    public int TwinningId { get; set; }
    public DateOnly Date { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }

    public (string Entity, int Id) AuditParent => ("twinning", TwinningId);
}

internal sealed class TwinningConfiguration : IEntityTypeConfiguration<Twinning>
{
    public void Configure(EntityTypeBuilder<Twinning> b)
    {
        b.Property(t => t.LocalityName).HasMaxLength(TwinningInput.NameLength);
        b.Property(t => t.Notes).HasMaxLength(TwinningInput.NotesLength);
        b.Property(t => t.Status);
        b.Property(t => t.EndedOn);
        b.HasOne(t => t.Partner).WithMany().HasForeignKey(t => t.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Activities).WithOne().HasForeignKey(a => a.TwinningId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.ProvinceId, t.Status });
        b.HasIndex(t => new { t.ProvinceId, t.SignedOn });
    }
}

internal sealed class TwinningActivityConfiguration : IEntityTypeConfiguration<TwinningActivity>
{
    public void Configure(EntityTypeBuilder<TwinningActivity> b)
    {
        b.Property(a => a.Title).HasMaxLength(TwinningInput.NameLength);
        b.Property(a => a.Description).HasMaxLength(TwinningInput.NotesLength);
        b.HasIndex(a => new { a.TwinningId, a.Date });
    }
}
