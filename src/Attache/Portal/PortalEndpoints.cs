using Attache.Infrastructure;
using Attache.Portal.Public;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Attache.Portal;

/// <summary>The public portal: no sign-in, one site per province under <c>/p/{province}/{lang}/…</c>, served from the
/// output cache (<see cref="PortalCache"/>).</summary>
public sealed class PortalEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("/p/{province}").AllowAnonymous().ExcludeFromDescription()
            .CacheOutput(PortalCache.Policy);
        site.MapGet("/", OpenAsync);
        site.MapGet("/{lang}", HomeAsync);
        return app;
    }

    /// <summary>The site's address without a language opens it in its default language.</summary>
    private static async Task<Results<RedirectHttpResult, NotFound>> OpenAsync(string province, PortalSites sites,
        CancellationToken ct) =>
        await sites.EnterAsync(province, ct) is { } site
            ? TypedResults.Redirect($"/p/{site.Slug}/{site.DefaultLang}")
            : TypedResults.NotFound();

    private static async Task<IResult> HomeAsync(string province, string lang, int? page, PortalSites sites,
        AttacheDb db, PublicArticles articles, HttpRequest request, CancellationToken ct)
    {
        if (!PortalLanguages.IsKnown(lang) || await sites.EnterAsync(province, ct) is not { } site)
        {
            return TypedResults.NotFound();
        }

        var texts = await db.Set<ProvinceProfileText>().AsNoTracking().Where(t => t.Profile!.ProvinceId == site.ProvinceId)
            .Select(t => new { t.Lang, t.Name, t.Tagline, t.About }).ToListAsync(ct);
        var text = texts.FirstOrDefault(t => t.Lang == lang);
        if (text is null)
        {
            return TypedResults.NotFound();
        }

        return new RazorComponentResult<PortalHome>(new Dictionary<string, object?>
        {
            [nameof(PortalHome.Site)] = site,
            [nameof(PortalHome.Lang)] = lang,
            [nameof(PortalHome.SiteName)] = text.Name,
            [nameof(PortalHome.Tagline)] = text.Tagline,
            [nameof(PortalHome.BaseUrl)] = $"{request.Scheme}://{request.Host}",
            [nameof(PortalHome.Alternates)] = texts.Select(t => (t.Lang, $"/p/{site.Slug}/{t.Lang}")).ToList(),
            [nameof(PortalHome.Articles)] = await articles.LatestAsync(site, lang, page ?? 1, ct),
        });
    }
}
