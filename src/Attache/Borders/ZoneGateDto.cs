namespace Attache.Borders;

/// <summary>A border gate of an economic zone.</summary>
public sealed record ZoneGateDto(int Id, string Name);
