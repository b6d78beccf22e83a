using System.ComponentModel.DataAnnotations;
using Attache.Consular;
using Attache.Infrastructure;

namespace Attache.Foreigners;

/// <summary>What a user sends to record or change an incident involving foreigners, from the API or the form
/// alike.</summary>
public sealed class ForeignerIncidentInput : IValidatableObject
{
    public const string ReportedBeforeOccurred = "The department cannot learn of an incident before it occurred.";
    public const string NotifiedBeforeOccurred = "The consular notification cannot come before the incident.";
    public const string MissionAndDate = "Give both the mission notified and the day of the notification.";
    public const string ClosingNeedsDate = "Give the day the case was closed.";
    public const string ClosingNeedsOutcome = "Give the outcome of the case to close it.";
    public const string ClosedBeforeReported = "A case cannot be closed before it was reported.";

    [Required(ErrorMessage = Messages.Required)]
    public IncidentKind? Kind { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? OccurredOn { get; set; }

    /// <summary>The day the department learned of it; the time to the consular notification runs from here.</summary>
    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? ReportedOn { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? Place { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(ForeignerIncident.TextLength,
        ErrorMessage = Messages.TooLong)]
    public string? Summary { get; set; }

    /// <summary>The embassy or consulate of the persons' country that was notified.</summary>
    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? MissionNotified { get; set; }

    public DateOnly? MissionNotifiedOn { get; set; }

    /// <summary>Empty keeps the current status (Open for a new case). Closing needs a date and an outcome.</summary>
    public CaseStatus? Status { get; set; }

    public DateOnly? ClosedOn { get; set; }

    [MaxLength(ForeignerIncident.TextLength, ErrorMessage = Messages.TooLong)]
    public string? Outcome { get; set; }

    /// <summary>The persons involved; null leaves them as they are. Only a consular officer or a leader may send
    /// them.</summary>
    [MaxLength(200, ErrorMessage = Messages.TooMany)]
    public List<PersonInput>? Persons { get; set; }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReportedOn < OccurredOn)
        {
            yield return new ValidationResult(ReportedBeforeOccurred, [nameof(ReportedOn)]);
        }

        if ((MissionNotified is null) != (MissionNotifiedOn is null))
        {
            yield return new ValidationResult(MissionAndDate,
                [MissionNotified is null ? nameof(MissionNotified) : nameof(MissionNotifiedOn)]);
        }

        if (MissionNotifiedOn < OccurredOn)
        {
            yield return new ValidationResult(NotifiedBeforeOccurred, [nameof(MissionNotifiedOn)]);
        }

        if (Status == CaseStatus.Closed)
        {
            if (ClosedOn is null)
            {
                yield return new ValidationResult(ClosingNeedsDate, [nameof(ClosedOn)]);
            }

            if (Outcome is null)
            {
                yield return new ValidationResult(ClosingNeedsOutcome, [nameof(Outcome)]);
            }
        }

        if (ClosedOn < ReportedOn)
        {
            yield return new ValidationResult(ClosedBeforeReported, [nameof(ClosedOn)]);
        }
    }

    public static ForeignerIncidentInput From(ForeignerIncident i) => new()
    {
        Kind = i.Kind,
        OccurredOn = i.OccurredOn,
        ReportedOn = i.ReportedOn,
        Place = i.Place,
        Summary = i.Summary,
        MissionNotified = i.MissionNotified,
        MissionNotifiedOn = i.MissionNotifiedOn,
        Status = i.Status,
        ClosedOn = i.ClosedOn,
        Outcome = i.Outcome,
        Version = i.Version,
    };
}

/// <summary>One step of the incident's timeline.</summary>
public sealed class IncidentActionInput
{
    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? On { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(ForeignerIncident.TextLength,
        ErrorMessage = Messages.TooLong)]
    public string? Text { get; set; }
}
