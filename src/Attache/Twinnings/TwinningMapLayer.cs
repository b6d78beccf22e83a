using Attache.Borders;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Twinnings;

/// <summary>Twinned localities on the map, at the foreign locality's coordinates (the Vietnamese side is a name
/// only).</summary>
internal sealed class TwinningMapLayer : IMapLayer
{
    public string Name => "twinning";

    public Task<List<MapFeature>> FeaturesAsync(AttacheDb db, CancellationToken ct) =>
        db.Set<Twinning>().AsNoTracking()
            .Where(t => t.Status != TwinningStatus.Ended && t.Partner!.Latitude != null && t.Partner.Longitude != null)
            .OrderBy(t => t.LocalityName)
            .Select(t => new MapFeature(Name, t.Id, t.LocalityName + " – " + t.Partner!.NameLatin, t.Partner.NameNative,
                t.Partner.Latitude!.Value, t.Partner.Longitude!.Value, "/twinnings/" + t.Id, t.Status.ToString()))
            .ToListAsync(ct);
}
