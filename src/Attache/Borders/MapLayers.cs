using System.Text.Json.Nodes;
using Attache.Accounts;
using Attache.Infrastructure;
using Attache.Partners;
using Microsoft.EntityFrameworkCore;

namespace Attache.Borders;

/// <summary>One thing the map shows at a point: a gate, a partner, later a twinned locality.</summary>
public sealed record MapFeature(string Layer, int Id, string Name, string? Detail, double Latitude, double Longitude,
    string Url, string? Kind);

/// <summary>A source of points for the map. A feature adds a layer by writing one class that implements this
/// (twinned localities, say); <see cref="MapSetup.AddAttacheMap"/> finds every implementation in the app.</summary>
public interface IMapLayer
{
    /// <summary>Stable key, also the GeoJSON "layer" property and the CSS class on the map page.</summary>
    string Name { get; }

    Task<List<MapFeature>> FeaturesAsync(AttacheDb db, CancellationToken ct);
}

internal sealed class BorderGateLayer : IMapLayer
{
    public string Name => "borderGate";

    public Task<List<MapFeature>> FeaturesAsync(AttacheDb db, CancellationToken ct) =>
        db.Set<BorderGate>().AsNoTracking().Where(g => g.Latitude != null && g.Longitude != null).OrderBy(g => g.Name)
            .Select(g => new MapFeature(Name, g.Id, g.Name, g.CounterpartVietnamese ?? g.CounterpartLatin,
                g.Latitude!.Value, g.Longitude!.Value, "/border-gates/" + g.Id, g.Type.ToString()))
            .ToListAsync(ct);
}

internal sealed class PartnerLayer : IMapLayer
{
    public string Name => "partner";

    public Task<List<MapFeature>> FeaturesAsync(AttacheDb db, CancellationToken ct) =>
        db.Set<Partner>().AsNoTracking().Where(p => p.Latitude != null && p.Longitude != null).OrderBy(p => p.NameLatin)
            .Select(p => new MapFeature(Name, p.Id, p.NameLatin, p.NameNative, p.Latitude!.Value, p.Longitude!.Value,
                "/partners/" + p.Id, p.Kind.ToString()))
            .ToListAsync(ct);
}

public sealed class MapQuery
{
    /// <summary>Comma-separated layer names to include; all when empty.</summary>
    public string? Layers { get; set; }
}

public static class MapSetup
{
    /// <summary>The map layers and the map's settings (<see cref="MapOptions"/>, validated at start).</summary>
    public static IServiceCollection AddAttacheMap(this IServiceCollection services)
    {
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section).ValidateDataAnnotations()
            .ValidateOnStart();
        foreach (var type in typeof(IMapLayer).Assembly.GetTypes()
            .Where(t => typeof(IMapLayer).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }))
        {
            services.AddScoped(typeof(IMapLayer), type);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapAttacheMapEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/map/features.geojson", async (MapService map, [AsParameters] MapQuery query,
            CancellationToken ct) =>
        {
            var features = await map.FeaturesAsync(query.Layers, ct);
            var collection = new JsonObject
            {
                ["type"] = "FeatureCollection",
                ["features"] = new JsonArray([.. features.Select(f => (JsonNode)new JsonObject
                {
                    ["type"] = "Feature",
                    ["id"] = $"{f.Layer}/{f.Id}",
                    // GeoJSON (RFC 7946) puts longitude first.
                    ["geometry"] = new JsonObject
                    {
                        ["type"] = "Point",
                        ["coordinates"] = new JsonArray(f.Longitude, f.Latitude),
                    },
                    ["properties"] = new JsonObject
                    {
                        ["layer"] = f.Layer,
                        ["id"] = f.Id,
                        ["name"] = f.Name,
                        ["detail"] = f.Detail,
                        ["kind"] = f.Kind,
                        ["url"] = f.Url,
                    },
                })]),
            };
            return TypedResults.Text(collection.ToJsonString(), "application/geo+json", System.Text.Encoding.UTF8);
        }).WithTags("Map").RequireAuthorization(Policies.Read)
            .WithName("MapFeatures").WithSummary("Map features (GeoJSON)")
            .WithDescription("The points of the requested map layers (comma-separated; all by default) as a GeoJSON "
                + "(RFC 7946) feature collection.");
        return app;
    }
}

/// <summary>The routes of the map layers, found by <see cref="EndpointDiscovery"/>.</summary>
public sealed class MapEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app) => app.MapAttacheMapEndpoints();
}

/// <summary>The map's points, from every layer the app has (<see cref="IMapLayer"/>).</summary>
public sealed class MapService(AttacheDb db, IEnumerable<IMapLayer> layers) : IFeatureService
{
    /// <summary>The points of the requested layers (comma-separated names; all when empty); each layer is bounded by
    /// the province's own registers.</summary>
    public async Task<List<MapFeature>> FeaturesAsync(string? only, CancellationToken ct)
    {
        var wanted = only?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var known = layers.ToList();
        if (wanted?.FirstOrDefault(w => known.All(l => !l.Name.Equals(w, StringComparison.OrdinalIgnoreCase)))
            is { } unknown)
        {
            throw InputValidation.Error("layers",
                $"'{unknown}' is not a map layer; use {string.Join(", ", known.Select(l => l.Name))}.");
        }

        var features = new List<MapFeature>();
        foreach (var layer in known.Where(l => wanted is null || wanted.Count == 0 || wanted.Contains(l.Name)))
        {
            features.AddRange(await layer.FeaturesAsync(db, ct));
        }

        return features;
    }
}
