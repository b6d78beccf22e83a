using Attache.Delegations;

namespace Attache.Reception;

/// <summary>The reception plan of a delegation: both sides in order of precedence, the items with their
/// interpreters and seating. <c>version</c> is 0 until the plan is first saved.</summary>
public sealed record ReceptionDto(
    int DelegationId,
    string DelegationTitle,
    DelegationDirection Direction,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int Version,
    string? TalkingPoints,
    string? Notes,
    List<ParticipantDto> Hosts,
    List<ParticipantDto> Guests,
    List<ReceptionItemDto> Items)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<ParticipantDto> Everyone => Hosts.Concat(Guests);
}

/// <param name="Place">Place in this side's order of precedence (1 first).</param>
public sealed record ParticipantDto(int Id, ReceptionSide Side, int Place, string Name, string? Title,
    string? Organisation, ProtocolRank Rank, bool IsHead, int? Order, int? DelegationMemberId);

public sealed record ReceptionItemDto(int Id, int Version, ReceptionItemKind Kind, string Title, DateOnly Date,
    TimeOnly StartTime, TimeOnly EndTime, string? Place, string? Language, int? InterpreterId, string? InterpreterName,
    SeatingLayout? Layout, int? Tables, int? SeatsPerTable, List<SeatDto> Seats);

/// <summary>A seat taken: a participant (with their side) or an interpreter (<c>side</c> null).</summary>
public sealed record SeatDto(int Table, int Position, int? ParticipantId, int? StaffMemberId, string Name,
    ReceptionSide? Side);

/// <summary>An interpreter of the roster offered for an item.</summary>
public sealed record InterpreterOption(int Id, string FullName, IReadOnlyList<string> Languages);
