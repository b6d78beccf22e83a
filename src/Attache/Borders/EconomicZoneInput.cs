using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;

namespace Attache.Borders;

/// <summary>An economic zone as a user sends it, from the API or the form alike.</summary>
public sealed class EconomicZoneInput
{
    public const int NameLength = 300;
    public const int NumberLength = 100;
    public const int DescriptionLength = 4000;

    [Required(ErrorMessage = Messages.Required), MaxLength(NameLength, ErrorMessage = Messages.TooLong)]
    public string? NameVietnamese { get; set; }

    [MaxLength(NameLength, ErrorMessage = Messages.TooLong)]
    public string? NameEnglish { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public EconomicZoneKind? Kind { get; set; }

    /// <summary>The border gates of the province that lie in the zone.</summary>
    [MaxLength(50, ErrorMessage = Messages.TooMany)]
    public List<int>? GateIds { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    [MaxLength(NumberLength, ErrorMessage = Messages.TooLong)]
    public string? DecisionNumber { get; set; }

    /// <summary>Hectares, greater than 0.</summary>
    [Range(typeof(decimal), "0", "10000000", MinimumIsExclusive = true, ErrorMessage = Messages.OutOfRange,
        ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal? AreaHectares { get; set; }

    [MaxLength(DescriptionLength, ErrorMessage = Messages.TooLong)]
    public string? Description { get; set; }

    public bool IsPublic { get; set; }

    /// <summary>The version the change was made from; required on update so a stale edit is refused.</summary>
    public int? Version { get; set; }

    public static EconomicZoneInput From(EconomicZone z) => new()
    {
        NameVietnamese = z.NameVietnamese,
        NameEnglish = z.NameEnglish,
        Kind = z.Kind,
        GateIds = [.. z.Gates.OrderBy(g => g.Id).Select(g => g.BorderGateId)],
        EstablishedOn = z.EstablishedOn,
        DecisionNumber = z.DecisionNumber,
        AreaHectares = z.AreaHectares,
        Description = z.Description,
        IsPublic = z.IsPublic,
        Version = z.Version,
    };
}
