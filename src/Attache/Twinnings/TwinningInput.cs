using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;

namespace Attache.Twinnings;

/// <summary>What a user sends to create or change a twinning, from the API or the form alike.</summary>
public sealed class TwinningInput
{
    public const int NameLength = 300;
    public const int NotesLength = 4000;
    public const string EndBeforeSigning = "The end date cannot come before the signing.";

    [Required(ErrorMessage = Messages.Required), MaxLength(NameLength, ErrorMessage = Messages.TooLong)]
    public string? LocalityName { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public LocalityKind? LocalityKind { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public int? PartnerId { get; set; }

    public DateOnly? SignedOn { get; set; }

    /// <summary>The day the pair stopped being active (dormant or ended); not before <see cref="SignedOn"/>. Empty when
    /// the status becomes Dormant or Ended means today; cleared when the pair is Active.</summary>
    public DateOnly? EndedOn { get; set; }

    /// <summary>Empty keeps the current status (Active for a new pair).</summary>
    public TwinningStatus? Status { get; set; }

    [MaxLength(NotesLength, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }

    public int? Version { get; set; }

    public static TwinningInput From(Twinning t) => new()
    {
        LocalityName = t.LocalityName,
        LocalityKind = t.LocalityKind,
        PartnerId = t.PartnerId,
        SignedOn = t.SignedOn,
        EndedOn = t.EndedOn,
        Status = t.Status,
        Notes = t.Notes,
        Version = t.Version,
    };
}

public sealed class TwinningActivityInput
{
    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = Messages.Required), MaxLength(TwinningInput.NameLength, ErrorMessage = Messages.TooLong)]
    public string? Title { get; set; }

    [MaxLength(TwinningInput.NotesLength, ErrorMessage = Messages.TooLong)]
    public string? Description { get; set; }
}
