using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Portal.Public;

/// <summary>What machines read of the sites: an Atom feed per site and language and per category, a sitemap per site
/// (each public translation with its other languages as hreflang alternates) and <c>/robots.txt</c> (the sites
/// open, everything else — the staff pages, the API — closed, the sitemaps named). Feeds and sitemaps are cached
/// with the site's pages and evicted with them.</summary>
public sealed class PortalFeeds : IEndpoints
{
    public const int FeedSize = 20;
    public const string AtomType = "application/atom+xml; charset=utf-8";

    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("/p/{province}").AllowAnonymous().ExcludeFromDescription()
            .CacheOutput(PortalCache.Policy);
        site.MapGet("/{lang}/feed.atom", SiteFeedAsync);
        site.MapGet("/{lang}/category/{slug}/feed.atom", CategoryFeedAsync);
        site.MapGet("/sitemap.xml", SitemapAsync);
        app.MapGet("/robots.txt", RobotsAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SiteFeedAsync(string province, string lang, PortalSites sites,
        PublicArticles articles, HttpRequest request, CancellationToken ct)
    {
        if (await PublicArticleEndpoints.EnterAsync(province, lang, sites, articles, request, ct) is not { } context)
        {
            return TypedResults.NotFound();
        }

        var path = $"/p/{context.Site.Slug}/{lang}";
        return Feed(context, context.SiteName, path, path + "/feed.atom",
            await articles.FeedAsync(context.Site, lang, null, FeedSize, ct));
    }

    private static async Task<IResult> CategoryFeedAsync(string province, string lang, string slug,
        PortalSites sites, PublicArticles articles, HttpRequest request, CancellationToken ct)
    {
        if (await PublicArticleEndpoints.EnterAsync(province, lang, sites, articles, request, ct) is not { } context
            || await articles.CategoryNameAsync(context.Site, lang, slug, ct) is not { } name)
        {
            return TypedResults.NotFound();
        }

        var path = Listing.Category(slug).Path(context.Site.Slug, lang);
        return Feed(context, $"{name} · {context.SiteName}", path, path + "/feed.atom",
            await articles.FeedAsync(context.Site, lang, slug, FeedSize, ct));
    }

    private static IResult Feed(PublicContext context, string title, string pagePath, string feedPath,
        IReadOnlyList<ArticleCard> items)
    {
        var site = context.Site.Slug;
        var feed = new SyndicationFeed(title, null, new Uri(context.BaseUrl + pagePath), context.BaseUrl + feedPath,
            items.Count > 0 ? new DateTimeOffset(items[0].PublishedAt, TimeSpan.Zero) : DateTimeOffset.UnixEpoch)
        {
            Language = context.Lang,
        };
        feed.Links.Add(new SyndicationLink(new Uri(context.BaseUrl + feedPath), "self", null, AtomType, 0));
        feed.Items = [.. items.Select(a =>
        {
            var address = context.BaseUrl + a.Path(site);
            var item = new SyndicationItem(a.Title, a.Summary, new Uri(address), address,
                new DateTimeOffset(a.PublishedAt, TimeSpan.Zero))
            {
                PublishDate = new DateTimeOffset(a.PublishedAt, TimeSpan.Zero),
                Summary = new TextSyndicationContent(a.Summary),
                Content = null,
            };
            item.Authors.Add(new SyndicationPerson { Name = a.Author });
            item.Categories.Add(new SyndicationCategory(a.CategorySlug, null, a.CategoryName));
            return item;
        })];
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return TypedResults.Bytes(buffer.ToArray(), AtomType);
    }

    /// <summary>The site's sitemap: its front page in each language, and each public article in each language it
    /// is public in, every address with its alternates (xhtml:link hreflang, itself included, as Google asks).</summary>
    private static async Task<IResult> SitemapAsync(string province, PortalSites sites, PublicArticles articles,
        HttpRequest request, CancellationToken ct)
    {
        if (await sites.EnterAsync(province, ct) is not { } site)
        {
            return TypedResults.NotFound();
        }

        var baseUrl = $"{request.Scheme}://{request.Host}";
        var homes = (await articles.SiteNamesAsync(site, ct)).Select(n => (n.Lang, $"/p/{site.Slug}/{n.Lang}"))
            .ToList();
        var groups = new List<List<(string Lang, string Path)>> { homes };
        groups.AddRange((await articles.AllPublicAsync(site, ct)).Select(g => g.Select(a => (a.Lang, a.Path(site.Slug)))
            .ToList()));
        var urlset = new XElement(Sitemap + "urlset",
            new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml.NamespaceName),
            groups.SelectMany(g => g.Select(page => new XElement(Sitemap + "url",
                new XElement(Sitemap + "loc", baseUrl + page.Path),
                g.Count > 1
                    ? g.Select(alt => new XElement(Xhtml + "link", new XAttribute("rel", "alternate"),
                        new XAttribute("hreflang", alt.Lang), new XAttribute("href", baseUrl + alt.Path)))
                    : null))));
        var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), urlset);
        return TypedResults.Text(xml.Declaration + "\n" + xml.Root, "application/xml", Encoding.UTF8);
    }

    /// <summary>Crawlers may read the public sites (and their style sheet) and nothing else: the staff pages, the API
    /// and the sign-in stay out of search engines. Each site's sitemap is named.</summary>
    private static async Task<IResult> RobotsAsync(AttacheDb db, HttpRequest request, CancellationToken ct)
    {
        var slugs = await db.Set<ProvinceProfile>().IgnoreQueryFilters().AsNoTracking().OrderBy(p => p.Slug)
            .Select(p => p.Slug).ToListAsync(ct);
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Allow: /p/\n")
            .Append("Allow: /portal.css\n")
            .Append("Disallow: /api/\n")
            .Append("Disallow: /portal/\n")
            .Append("Disallow: /\n");
        foreach (var slug in slugs)
        {
            text.Append("Sitemap: ").Append(request.Scheme).Append("://").Append(request.Host).Append("/p/")
                .Append(slug).Append("/sitemap.xml\n");
        }

        return TypedResults.Text(text.ToString(), "text/plain", Encoding.UTF8);
    }
}
