using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Portal;

/// <summary>A province's public site as a request sees it: which province, its address part, its languages.</summary>
public sealed record PortalSite(int ProvinceId, string ProvinceCode, string Slug, string DefaultLang);

/// <summary>Opens a province's public site for an anonymous request: finds the site by its address part and narrows
/// the request's <see cref="Tenant"/> to that province, so that every query of the portal sees only its records (the
/// tenancy filters work for the public exactly as for the staff) and what the public writes (comments, enquiries)
/// is stamped with it.</summary>
public sealed class PortalSites(AttacheDb db) : IFeatureService
{
    public async Task<PortalSite?> EnterAsync(string slug, CancellationToken ct)
    {
        var site = await db.Set<ProvinceProfile>().IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.Slug == slug)
            .Select(p => new PortalSite(p.ProvinceId, p.Province!.Code, p.Slug, p.DefaultLang))
            .FirstOrDefaultAsync(ct);
        if (site is not null)
        {
            db.Tenant.Use(site.ProvinceId, site.ProvinceCode);
        }

        return site;
    }
}
