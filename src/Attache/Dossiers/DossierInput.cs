using System.ComponentModel.DataAnnotations;
using Attache.Consular;
using Attache.Infrastructure;

namespace Attache.Dossiers;

/// <summary>What a user sends to register or change a dossier, from the API or the form alike. The status moves on
/// its own route (<see cref="DossierMove"/>); the due day is computed, never sent.</summary>
public sealed class DossierInput : IValidatableObject
{
    public const string MatterOnlyForNationality = "Only a nationality dossier has a matter.";
    public const string CardOnlyForAbtc = "Only an ABTC dossier has a card number and expiry.";
    public const string OpinionOnlyForNationality = "Only a nationality dossier has the department's opinion.";
    public const string OpinionBeforeReceipt = "The opinion cannot be given before the dossier was received.";

    [Required(ErrorMessage = Messages.Required)]
    public DossierKind? Kind { get; set; }

    /// <summary>Required for a nationality dossier (naturalisation, renunciation, restoration), refused otherwise.</summary>
    public NationalityMatter? Matter { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(100, ErrorMessage = Messages.TooLong)]
    public string? Reference { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? ReceivedOn { get; set; }

    /// <summary>The statutory time in working days; empty takes the default of the kind
    /// (<see cref="DossierRules.DefaultWorkingDays"/>).</summary>
    [Range(1, 365, ErrorMessage = Messages.OutOfRange)]
    public int? WorkingDaysAllowed { get; set; }

    [MaxLength(Dossier.TextLength, ErrorMessage = Messages.TooLong)]
    public string? Result { get; set; }

    [MaxLength(Dossier.TextLength, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }

    [MaxLength(100, ErrorMessage = Messages.TooLong)]
    public string? CardNumber { get; set; }

    public DateOnly? CardExpiresOn { get; set; }

    [MaxLength(Dossier.TextLength, ErrorMessage = Messages.TooLong)]
    public string? Opinion { get; set; }

    public DateOnly? OpinionGivenOn { get; set; }

    /// <summary>The applicants (personal data): only a holder of SeePersons sends them; null leaves them as they
    /// are.</summary>
    [MaxLength(50, ErrorMessage = Messages.TooMany)]
    public List<PersonInput>? Persons { get; set; }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var nationality = Kind == DossierKind.Nationality;
        if (nationality && Matter is null)
        {
            yield return new ValidationResult(Messages.Required, [nameof(Matter)]);
        }

        if (!nationality && Kind is not null && Matter is not null)
        {
            yield return new ValidationResult(MatterOnlyForNationality, [nameof(Matter)]);
        }

        if (Kind is not (DossierKind.Abtc or null) && !string.IsNullOrWhiteSpace(CardNumber))
        {
            yield return new ValidationResult(CardOnlyForAbtc, [nameof(CardNumber)]);
        }

        if (Kind is not (DossierKind.Abtc or null) && CardExpiresOn is not null)
        {
            yield return new ValidationResult(CardOnlyForAbtc, [nameof(CardExpiresOn)]);
        }

        if (!nationality && Kind is not null && (!string.IsNullOrWhiteSpace(Opinion) || OpinionGivenOn is not null))
        {
            yield return new ValidationResult(OpinionOnlyForNationality,
                [OpinionGivenOn is not null ? nameof(OpinionGivenOn) : nameof(Opinion)]);
        }

        if (OpinionGivenOn < ReceivedOn)
        {
            yield return new ValidationResult(OpinionBeforeReceipt, [nameof(OpinionGivenOn)]);
        }
    }

    public static DossierInput From(Dossier d) => new()
    {
        Kind = d.Kind,
        Matter = d.Matter,
        Reference = d.Reference,
        ReceivedOn = d.ReceivedOn,
        WorkingDaysAllowed = d.WorkingDaysAllowed,
        Result = d.Result,
        Notes = d.Notes,
        CardNumber = d.CardNumber,
        CardExpiresOn = d.CardExpiresOn,
        Opinion = d.Opinion,
        OpinionGivenOn = d.OpinionGivenOn,
        Version = d.Version,
    };
}

/// <summary>A move of a dossier along <see cref="Dossier.Lifecycle"/>.</summary>
public sealed class DossierMove
{
    [Required(ErrorMessage = Messages.Required)]
    public DossierStatus? To { get; set; }

    /// <summary>For a move to Returned: the day the result was handed back (empty: today). Not before the
    /// receipt.</summary>
    public DateOnly? On { get; set; }

    /// <summary>For a move to Result: what came back (card issued, certified, opinion forwarded…).</summary>
    [MaxLength(Dossier.TextLength, ErrorMessage = Messages.TooLong)]
    public string? Result { get; set; }

    public int? Version { get; set; }
}
