using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;

namespace Attache.Reception;

/// <summary>What a user sends to record or change a gift, from the API or the form alike.</summary>
public sealed class GiftInput
{
    public const int TextLength = 300;
    public const int NoteLength = 2000;

    public const string WholeVnd = "Enter the value in whole đồng (VND), without decimals.";
    public const string HandlingOnlyReceived = "Only a gift received has a handling; leave it empty for a gift given.";
    public const string HandlingRequired = "Say how the gift received is handled: declared, kept or handed over.";

    [Required(ErrorMessage = Messages.Required)]
    public GiftDirection? Direction { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(TextLength, ErrorMessage = Messages.TooLong)]
    public string? Item { get; set; }

    /// <summary>Estimated value in VND, whole đồng, 0 or more; a JSON number or a decimal string.</summary>
    [Range(typeof(decimal), "0", MoneyBounds.MaxAmount, ErrorMessage = Messages.AmountRange), WholeVnd]
    public decimal? Value { get; set; }

    /// <summary>From whom (received) or to whom (given).</summary>
    [Required(ErrorMessage = Messages.Required), MaxLength(TextLength, ErrorMessage = Messages.TooLong)]
    public string? Counterparty { get; set; }

    [MaxLength(TextLength, ErrorMessage = Messages.TooLong)]
    public string? Occasion { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? Date { get; set; }

    /// <summary>The delegation the gift was given to or received from, in the province.</summary>
    public int? DelegationId { get; set; }

    /// <summary>Gifts received only (required for them): Declared, Kept or HandedOver.</summary>
    [GiftHandlingRule]
    public GiftHandling? Handling { get; set; }

    [MaxLength(NoteLength, ErrorMessage = Messages.TooLong), GiftHandlingRule]
    public string? HandlingNote { get; set; }

    /// <summary>The version the change was made from; required on update so a stale edit is refused.</summary>
    public int? Version { get; set; }

    public static GiftInput From(Gift g) => new()
    {
        Direction = g.Direction,
        Item = g.Item,
        Value = g.Value,
        Counterparty = g.Counterparty,
        Occasion = g.Occasion,
        Date = g.Date,
        DelegationId = g.DelegationId,
        Handling = g.Handling,
        HandlingNote = g.HandlingNote,
        Version = g.Version,
    };
}

/// <summary>A VND amount in whole đồng. A property rule (not a cross-field one) so that it is reported together with
/// every other bad field of the input.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WholeVndAttribute : ValidationAttribute
{
    public WholeVndAttribute() : base(GiftInput.WholeVnd) { }

    public override bool IsValid(object? value) => value is not decimal amount || amount == decimal.Truncate(amount);
}

/// <summary>A gift received has its handling; a gift given has neither handling nor handling note. Checked on the
/// property, with the rest of the input's fields.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class GiftHandlingRuleAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var input = (GiftInput)validationContext.ObjectInstance;
        var member = validationContext.MemberName is { } name ? new[] { name } : null;
        if (input.Direction == GiftDirection.Given && value is not null)
        {
            return new ValidationResult(GiftInput.HandlingOnlyReceived, member);
        }

        return input.Direction == GiftDirection.Received && validationContext.MemberName == nameof(GiftInput.Handling)
            && value is null
            ? new ValidationResult(GiftInput.HandlingRequired, member)
            : ValidationResult.Success;
    }
}
