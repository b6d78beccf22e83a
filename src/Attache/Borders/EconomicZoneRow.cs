namespace Attache.Borders;

/// <summary>A zone in the list: its names, kind, the names of its gates and whether the public sees it.</summary>
public sealed record EconomicZoneRow(int Id, string Province, string NameVietnamese, string? NameEnglish,
    EconomicZoneKind Kind, IReadOnlyList<string> Gates, bool IsPublic, DateTime UpdatedAt);
