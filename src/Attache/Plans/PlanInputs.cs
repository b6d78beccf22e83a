using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;

namespace Attache.Plans;

public sealed class PlanInput
{
    [Required(ErrorMessage = Messages.Required), Range(2000, 2100, ErrorMessage = Messages.OutOfRange)]
    public int? Year { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? Title { get; set; }

    [MaxLength(100, ErrorMessage = Messages.TooLong)]
    public string? DecisionNumber { get; set; }

    public DateOnly? DecisionDate { get; set; }

    [MaxLength(4000, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }

    public int? Version { get; set; }
}

public sealed class PlanItemInput
{
    [Required(ErrorMessage = Messages.Required)]
    public PlanCategory? Category { get; set; }

    [Required(ErrorMessage = Messages.Required), Range(1, 4, ErrorMessage = Messages.OutOfRange)]
    public int? Quarter { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(500, ErrorMessage = Messages.TooLong)]
    public string? Title { get; set; }

    [Range(1, 10_000, ErrorMessage = Messages.OutOfRange)]
    public int? Target { get; set; }

    [MaxLength(2000, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }

    /// <summary>The version the user saw, required when changing an item; a stale one is refused with 409.</summary>
    public int? Version { get; set; }
}

public sealed class PlanLinkInput
{
    /// <summary>The linked record's kind as the audit trail names it: delegation, agreement, event,
    /// aidProject…</summary>
    [Required(ErrorMessage = Messages.Required),
        RegularExpression("^[a-z][A-Za-z]{1,59}$", ErrorMessage = Messages.EntityName)]
    public string? Entity { get; set; }

    [Required(ErrorMessage = Messages.Required), Range(1, int.MaxValue, ErrorMessage = Messages.OutOfRange)]
    public int? EntityId { get; set; }

    [MaxLength(300, ErrorMessage = Messages.TooLong)]
    public string? Label { get; set; }
}
