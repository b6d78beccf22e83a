using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Attache.Infrastructure;

namespace Attache.Agreements;

/// <summary>What a user sends to register or change an agreement, from the API or the form alike. The status and
/// the approval decision change only through transitions.</summary>
public sealed class AgreementInput : IValidatableObject
{
    public const int TitleLength = 500;
    public const int NotesLength = 4000;

    [Required(ErrorMessage = Messages.Required), MaxLength(TitleLength, ErrorMessage = Messages.TooLong)]
    public string? TitleVi { get; set; }

    [MaxLength(TitleLength, ErrorMessage = Messages.TooLong)]
    public string? TitleEn { get; set; }

    [MaxLength(TitleLength, ErrorMessage = Messages.TooLong)]
    public string? TitleNative { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public AgreementKind? Kind { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? ProvinceParty { get; set; }

    /// <summary>The foreign parties, from the partner register of the province.</summary>
    [Required(ErrorMessage = Messages.Required), MinLength(1, ErrorMessage = Messages.Required),
        MaxLength(20, ErrorMessage = Messages.TooMany)]
    public int[]? PartnerIds { get; set; }

    /// <summary>Field codes (see /api/agreement-fields).</summary>
    [MaxLength(11 * 3, ErrorMessage = Messages.TooMany)]
    public string[]? Fields { get; set; }

    public DateOnly? SignedOn { get; set; }

    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? SignedPlace { get; set; }

    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? ProvinceSignatory { get; set; }

    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? PartnerSignatory { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    /// <summary>Empty for an open-ended agreement.</summary>
    public DateOnly? ExpiresOn { get; set; }

    public bool AutoRenewal { get; set; }

    [MaxLength(10, ErrorMessage = Messages.TooMany)]
    public List<string>? Languages { get; set; }

    [MaxLength(NotesLength, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }

    /// <summary>The form's one-line editor for <see cref="Languages"/>: "vi, zh".</summary>
    [JsonIgnore]
    public string? LanguagesText
    {
        get => Languages is null ? null : string.Join(", ", Languages);
        set => Languages = value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
    }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Languages?.Any(l => l.Length is < 2 or > 3 || !l.All(char.IsAsciiLetterLower)) == true)
        {
            yield return new ValidationResult(AgreementMessages.Language, [nameof(Languages)]);
        }
    }

    public static AgreementInput From(Agreement a) => new()
    {
        TitleVi = a.TitleVi,
        TitleEn = a.TitleEn,
        TitleNative = a.TitleNative,
        Kind = a.Kind,
        ProvinceParty = a.ProvinceParty,
        PartnerIds = [.. a.Partners.OrderBy(p => p.Id).Select(p => p.PartnerId)],
        Fields = [.. a.Fields.OrderBy(f => f.Id).Select(f => f.Field!.Code)],
        SignedOn = a.SignedOn,
        SignedPlace = a.SignedPlace,
        ProvinceSignatory = a.ProvinceSignatory,
        PartnerSignatory = a.PartnerSignatory,
        EffectiveOn = a.EffectiveOn,
        ExpiresOn = a.ExpiresOn,
        AutoRenewal = a.AutoRenewal,
        Languages = [.. a.Languages],
        Notes = a.Notes,
        Version = a.Version,
    };
}

/// <summary>A move to another stage, with what that stage records (the approval decision, the signing, the effect, the
/// end).</summary>
public sealed class TransitionInput
{
    [Required(ErrorMessage = Messages.Required)]
    public AgreementStatus? To { get; set; }

    /// <summary>The version the user saw; a stale one is refused with 409.</summary>
    public int? Version { get; set; }

    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? ApprovalAuthority { get; set; }

    [MaxLength(100, ErrorMessage = Messages.TooLong)]
    public string? ApprovalNumber { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public DateOnly? SignedOn { get; set; }

    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? SignedPlace { get; set; }

    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? ProvinceSignatory { get; set; }

    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? PartnerSignatory { get; set; }

    public DateOnly? EffectiveOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public DateOnly? EndedOn { get; set; }

    [MaxLength(1000, ErrorMessage = Messages.TooLong)]
    public string? Note { get; set; }
}

public sealed class ConsultationInput : IValidatableObject
{
    /// <summary>The body consulted: Ministry of Foreign Affairs, Ministry of Public Security…</summary>
    [Required(ErrorMessage = Messages.Required), MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? Body { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? SentOn { get; set; }

    public DateOnly? AnsweredOn { get; set; }

    [MaxLength(AgreementInput.NotesLength, ErrorMessage = Messages.TooLong)]
    public string? AnswerSummary { get; set; }

    /// <summary>The version the user saw, required when changing a consultation; a stale one is refused with 409.</summary>
    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AnsweredOn < SentOn)
        {
            yield return new ValidationResult(AgreementMessages.AnswerBeforeRequest, [nameof(AnsweredOn)]);
        }
    }
}

public sealed class ActivityInput : IValidatableObject
{
    public static readonly string[] LinkTargets = ["delegation", "event", "aidProject"];

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(1000, ErrorMessage = Messages.TooLong)]
    public string? What { get; set; }

    [MaxLength(AgreementInput.NotesLength, ErrorMessage = Messages.TooLong)]
    public string? Result { get; set; }

    /// <summary>"delegation", "event" or "aidProject", with <see cref="LinkedId"/>.</summary>
    public string? LinkedEntity { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = Messages.OutOfRange)]
    public int? LinkedId { get; set; }

    /// <summary>The version the user saw, required when changing an activity; a stale one is refused with 409.</summary>
    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (LinkedEntity is not null && !LinkTargets.Contains(LinkedEntity))
        {
            yield return new ValidationResult(AgreementMessages.LinkTarget, [nameof(LinkedEntity)]);
        }

        if ((LinkedEntity is null) != (LinkedId is null))
        {
            yield return new ValidationResult(AgreementMessages.LinkIncomplete,
                [LinkedEntity is null ? nameof(LinkedEntity) : nameof(LinkedId)]);
        }
    }
}

/// <summary>The feature's own validation messages; like <see cref="Messages"/> they are resource keys too.</summary>
public static class AgreementMessages
{
    public const string Language = "Use two- or three-letter ISO 639 language codes, e.g. vi, zh, ko.";
    public const string AnswerBeforeRequest = "The answer cannot come before the request was sent.";
    public const string LinkTarget = "Link to a delegation, an event or an aidProject.";
    public const string LinkIncomplete = "Give both what the activity links to and its id, or neither.";
    public const string SignedBeforeApproval = "The agreement cannot be signed before it was approved.";
    public const string EffectiveBeforeSigning = "The agreement cannot take effect before it was signed.";
    public const string ExpiryNotAfterEffect = "The expiry date must come after the effective date.";
    public const string EndBeforeSigning = "The end date cannot come before the signing.";
    public const string UnknownPartner = "One of the partners is not in the partner register of the province.";
    public const string UnknownField = "One of the fields is not in the list of fields.";
}
