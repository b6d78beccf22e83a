using Attache.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Attache.Portal;

/// <summary>The portal's public pages are served from memory (ASP.NET Core output caching) and tagged with their
/// site; whatever changes what the public sees (a publication, a withdrawal, an approved comment, a released figure)
/// evicts that site's pages through <see cref="EvictAsync"/> — the one way to do it.</summary>
public sealed class PortalCache(IOutputCacheStore store, AttacheDb db) : IFeatureService
{
    public const string Policy = "portal";

    public static string Tag(string slug) => "portal:" + slug;

    /// <summary>Evicts every cached public page of the province's site (nothing when it has no site).</summary>
    public async Task EvictAsync(int provinceId, CancellationToken ct)
    {
        var slug = await db.Set<ProvinceProfile>().IgnoreQueryFilters().Where(p => p.ProvinceId == provinceId)
            .Select(p => p.Slug).FirstOrDefaultAsync(ct);
        if (slug is not null)
        {
            await store.EvictByTagAsync(Tag(slug), ct);
        }
    }

    public static void Add(OutputCacheOptions options) =>
        options.AddPolicy(Policy, b => b.AddPolicy<SitePolicy>().Expire(TimeSpan.FromMinutes(10)), excludeDefaultPolicy: false);

    /// <summary>Tags a public page with its site (the <c>province</c> route value).</summary>
    private sealed class SitePolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.HttpContext.Request.RouteValues["province"] is string slug)
            {
                context.Tags.Add(Tag(slug));
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
            ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) =>
            ValueTask.CompletedTask;
    }
}
