using System.Linq.Expressions;
using Attache.Infrastructure;
using Attache.Portal;
using Microsoft.EntityFrameworkCore;

namespace Attache.Borders;

/// <summary>The economic-zone register's reads and writes, called by the API and the pages alike. A zone shows on
/// the province's public page, so every save and deletion evicts the portal's cached pages.</summary>
public sealed class EconomicZoneService(AttacheDb db, PortalCache cache)
    : IRecordService<EconomicZone, EconomicZoneQuery, EconomicZoneRow, EconomicZoneDto, EconomicZoneInput>
{
    public const string ForeignGates = "There is no border gate {0} in this province.";

    public async Task<Paged<EconomicZoneRow>> ListAsync(EconomicZoneQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<EconomicZone>().AsNoTracking();
        if (TextSearch.Fold(q.Search) is { Length: > 0 } term)
        {
            query = query.Where(z => z.SearchText.Contains(term));
        }

        if (q.Kind is { } kind)
        {
            query = query.Where(z => z.Kind == kind);
        }

        query = (q.Sort ?? "name") switch
        {
            "name" => query.OrderBy(z => z.NameVietnamese).ThenBy(z => z.Id),
            "-name" => query.OrderByDescending(z => z.NameVietnamese).ThenBy(z => z.Id),
            "kind" => query.OrderBy(z => z.Kind).ThenBy(z => z.NameVietnamese),
            "-kind" => query.OrderByDescending(z => z.Kind).ThenBy(z => z.NameVietnamese),
            "updated" => query.OrderBy(z => z.UpdatedAt).ThenBy(z => z.Id),
            "-updated" => query.OrderByDescending(z => z.UpdatedAt).ThenBy(z => z.Id),
            var other => throw InputValidation.Error("sort",
                $"'{other}' is not a sort order; use name, kind or updated, with '-' for descending."),
        };

        return await query.Select(Row).ToPageAsync(q, ct);
    }

    private static readonly Expression<Func<EconomicZone, EconomicZoneRow>> Row = z => new EconomicZoneRow(z.Id,
        z.Province!.Code, z.NameVietnamese, z.NameEnglish, z.Kind,
        z.Gates.OrderBy(g => g.BorderGate!.Name).Select(g => g.BorderGate!.Name).ToList(), z.IsPublic, z.UpdatedAt);

    public async Task<EconomicZoneDto?> GetAsync(int id, CancellationToken ct)
    {
        var z = await db.Set<EconomicZone>().AsNoTracking().Include(x => x.Province)
            .Include(x => x.Gates).ThenInclude(g => g.BorderGate).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (z is null)
        {
            return null;
        }

        var gates = z.Gates.Where(g => g.BorderGate is not null).OrderBy(g => g.BorderGate!.Name).ToList();
        return new EconomicZoneDto(
            Id: z.Id,
            Province: z.Province!.Code,
            NameVietnamese: z.NameVietnamese,
            NameEnglish: z.NameEnglish,
            Kind: z.Kind,
            GateIds: [.. gates.Select(g => g.BorderGateId)],
            Gates: [.. gates.Select(g => new ZoneGateDto(g.BorderGateId, g.BorderGate!.Name))],
            EstablishedOn: z.EstablishedOn,
            DecisionNumber: z.DecisionNumber,
            AreaHectares: z.AreaHectares,
            Description: z.Description,
            IsPublic: z.IsPublic,
            CreatedAt: z.CreatedAt,
            UpdatedAt: z.UpdatedAt,
            Version: z.Version);
    }

    /// <summary>The zone as its edit form holds it; null when it is not in the province.</summary>
    public async Task<EconomicZoneInput?> GetInputAsync(int id, CancellationToken ct)
    {
        var zone = await db.Set<EconomicZone>().AsNoTracking().Include(z => z.Gates)
            .FirstOrDefaultAsync(z => z.Id == id, ct);
        return zone is null ? null : EconomicZoneInput.From(zone);
    }

    /// <summary>The zone's Vietnamese name; null when it is not in the province.</summary>
    public Task<string?> NameAsync(int id, CancellationToken ct) =>
        db.Set<EconomicZone>().Where(z => z.Id == id).Select(z => z.NameVietnamese).FirstOrDefaultAsync(ct);

    /// <summary>The province's border gates a zone can contain, by name.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> GateChoicesAsync(CancellationToken ct) =>
        (await db.Set<BorderGate>().AsNoTracking().OrderBy(g => g.Name).Select(g => new { g.Id, g.Name })
            .ToListAsync(ct)).Select(g => (g.Id, g.Name)).ToList();

    /// <summary>Creates (id null) or updates a zone; 400 for bad input (a gate of another province included), 404
    /// outside the province, 409 for a stale version.</summary>
    public async Task<EconomicZone> SaveAsync(int? id, EconomicZoneInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        EconomicZone zone;
        if (id is null)
        {
            zone = new EconomicZone { NameVietnamese = "" };
            db.Add(zone);
        }
        else
        {
            zone = await db.Set<EconomicZone>().Include(z => z.Gates).FirstOrDefaultAsync(z => z.Id == id, ct)
                ?? throw NotFound(id.Value);
            db.CheckVersion(zone, input.Version);
        }

        var gateIds = (input.GateIds ?? []).Distinct().ToList();
        var province = id is null ? db.Tenant.RequireProvince() : zone.ProvinceId;
        var known = await db.Set<BorderGate>().Where(g => gateIds.Contains(g.Id) && g.ProvinceId == province)
            .Select(g => g.Id).ToListAsync(ct);
        var foreign = gateIds.Except(known).ToList();
        if (foreign.Count > 0)
        {
            throw ProblemException.FieldRefusal(StatusCodes.Status400BadRequest, "gateIds", ForeignGates, foreign);
        }

        zone.NameVietnamese = input.NameVietnamese!.Trim();
        zone.NameEnglish = Clean(input.NameEnglish);
        zone.Kind = input.Kind!.Value;
        zone.EstablishedOn = input.EstablishedOn;
        zone.DecisionNumber = Clean(input.DecisionNumber);
        zone.AreaHectares = input.AreaHectares;
        zone.Description = Clean(input.Description);
        zone.IsPublic = input.IsPublic;
        foreach (var gone in zone.Gates.Where(g => !gateIds.Contains(g.BorderGateId)).ToList())
        {
            zone.Gates.Remove(gone);
        }

        foreach (var added in gateIds.Where(gid => zone.Gates.All(g => g.BorderGateId != gid)))
        {
            zone.Gates.Add(new EconomicZoneGate { BorderGateId = added, ProvinceId = zone.ProvinceId });
        }

        await db.SaveChangesAsync(ct);
        await cache.EvictAsync(zone.ProvinceId, ct);
        return zone;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var zone = await db.Set<EconomicZone>().Include(z => z.Gates).FirstOrDefaultAsync(z => z.Id == id, ct);
        if (zone is null)
        {
            return false;
        }

        db.Remove(zone);
        await db.SaveChangesAsync(ct);
        await cache.EvictAsync(zone.ProvinceId, ct);
        return true;
    }

    internal static ProblemException NotFound(int id) =>
        new(StatusCodes.Status404NotFound, "Not found", $"There is no economic zone {id}.");

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
