using Attache.Borders;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Portal.Site;

/// <summary>A public page's site in one language: the province's name, tagline and profile written in it, and the
/// languages the profile exists in (the page's alternates). A language the profile is not written in has no page:
/// the portal answers 404 rather than show a page in one language under the address of another.</summary>
public sealed record SitePage(PortalSite Site, string Lang, string Name, string? Tagline, string About,
    IReadOnlyList<string> Languages, string BaseUrl)
{
    public string Path(string suffix = "") => $"/p/{Site.Slug}/{Lang}{suffix}";

    public IReadOnlyList<(string Lang, string Path)> Alternates(string suffix) =>
        [.. Languages.Select(l => (l, $"/p/{Site.Slug}/{l}{suffix}"))];

    public string T(string key) => PortalText.Get(Lang, key);
}

public sealed record PublicGate(string Name, string Counterpart, GateType Type, string? Location);

public sealed record PublicOpportunity(int Id, InvestmentSector Sector, string Place, decimal? CapitalUsd,
    decimal? AreaHectares, string Contact, string Title, string Description, IReadOnlyList<string> Languages);

/// <summary>The reads of the province's public pages (profile, investors, contact); every one goes through
/// <see cref="PortalSites.EnterAsync"/> first, so the tenancy filters hold for the anonymous visitor.</summary>
public sealed class PublicSiteService(AttacheDb db, PortalSites sites, MapService map) : IFeatureService
{
    /// <summary>The map layers the public sees: places, never records about people or incidents.</summary>
    public const string PublicLayers = "borderGate,partner,twinning";

    public async Task<SitePage?> OpenAsync(string slug, string lang, HttpRequest request, CancellationToken ct)
    {
        if (!PortalLanguages.IsKnown(lang) || await sites.EnterAsync(slug, ct) is not { } site)
        {
            return null;
        }

        var texts = await db.Set<ProvinceProfileText>().AsNoTracking()
            .Where(t => t.Profile!.ProvinceId == site.ProvinceId)
            .Select(t => new { t.Lang, t.Name, t.Tagline, t.About }).ToListAsync(ct);
        var text = texts.FirstOrDefault(t => t.Lang == lang);
        return text is null ? null : new SitePage(site, lang, text.Name, text.Tagline, text.About,
            [.. PortalLanguages.All.Select(l => l.Code).Where(c => texts.Any(t => t.Lang == c))],
            $"{request.Scheme}://{request.Host}");
    }

    public async Task<IReadOnlyList<PublicGate>> GatesAsync(string lang, CancellationToken ct) =>
        (await db.Set<BorderGate>().AsNoTracking().OrderBy(g => g.Type).ThenBy(g => g.Name)
            .Select(g => new
            {
                g.Name, g.CounterpartLatin, g.CounterpartNative, g.CounterpartVietnamese, g.Type,
                g.Location
            })
            .ToListAsync(ct))
        .Select(g => new PublicGate(g.Name,
            lang == "vi" ? g.CounterpartVietnamese ?? g.CounterpartLatin
                : lang is "zh" or "ja" && g.CounterpartNative is not null ? g.CounterpartNative
                : g.CounterpartLatin, g.Type, g.Location))
        .ToList();

    /// <summary>The province's public economic zones with their gates: the Vietnamese name on the Vietnamese page,
    /// the English one elsewhere when there is one. A zone not marked public is never read.</summary>
    public async Task<IReadOnlyList<PublicZone>> ZonesAsync(string lang, CancellationToken ct) =>
        (await db.Set<EconomicZone>().AsNoTracking().Where(z => z.IsPublic)
            .OrderBy(z => z.Kind).ThenBy(z => z.NameVietnamese)
            .Select(z => new
            {
                z.NameVietnamese, z.NameEnglish, z.Kind, z.Description,
                Gates = z.Gates.OrderBy(g => g.BorderGate!.Name).Select(g => g.BorderGate!.Name).ToList(),
            })
            .ToListAsync(ct))
        .Select(z => new PublicZone(lang == "vi" ? z.NameVietnamese : z.NameEnglish ?? z.NameVietnamese, z.Kind,
            z.Gates, z.Description))
        .ToList();

    /// <summary>The public layers' points, without their staff addresses.</summary>
    public async Task<IReadOnlyList<MapFeature>> MapAsync(CancellationToken ct) =>
        [.. (await map.FeaturesAsync(PublicLayers, ct)).Select(f => f with { Url = "" })];

    /// <summary>The published opportunities written in the language, optionally of one sector.</summary>
    public async Task<IReadOnlyList<PublicOpportunity>> OpportunitiesAsync(string lang, InvestmentSector? sector,
        int? id, CancellationToken ct)
    {
        var query = db.Set<InvestmentOpportunity>().AsNoTracking()
            .Where(o => o.Published && o.Texts.Any(t => t.Lang == lang));
        if (sector is { } s)
        {
            query = query.Where(o => o.Sector == s);
        }

        if (id is { } one)
        {
            query = query.Where(o => o.Id == one);
        }

        return await query.OrderBy(o => o.Sector).ThenBy(o => o.Id)
            .Select(o => new PublicOpportunity(o.Id, o.Sector, o.Place, o.CapitalUsd, o.AreaHectares, o.Contact,
                o.Texts.Where(t => t.Lang == lang).Select(t => t.Title).First(),
                o.Texts.Where(t => t.Lang == lang).Select(t => t.Description).First(),
                o.Texts.Select(t => t.Lang).ToList()))
            .ToListAsync(ct);
    }
}
