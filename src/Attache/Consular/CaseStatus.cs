namespace Attache.Consular;

/// <summary>Where a case of the consular desk stands (an incident involving foreigners, a citizen protection
/// case).</summary>
public enum CaseStatus
{
    Open,
    Closed,
}
