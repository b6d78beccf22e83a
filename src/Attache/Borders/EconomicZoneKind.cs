namespace Attache.Borders;

/// <summary>What kind of zone it is: a border-gate economic zone (Khu kinh tế cửa khẩu, Decree 35/2022/NĐ-CP), an
/// industrial park, or another kind of zone.</summary>
public enum EconomicZoneKind
{
    BorderGateZone,
    IndustrialPark,
    Other,
}
