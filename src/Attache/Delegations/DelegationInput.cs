using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Attache.Infrastructure;

namespace Attache.Delegations;

/// <summary>What a user sends to create or change a delegation, from the API or the form alike. The status
/// is not here: it moves only through transitions.</summary>
public sealed class DelegationInput : IValidatableObject
{
    public const int TitleLength = 300;
    public const int TextLength = 4000;

    /// <summary>A person's name or position.</summary>
    public const int NameLength = 200;

    /// <summary>An organisation, an authority, a place of the programme or a counterpart.</summary>
    public const int OrganisationLength = 300;

    public const int PlacesLength = 500;

    /// <summary>The number of a decision ("1234/QĐ-UBND").</summary>
    public const int NumberLength = 100;

    /// <summary>A reason for cancelling, an activity of the programme.</summary>
    public const int NoteLength = 1000;

    /// <summary>An e-mail address (RFC 5321 allows 254 characters).</summary>
    public const int EmailLength = 256;

    [Required(ErrorMessage = Messages.Required)]
    public DelegationDirection? Direction { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(TitleLength, ErrorMessage = Messages.TooLong)]
    public string? Title { get; set; }

    [MaxLength(TextLength, ErrorMessage = Messages.TooLong)]
    public string? Purpose { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DelegationLevel? Level { get; set; }

    [MaxLength(DelegationInput.NameLength, ErrorMessage = Messages.TooLong)]
    public string? HeadName { get; set; }

    [MaxLength(DelegationInput.NameLength, ErrorMessage = Messages.TooLong)]
    public string? HeadTitle { get; set; }

    [MaxLength(DelegationInput.OrganisationLength, ErrorMessage = Messages.TooLong)]
    public string? HeadOrganisation { get; set; }

    [MaxLength(20, ErrorMessage = Messages.TooMany)]
    public List<int>? PartnerIds { get; set; }

    [MaxLength(20, ErrorMessage = Messages.TooMany), CountryCodeList]
    public List<string>? Countries { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? PlannedStart { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? PlannedEnd { get; set; }

    public DateOnly? ActualStart { get; set; }

    public DateOnly? ActualEnd { get; set; }

    [MaxLength(DelegationInput.PlacesLength, ErrorMessage = Messages.TooLong)]
    public string? Places { get; set; }

    /// <summary>Entered when no member list is kept; ignored once members are listed.</summary>
    [Range(0, 10000, ErrorMessage = Messages.OutOfRange)]
    public int? MemberCount { get; set; }

    [Range(0, 10000, ErrorMessage = Messages.OutOfRange)]
    public int? ForeignVisitorCount { get; set; }

    [Range(typeof(decimal), "0", MoneyBounds.MaxAmount, ErrorMessage = Messages.AmountRange)]
    public decimal? BudgetPlanned { get; set; }

    [Range(typeof(decimal), "0", MoneyBounds.MaxAmount, ErrorMessage = Messages.AmountRange)]
    public decimal? BudgetSpent { get; set; }

    [MaxLength(TextLength, ErrorMessage = Messages.TooLong)]
    public string? Outcome { get; set; }

    /// <summary>The version the change was made from; required on update so a stale edit is refused.</summary>
    public int? Version { get; set; }

    /// <summary>The form's multiple choice for <see cref="PartnerIds"/>; the form copies it over with
    /// <see cref="FromForm"/>.</summary>
    [JsonIgnore]
    public int[] PartnerIdArray { get; set; } = [];

    /// <summary>The form's multiple choice for <see cref="Countries"/> (none: the partners' countries).</summary>
    [JsonIgnore]
    public string[] CountryArray { get; set; } = [];

    /// <summary>Takes over what the form's helper fields hold.</summary>
    public void FromForm()
    {
        PartnerIds = [.. PartnerIdArray];
        Countries = [.. CountryArray];
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PlannedStart is { } ps && PlannedEnd is { } pe && pe < ps)
        {
            yield return new ValidationResult(DelegationRules.EndBeforeStart, [nameof(PlannedEnd)]);
        }

        if (ActualEnd is not null && ActualStart is null)
        {
            yield return new ValidationResult(DelegationRules.EndWithoutStart, [nameof(ActualEnd)]);
        }

        if (ActualStart is { } s && ActualEnd is { } e && e < s)
        {
            yield return new ValidationResult(DelegationRules.EndBeforeStart, [nameof(ActualEnd)]);
        }

        if (MemberCount is { } members && ForeignVisitorCount is { } foreign && foreign > members)
        {
            yield return new ValidationResult(DelegationRules.MoreVisitorsThanMembers, [nameof(ForeignVisitorCount)]);
        }
    }

    public static DelegationInput From(Delegation d) => new()
    {
        Direction = d.Direction,
        Title = d.Title,
        Purpose = d.Purpose,
        Level = d.Level,
        HeadName = d.HeadName,
        HeadTitle = d.HeadTitle,
        HeadOrganisation = d.HeadOrganisation,
        PartnerIds = [.. d.Partners.Select(p => p.PartnerId)],
        PartnerIdArray = [.. d.Partners.Select(p => p.PartnerId)],
        Countries = [.. d.Countries.OrderBy(c => c.Id).Select(c => c.Country)],
        CountryArray = [.. d.Countries.OrderBy(c => c.Id).Select(c => c.Country)],
        PlannedStart = d.PlannedStart,
        PlannedEnd = d.PlannedEnd,
        ActualStart = d.ActualStart,
        ActualEnd = d.ActualEnd,
        Places = d.Places,
        MemberCount = d.MemberCount,
        ForeignVisitorCount = d.ForeignVisitorCount,
        BudgetPlanned = d.BudgetPlanned,
        BudgetSpent = d.BudgetSpent,
        Outcome = d.Outcome,
        Version = d.Version,
    };
}

/// <summary>Every code of the list is an ISO 3166-1 alpha-2 country code.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CountryCodeListAttribute() : ValidationAttribute(Messages.CountryCode)
{
    private static readonly CountryCodeAttribute Code = new();

    public override bool IsValid(object? value) => value is not IEnumerable<string> codes
        || codes.All(c => c is not null && Code.IsValid(c));
}

/// <summary>Rules and their messages (also resource keys for the staff UI).</summary>
public static class DelegationRules
{
    public const string EndBeforeStart = "The end date is before the start date.";
    public const string EndWithoutStart = "Give the actual start date before the actual end date.";
    public const string MoreVisitorsThanMembers = "There cannot be more foreign visitors than members.";
    public const string ReportBeforeReturn = "The outcome report cannot be dated before the return.";
    public const string OutsideDates = "The date is outside the delegation's dates.";
    public const string TimesReversed = "The end time is before the start time.";
    public const string PartOfTheRecord = "A delegation that is {0} is part of the record and cannot be deleted; "
        + "cancel it instead if it did not take place.";
}

/// <summary>A request to move a delegation along its lifecycle, with what the step records.</summary>
public sealed class DelegationTransition
{
    [Required(ErrorMessage = Messages.Required)]
    public DelegationStatus? To { get; set; }

    [MaxLength(DelegationInput.NumberLength, ErrorMessage = Messages.TooLong)]
    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    [MaxLength(DelegationInput.OrganisationLength, ErrorMessage = Messages.TooLong)]
    public string? ApprovingAuthority { get; set; }

    public DateOnly? ActualStart { get; set; }

    public DateOnly? ActualEnd { get; set; }

    public DateOnly? ReportedOn { get; set; }

    [MaxLength(DelegationInput.TextLength, ErrorMessage = Messages.TooLong)]
    public string? Outcome { get; set; }

    /// <summary>Why the delegation will not take place: required when <see cref="To"/> is Cancelled.</summary>
    [MaxLength(DelegationInput.NoteLength, ErrorMessage = Messages.TooLong)]
    public string? Reason { get; set; }

    /// <summary>Optional: when sent, a transition from an older version is refused with 409.</summary>
    public int? Version { get; set; }
}

public sealed class MemberInput
{
    [Required(ErrorMessage = Messages.Required), MaxLength(DelegationInput.NameLength, ErrorMessage = Messages.TooLong)]
    public string? Name { get; set; }

    [MaxLength(DelegationInput.NameLength, ErrorMessage = Messages.TooLong)]
    public string? Title { get; set; }

    [MaxLength(DelegationInput.OrganisationLength, ErrorMessage = Messages.TooLong)]
    public string? Organisation { get; set; }

    [Required(ErrorMessage = Messages.Required), CountryCode]
    public string? Nationality { get; set; }

    /// <summary>The member's address for the delegation's calendar invitation.</summary>
    [MaxLength(DelegationInput.EmailLength, ErrorMessage = Messages.TooLong), EmailAddress(ErrorMessage = Messages.Email)]
    public string? Email { get; set; }
}

public sealed class ItineraryInput : IValidatableObject
{
    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? Date { get; set; }

    public TimeOnly? StartTime { get; set; }

    public TimeOnly? EndTime { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    [MaxLength(DelegationInput.OrganisationLength, ErrorMessage = Messages.TooLong)]
    public string? Place { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(DelegationInput.NoteLength, ErrorMessage = Messages.TooLong)]
    public string? Activity { get; set; }

    [MaxLength(DelegationInput.OrganisationLength, ErrorMessage = Messages.TooLong)]
    public string? Counterpart { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartTime is { } s && EndTime is { } e && e < s)
        {
            yield return new ValidationResult(DelegationRules.TimesReversed, [nameof(EndTime)]);
        }
    }
}
