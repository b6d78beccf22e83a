using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;

namespace Attache.Labour;

/// <summary>What a user sends to create or change a labour programme, from the API or the form alike.</summary>
public sealed class LabourInput : IValidatableObject
{
    public const int NameLength = 300;
    public const int NotesLength = 4000;
    public const double MaxVnd = 10_000_000_000;

    [Required(ErrorMessage = Messages.Required), MaxLength(NameLength, ErrorMessage = Messages.TooLong)]
    public string? Name { get; set; }

    public int? AgreementId { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public int? PartnerId { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? Sector { get; set; }

    [MaxLength(20, ErrorMessage = Messages.TooMany)]
    public List<int>? EmployerIds { get; set; }

    [Range(0, MaxVnd, ErrorMessage = Messages.OutOfRange)]
    public decimal? PayMinVnd { get; set; }

    [Range(0, MaxVnd, ErrorMessage = Messages.OutOfRange)]
    public decimal? PayMaxVnd { get; set; }

    [MaxLength(NotesLength, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }

    public int? Version { get; set; }

    /// <summary>The form's multiple choice for <see cref="EmployerIds"/> (a multiple select binds to an
    /// array).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int[] EmployerIdsSelected
    {
        get => EmployerIds?.ToArray() ?? [];
        set => EmployerIds = value?.ToList();
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PayMinVnd > PayMaxVnd)
        {
            yield return new ValidationResult("The lowest pay is above the highest.", [nameof(PayMaxVnd)]);
        }

        foreach (var (value, name) in new[] { (PayMinVnd, nameof(PayMinVnd)), (PayMaxVnd, nameof(PayMaxVnd)) })
        {
            if (value is { } v && v != decimal.Truncate(v))
            {
                yield return new ValidationResult(WorkerInput.WholeDong, [name]);
            }
        }
    }

    public static LabourInput From(LabourProgramme p) => new()
    {
        Name = p.Name,
        AgreementId = p.AgreementId,
        PartnerId = p.PartnerId,
        Sector = p.Sector,
        EmployerIds = [.. p.Employers.OrderBy(e => e.Id).Select(e => e.PartnerId)],
        PayMinVnd = p.PayMinVnd,
        PayMaxVnd = p.PayMaxVnd,
        Notes = p.Notes,
        Version = p.Version,
    };
}

public sealed class CohortInput : IValidatableObject
{
    [Required(ErrorMessage = Messages.Required), MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? Name { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? DepartureOn { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? PlannedReturnOn { get; set; }

    [MaxLength(LabourInput.NotesLength, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }

    /// <summary>The version read last: required on a change, a stale one is refused with 409.</summary>
    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PlannedReturnOn < DepartureOn)
        {
            yield return new ValidationResult("The planned return is before the departure.", [nameof(PlannedReturnOn)]);
        }
    }
}

public sealed class WorkerInput : IValidatableObject
{
    public const string WholeDong = "VND has no minor unit: give a whole number of đồng.";

    [Required(ErrorMessage = Messages.Required), MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? FullName { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? CommuneOfOrigin { get; set; }

    [MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? VillageOfOrigin { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public Gender? Gender { get; set; }

    [Required(ErrorMessage = Messages.Required), Range(1940, 2015, ErrorMessage = Messages.OutOfRange)]
    public int? BirthYear { get; set; }

    public DateOnly? DepartedOn { get; set; }
    public DateOnly? ReturnedOn { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public WorkerOutcome? Outcome { get; set; }

    [Range(0, LabourInput.MaxVnd, ErrorMessage = Messages.OutOfRange)]
    public decimal? MonthlyPayVnd { get; set; }

    /// <summary>Required on update so that a stale edit is refused.</summary>
    public int? Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var returned = Outcome is WorkerOutcome.ReturnedOnTime or WorkerOutcome.ReturnedEarly;
        if (returned && ReturnedOn is null)
        {
            yield return new ValidationResult("A worker who came back has a return date.", [nameof(ReturnedOn)]);
        }

        if (!returned && Outcome is not null && ReturnedOn is not null)
        {
            yield return new ValidationResult("Only a worker who came back has a return date.", [nameof(ReturnedOn)]);
        }

        if (ReturnedOn < DepartedOn)
        {
            yield return new ValidationResult("The return is before the departure.", [nameof(ReturnedOn)]);
        }

        if (MonthlyPayVnd is { } pay && pay != decimal.Truncate(pay))
        {
            yield return new ValidationResult(WholeDong, [nameof(MonthlyPayVnd)]);
        }
    }
}
