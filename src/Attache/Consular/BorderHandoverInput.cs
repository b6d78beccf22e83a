using System.ComponentModel.DataAnnotations;
using Attache.Infrastructure;

namespace Attache.Consular;

/// <summary>What a user sends to record or change a handover of citizens at a border gate.</summary>
public sealed class BorderHandoverInput
{
    public const int AuthorityLength = 300;
    public const int NotesLength = 2000;
    public const string FewerThanNamed = "The number of persons cannot be less than the {0} persons named.";

    /// <summary>A gate of the province's border register.</summary>
    [Required(ErrorMessage = Messages.Required)]
    public int? BorderGateId { get; set; }

    [Required(ErrorMessage = Messages.Required)]
    public DateOnly? ReceivedOn { get; set; }

    /// <summary>How many citizens were received; at least the number of persons named.</summary>
    [Required(ErrorMessage = Messages.Required), Range(1, 10_000, ErrorMessage = Messages.OutOfRange)]
    public int? PersonCount { get; set; }

    /// <summary>The foreign authority that handed them over.</summary>
    [MaxLength(AuthorityLength, ErrorMessage = Messages.TooLong)]
    public string? HandedOverBy { get; set; }

    [MaxLength(NotesLength, ErrorMessage = Messages.TooLong)]
    public string? Notes { get; set; }

    /// <summary>The persons where known; null leaves them as they are. Only for holders of SeePersons.</summary>
    [MaxLength(10_000, ErrorMessage = Messages.TooMany)]
    public List<PersonInput>? Persons { get; set; }

    public int? Version { get; set; }
}
