using Attache.Infrastructure;

namespace Attache.Borders;

public sealed class EconomicZoneQuery : PageRequest
{
    public string? Search { get; set; }
    public EconomicZoneKind? Kind { get; set; }

    /// <summary>name, kind, updated; a leading '-' sorts descending.</summary>
    public string? Sort { get; set; }
}
