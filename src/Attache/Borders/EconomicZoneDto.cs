namespace Attache.Borders;

/// <summary>One economic zone: its gates both as ids (what an update sends back) and with their names.</summary>
public sealed record EconomicZoneDto(int Id, string Province, string NameVietnamese, string? NameEnglish,
    EconomicZoneKind Kind, IReadOnlyList<int> GateIds, IReadOnlyList<ZoneGateDto> Gates, DateOnly? EstablishedOn,
    string? DecisionNumber, decimal? AreaHectares, string? Description, bool IsPublic, DateTime CreatedAt,
    DateTime UpdatedAt, int Version);
