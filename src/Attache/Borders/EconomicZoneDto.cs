namespace Attache.Borders;

public sealed record EconomicZoneDto(int Id, string Province, string NameVietnamese, string? NameEnglish,
    EconomicZoneKind Kind, IReadOnlyList<int> GateIds, IReadOnlyList<ZoneGateDto> Gates, DateOnly? EstablishedOn, string? DecisionNumber,
    decimal? AreaHectares, string? Description, bool IsPublic, DateTime CreatedAt, DateTime UpdatedAt, int Version);
