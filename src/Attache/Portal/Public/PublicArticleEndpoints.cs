using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Attache.Portal.Public;

/// <summary>The public article side of a site: an article in one language, the listings by category, tag and author,
/// and the comment form's POST (not cached, rate limited, no antiforgery: no cookie is ever set for the public). Every GET is served from the output cache (<see cref="PortalCache"/>).</summary>
public sealed class PublicArticleEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("/p/{province}/{lang}").AllowAnonymous().ExcludeFromDescription();
        var cached = site.MapGroup("").CacheOutput(PortalCache.Policy);
        cached.MapGet("/articles/{id:int}/{slug?}", ArticleAsync);
        cached.MapGet("/category/{slug}", CategoryAsync);
        cached.MapGet("/tag/{slug}", TagAsync);
        cached.MapGet("/author/{slug}", AuthorAsync);
        site.MapPost("/articles/{id:int}/comments", CommentAsync).DisableAntiforgery()
            .RequireRateLimiting(PortalVisitors.PostPolicy);
        return app;
    }

    /// <summary>A site and a language the site speaks (its profile is written in it), or null: the request's tenant
    /// is narrowed to the site's province.</summary>
    internal static async Task<PublicContext?> EnterAsync(string province, string lang, PortalSites sites,
        PublicArticles articles, HttpRequest request, CancellationToken ct)
    {
        if (!PortalLanguages.IsKnown(lang) || await sites.EnterAsync(province, ct) is not { } site)
        {
            return null;
        }

        var names = await articles.SiteNamesAsync(site, ct);
        return names.FirstOrDefault(n => n.Lang == lang) is { } name
            ? new PublicContext(site, lang, name.Name, $"{request.Scheme}://{request.Host}", names)
            : null;
    }

    private static async Task<IResult> ArticleAsync(string province, string lang, int id, string? slug,
        PortalSites sites, PublicArticles articles, HttpRequest request, CancellationToken ct)
    {
        if (await EnterAsync(province, lang, sites, articles, request, ct) is not { } context)
        {
            return TypedResults.NotFound();
        }

        if (await articles.ArticleAsync(context.Site, lang, id, ct) is not { } article)
        {
            return await articles.StateAsync(context.Site, lang, id, ct) == ArticleState.Gone
                ? TypedResults.StatusCode(StatusCodes.Status410Gone)
                : TypedResults.NotFound();
        }

        if (slug != article.Card.Slug)
        {
            return TypedResults.Redirect(article.Card.Path(context.Site.Slug), permanent: true);
        }

        return new RazorComponentResult<PortalArticle>(new Dictionary<string, object?>
        {
            [nameof(PortalArticle.Context)] = context,
            [nameof(PortalArticle.Article)] = article,
            [nameof(PortalArticle.Notice)] = request.Query["comment"].ToString(),
        });
    }

    private static async Task<IResult> CategoryAsync(string province, string lang, string slug, int? page,
        PortalSites sites, PublicArticles articles, HttpRequest request, CancellationToken ct)
    {
        if (await EnterAsync(province, lang, sites, articles, request, ct) is not { } context
            || await articles.CategoryNameAsync(context.Site, lang, slug, ct) is not { } name)
        {
            return TypedResults.NotFound();
        }

        var listing = Listing.Category(slug);
        return await ListingAsync(context, name, listing, page, articles, ct,
            listing.Path(context.Site.Slug, lang) + "/feed.atom");
    }

    private static async Task<IResult> TagAsync(string province, string lang, string slug, int? page,
        PortalSites sites, PublicArticles articles, HttpRequest request, CancellationToken ct)
    {
        if (await EnterAsync(province, lang, sites, articles, request, ct) is not { } context
            || await articles.TagLabelAsync(context.Site, lang, slug, ct) is not { } label)
        {
            return TypedResults.NotFound();
        }

        return await ListingAsync(context, PortalText.Format(lang, "Articles tagged {0}", label), Listing.Tag(slug),
            page, articles, ct);
    }

    private static async Task<IResult> AuthorAsync(string province, string lang, string slug, int? page,
        PortalSites sites, PublicArticles articles, HttpRequest request, CancellationToken ct)
    {
        if (await EnterAsync(province, lang, sites, articles, request, ct) is not { } context
            || await articles.AuthorNameAsync(context.Site, lang, slug, ct) is not { } author)
        {
            return TypedResults.NotFound();
        }

        return await ListingAsync(context, PortalText.Format(lang, "Articles by {0}", author), Listing.Author(slug),
            page, articles, ct);
    }

    /// <summary>A listing's page; its language switcher offers the languages the site speaks in which the listing
    /// has public articles.</summary>
    private static async Task<IResult> ListingAsync(PublicContext context, string title, Listing listing, int? page,
        PublicArticles articles, CancellationToken ct, string? feed = null)
    {
        var languages = await articles.ListingLanguagesAsync(context.Site, listing, ct);
        var alternates = context.Names.Where(n => n.Lang == context.Lang || languages.Contains(n.Lang))
            .Select(n => (n.Lang, listing.Path(context.Site.Slug, n.Lang))).ToList();
        return new RazorComponentResult<PortalListing>(new Dictionary<string, object?>
        {
            [nameof(PortalListing.Context)] = context,
            [nameof(PortalListing.Heading)] = title,
            [nameof(PortalListing.Path)] = listing.Path(context.Site.Slug, context.Lang),
            [nameof(PortalListing.Articles)] = await articles.ListingAsync(context.Site, context.Lang, listing,
                page ?? 1, ct),
            [nameof(PortalListing.FeedPath)] = feed,
            [nameof(PortalListing.Alternates)] = alternates,
        });
    }

    /// <summary>A reader's comment (Post/Redirect/Get): back to the article with a notice, the page itself unchanged
    /// (a pending comment is not shown, so nothing is evicted from the cache).</summary>
    private static async Task<IResult> CommentAsync(string province, string lang, int id,
        [FromForm(Name = "name")] string? name, [FromForm(Name = "comment")] string? comment,
        [FromForm(Name = "website")] string? website, PortalSites sites, PublicArticles articles,
        PublicComments comments, HttpContext http, CancellationToken ct)
    {
        if (!PortalLanguages.IsKnown(lang) || await sites.EnterAsync(province, ct) is not { } site
            || await articles.TranslationAsync(site, lang, id, ct) is not { } translation)
        {
            return TypedResults.NotFound();
        }

        var outcome = await comments.SubmitAsync(translation.Id, name, comment, website,
            PortalVisitors.ClientHash(http), ct);
        var notice = outcome == CommentOutcome.Invalid ? "invalid" : "pending";
        return TypedResults.Redirect($"/p/{site.Slug}/{lang}/articles/{id}/{Uri.EscapeDataString(translation.Slug)}?comment={notice}#comment-form");
    }
}

/// <summary>What every public page of the article side knows: the site, the language, the site's name in it, the
/// scheme and host for absolute addresses, and the languages the site speaks.</summary>
public sealed record PublicContext(PortalSite Site, string Lang, string SiteName, string BaseUrl,
    IReadOnlyList<SiteName> Names);

public sealed record SiteName(string Lang, string Name);
