using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;

namespace Attache.Consular;

/// <summary>What a user sends to open or change a citizen protection case, from the API or the form alike.</summary>
public sealed class CitizenCaseInput
{
    public const int MissionLength = 300;
    public const string ClosingNeedsDate = "Give the day the case was closed.";
    public const string ClosingNeedsOutcome = "Say how the case ended.";
    public const string ClosedBeforeOpened = "The case cannot close before it opened.";
    public const string InformedWithoutMission = "Name the mission that was informed.";

    [Required(ErrorMessage = Messages.Required)]
    public CitizenCaseKind? Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the country where the citizen is.</summary>
    [Required(ErrorMessage = Messages.Required), CountryCode]
    public string? Country { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? OpenedOn { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(CitizenCase.TextLength, ErrorMessage = Messages.TooLong)]
    public string? Summary { get; set; }

    /// <summary>The Vietnamese embassy or consulate informed (consular notification).</summary>
    [MaxLength(MissionLength, ErrorMessage = Messages.TooLong)]
    public string? Mission { get; set; }

    /// <summary>When the mission was informed; needs <see cref="Mission"/>.</summary>
    public DateOnly? MissionInformedOn { get; set; }

    /// <summary>The family member to keep informed and how to reach them: personal data. Only a holder of the
    /// SeePersons policy reads and sends it (what they send is stored, empty clears it); anyone else sends nothing and
    /// the stored contact is kept.</summary>
    [MaxLength(PersonRecord.ContactLength, ErrorMessage = Messages.TooLong)]
    public string? FamilyContact { get; set; }

    /// <summary>Empty keeps the current status (Open for a new case). Closing needs <see cref="ClosedOn"/> and
    /// <see cref="Outcome"/>.</summary>
    public CaseStatus? Status { get; set; }

    public DateOnly? ClosedOn { get; set; }

    [MaxLength(CitizenCase.TextLength, ErrorMessage = Messages.TooLong)]
    public string? Outcome { get; set; }

    /// <summary>The citizens of the case; null leaves them as they are. Only for holders of SeePersons.</summary>
    [MaxLength(100, ErrorMessage = Messages.TooMany)]
    public List<PersonInput>? Persons { get; set; }

    public int? Version { get; set; }
}

/// <summary>A step the desk took on a case (a call to the mission, news from the family, a repatriation).</summary>
public sealed class CaseActionInput
{
    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? On { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(CitizenCase.TextLength, ErrorMessage = Messages.TooLong)]
    public string? Text { get; set; }
}
