using Attache.Accounts;
using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Attache.Portal.Editorial;

public sealed record ArticleRow(int Id, string Province, int CategoryId, string Category, string Author,
    IReadOnlyList<TranslationStage> Translations, DateTime UpdatedAt);

/// <summary>One translation's language, title and stage, as lists show it.</summary>
public sealed record TranslationStage(string Lang, string Title, TranslationStatus Status, DateTime? PublishAt,
    DateTime? PublishedAt);

public sealed record TranslationDto(int Id, string Lang, string Slug, string Title, string Summary, string Body,
    string? CoverAlt, IReadOnlyList<string> Tags, IReadOnlyList<string> TagSlugs, TranslationStatus Status,
    DateTime? PublishAt, DateTime? PublishedAt, IReadOnlyList<TranslationStatus> AllowedStatuses, int Version);

public sealed record ArticleDto(int Id, string Province, int CategoryId, string Category, string Author,
    string AuthorSlug, string? SourceUrl, int? CoverDocumentId, IReadOnlyList<TranslationDto> Translations,
    DateTime CreatedAt, DateTime UpdatedAt, int Version);

public sealed class ArticleQuery : PageRequest
{
    /// <summary>Words of a title, summary or author.</summary>
    public string? Search { get; set; }

    /// <summary>Articles with a translation at this stage (in <see cref="Lang"/> when it is given).</summary>
    public TranslationStatus? Status { get; set; }

    /// <summary>Articles with a translation in this language.</summary>
    public string? Lang { get; set; }

    public int? CategoryId { get; set; }
}

/// <summary>The editorial side of the portal's articles: the common part, the translations, their stages and the
/// cover. Editors and leaders write (the routes and pages need <see cref="Policies.Write"/>); publishing, scheduling
/// and withdrawing are a leader's decisions (<see cref="Policies.Approve"/>). Every change that touches what the
/// public sees evicts the site's cached pages.</summary>
public sealed class ArticleService(AttacheDb db, CurrentUser user, PortalCache cache, TimeProvider clock,
    IOptions<DocumentOptions> documents) : IFeatureService
{
    public const string Owner = "article";

    public async Task<Paged<ArticleRow>> ListAsync(ArticleQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        if (q.Lang is not null && !PortalLanguages.IsKnown(q.Lang))
        {
            throw InputValidation.Error("lang", TranslationInput.UnknownLanguage);
        }

        var query = db.Set<Article>().AsNoTracking();
        if (TextSearch.Fold(q.Search) is { Length: > 0 } term)
        {
            query = query.Where(a => a.SearchText.Contains(term));
        }

        if (q.CategoryId is { } category)
        {
            query = query.Where(a => a.CategoryId == category);
        }

        if (q.Lang is { } lang)
        {
            query = q.Status is { } s
                ? query.Where(a => a.Translations.Any(t => t.Lang == lang && t.Status == s))
                : query.Where(a => a.Translations.Any(t => t.Lang == lang));
        }
        else if (q.Status is { } status)
        {
            query = query.Where(a => a.Translations.Any(t => t.Status == status));
        }

        var page = await query.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Select(a => new
            {
                a.Id, Province = a.Province!.Code, a.CategoryId, Category = a.Category!.Slug, a.Author, a.UpdatedAt,
                Names = a.Category.Names.Select(n => new { n.Lang, n.Name }).ToList(),
                Translations = a.Translations.OrderBy(t => t.Lang)
                    .Select(t => new TranslationStage(t.Lang, t.Title, t.Status, t.PublishAt, t.PublishedAt)).ToList(),
            }).ToPageAsync(q, ct);
        return new Paged<ArticleRow>([.. page.Items.Select(a => new ArticleRow(a.Id, a.Province, a.CategoryId,
            CategoryService.NameIn(a.Names.Select(n => (n.Lang, n.Name)), a.Category), a.Author, a.Translations,
            a.UpdatedAt))], page.Total, page.Page, page.PageSize);
    }

    public async Task<ArticleDto?> GetAsync(int id, CancellationToken ct)
    {
        var a = await db.Set<Article>().AsNoTracking().Include(x => x.Province).Include(x => x.Category!.Names)
            .Include(x => x.Translations).ThenInclude(t => t.Tags).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return null;
        }

        return new ArticleDto(a.Id, a.Province!.Code, a.CategoryId,
            CategoryService.NameIn(a.Category!.Names.Select(n => (n.Lang, n.Name)), a.Category.Slug), a.Author,
            a.AuthorSlug, a.SourceUrl, a.CoverDocumentId,
            [.. a.Translations.OrderBy(t => t.Lang).Select(t => new TranslationDto(t.Id, t.Lang, t.Slug, t.Title,
                t.Summary, t.Body, t.CoverAlt, [.. t.Tags.OrderBy(g => g.Id).Select(g => g.Label)],
                [.. t.Tags.OrderBy(g => g.Id).Select(g => g.Slug)], t.Status, t.PublishAt, t.PublishedAt,
                ArticleWorkflow.Lifecycle.Allowed(t.Status), t.Version))],
            a.CreatedAt, a.UpdatedAt, a.Version);
    }

    public async Task<ArticleInput?> GetInputAsync(int id, CancellationToken ct) =>
        await db.Set<Article>().AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ArticleInput
            {
                CategoryId = a.CategoryId, Author = a.Author, SourceUrl = a.SourceUrl, Version = a.Version,
            }).FirstOrDefaultAsync(ct);

    /// <summary>Creates (id null) or updates the common part; the category must be one of the province's.</summary>
    public async Task<Article> SaveAsync(int? id, ArticleInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        Article article;
        if (id is null)
        {
            article = new Article { Author = "", AuthorSlug = "" };
            db.Add(article);
        }
        else
        {
            article = await db.Set<Article>().Include(a => a.Translations)
                .FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw NotFound(id.Value);
            db.CheckVersion(article, input.Version);
        }

        if (!await db.Set<ArticleCategory>().AnyAsync(c => c.Id == input.CategoryId, ct))
        {
            throw InputValidation.Error("categoryId", $"There is no category {input.CategoryId} in this province.");
        }

        var publicBefore = article.Translations.Any(IsPublicNow);
        article.CategoryId = input.CategoryId!.Value;
        article.Author = input.Author!.Trim();
        article.AuthorSlug = Slugs.From(article.Author, "author");
        article.SourceUrl = string.IsNullOrWhiteSpace(input.SourceUrl) ? null : input.SourceUrl.Trim();
        article.SearchText = TextSearch.Build(article.SearchTerms());
        await db.SaveChangesAsync(ct);
        if (publicBefore)
        {
            await cache.EvictAsync(article.ProvinceId, ct);
        }

        return article;
    }

    /// <summary>Adds the translation of its language or changes it; a public translation stays public with its new
    /// text (and the site's cache is evicted).</summary>
    public async Task<ArticleTranslation> SaveTranslationAsync(int id, TranslationInput input, CancellationToken ct)
    {
        InputValidation.Check(input);
        var article = await db.Set<Article>().Include(a => a.Translations).ThenInclude(t => t.Tags)
            .FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw NotFound(id);
        var translation = article.Translations.FirstOrDefault(t => t.Lang == input.Lang);
        if (translation is null)
        {
            translation = new ArticleTranslation
            {
                Lang = input.Lang!, Slug = "", Title = "", Summary = "", Body = "", Status = TranslationStatus.Draft,
            };
            article.Translations.Add(translation);
        }
        else if (input.Version is { } version && version != translation.Version)
        {
            db.CheckVersion(translation, version);
        }

        translation.Title = input.Title!.Trim();
        translation.Slug = Slugs.From(translation.Title);
        translation.Summary = input.Summary!.Trim();
        translation.Body = input.Body!.Trim();
        translation.CoverAlt = string.IsNullOrWhiteSpace(input.CoverAlt) ? null : input.CoverAlt.Trim();
        SyncTags(translation, input.TagList());
        article.SearchText = TextSearch.Build(article.SearchTerms());
        article.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        if (IsPublicNow(translation))
        {
            await cache.EvictAsync(article.ProvinceId, ct);
        }

        return translation;
    }

    private static void SyncTags(ArticleTranslation translation, IReadOnlyList<string> labels)
    {
        var wanted = labels.Select(l => (Label: l, Slug: Slugs.From(l, "tag")))
            .DistinctBy(t => t.Slug).ToList();
        foreach (var gone in translation.Tags.Where(g => !wanted.Any(w => w.Slug == g.Slug)).ToList())
        {
            translation.Tags.Remove(gone);
        }

        foreach (var (label, slug) in wanted)
        {
            if (translation.Tags.FirstOrDefault(g => g.Slug == slug) is { } kept)
            {
                kept.Label = label;
            }
            else
            {
                translation.Tags.Add(new ArticleTag { Slug = slug, Label = label });
            }
        }
    }

    /// <summary>Moves one translation along <see cref="ArticleWorkflow.Lifecycle"/>: 409 for a move the table does
    /// not allow, 403 when a non-leader publishes, schedules or withdraws; scheduling needs a future moment (Vietnam
    /// time). Publication stamps the moment and the leader; the site's cache is evicted.</summary>
    public async Task<ArticleTranslation> MoveAsync(int id, string lang, TranslationMove move, CancellationToken ct)
    {
        InputValidation.Check(move);
        var article = await db.Set<Article>().Include(a => a.Translations)
            .FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw NotFound(id);
        var translation = article.Translations.FirstOrDefault(t => t.Lang == lang)
            ?? throw new ProblemException(StatusCodes.Status404NotFound, "Not found",
                $"Article {id} has no translation in '{lang}'.");
        if (move.Version is { } version)
        {
            db.CheckVersion(translation, version);
        }

        var to = move.To!.Value;
        ArticleWorkflow.Lifecycle.Check(translation.Status, to, await user.MayApproveAsync());
        var now = clock.GetUtcNow().UtcDateTime;
        translation.PublishAt = null;
        if (to == TranslationStatus.Scheduled)
        {
            if (move.PublishAt is not { } local)
            {
                throw InputValidation.Error("publishAt", TranslationMove.PublishAtRequired);
            }

            var at = VietnamClock.FromVietnam(local);
            if (at <= now)
            {
                throw InputValidation.Error("publishAt", TranslationMove.PublishAtPast);
            }

            translation.PublishAt = at;
        }

        if (to == TranslationStatus.Published)
        {
            translation.PublishedAt = now;
            translation.PublishedById = user.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        }

        translation.Status = to;
        article.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await cache.EvictAsync(article.ProvinceId, ct);
        return translation;
    }

    public async Task<bool> DeleteTranslationAsync(int id, string lang, CancellationToken ct)
    {
        var translation = await db.Set<ArticleTranslation>().Include(t => t.Article)
            .FirstOrDefaultAsync(t => t.ArticleId == id && t.Lang == lang, ct);
        if (translation is null)
        {
            return false;
        }

        var wasPublic = IsPublicNow(translation);
        db.Remove(translation);
        await db.SaveChangesAsync(ct);
        if (wasPublic)
        {
            await cache.EvictAsync(translation.Article!.ProvinceId, ct);
        }

        return true;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct)
    {
        var article = await db.Set<Article>().Include(a => a.Translations).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null)
        {
            return false;
        }

        var wasPublic = article.Translations.Any(IsPublicNow);
        db.Remove(article);
        await db.SaveChangesAsync(ct);
        if (wasPublic)
        {
            await cache.EvictAsync(article.ProvinceId, ct);
        }

        return true;
    }

    /// <summary>Stores an uploaded PNG or JPEG as the article's cover (a document of the article, kept at its
    /// original size; the web sizes are made from it); anything else is a 400 naming "file". The previous cover is
    /// removed.</summary>
    public async Task<DocumentDto> SetCoverAsync(int id, IFormFile? file, CancellationToken ct)
    {
        var article = await db.Set<Article>().Include(a => a.Translations)
            .FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw NotFound(id);
        if (file is { Length: > 0 } && file.Length <= documents.Value.MaxBytes)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            switch (CoverImages.Check(buffer.ToArray()))
            {
                case CoverImages.Refusal.NotAnImage:
                    throw InputValidation.Error("file", NotAnImage);
                case CoverImages.Refusal.TooLarge:
                    throw InputValidation.Error("file", TooManyPixels);
            }
        }

        var previous = article.CoverDocumentId;
        var stored = await DocumentEndpoints.UploadAsync(db, documents.Value, Owner, id, file, DocumentKind.Photo,
            null, ct);
        article.CoverDocumentId = stored.Id;
        await db.SaveChangesAsync(ct);
        if (previous is { } old)
        {
            await DocumentEndpoints.DeleteAsync(db, Owner, id, old, ct);
        }

        if (article.Translations.Any(IsPublicNow))
        {
            await cache.EvictAsync(article.ProvinceId, ct);
        }

        return stored;
    }

    public const string NotAnImage = "The cover must be a PNG or JPEG image.";
    public const string TooManyPixels = "The image has more than 40 million pixels; make it smaller first.";

    /// <summary>The cover scaled to a web width (JPEG), for staff; null when the article has no cover.</summary>
    public async Task<byte[]?> CoverAsync(int id, int width, CancellationToken ct)
    {
        var documentId = await db.Set<Article>().Where(a => a.Id == id).Select(a => a.CoverDocumentId)
            .FirstOrDefaultAsync(ct);
        return documentId is { } d ? await ScaledAsync(db, documents.Value, d, width, ct) : null;
    }

    /// <summary>A stored image of the articles scaled to a web width.</summary>
    internal static async Task<byte[]?> ScaledAsync(AttacheDb db, DocumentOptions options, int documentId, int width,
        CancellationToken ct) =>
        await OriginalAsync(db, options, documentId, ct) is { } bytes ? CoverImages.Resize(bytes, width) : null;

    /// <summary>The bytes of a stored image of the articles as it was uploaded, or null.</summary>
    internal static async Task<byte[]?> OriginalAsync(AttacheDb db, DocumentOptions options, int documentId,
        CancellationToken ct)
    {
        var doc = await db.Set<StoredDocument>().AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == documentId && d.OwnerEntity == Owner, ct);
        if (doc is null)
        {
            return null;
        }

        return doc.Content ?? await File.ReadAllBytesAsync(Path.Combine(options.Folder!, doc.StoragePath!), ct);
    }

    /// <summary>The article's title as staff lists name it (the Vietnamese one if any), null when not found.</summary>
    public async Task<string?> TitleAsync(int id, CancellationToken ct)
    {
        var titles = await db.Set<ArticleTranslation>().AsNoTracking().Where(t => t.ArticleId == id)
            .Select(t => new { t.Lang, t.Title }).ToListAsync(ct);
        return titles.FirstOrDefault(t => t.Lang == "vi")?.Title ?? titles.FirstOrDefault()?.Title
            ?? (await db.Set<Article>().AnyAsync(a => a.Id == id, ct) ? $"#{id}" : null);
    }

    private bool IsPublicNow(ArticleTranslation t) =>
        ArticleVisibility.IsPublic(clock.GetUtcNow().UtcDateTime).Compile()(t);

    internal static ProblemException NotFound(int id) =>
        new(StatusCodes.Status404NotFound, "Not found", $"There is no article {id} in this province.");
}
