using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;

namespace Attache.Foreigners;

/// <summary>What a user sends to register or change a foreign organisation, from the API or the form alike.</summary>
public sealed class ForeignOrganisationInput : IValidatableObject
{
    public const string PermitEndBeforeStart = "The permit cannot end before it starts.";

    [Required(ErrorMessage = Messages.Required), MaxLength(ForeignOrganisation.NameLength,
        ErrorMessage = Messages.TooLong)]
    public string? Name { get; set; }

    [MaxLength(ForeignOrganisation.NameLength, ErrorMessage = Messages.TooLong)]
    public string? NameVietnamese { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public ForeignOrganisationKind? Kind { get; set; }

    [Required(ErrorMessage = Messages.Required), CountryCode]
    public string? Country { get; set; }

    [MaxLength(100, ErrorMessage = Messages.TooLong)]
    public string? PermitNumber { get; set; }

    [MaxLength(ForeignOrganisation.NameLength, ErrorMessage = Messages.TooLong)]
    public string? PermitIssuer { get; set; }

    [MaxLength(ForeignOrganisation.TextLength, ErrorMessage = Messages.TooLong)]
    public string? Scope { get; set; }

    [MaxLength(ForeignOrganisation.TextLength, ErrorMessage = Messages.TooLong)]
    public string? Areas { get; set; }

    public DateOnly? PermitValidFrom { get; set; }
    public DateOnly? PermitValidTo { get; set; }

    /// <summary>Empty keeps the current status (Active for a new organisation).</summary>
    public ForeignOrganisationStatus? Status { get; set; }

    /// <summary>The aid projects of the register it carries out in the province (ids).</summary>
    [MaxLength(100, ErrorMessage = Messages.TooMany)]
    public List<int>? AidProjectIds { get; set; }

    [MaxLength(ForeignOrganisation.TextLength, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }

    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PermitValidTo < PermitValidFrom)
        {
            yield return new ValidationResult(PermitEndBeforeStart, [nameof(PermitValidTo)]);
        }
    }

    public static ForeignOrganisationInput From(ForeignOrganisation o) => new()
    {
        Name = o.Name,
        NameVietnamese = o.NameVietnamese,
        Kind = o.Kind,
        Country = o.Country,
        PermitNumber = o.PermitNumber,
        PermitIssuer = o.PermitIssuer,
        Scope = o.Scope,
        Areas = o.Areas,
        PermitValidFrom = o.PermitValidFrom,
        PermitValidTo = o.PermitValidTo,
        Status = o.Status,
        AidProjectIds = [.. o.Projects.OrderBy(p => p.Id).Select(p => p.AidProjectId)],
        Notes = o.Notes,
        Version = o.Version,
    };
}

/// <summary>A periodic report the organisation owes: what it covers, when it is due, when it came.</summary>
public sealed class OrganisationReportInput
{
    [Required(ErrorMessage = Messages.Required), MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? Title { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? DueOn { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    [MaxLength(ForeignOrganisation.TextLength, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }
}
