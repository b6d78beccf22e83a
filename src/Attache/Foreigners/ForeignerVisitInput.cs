using System.ComponentModel.DataAnnotations;
using Attache.Consular;
using Attache.Infrastructure;

namespace Attache.Foreigners;

/// <summary>What a user sends to record or change a foreigners' visit, from the API or the form alike.</summary>
public sealed class ForeignerVisitInput : IValidatableObject
{
    public const string EndBeforeStart = "The visit cannot end before it starts.";
    public const string DelegationOrEvent = "Link the visit to a delegation or to an event, not both.";

    [Required(ErrorMessage = Messages.Required)]
    public ForeignerVisitPurpose? Purpose { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? Subject { get; set; }

    [Required(ErrorMessage = Messages.Required), CountryCode]
    public string? Country { get; set; }

    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? Organisation { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(ForeignerVisit.TextLength,
        ErrorMessage = Messages.TooLong)]
    public string? Places { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? StartsOn { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? EndsOn { get; set; }

    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? PermitReference { get; set; }

    public int? DelegationId { get; set; }
    public int? EventId { get; set; }

    [MaxLength(ForeignerVisit.TextLength, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }

    /// <summary>The visitors; null leaves them as they are. Only a consular officer or a leader may send
    /// them.</summary>
    [MaxLength(200, ErrorMessage = Messages.TooMany)]
    public List<PersonInput>? Persons { get; set; }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EndsOn < StartsOn)
        {
            yield return new ValidationResult(EndBeforeStart, [nameof(EndsOn)]);
        }

        if (DelegationId is not null && EventId is not null)
        {
            yield return new ValidationResult(DelegationOrEvent, [nameof(EventId)]);
        }
    }

    public static ForeignerVisitInput From(ForeignerVisit v) => new()
    {
        Purpose = v.Purpose,
        Subject = v.Subject,
        Country = v.Country,
        Organisation = v.Organisation,
        Places = v.Places,
        StartsOn = v.StartsOn,
        EndsOn = v.EndsOn,
        PermitReference = v.PermitReference,
        DelegationId = v.DelegationId,
        EventId = v.EventId,
        Notes = v.Notes,
        Version = v.Version,
    };
}
