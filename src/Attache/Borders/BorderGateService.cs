using System.Linq.Expressions;
using Attache.Infrastructure;
using Attache.Partners;
using Attache.Portal;
using Microsoft.EntityFrameworkCore;

namespace Attache.Borders;

public sealed record BorderGateRow(int Id, string Province, string Name, string Country, GateType Type,
    string CounterpartLatin, string? CounterpartNative, string? CounterpartVietnamese, string? Location,
    double? Latitude, double? Longitude, DateTime UpdatedAt);

public sealed record GateRouteDto(int Id, GateRouteKind Kind, string Name, string? CounterpartName, double? Latitude,
    double? Longitude);

public sealed record BorderGateDto(int Id, string Province, string Name, string Country, GateType Type,
    string? CounterpartNative, string CounterpartLatin, string? CounterpartVietnamese, int? CounterpartPartnerId,
    string? CounterpartPartnerName, string? Location, double? Latitude, double? Longitude, string? Notes,
    IReadOnlyList<GateRouteDto> Routes, DateTime CreatedAt, DateTime UpdatedAt, int Version);

public sealed record GateEventDto(int Id, GateEventKind Kind, DateOnly Date, int? RouteId, string? RouteName,
    string? DecisionNumber, DateOnly? DecisionDate, string? Authority, string? Notes);

public sealed class BorderGateQuery : PageRequest
{
    public string? Search { get; set; }
    public GateType? Type { get; set; }
    public string? Country { get; set; }

    /// <summary>name, type, updated; a leading '-' sorts descending.</summary>
    public string? Sort { get; set; }
}

/// <summary>The gate register's reads and writes, called by the API and the pages alike.</summary>
public sealed class BorderGateService(AttacheDb db, PortalCache cache) : IFeatureService
{
    public const string HasFigures =
        "The gate has recorded figures; they are part of the province's revenue reports. Remove them first.";

    public async Task<Paged<BorderGateRow>> ListAsync(BorderGateQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var query = db.Set<BorderGate>().AsNoTracking();
        if (TextSearch.Fold(q.Search) is { Length: > 0 } term)
        {
            query = query.Where(g => g.SearchText.Contains(term));
        }

        if (q.Type is { } type)
        {
            query = query.Where(g => g.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(q.Country))
        {
            var country = q.Country.Trim().ToUpperInvariant();
            query = query.Where(g => g.Country == country);
        }

        query = (q.Sort ?? "name") switch
        {
            "name" => query.OrderBy(g => g.Name).ThenBy(g => g.Id),
            "-name" => query.OrderByDescending(g => g.Name).ThenBy(g => g.Id),
            "type" => query.OrderBy(g => g.Type).ThenBy(g => g.Name),
            "-type" => query.OrderByDescending(g => g.Type).ThenBy(g => g.Name),
            "updated" => query.OrderBy(g => g.UpdatedAt).ThenBy(g => g.Id),
            "-updated" => query.OrderByDescending(g => g.UpdatedAt).ThenBy(g => g.Id),
            var other => throw InputValidation.Error("sort",
                $"'{other}' is not a sort order; use name, type or updated, with '-' for descending."),
        };

        return await query.Select(Row).ToPageAsync(q, ct);
    }

    private static readonly Expression<Func<BorderGate, BorderGateRow>> Row = g => new BorderGateRow(g.Id,
        g.Province!.Code, g.Name, g.Country, g.Type, g.CounterpartLatin, g.CounterpartNative, g.CounterpartVietnamese,
        g.Location, g.Latitude, g.Longitude, g.UpdatedAt);

    public async Task<BorderGateDto?> GetAsync(int id, CancellationToken ct)
    {
        var g = await db.Set<BorderGate>().AsNoTracking().Include(x => x.Routes).Include(x => x.Province)
            .Include(x => x.CounterpartPartner).FirstOrDefaultAsync(x => x.Id == id, ct);
        return g is null ? null : new BorderGateDto(
            Id: g.Id,
            Province: g.Province!.Code,
            Name: g.Name,
            Country: g.Country,
            Type: g.Type,
            CounterpartNative: g.CounterpartNative,
            CounterpartLatin: g.CounterpartLatin,
            CounterpartVietnamese: g.CounterpartVietnamese,
            CounterpartPartnerId: g.CounterpartPartnerId,
            CounterpartPartnerName: g.CounterpartPartner?.NameLatin,
            Location: g.Location,
            Latitude: g.Latitude,
            Longitude: g.Longitude,
            Notes: g.Notes,
            Routes: [.. g.Routes.OrderBy(r => r.Id)
                .Select(r => new GateRouteDto(r.Id, r.Kind, r.Name, r.CounterpartName, r.Latitude, r.Longitude))],
            CreatedAt: g.CreatedAt,
            UpdatedAt: g.UpdatedAt,
            Version: g.Version);
    }

    /// <summary>The gate as its edit form holds it; null when it is not in the province.</summary>
    public async Task<BorderGateInput?> GetInputAsync(int id, CancellationToken ct)
    {
        var g = await db.Set<BorderGate>().AsNoTracking().Include(x => x.Routes)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        return g is null ? null : new BorderGateInput
        {
            Name = g.Name,
            Country = g.Country,
            Type = g.Type,
            CounterpartNative = g.CounterpartNative,
            CounterpartLatin = g.CounterpartLatin,
            CounterpartVietnamese = g.CounterpartVietnamese,
            CounterpartPartnerId = g.CounterpartPartnerId,
            Location = g.Location,
            Latitude = g.Latitude,
            Longitude = g.Longitude,
            Notes = g.Notes,
            Version = g.Version,
            Routes = [.. g.Routes.OrderBy(r => r.Id).Select(r => new GateRouteInput
            {
                Kind = r.Kind,
                Name = r.Name,
                CounterpartName = r.CounterpartName,
                Latitude = r.Latitude,
                Longitude = r.Longitude,
            })],
        };
    }

    /// <summary>The gate's name; null when it is not in the province.</summary>
    public Task<string?> NameAsync(int id, CancellationToken ct) =>
        db.Set<BorderGate>().Where(g => g.Id == id).Select(g => g.Name).FirstOrDefaultAsync(ct);


    public Task<bool> ExistsAsync(int id, CancellationToken ct) => Exists(db, id, ct);

    /// <summary>Whether the gate is in the province; the documents' owner check.</summary>
    public static Task<bool> Exists(AttacheDb db, int id, CancellationToken ct) =>
        db.Set<BorderGate>().AnyAsync(g => g.Id == id, ct);

    /// <summary>Creates (id null) or updates a gate pair; 400 for bad input, 404 outside the province, 409 for a
    /// stale version.</summary>
    public async Task<BorderGate> SaveAsync(int? id, BorderGateInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        BorderGate gate;
        if (id is null)
        {
            gate = new BorderGate { Name = "", Country = "", CounterpartLatin = "" };
            db.Add(gate);
        }
        else
        {
            gate = await db.Set<BorderGate>().Include(g => g.Routes).FirstOrDefaultAsync(g => g.Id == id, ct)
                ?? throw NotFound(id.Value);
            db.CheckVersion(gate, input.Version);
        }

        if (input.CounterpartPartnerId is { } partnerId
            && !await db.Set<Partner>().AnyAsync(p => p.Id == partnerId, ct))
        {
            throw InputValidation.Error("counterpartPartnerId", $"There is no partner {partnerId} in this province.");
        }

        gate.Name = input.Name!.Trim();
        gate.Country = input.Country!.ToUpperInvariant();
        gate.Type = input.Type!.Value;
        gate.CounterpartNative = Clean(input.CounterpartNative);
        gate.CounterpartLatin = input.CounterpartLatin!.Trim();
        gate.CounterpartVietnamese = Clean(input.CounterpartVietnamese);
        gate.CounterpartPartnerId = input.CounterpartPartnerId;
        gate.Location = Clean(input.Location);
        gate.Latitude = input.Latitude;
        gate.Longitude = input.Longitude;
        gate.Notes = Clean(input.Notes);
        SyncRoutes(gate, input.Routes ?? []);
        await db.SaveChangesAsync(ct);
        await cache.EvictAsync(gate.ProvinceId, ct); // the province's public page lists its gates
        return gate;
    }

    private static void SyncRoutes(BorderGate gate, List<GateRouteInput> inputs)
    {
        var existing = gate.Routes.OrderBy(r => r.Id).ToList();
        for (var i = 0; i < inputs.Count; i++)
        {
            var route = i < existing.Count ? existing[i] : null;
            if (route is null)
            {
                route = new BorderGateRoute { Name = "", ProvinceId = gate.ProvinceId };
                gate.Routes.Add(route);
            }

            route.Kind = inputs[i].Kind!.Value;
            route.Name = inputs[i].Name!.Trim();
            route.CounterpartName = Clean(inputs[i].CounterpartName);
            route.Latitude = inputs[i].Latitude;
            route.Longitude = inputs[i].Longitude;
        }

        foreach (var gone in existing.Skip(inputs.Count))
        {
            gate.Routes.Remove(gone);
        }
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var gate = await db.Set<BorderGate>().Include(g => g.Routes).Include(g => g.Events)
            .FirstOrDefaultAsync(g => g.Id == id, ct);
        if (gate is null)
        {
            return false;
        }

        if (await db.Set<GateFigure>().AnyAsync(f => f.BorderGateId == id, ct))
        {
            throw ProblemException.Conflict(HasFigures);
        }

        db.Remove(gate);
        await db.SaveChangesAsync(ct);
        await cache.EvictAsync(gate.ProvinceId, ct);
        return true;
    }

    /// <summary>The gate's legal history in date order, a page at a time.</summary>
    public async Task<Paged<GateEventDto>?> EventsAsync(int gateId, PageRequest q, CancellationToken ct)
    {
        InputValidation.Check(q);
        if (!await ExistsAsync(gateId, ct))
        {
            return null;
        }

        return await db.Set<BorderGateEvent>().AsNoTracking().Where(e => e.BorderGateId == gateId)
            .OrderBy(e => e.Date).ThenBy(e => e.Id)
            .Select(EventRow).ToPageAsync(q, ct);
    }

    private static readonly Expression<Func<BorderGateEvent, GateEventDto>> EventRow = e => new GateEventDto(e.Id,
        e.Kind, e.Date, e.RouteId, e.Route == null ? null : e.Route.Name, e.DecisionNumber, e.DecisionDate, e.Authority,
        e.Notes);

    /// <summary>Records a legal step; the sequence must make sense (a suspended gate reopens, a closed one is not
    /// upgraded).</summary>
    public async Task<GateEventDto> AddEventAsync(int gateId, GateEventInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var gate = await db.Set<BorderGate>().FirstOrDefaultAsync(g => g.Id == gateId, ct) ?? throw NotFound(gateId);
        if (input.RouteId is { } routeId
            && !await db.Set<BorderGateRoute>().AnyAsync(r => r.Id == routeId && r.BorderGateId == gateId, ct))
        {
            throw InputValidation.Error("routeId", $"Route {routeId} does not belong to this gate.");
        }

        if (input.Kind == GateEventKind.RouteAdded && input.RouteId is null)
        {
            throw InputValidation.Error("routeId", "Name the route that was added.");
        }

        if (input.DecisionDate is { } decided && decided > input.Date)
        {
            throw InputValidation.Error("decisionDate", "The decision cannot come after the event it decides.");
        }

        var before = await db.Set<BorderGateEvent>().Where(e => e.BorderGateId == gateId && e.Date <= input.Date)
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).Select(e => (GateEventKind?)e.Kind)
            .FirstOrDefaultAsync(ct);
        CheckLifecycle(before, input.Kind!.Value);

        var e = new BorderGateEvent
        {
            BorderGateId = gateId,
            ProvinceId = gate.ProvinceId,
            Kind = input.Kind!.Value,
            Date = input.Date!.Value,
            RouteId = input.RouteId,
            DecisionNumber = Clean(input.DecisionNumber),
            DecisionDate = input.DecisionDate,
            Authority = Clean(input.Authority),
            Notes = Clean(input.Notes),
        };
        db.Add(e);
        if (e.Kind == GateEventKind.UpgradedToInternational)
        {
            gate.Type = GateType.International;
        }

        await db.SaveChangesAsync(ct);
        return await db.Set<BorderGateEvent>().AsNoTracking().Where(x => x.Id == e.Id).Select(EventRow).SingleAsync(ct);
    }

    /// <summary>The gate's state machine: open → (suspended ⇄ reopened); routes and upgrades only while open.</summary>
    private static void CheckLifecycle(GateEventKind? last, GateEventKind next)
    {
        var open = last is not null and not GateEventKind.Suspended;
        GateEventKind[] allowed = last is null ? [GateEventKind.Opened]
            : open ? [GateEventKind.UpgradedToInternational, GateEventKind.RouteAdded, GateEventKind.Suspended]
            : [GateEventKind.Reopened];
        if (!allowed.Contains(next))
        {
            var refusal = ProblemException.Conflict(
                $"A gate whose last event is {last?.ToString() ?? "none"} cannot be {next}; "
                + $"allowed next: {string.Join(", ", allowed)}.");
            throw last is null
                ? refusal.Localized("The first event of a gate is its opening ({0}).", GateEventKind.Opened)
                : refusal.Localized("A gate whose last event is {0} cannot be {1}.", last, next);
        }
    }

    internal static ProblemException NotFound(int id) =>
        new(StatusCodes.Status404NotFound, "Not found", $"There is no border gate {id}.");

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
