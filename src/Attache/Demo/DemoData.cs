using System.Diagnostics;
using Attache.Infrastructure;
using Attache.Partners;
using Attache.Provinces;
using Microsoft.EntityFrameworkCore;

namespace Attache.Demo;

/// <summary>One feature's share of the demo data set. Each feature keeps its own part beside its code;
/// the loader runs them in <see cref="Order"/> into an empty database.</summary>
public interface IDemoData
{
    int Order { get; }

    Task SeedAsync(AttacheDb db, DemoContext demo, CancellationToken ct);
}

/// <summary>What earlier parts made, for later parts to refer to. Everything is deterministic: the same
/// records every run, so the figures of the source articles (Lai Châu and Cao Bằng, November 2025) come out the
/// same.</summary>
public sealed class DemoContext
{
    public Dictionary<string, Province> Provinces { get; } = [];
    public Dictionary<string, Partner> Partners { get; } = [];

    /// <summary>Shared by the parts so that each run draws the same sequence; parts that need their own stream
    /// make one.</summary>
    public Random Random { get; } = new(20251115);

    public Province LaiChau => Provinces["VN-01"];
    public Province CaoBang => Provinces["VN-04"];

    public Partner Partner(string key) => Partners.TryGetValue(key, out var p) ? p
        : throw new KeyNotFoundException($"The demo data has no partner '{key}'.");
}

public static class DemoDataLoader
{
    /// <summary>Loads every part into an empty database; a database that already has provinces is left alone.</summary>
    public static async Task LoadAsync(IServiceProvider services, ILogger log, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<AttacheDb>();
        db.Tenant.UseAll();
        if (await db.Provinces.AnyAsync(ct))
        {
            log.LogInformation("Demo data: the database already has provinces, nothing loaded.");
            return;
        }

        var parts = typeof(DemoDataLoader).Assembly.GetTypes()
            .Where(t => typeof(IDemoData).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IDemoData)ActivatorUtilities.CreateInstance(services, t))
            .OrderBy(p => p.Order).ToList();

        var demo = new DemoContext();
        var started = Stopwatch.StartNew();
        foreach (var part in parts)
        {
            await part.SeedAsync(db, demo, ct);
            db.ChangeTracker.Clear();
        }

        log.LogInformation("Demo data loaded ({Parts} parts) in {Seconds:0.0} s.", parts.Count,
            started.Elapsed.TotalSeconds);
    }

}
