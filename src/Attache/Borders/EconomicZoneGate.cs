using Attache.Infrastructure;

namespace Attache.Borders;

/// <summary>A border gate that lies in an economic zone (of the same province).</summary>
public sealed class EconomicZoneGate : ProvinceEntity, IAuditChild
{
    public int EconomicZoneId { get; set; }
    public int BorderGateId { get; set; }
    public BorderGate? BorderGate { get; set; }

    public (string Entity, int Id) AuditParent => ("economicZone", EconomicZoneId);
}
