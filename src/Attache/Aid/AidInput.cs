using System.ComponentModel.DataAnnotations;
using Attache.Aid.Iati;
using Attache.Infrastructure;

namespace Attache.Aid;

/// <summary>Validation messages of the aid feature; keys for the UI as well as API text (see <see
/// cref="Messages"/>).</summary>
public static class AidMessages
{
    public const string Currency = "Use an ISO 4217 currency code from the IATI list, e.g. USD, EUR, VND.";
    public const string Sector = "Use an OECD-DAC 5-digit purpose code from the IATI sector list, e.g. 12220.";
    public const string SectorTotal = "The sector percentages must add up to 100.";
    public const string Title = "Give a title in Vietnamese or English.";
    public const string Positive = "The value must be greater than zero.";
    public const string PeriodOrder = "The period ends before it starts.";
    public const string OrganisationType = "Use an IATI organisation type code, e.g. 10, 21, 40.";
}

public sealed class AidInput : IValidatableObject
{
    public const int IdentifierLength = 150;
    public const int TitleLength = 500;
    public const int DescriptionLength = 4000;

    [Required(ErrorMessage = Messages.Required), MaxLength(IdentifierLength, ErrorMessage = Messages.TooLong)]
    public string? Identifier { get; set; }

    [MaxLength(TitleLength, ErrorMessage = Messages.TooLong)]
    public string? TitleVi { get; set; }

    [MaxLength(TitleLength, ErrorMessage = Messages.TooLong)]
    public string? TitleEn { get; set; }

    [MaxLength(DescriptionLength, ErrorMessage = Messages.TooLong)]
    public string? DescriptionVi { get; set; }

    [MaxLength(DescriptionLength, ErrorMessage = Messages.TooLong)]
    public string? DescriptionEn { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public AidKind? Kind { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public ActivityStatus? Status { get; set; }

    public DateOnly? PlannedStart { get; set; }
    public DateOnly? ActualStart { get; set; }
    public DateOnly? PlannedEnd { get; set; }
    public DateOnly? ActualEnd { get; set; }

    [MaxLength(100, ErrorMessage = Messages.TooLong)]
    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }

    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? DecisionAuthority { get; set; }

    [IatiCurrency]
    public string? DefaultCurrency { get; set; }

    [MaxLength(50, ErrorMessage = Messages.TooMany)]
    public List<ParticipantInput>? Participants { get; set; }

    [MaxLength(50, ErrorMessage = Messages.TooMany)]
    public List<SectorInput>? Sectors { get; set; }

    [MaxLength(200, ErrorMessage = Messages.TooMany)]
    public List<LocationInput>? Locations { get; set; }

    [MaxLength(100, ErrorMessage = Messages.TooMany)]
    public List<BudgetInput>? Budgets { get; set; }

    public int? Version { get; set; }

    public static AidInput From(AidProject p) => new()
    {
        Identifier = p.Identifier,
        TitleVi = p.TitleVi,
        TitleEn = p.TitleEn,
        DescriptionVi = p.DescriptionVi,
        DescriptionEn = p.DescriptionEn,
        Kind = p.Kind,
        Status = p.Status,
        PlannedStart = p.PlannedStart,
        ActualStart = p.ActualStart,
        PlannedEnd = p.PlannedEnd,
        ActualEnd = p.ActualEnd,
        DecisionNumber = p.DecisionNumber,
        DecisionDate = p.DecisionDate,
        DecisionAuthority = p.DecisionAuthority,
        DefaultCurrency = p.DefaultCurrency,
        Participants = [.. p.Participants.OrderBy(x => x.Id).Select(x => new ParticipantInput
        {
            PartnerId = x.PartnerId, Role = x.Role, OrganisationRef = x.OrganisationRef,
                OrganisationType = x.OrganisationType,
        })],
        Sectors = [.. p.Sectors.OrderBy(x => x.Id).Select(x => new SectorInput { Code = x.Code,
            Percentage = x.Percentage })],
        Locations = [.. p.Locations.OrderBy(x => x.Id).Select(x => new LocationInput { Commune = x.Commune,
            Latitude = x.Latitude, Longitude = x.Longitude })],
        Budgets = [.. p.Budgets.OrderBy(x => x.PeriodStart).Select(x => new BudgetInput
        {
            PeriodStart = x.PeriodStart, PeriodEnd = x.PeriodEnd, Value = x.Value, Currency = x.Currency,
                Revised = x.Revised,
        })],
        Version = p.Version,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(TitleVi) && string.IsNullOrWhiteSpace(TitleEn))
        {
            yield return new ValidationResult(AidMessages.Title, [nameof(TitleVi)]);
        }

        if (Sectors is { Count: > 0 } && Sectors.Sum(s => s.Percentage ?? 0) != 100m)
        {
            yield return new ValidationResult(AidMessages.SectorTotal, [nameof(Sectors)]);
        }

        if (PlannedStart > PlannedEnd)
        {
            yield return new ValidationResult(AidMessages.PeriodOrder, [nameof(PlannedEnd)]);
        }

        if (ActualStart > ActualEnd)
        {
            yield return new ValidationResult(AidMessages.PeriodOrder, [nameof(ActualEnd)]);
        }
    }
}

public sealed class ParticipantInput
{
    [Required(ErrorMessage = Messages.Required)]
    public int? PartnerId { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public ParticipantRole? Role { get; set; }

    [MaxLength(100, ErrorMessage = Messages.TooLong)]
    public string? OrganisationRef { get; set; }

    [IatiCode(IatiCodeLists.OrganisationType, AidMessages.OrganisationType)]
    public string? OrganisationType { get; set; }
}

public sealed class SectorInput
{
    [Required(ErrorMessage = Messages.Required), IatiCode(IatiCodeLists.Sector, AidMessages.Sector)]
    public string? Code { get; set; }

    [Required(ErrorMessage = Messages.Required), Range(typeof(decimal), "0.01", "100",
        ErrorMessage = Messages.OutOfRange, ParseLimitsInInvariantCulture = true,
        ConvertValueInInvariantCulture = true)]
    public decimal? Percentage { get; set; }
}

public sealed class LocationInput
{
    [Required(ErrorMessage = Messages.Required), MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? Commune { get; set; }

    [Range(-90d, 90d, ErrorMessage = Messages.OutOfRange)]
    public double? Latitude { get; set; }

    [Range(-180d, 180d, ErrorMessage = Messages.OutOfRange)]
    public double? Longitude { get; set; }
}

public sealed class BudgetInput : IValidatableObject
{
    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? PeriodStart { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? PeriodEnd { get; set; }

    [Required(ErrorMessage = Messages.Required), Range(typeof(decimal), "0", MoneyBounds.MaxAmount,
        ErrorMessage = Messages.AmountRange, ParseLimitsInInvariantCulture = true,
        ConvertValueInInvariantCulture = true)]
    public decimal? Value { get; set; }

    [Required(ErrorMessage = Messages.Required), IatiCurrency]
    public string? Currency { get; set; }

    public bool Revised { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PeriodStart > PeriodEnd)
        {
            yield return new ValidationResult(AidMessages.PeriodOrder, [nameof(PeriodEnd)]);
        }
    }
}

/// <summary>A transaction as the API and the add-transaction form send it.</summary>
public sealed class TransactionInput
{
    [Required(ErrorMessage = Messages.Required)]
    public TransactionType? Type { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? Date { get; set; }

    /// <summary>The date to convert at; the transaction date when empty.</summary>
    public DateOnly? ValueDate { get; set; }

    [Required(ErrorMessage = Messages.Required), Range(typeof(decimal), "0.000001", MoneyBounds.MaxAmount,
        ErrorMessage = Messages.PositiveAmountRange, ParseLimitsInInvariantCulture = true,
        ConvertValueInInvariantCulture = true)]
    public decimal? Value { get; set; }

    [Required(ErrorMessage = Messages.Required), IatiCurrency]
    public string? Currency { get; set; }

    [MaxLength(1000, ErrorMessage = Messages.TooLong)]
    public string? Description { get; set; }

    public int? ProviderPartnerId { get; set; }

    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? ProviderName { get; set; }

    [MaxLength(100, ErrorMessage = Messages.TooLong)]
    public string? ProviderRef { get; set; }

    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? ReceiverName { get; set; }

    [MaxLength(100, ErrorMessage = Messages.TooLong)]
    public string? ReceiverRef { get; set; }
}

public sealed class ExchangeRateInput
{
    [Required(ErrorMessage = Messages.Required), IatiCurrency]
    public string? Currency { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = Messages.Required), Range(typeof(decimal), "0.000001", MoneyBounds.MaxRate,
        ErrorMessage = Messages.RateRange, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal? Rate { get; set; }

    [MaxLength(200, ErrorMessage = Messages.TooLong)]
    public string? Source { get; set; }

    public int? Version { get; set; }
}

/// <summary>A code from an official IATI code list.</summary>
[AttributeUsage(AttributeTargets.Property)]
public class IatiCodeAttribute(string list, string message) : ValidationAttribute(message)
{
    public override bool IsValid(object? value) => value is null
        || (value is string s && IatiCodeLists.IsCode(list, s.Trim().ToUpperInvariant()));
}

/// <summary>An ISO 4217 currency code that the IATI Currency list knows.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IatiCurrencyAttribute() : IatiCodeAttribute(IatiCodeLists.Currency, AidMessages.Currency);
