using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;

namespace Attache.Reception;

/// <summary>A cost line of a reception as the API and the form send it.</summary>
public sealed class CostLineInput
{
    public const int DescriptionLength = 300;
    public const int MaxDays = 366;

    [Required(ErrorMessage = Messages.Required)]
    public NormKind? Kind { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public GuestLevel? Level { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(DescriptionLength, ErrorMessage = Messages.TooLong)]
    public string? Description { get; set; }

    /// <summary>Guests, heads or gifts.</summary>
    [Required(ErrorMessage = Messages.Required), Range(1, 10000, ErrorMessage = Messages.OutOfRange)]
    public int? Units { get; set; }

    /// <summary>Days, for a per-guest-per-day line (1 when not given); other kinds count no days.</summary>
    [Range(1, MaxDays, ErrorMessage = Messages.OutOfRange)]
    public int? Days { get; set; }

    /// <summary>Planned amount per unit (per day), whole VND.</summary>
    [Required(ErrorMessage = Messages.Required)]
    [Range(typeof(decimal), "0", MoneyBounds.MaxAmount, ErrorMessage = Messages.AmountRange), WholeVnd]
    public decimal? UnitAmount { get; set; }

    /// <summary>Spent in all, whole VND, once known.</summary>
    [Range(typeof(decimal), "0", MoneyBounds.MaxAmount, ErrorMessage = Messages.AmountRange), WholeVnd]
    public decimal? Spent { get; set; }

    /// <summary>The line's version read last; required on update.</summary>
    public int? Version { get; set; }

    public static CostLineInput From(ReceptionCostLine l) => new()
    {
        Kind = l.Kind,
        Level = l.Level,
        Description = l.Description,
        Units = l.Units,
        Days = l.Days,
        UnitAmount = l.UnitAmount,
        Spent = l.Spent,
        Version = l.Version,
    };
}

/// <summary>A Leader's approval of a cost line above its norm.</summary>
public sealed class CostLineApproval
{
    /// <summary>Why the cost may exceed the norm; required.</summary>
    [MaxLength(2000, ErrorMessage = Messages.TooLong)]
    public string? Reason { get; set; }

    /// <summary>The line's version read last; optional.</summary>
    public int? Version { get; set; }
}
