using Attache.Infrastructure;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;

namespace Attache.Events;

/// <summary>Checks that partners named by id exist in the current province, so that a wrong id is a 400 naming the
/// field instead of a foreign-key failure (or a silent link into another province).</summary>
public static class PartnerLookup
{
    public sealed record Found(int Id, string Name, string Country);

    public static async Task<Found> RequireAsync(AttacheDb db, int id, string field, CancellationToken ct) =>
        await db.Set<Partner>().AsNoTracking().Where(p => p.Id == id)
            .Select(p => new Found(p.Id, p.NameLatin, p.Country))
            .FirstOrDefaultAsync(ct)
        ?? throw InputValidation.Error(field, $"There is no partner {id} in this province.");

    public static async Task<List<int>> RequireAllAsync(AttacheDb db, IReadOnlyList<int> ids, string field,
        CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        var known = await db.Set<Partner>().Where(p => distinct.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!known.Contains(ids[i]))
            {
                throw InputValidation.Error($"{field}[{i}]", $"There is no partner {ids[i]} in this province.");
            }
        }

        return distinct;
    }
}
