using Attache.Borders;

namespace Attache.Portal.Site;

/// <summary>A public economic zone as the province page shows it, named in the page's language.</summary>
public sealed record PublicZone(string Name, EconomicZoneKind Kind, IReadOnlyList<string> Gates,
    string? Description);
