using Attache.Infrastructure;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Borders;

/// <summary>The categories of Vietnam's land border gates (Decree 34/2014/NĐ-CP, art. 3 and Law on National
/// Borders): international gates, main (bilateral) gates, secondary gates and border crossings/openings.</summary>
public enum GateType
{
    International,
    Main,
    Secondary,
    Crossing,
}

public enum GateRouteKind
{
    /// <summary>A road or bridge crossing that belongs to the gate pair (Tà Lùng II – Thủy Khẩu bridge).</summary>
    CrossingRoute,

    /// <summary>A clearance point for goods away from the main gate (Nà Đoỏng – Na Rì).</summary>
    ClearancePoint,
}

public enum GateEventKind
{
    Opened,
    UpgradedToInternational,
    RouteAdded,
    Suspended,
    Reopened,
}

/// <summary>A gate pair: the Vietnamese border gate of the province and its counterpart across the border
/// (Tà Lùng – Shuikou/水口). Its legal history and figures hang off it.</summary>
public sealed class BorderGate : ProvinceEntity, ISearchable
{
    /// <summary>The Vietnamese gate (Tà Lùng).</summary>
    public required string Name { get; set; }

    /// <summary>ISO 3166-1 alpha-2 of the neighbour (CN, LA, KH).</summary>
    public required string Country { get; set; }

    public GateType Type { get; set; }

    /// <summary>The counterpart gate in the neighbour's language and script (水口).</summary>
    public string? CounterpartNative { get; set; }

    /// <summary>The counterpart in Latin script (Shuikou).</summary>
    public required string CounterpartLatin { get; set; }

    /// <summary>The counterpart as Vietnamese officials write it (Thủy Khẩu).</summary>
    public string? CounterpartVietnamese { get; set; }

    /// <summary>The foreign locality the counterpart lies in (Longzhou County), when it is a registered
    /// partner.</summary>
    public int? CounterpartPartnerId { get; set; }
    public Partner? CounterpartPartner { get; set; }

    /// <summary>Where the gate lies on the Vietnamese side (commune), since July 2025 without districts.</summary>
    public string? Location { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Notes { get; set; }

    public List<BorderGateRoute> Routes { get; set; } = [];
    public List<BorderGateEvent> Events { get; set; } = [];
    public string SearchText { get; set; } = string.Empty;

    public string PairName => $"{Name} – {CounterpartVietnamese ?? CounterpartLatin}";

    public IEnumerable<string?> SearchTerms() => [Name, CounterpartNative, CounterpartLatin, CounterpartVietnamese,
        Location];
}

/// <summary>A crossing route or clearance point that belongs to a gate pair.</summary>
public sealed class BorderGateRoute : ProvinceEntity, IAuditChild
{
    public int BorderGateId { get; set; }
    public GateRouteKind Kind { get; set; }

    /// <summary>The Vietnamese side's name (Tà Lùng II, Nà Đoỏng).</summary>
    public required string Name { get; set; }

    /// <summary>The other side's name (Thủy Khẩu, Na Rì / Na Ray).</summary>
    public string? CounterpartName { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    public (string Entity, int Id) AuditParent => ("borderGate", BorderGateId);
}

/// <summary>A dated legal step in the gate's life, with the decision that made it.</summary>
public sealed class BorderGateEvent : ProvinceEntity, IAuditChild
{
    public int BorderGateId { get; set; }
    public GateEventKind Kind { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>The route the event concerns (RouteAdded), if any.</summary>
    public int? RouteId { get; set; }
    public BorderGateRoute? Route { get; set; }

    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }

    /// <summary>Who decided: the Government, the Prime Minister, the two governments by exchange of notes…</summary>
    public string? Authority { get; set; }
    public string? Notes { get; set; }

    public (string Entity, int Id) AuditParent => ("borderGate", BorderGateId);
}

internal sealed class BorderGateConfiguration : IEntityTypeConfiguration<BorderGate>
{
    public void Configure(EntityTypeBuilder<BorderGate> b)
    {
        b.Property(g => g.Name).HasMaxLength(BorderGateInput.NameLength);
        b.Property(g => g.Country).HasMaxLength(2);
        b.Property(g => g.CounterpartNative).HasMaxLength(BorderGateInput.NameLength);
        b.Property(g => g.CounterpartLatin).HasMaxLength(BorderGateInput.NameLength);
        b.Property(g => g.CounterpartVietnamese).HasMaxLength(BorderGateInput.NameLength);
        b.Property(g => g.Location).HasMaxLength(BorderGateInput.NameLength);
        b.Property(g => g.Notes).HasMaxLength(BorderGateInput.NotesLength);
        b.HasOne(g => g.CounterpartPartner).WithMany().HasForeignKey(g => g.CounterpartPartnerId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasMany(g => g.Routes).WithOne().HasForeignKey(r => r.BorderGateId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(g => g.Events).WithOne().HasForeignKey(e => e.BorderGateId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(g => new { g.ProvinceId, g.Name });
        b.HasIndex(g => new { g.ProvinceId, g.Type });
    }
}

internal sealed class BorderGateRouteConfiguration : IEntityTypeConfiguration<BorderGateRoute>
{
    public void Configure(EntityTypeBuilder<BorderGateRoute> b)
    {
        b.Property(r => r.Name).HasMaxLength(BorderGateInput.NameLength);
        b.Property(r => r.CounterpartName).HasMaxLength(BorderGateInput.NameLength);
    }
}

internal sealed class BorderGateEventConfiguration : IEntityTypeConfiguration<BorderGateEvent>
{
    public void Configure(EntityTypeBuilder<BorderGateEvent> b)
    {
        b.Property(e => e.DecisionNumber).HasMaxLength(100);
        b.Property(e => e.Authority).HasMaxLength(200);
        b.Property(e => e.Notes).HasMaxLength(BorderGateInput.NotesLength);
        b.HasOne(e => e.Route).WithMany().HasForeignKey(e => e.RouteId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(e => new { e.BorderGateId, e.Date });
    }
}
