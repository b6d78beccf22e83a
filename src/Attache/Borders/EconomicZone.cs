using Attache.Infrastructure;

namespace Attache.Borders;

/// <summary>An economic zone of the province (Khu kinh tế cửa khẩu Cao Bằng) and the border gates it contains; the
/// public ones are shown on the portal's province page.</summary>
public sealed class EconomicZone : ProvinceEntity, ISearchable
{
    /// <summary>The zone's official Vietnamese name.</summary>
    public required string NameVietnamese { get; set; }

    /// <summary>The English name the portal shows in the other languages, when there is one.</summary>
    public string? NameEnglish { get; set; }

    public EconomicZoneKind Kind { get; set; }

    /// <summary>The day the zone was established and the decision that established it.</summary>
    public DateOnly? EstablishedOn { get; set; }
    public string? DecisionNumber { get; set; }

    public decimal? AreaHectares { get; set; }

    /// <summary>What the public reads about the zone, plain text.</summary>
    public string? Description { get; set; }

    /// <summary>Whether the zone appears on the public portal.</summary>
    public bool IsPublic { get; set; }

    public List<EconomicZoneGate> Gates { get; set; } = [];
    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchTerms() => [NameVietnamese, NameEnglish, DecisionNumber];
}
