using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;

namespace Attache.Borders;

/// <summary>A gate pair as a user sends it, with its routes (matched by position, like partner contacts).</summary>
public sealed class BorderGateInput
{
    public const int NameLength = 200;
    public const int NotesLength = 4000;

    [Required(ErrorMessage = Messages.Required), MaxLength(NameLength, ErrorMessage = Messages.TooLong)]
    public string? Name { get; set; }

    [Required(ErrorMessage = Messages.Required), CountryCode]
    public string? Country { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public GateType? Type { get; set; }

    [MaxLength(NameLength, ErrorMessage = Messages.TooLong)]
    public string? CounterpartNative { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(NameLength, ErrorMessage = Messages.TooLong)]
    public string? CounterpartLatin { get; set; }

    [MaxLength(NameLength, ErrorMessage = Messages.TooLong)]
    public string? CounterpartVietnamese { get; set; }

    public int? CounterpartPartnerId { get; set; }

    [MaxLength(NameLength, ErrorMessage = Messages.TooLong)]
    public string? Location { get; set; }

    [Range(-90d, 90d, ErrorMessage = Messages.OutOfRange)]
    public double? Latitude { get; set; }

    [Range(-180d, 180d, ErrorMessage = Messages.OutOfRange)]
    public double? Longitude { get; set; }

    [MaxLength(NotesLength, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }

    [MaxLength(50, ErrorMessage = Messages.TooMany)]
    public List<GateRouteInput>? Routes { get; set; }

    public int? Version { get; set; }
}

public sealed class GateRouteInput
{
    [Required(ErrorMessage = Messages.Required)]
    public GateRouteKind? Kind { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(BorderGateInput.NameLength, ErrorMessage = Messages.TooLong)]
    public string? Name { get; set; }

    [MaxLength(BorderGateInput.NameLength, ErrorMessage = Messages.TooLong)]
    public string? CounterpartName { get; set; }

    [Range(-90d, 90d, ErrorMessage = Messages.OutOfRange)]
    public double? Latitude { get; set; }

    [Range(-180d, 180d, ErrorMessage = Messages.OutOfRange)]
    public double? Longitude { get; set; }
}

public sealed class GateEventInput
{
    [Required(ErrorMessage = Messages.Required)]
    public GateEventKind? Kind { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? Date { get; set; }

    public int? RouteId { get; set; }

    [MaxLength(100, ErrorMessage = Messages.TooLong)]
    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    [MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? Authority { get; set; }

    [MaxLength(BorderGateInput.NotesLength, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }
}

/// <summary>One gate's figures for a month (Month 1–12) or a whole year (Month empty), from the form, the API
/// or one row of an upload.</summary>
public sealed class GateFigureInput
{
    [Required(ErrorMessage = Messages.Required), Range(1990, 2100, ErrorMessage = Messages.OutOfRange)]
    public int? Year { get; set; }

    [Range(1, 12, ErrorMessage = Messages.OutOfRange)]
    public int? Month { get; set; }

    [Range(typeof(decimal), "0", MoneyBounds.MaxAmount, ErrorMessage = Messages.AmountRange)]
    public decimal? ImportTurnoverUsd { get; set; }

    [Range(typeof(decimal), "0", MoneyBounds.MaxAmount, ErrorMessage = Messages.AmountRange)]
    public decimal? ExportTurnoverUsd { get; set; }

    [Range(typeof(decimal), "0", MoneyBounds.MaxAmount, ErrorMessage = Messages.AmountRange)]
    public decimal? StateRevenueVnd { get; set; }

    [Range(0, int.MaxValue, ErrorMessage = Messages.OutOfRange)]
    public int? Passengers { get; set; }

    [Range(0, int.MaxValue, ErrorMessage = Messages.OutOfRange)]
    public int? Vehicles { get; set; }

    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? Source { get; set; }

    /// <summary>Required to replace the figure of a period that already has one: the version read last (a stale one
    /// is a 409). Ignored for a new period. An upload replaces by period without it.</summary>
    public int? Version { get; set; }
}

public sealed class ProvinceRevenueInput
{
    [Required(ErrorMessage = Messages.Required), Range(1990, 2100, ErrorMessage = Messages.OutOfRange)]
    public int? Year { get; set; }

    [Required(ErrorMessage = Messages.Required),
        Range(typeof(decimal), "0", MoneyBounds.MaxAmount, ErrorMessage = Messages.AmountRange)]
    public decimal? StateRevenueVnd { get; set; }

    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? Source { get; set; }

    /// <summary>Required to replace a year recorded before: the version read last (a stale one is a 409). Ignored for a
    /// new year.</summary>
    public int? Version { get; set; }
}
