using System.Globalization;
using System.Linq.Expressions;
using Attache.Documents;
using Attache.Infrastructure;
using Attache.Portal.Editorial;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Attache.Portal.Public;

/// <summary>An article as a listing, a feed or a "same category" box shows it (one translation).</summary>
public sealed record ArticleCard(int Id, string Lang, string Slug, string Title, string Summary, DateTime PublishedAt,
    string Author, string AuthorSlug, string CategorySlug, string? CategoryName)
{
    /// <summary>The article's address; a slug in another script (Chinese, Korean, Lao) goes percent-encoded, as
    /// HTTP headers (a redirect's Location) and sitemaps require.</summary>
    public string Path(string site) => $"/p/{site}/{Lang}/articles/{Id}/{Uri.EscapeDataString(Slug)}";
}

/// <summary>One page of a listing: its articles, which page it is and how many there are.</summary>
public sealed record ArticlePage(IReadOnlyList<ArticleCard> Items, int Page, int Pages);

/// <summary>What a listing gathers: the articles of a category, of a tag or of an author, by its slug; its address
/// under a site and a language is <c>/p/{site}/{lang}/{Segment}/{slug}</c>.</summary>
public sealed record Listing(string Segment, string Slug, Expression<Func<ArticleTranslation, bool>> Filter)
{
    public static Listing Category(string slug) => new("category", slug, t => t.Article!.Category!.Slug == slug);

    public static Listing Tag(string slug) => new("tag", slug, t => t.Tags.Any(g => g.Slug == slug));

    public static Listing Author(string slug) => new("author", slug, t => t.Article!.AuthorSlug == slug);

    public string Path(string site, string lang) => $"/p/{site}/{lang}/{Segment}/{Uri.EscapeDataString(Slug)}";
}

/// <summary>The tag of a translation as its page shows it.</summary>
public sealed record TagLink(string Slug, string Label);

public sealed record TranslationKey(int Id, string Slug);

/// <summary>An approved comment: the name its author chose, the date and the plain text.</summary>
public sealed record PublicComment(string AuthorName, DateTime SubmittedAt, string Body);

/// <summary>Everything the article page shows of one public translation.</summary>
public sealed record ArticleView(ArticleCard Card, string Body, string? SourceUrl, int? CoverDocumentId,
    string? CoverAlt, IReadOnlyList<TagLink> Tags, IReadOnlyList<(string Lang, string Slug)> Languages,
    IReadOnlyList<ArticleCard> SameCategory, IReadOnlyList<ArticleCard> SameAuthor,
    IReadOnlyList<PublicComment> Comments)
{
    /// <summary>The cover's width and height in pixels as uploaded (null without a cover): the page states them, so
    /// nothing moves while it loads, and offers the web sizes the image has.</summary>
    public (int Width, int Height)? CoverSize { get; init; }
}

/// <summary>What the public may know of an article in one language: there (public), gone (withdrawn: 410) or
/// never public (404).</summary>
public enum ArticleState
{
    Missing,
    Gone,
    Public,
}

/// <summary>Every read of the public article side (pages, feeds, sitemap): only translations that
/// <see cref="ArticleVisibility.IsPublic"/> admits at the clock's instant, only the entered site's province.</summary>
public sealed class PublicArticles(AttacheDb db, TimeProvider clock, IOptions<DocumentOptions> documents)
    : IFeatureService
{
    public const int PageSize = 10;
    public const int Related = 5;


    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The public translations of the site in one language.</summary>
    private IQueryable<ArticleTranslation> Public(PortalSite site, string lang) =>
        PublicAll(site).Where(t => t.Lang == lang);

    private IQueryable<ArticleTranslation> PublicAll(PortalSite site) =>
        db.Set<ArticleTranslation>().AsNoTracking().Where(ArticleVisibility.IsPublic(Now))
            .Where(t => t.Article!.ProvinceId == site.ProvinceId);

    private static Expression<Func<ArticleTranslation, ArticleCard>> Card(string lang) =>
        t => new ArticleCard(t.ArticleId, t.Lang, t.Slug, t.Title, t.Summary, (t.PublishedAt ?? t.PublishAt)!.Value,
            t.Article!.Author, t.Article.AuthorSlug, t.Article.Category!.Slug,
            t.Article.Category.Names.Where(n => n.Lang == lang).Select(n => n.Name).FirstOrDefault());

    private static IQueryable<ArticleTranslation> Latest(IQueryable<ArticleTranslation> query) =>
        query.OrderByDescending(t => t.PublishedAt ?? t.PublishAt).ThenByDescending(t => t.Id);

    private static async Task<ArticlePage> PageAsync(IQueryable<ArticleTranslation> query, string lang, int page,
        CancellationToken ct)
    {
        var count = await query.CountAsync(ct);
        var pages = Math.Max(1, (count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var items = await Latest(query).Skip((page - 1) * PageSize).Take(PageSize).Select(Card(lang)).ToListAsync(ct);
        return new ArticlePage(items, page, pages);
    }

    /// <summary>The latest public articles of the site in a language (its front page).</summary>
    public Task<ArticlePage> LatestAsync(PortalSite site, string lang, int page, CancellationToken ct) =>
        PageAsync(Public(site, lang), lang, page, ct);

    /// <summary>One page of a listing (a category, a tag or an author) in a language.</summary>
    public Task<ArticlePage> ListingAsync(PortalSite site, string lang, Listing listing, int page,
        CancellationToken ct) =>
        PageAsync(Public(site, lang).Where(listing.Filter), lang, page, ct);

    /// <summary>The languages a listing has public articles in: its language switcher offers only those.</summary>
    public async Task<IReadOnlyList<string>> ListingLanguagesAsync(PortalSite site, Listing listing,
        CancellationToken ct) =>
        await PublicAll(site).Where(listing.Filter).Select(t => t.Lang).Distinct().ToListAsync(ct);

    /// <summary>The category's name in the language (its slug when it has none there); null when the site has no
    /// such category.</summary>
    public async Task<string?> CategoryNameAsync(PortalSite site, string lang, string slug, CancellationToken ct) =>
        await db.Set<ArticleCategory>().AsNoTracking().Where(c => c.ProvinceId == site.ProvinceId && c.Slug == slug)
            .Select(c => c.Names.Where(n => n.Lang == lang).Select(n => n.Name).FirstOrDefault() ?? c.Slug)
            .FirstOrDefaultAsync(ct);

    /// <summary>The label of a tag used by a public article in the language, or null.</summary>
    public Task<string?> TagLabelAsync(PortalSite site, string lang, string slug, CancellationToken ct) =>
        Public(site, lang).SelectMany(t => t.Tags).Where(g => g.Slug == slug).Select(g => g.Label)
            .FirstOrDefaultAsync(ct);

    /// <summary>The byline of an author with a public article in the language, or null.</summary>
    public Task<string?> AuthorNameAsync(PortalSite site, string lang, string slug, CancellationToken ct) =>
        Public(site, lang).Where(t => t.Article!.AuthorSlug == slug).Select(t => t.Article!.Author)
            .FirstOrDefaultAsync(ct);

    /// <summary>Whether the article is public in the language, was withdrawn there, or never was public.</summary>
    public async Task<ArticleState> StateAsync(PortalSite site, string lang, int id, CancellationToken ct)
    {
        if (await Public(site, lang).AnyAsync(t => t.ArticleId == id, ct))
        {
            return ArticleState.Public;
        }

        var withdrawn = await db.Set<ArticleTranslation>().AnyAsync(t => t.ArticleId == id && t.Lang == lang
            && t.Article!.ProvinceId == site.ProvinceId && t.Status == TranslationStatus.Withdrawn, ct);
        return withdrawn ? ArticleState.Gone : ArticleState.Missing;
    }

    /// <summary>The public translation of the article in the language with what surrounds it on its page, or null.</summary>
    public async Task<ArticleView?> ArticleAsync(PortalSite site, string lang, int id, CancellationToken ct)
    {
        var found = await Public(site, lang).Where(t => t.ArticleId == id).Select(t => new
        {
            Card = new ArticleCard(t.ArticleId, t.Lang, t.Slug, t.Title, t.Summary,
                (t.PublishedAt ?? t.PublishAt)!.Value, t.Article!.Author, t.Article.AuthorSlug,
                t.Article.Category!.Slug,
                t.Article.Category.Names.Where(n => n.Lang == lang).Select(n => n.Name).FirstOrDefault()),
            t.Id,
            t.Body,
            t.Article.SourceUrl,
            t.Article.CoverDocumentId,
            t.CoverAlt,
            t.Article.CategoryId,
        }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var tags = await db.Set<ArticleTag>().AsNoTracking().Where(g => g.TranslationId == found.Id)
            .OrderBy(g => g.Label).Select(g => new TagLink(g.Slug, g.Label)).ToListAsync(ct);
        var languages = (await PublicAll(site).Where(t => t.ArticleId == id).Select(t => new { t.Lang, t.Slug })
                .ToListAsync(ct))
            .OrderBy(t => PortalLanguages.All.ToList().FindIndex(l => l.Code == t.Lang))
            .Select(t => (t.Lang, t.Slug)).ToList();
        var others = Public(site, lang).Where(t => t.ArticleId != id);
        var sameCategory = await Latest(others.Where(t => t.Article!.CategoryId == found.CategoryId)).Take(Related)
            .Select(Card(lang)).ToListAsync(ct);
        var sameAuthor = await Latest(others.Where(t => t.Article!.AuthorSlug == found.Card.AuthorSlug)).Take(Related)
            .Select(Card(lang)).ToListAsync(ct);
        var comments = await db.Set<ArticleComment>().AsNoTracking()
            .Where(c => c.TranslationId == found.Id && c.Status == CommentStatus.Approved)
            .OrderBy(c => c.SubmittedAt).Select(c => new PublicComment(c.AuthorName, c.SubmittedAt, c.Body))
            .ToListAsync(ct);
        var cover = found.CoverDocumentId is { } coverId
            ? await ArticleService.OriginalAsync(db, documents.Value, coverId, ct) : null;
        return new ArticleView(found.Card, PortalMarkdown.ToSafeHtml(found.Body), found.SourceUrl,
            found.CoverDocumentId, found.CoverAlt, tags, languages, sameCategory, sameAuthor, comments)
        {
            CoverSize = cover is null ? null : CoverImages.Size(cover),
        };
    }

    /// <summary>The public translation a comment is written under (its id and slug), or null.</summary>
    public Task<TranslationKey?> TranslationAsync(PortalSite site, string lang, int id, CancellationToken ct) =>
        Public(site, lang).Where(t => t.ArticleId == id).Select(t => new TranslationKey(t.Id, t.Slug))
            .FirstOrDefaultAsync(ct);

    /// <summary>The site's name in each language its profile is written in.</summary>
    public async Task<IReadOnlyList<SiteName>> SiteNamesAsync(PortalSite site, CancellationToken ct) =>
        await db.Set<ProvinceProfileText>().AsNoTracking().Where(t => t.Profile!.ProvinceId == site.ProvinceId)
            .Select(t => new SiteName(t.Lang, t.Name)).ToListAsync(ct);

    /// <summary>The newest public articles of the site in a language, for its feeds (optionally of one category).</summary>
    public async Task<IReadOnlyList<ArticleCard>> FeedAsync(PortalSite site, string lang, string? category,
        int count, CancellationToken ct)
    {
        var query = Public(site, lang);
        if (category is not null)
        {
            query = query.Where(t => t.Article!.Category!.Slug == category);
        }

        return await Latest(query).Take(count).Select(Card(lang)).ToListAsync(ct);
    }

    /// <summary>Every public translation of the site, grouped by article (the sitemap: an address per translation,
    /// the others as its alternates).</summary>
    public async Task<IReadOnlyList<IReadOnlyList<ArticleCard>>> AllPublicAsync(PortalSite site, CancellationToken ct)
    {
        var all = await Latest(PublicAll(site)).Select(t => new ArticleCard(t.ArticleId, t.Lang, t.Slug, t.Title,
            t.Summary, (t.PublishedAt ?? t.PublishAt)!.Value, t.Article!.Author, t.Article.AuthorSlug,
            t.Article.Category!.Slug, null)).ToListAsync(ct);
        return [.. all.GroupBy(c => c.Id).Select(g => (IReadOnlyList<ArticleCard>)[.. g])];
    }

    /// <summary>A date as the language writes it, on the calendar of Viet Nam (where the province is).</summary>
    public static string Date(string lang, DateTime utc) =>
        VietnamClock.InVietnam(utc).ToString("D", CultureInfo.GetCultureInfo(PortalLanguages.Get(lang).Culture));
}
