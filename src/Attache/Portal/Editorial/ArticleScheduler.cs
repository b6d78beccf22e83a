using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Attache.Portal.Editorial;

/// <summary>Publishes the scheduled translations whose moment has come, in every province: each becomes Published
/// with its moment as publication date (the public already sees it from then by <see cref="ArticleVisibility"/>;
/// this makes the stage say so), and each province's site is evicted from the cache. Safe to run twice.</summary>
public sealed class ArticleScheduler(AttacheDb db, PortalCache cache, TimeProvider clock) : IFeatureService
{
    /// <summary>How many translations it published.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        db.Tenant.UseAll();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<ArticleTranslation>().Include(t => t.Article)
            .Where(t => t.Status == TranslationStatus.Scheduled)
            .Where(ArticleVisibility.IsPublic(now))
            .ToListAsync(ct);
        foreach (var translation in due)
        {
            translation.Status = TranslationStatus.Published;
            translation.PublishedAt = translation.PublishAt;
            translation.Article!.UpdatedAt = now;
        }

        await db.SaveChangesAsync(ct);
        foreach (var province in due.Select(t => t.Article!.ProvinceId).Distinct())
        {
            await cache.EvictAsync(province, ct);
        }

        return due.Count;
    }
}

/// <summary>Whether the scheduler runs with the app (tests run it themselves):
/// <c>Attache:Portal:Scheduler=false</c> leaves it idle.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Attache:Portal";

    public bool Scheduler { get; set; } = true;
}

/// <summary>Runs <see cref="ArticleScheduler.RunOnceAsync"/> every minute, by the injected clock.</summary>
internal sealed class ArticleSchedulerJob(IServiceScopeFactory scopes, TimeProvider clock,
    IOptions<SchedulerOptions> options, ILogger<ArticleSchedulerJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Scheduler)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var published = await scope.ServiceProvider.GetRequiredService<ArticleScheduler>()
                    .RunOnceAsync(stoppingToken);
                if (published > 0)
                {
                    log.LogInformation("Scheduler: {Count} translations published.", published);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "The article scheduler failed; it tries again in a minute.");
            }

            try
            {
                await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

public static class ArticleSchedulerRegistration
{
    /// <summary>The minute job of the scheduler; <c>Attache:Portal:Scheduler=false</c> leaves it idle.</summary>
    public static IServiceCollection AddArticleScheduler(this IServiceCollection services,
        IConfiguration configuration)
    {
        services.Configure<SchedulerOptions>(configuration.GetSection(SchedulerOptions.Section));
        services.AddHostedService<ArticleSchedulerJob>();
        return services;
    }
}
