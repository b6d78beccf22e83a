using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Attache.Infrastructure;

namespace Attache.Events;

/// <summary>What a user sends to create or change an event, from the API or the form alike.</summary>
public sealed class EventInput : IValidatableObject
{
    public const int TitleLength = 300;
    public const int NotesLength = 4000;

    /// <summary>The number of an approval decision.</summary>
    public const int NumberLength = 100;

    public const int LinkLength = 500;

    /// <summary>Decision 06/2020/QĐ-TTg covers international conferences and seminars only.</summary>
    public static readonly EventKind[] ApprovalKinds = [EventKind.Conference, EventKind.Seminar];

    [Required(ErrorMessage = Messages.Required)]
    public EventKind? Kind { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(TitleLength, ErrorMessage = Messages.TooLong)]
    public string? Title { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    [MaxLength(TitleLength, ErrorMessage = Messages.TooLong)]
    public string? Place { get; set; }

    public int? OrganiserPartnerId { get; set; }

    [MaxLength(TitleLength, ErrorMessage = Messages.TooLong)]
    public string? OrganiserText { get; set; }

    [MaxLength(50, ErrorMessage = Messages.TooMany)]
    public List<int>? PartnerIds { get; set; }

    [MaxLength(50, ErrorMessage = Messages.TooMany)]
    public List<string>? Countries { get; set; }

    [Range(0, 1_000_000, ErrorMessage = Messages.OutOfRange)]
    public int? ParticipantsTotal { get; set; }

    [Range(0, 1_000_000, ErrorMessage = Messages.OutOfRange)]
    public int? ParticipantsForeign { get; set; }

    [Range(0, 1_000_000, ErrorMessage = Messages.OutOfRange)]
    public int? Delegates { get; set; }

    public bool IsInternational { get; set; }

    [MaxLength(NumberLength, ErrorMessage = Messages.TooLong)]
    public string? ApprovalNumber { get; set; }

    public DateOnly? ApprovalDate { get; set; }

    [MaxLength(TitleLength, ErrorMessage = Messages.TooLong)]
    public string? ApprovalAuthority { get; set; }

    public int? CounterpartId { get; set; }

    [MaxLength(NotesLength, ErrorMessage = Messages.TooLong)]
    public string? Conclusions { get; set; }

    [MaxLength(NotesLength, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }

    public int? Version { get; set; }

    /// <summary>The form's multiple choice for <see cref="Countries"/> (a multiple select binds to an array).
    /// </summary>
    [JsonIgnore]
    public string[] CountryArray
    {
        get => Countries?.ToArray() ?? [];
        set => Countries = value?.ToList();
    }

    /// <summary>The form's multiple choice for <see cref="PartnerIds"/> (a multiple select binds to an
    /// array).</summary>
    [JsonIgnore]
    public int[] PartnerIdsSelected
    {
        get => PartnerIds?.ToArray() ?? [];
        set => PartnerIds = value?.ToList();
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EndsOn is { } end && StartsOn is { } start && end < start)
        {
            yield return new ValidationResult("The end is before the start.", [nameof(EndsOn)]);
        }

        if (ParticipantsForeign > ParticipantsTotal)
        {
            yield return new ValidationResult("More foreign participants than participants in total.",
                [nameof(ParticipantsForeign)]);
        }

        var country = new CountryCodeAttribute();
        for (var i = 0; i < (Countries?.Count ?? 0); i++)
        {
            if (!country.IsValid(Countries![i]) || Countries[i] is null)
            {
                yield return new ValidationResult(Messages.CountryCode, [$"{nameof(Countries)}[{i}]"]);
            }
        }

        var hasApproval = ApprovalNumber is { Length: > 0 } || ApprovalDate is not null
            || ApprovalAuthority is { Length: > 0 };
        if (hasApproval && (Kind is not { } k || !ApprovalKinds.Contains(k) || !IsInternational))
        {
            yield return new ValidationResult("Only an international conference or seminar has an approval under "
                + "Decision 06/2020/QĐ-TTg.", [nameof(ApprovalNumber)]);
        }
        else if (hasApproval)
        {
            foreach (var (value, name) in new[] { (ApprovalNumber, nameof(ApprovalNumber)),
                (ApprovalDate?.ToString("O"), nameof(ApprovalDate)),
                (ApprovalAuthority, nameof(ApprovalAuthority)) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    yield return new ValidationResult("An approval has a number, a date and an authority.", [name]);
                }
            }
        }

        if (Kind != EventKind.BorderMechanism)
        {
            if (CounterpartId is not null)
            {
                yield return new ValidationResult("Only a border mechanism has a counterpart.",
                    [nameof(CounterpartId)]);
            }

            if (!string.IsNullOrWhiteSpace(Conclusions))
            {
                yield return new ValidationResult("Only a border mechanism records conclusions.",
                    [nameof(Conclusions)]);
            }
        }
    }

    public static EventInput From(CooperationEvent e) => new()
    {
        Kind = e.Kind,
        Title = e.Title,
        StartsOn = e.StartsOn,
        EndsOn = e.EndsOn,
        Place = e.Place,
        OrganiserPartnerId = e.OrganiserPartnerId,
        OrganiserText = e.OrganiserText,
        PartnerIds = [.. e.Partners.OrderBy(p => p.Id).Select(p => p.PartnerId)],
        Countries = [.. e.Countries],
        ParticipantsTotal = e.ParticipantsTotal,
        ParticipantsForeign = e.ParticipantsForeign,
        Delegates = e.Delegates,
        IsInternational = e.IsInternational,
        ApprovalNumber = e.ApprovalNumber,
        ApprovalDate = e.ApprovalDate,
        ApprovalAuthority = e.ApprovalAuthority,
        CounterpartId = e.CounterpartId,
        Conclusions = e.Conclusions,
        Notes = e.Notes,
        Version = e.Version,
    };
}

public sealed class MediaInput : IValidatableObject
{
    public int? OutletPartnerId { get; set; }

    [MaxLength(EventInput.TitleLength, ErrorMessage = Messages.TooLong)]
    public string? OutletText { get; set; }

    /// <summary>Taken from the outlet partner when empty.</summary>
    [CountryCode]
    public string? Country { get; set; }

    public DateOnly? PublishedOn { get; set; }

    [MaxLength(EventInput.LinkLength, ErrorMessage = Messages.TooLong), Url(ErrorMessage = Messages.Url)]
    public string? Link { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public MediaKind? Kind { get; set; }

    [MaxLength(EventInput.TitleLength, ErrorMessage = Messages.TooLong)]
    public string? Title { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OutletPartnerId is null && string.IsNullOrWhiteSpace(OutletText))
        {
            yield return new ValidationResult("Name the outlet: a partner or its name.", [nameof(OutletText)]);
        }

        if (OutletPartnerId is null && string.IsNullOrWhiteSpace(Country))
        {
            yield return new ValidationResult(Messages.Required, [nameof(Country)]);
        }
    }
}
