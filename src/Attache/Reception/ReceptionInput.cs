using System.ComponentModel.DataAnnotations;
using Attache.Delegations;
using Attache.Infrastructure;

namespace Attache.Reception;

/// <summary>The whole reception plan as it is written back: talking points, both sides' people and the items.
/// People and items with an id are updated, those without are added, those left out are removed.</summary>
public sealed class ReceptionInput
{
    public const int TalkingPointsLength = 8000;
    public const int NotesLength = 2000;
    public const int MaxPeople = 200;
    public const int MaxItems = 100;

    /// <summary>The plan's version read last; not needed for the first save.</summary>
    public int? Version { get; set; }

    [MaxLength(TalkingPointsLength, ErrorMessage = Messages.TooLong)]
    public string? TalkingPoints { get; set; }

    [MaxLength(NotesLength, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }

    [MaxLength(MaxPeople, ErrorMessage = Messages.TooMany)]
    public List<ParticipantInput> Participants { get; set; } = [];

    [MaxLength(MaxItems, ErrorMessage = Messages.TooMany)]
    public List<ReceptionItemInput> Items { get; set; } = [];
}

/// <summary>A person of either side; without a rank, the rank follows from the title.</summary>
public sealed class ParticipantInput
{
    public int? Id { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public ReceptionSide? Side { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(DelegationInput.NameLength, ErrorMessage = Messages.TooLong)]
    public string? Name { get; set; }

    [MaxLength(DelegationInput.NameLength, ErrorMessage = Messages.TooLong)]
    public string? Title { get; set; }

    [MaxLength(DelegationInput.OrganisationLength, ErrorMessage = Messages.TooLong)]
    public string? Organisation { get; set; }

    /// <summary>Protocol rank; when left out, suggested from the title.</summary>
    public ProtocolRank? Rank { get; set; }

    public bool IsHead { get; set; }

    /// <summary>Place in this side's order of precedence set by hand (1 first).</summary>
    [Range(1, ReceptionInput.MaxPeople, ErrorMessage = Messages.OutOfRange)]
    public int? Order { get; set; }

    public int? DelegationMemberId { get; set; }
}

/// <summary>A talk, banquet or visit with its interpreter.</summary>
public sealed class ReceptionItemInput : IValidatableObject
{
    public const int TitleLength = 300;
    public const int PlaceLength = 300;

    public int? Id { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public ReceptionItemKind? Kind { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(TitleLength, ErrorMessage = Messages.TooLong)]
    public string? Title { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public TimeOnly? StartTime { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public TimeOnly? EndTime { get; set; }

    [MaxLength(PlaceLength, ErrorMessage = Messages.TooLong)]
    public string? Place { get; set; }

    /// <summary>ISO 639-1 code of the language interpreted ("ko", "zh", "lo", "en").</summary>
    [RegularExpression("^[A-Za-z]{2,3}$", ErrorMessage = ReceptionRules.LanguageCode)]
    public string? Language { get; set; }

    /// <summary>A staff member who is an active interpreter of <see cref="Language"/>.</summary>
    public int? InterpreterId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartTime is { } start && EndTime is { } end && end <= start)
        {
            yield return new ValidationResult(ReceptionRules.EndNotAfterStart, [nameof(EndTime)]);
        }

        if (InterpreterId is not null && Language is null)
        {
            yield return new ValidationResult(ReceptionRules.InterpreterNeedsLanguage, [nameof(Language)]);
        }
    }
}

/// <summary>What to generate a seating plan with.</summary>
public sealed class SeatingRequest
{
    [Required(ErrorMessage = Messages.Required)]
    public SeatingLayout? Layout { get; set; }

    /// <summary>Round tables: seats per table (4–24, 10 when left out).</summary>
    [Range(SeatingPlanner.MinSeatsPerTable, SeatingPlanner.MaxSeatsPerTable, ErrorMessage = Messages.OutOfRange)]
    public int? SeatsPerTable { get; set; }
}

/// <summary>A seating plan edited by hand: every seat taken, with who sits there.</summary>
public sealed class SeatingInput
{
    /// <summary>The item's version read last.</summary>
    public int? Version { get; set; }

    [MaxLength(ReceptionInput.MaxPeople + 1, ErrorMessage = Messages.TooMany)]
    public List<SeatInput> Seats { get; set; } = [];
}

public sealed class SeatInput
{
    [Range(1, 100, ErrorMessage = Messages.OutOfRange)]
    public int Table { get; set; }

    [Range(1, 2 * ReceptionInput.MaxPeople, ErrorMessage = Messages.OutOfRange)]
    public int Position { get; set; }

    /// <summary>A participant of this reception, or else <see cref="StaffMemberId"/>.</summary>
    public int? ParticipantId { get; set; }

    public int? StaffMemberId { get; set; }
}
