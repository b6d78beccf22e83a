using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;

namespace Attache.Reception;

/// <summary>What the administrator sends to set or change a spending norm, from the API or the form alike.</summary>
public sealed class SpendingNormInput
{
    public const int DecisionLength = 300;
    public const string EndBeforeStart = "The norm cannot end before it starts.";

    [Required(ErrorMessage = Messages.Required)]
    public NormKind? Kind { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public GuestLevel? Level { get; set; }

    /// <summary>The most that may be spent per unit, whole VND, above 0.</summary>
    [Required(ErrorMessage = Messages.Required)]
    [Range(typeof(decimal), "1", MoneyBounds.MaxAmount, ErrorMessage = Messages.PositiveAmountRange), WholeVnd]
    public decimal? Amount { get; set; }

    /// <summary>The decision that sets the norm ("Quyết định 12/2024/QĐ-UBND").</summary>
    [Required(ErrorMessage = Messages.Required), MaxLength(DecisionLength, ErrorMessage = Messages.TooLong)]
    public string? Decision { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? ValidFrom { get; set; }

    /// <summary>The last day the norm applies; empty while it is in force.</summary>
    [NormEndAfterStart]
    public DateOnly? ValidTo { get; set; }

    public int? Version { get; set; }

    public static SpendingNormInput From(SpendingNorm n) => new()
    {
        Kind = n.Kind,
        Level = n.Level,
        Amount = n.Amount,
        Decision = n.Decision,
        ValidFrom = n.ValidFrom,
        ValidTo = n.ValidTo,
        Version = n.Version,
    };
}

/// <summary>A norm ends on or after the day it starts; checked on the property, with the input's other fields.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NormEndAfterStartAttribute : ValidationAttribute
{
    public NormEndAfterStartAttribute() : base(SpendingNormInput.EndBeforeStart) { }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is DateOnly end && ((SpendingNormInput)validationContext.ObjectInstance).ValidFrom > end
            ? new ValidationResult(ErrorMessage, validationContext.MemberName is { } name ? [name] : null)
            : ValidationResult.Success;
}
