using Attache.Accounts;
using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Attache.Portal.Editorial;

/// <summary>The editorial API of the portal (articles, translations and their stages, covers, categories,
/// moderation) and the public cover images.</summary>
public sealed class EditorialEndpoints : IEndpoints
{
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        MapArticles(app);
        MapCategories(app);
        MapComments(app);
        app.MapGet("/p/{province}/media/{documentId:int}/{width:int}", MediaAsync).AllowAnonymous()
            .ExcludeFromDescription().CacheOutput(PortalCache.Policy);
        return app;
    }

    private static void MapArticles(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/portal/articles").WithTags("Portal articles")
            .RequireAuthorization(Policies.Read);
        var write = group.MapGroup("/").RequireAuthorization(Policies.Write);
        group.MapGet("/", (ArticleService articles, [AsParameters] ArticleQuery query, CancellationToken ct) =>
            articles.ListAsync(query, ct))
            .WithName("ListPortalArticles").WithSummary("List portal articles")
            .WithDescription("A page of the province's portal articles, newest change first, with each "
                + "translation's language, title and stage; filtered by text, stage (Draft, InReview, Scheduled, "
                + "Published, Withdrawn), language and category.");
        group.MapGet("/{id:int}", async Task<Results<Ok<ArticleDto>, NotFound>> (ArticleService articles, int id,
            CancellationToken ct) => await articles.GetAsync(id, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound())
            .WithName("GetPortalArticle").WithSummary("Get a portal article")
            .WithDescription("One article with its translations (text, tags, stage, allowed moves); 404 when it is "
                + "not in the province.");
        write.MapPost("/", async Task<Created<ArticleDto>> (ArticleService articles, ArticleInput input,
            CancellationToken ct) =>
        {
            var saved = await articles.SaveAsync(null, input, ct);
            return TypedResults.Created($"/api/portal/articles/{saved.Id}", (await articles.GetAsync(saved.Id, ct))!);
        })
            .WithName("CreatePortalArticle").WithSummary("Create a portal article")
            .WithDescription("Creates the common part of an article (category, author, source link); its "
                + "translations are added with PUT …/translations/{lang}. Editors and leaders. Bad input is a 400 "
                + "problem naming every bad field.");
        write.MapPut("/{id:int}", async Task<Ok<ArticleDto>> (ArticleService articles, int id, ArticleInput input,
            CancellationToken ct) =>
        {
            await articles.SaveAsync(id, input, ct);
            return TypedResults.Ok((await articles.GetAsync(id, ct))!);
        })
            .WithName("UpdatePortalArticle").WithSummary("Update a portal article")
            .WithDescription("Replaces the common part; send the version read last (a stale one is a 409).");
        write.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (ArticleService articles, int id,
            CancellationToken ct) => await articles.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("DeletePortalArticle").WithSummary("Delete a portal article")
            .WithDescription("Removes the article with its translations and comments; a public one leaves the site.");
        write.MapPut("/{id:int}/translations/{lang}", async Task<Ok<ArticleDto>> (ArticleService articles, int id,
            string lang, TranslationInput input, CancellationToken ct) =>
        {
            input.Lang = lang;
            await articles.SaveTranslationAsync(id, input, ct);
            return TypedResults.Ok((await articles.GetAsync(id, ct))!);
        })
            .WithName("SavePortalArticleTranslation").WithSummary("Add or change a translation")
            .WithDescription("Adds the translation in {lang} (vi, en, zh, ko, lo, fr, de, ja; a new one is a Draft) "
                + "or changes its title, summary, Markdown body, cover alt text and comma-separated tags; its slug "
                + "is made from the title (ASCII). Bad input is a 400 problem naming every bad field.");
        write.MapDelete("/{id:int}/translations/{lang}", async Task<Results<NoContent, NotFound>> (
            ArticleService articles, int id, string lang, CancellationToken ct) =>
            await articles.DeleteTranslationAsync(id, lang, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("DeletePortalArticleTranslation").WithSummary("Delete a translation")
            .WithDescription("Removes the article's translation in {lang}; 404 when there is none.");
        write.MapPost("/{id:int}/translations/{lang}/status", async Task<Ok<ArticleDto>> (ArticleService articles,
            int id, string lang, TranslationMove move, CancellationToken ct) =>
        {
            await articles.MoveAsync(id, lang, move, ct);
            return TypedResults.Ok((await articles.GetAsync(id, ct))!);
        })
            .WithName("MovePortalArticleTranslation").WithSummary("Move a translation along its workflow")
            .WithDescription("Draft → InReview → Published (now) or Scheduled (publishAt in Vietnam time, in the "
                + "future); InReview → Draft; Scheduled → Draft or Withdrawn; Published → Withdrawn; Withdrawn → "
                + "Draft. Publishing, scheduling and withdrawing are a leader's (403 otherwise); a move the "
                + "workflow does not allow is a 409.");
        write.MapPost("/{id:int}/cover", async Task<Created<DocumentDto>> (ArticleService articles, int id,
            IFormFile? file, CancellationToken ct) =>
            TypedResults.Created($"/api/portal/articles/{id}/cover", await articles.SetCoverAsync(id, file, ct)))
            .DisableAntiforgery()
            .WithName("UploadPortalArticleCover").WithSummary("Upload an article's cover image")
            .WithDescription("Stores the multipart field 'file' (PNG or JPEG, at most 40 million pixels) as the "
                + "article's cover, replacing the previous one; the public gets it in widths of 480, 960 and 1600 "
                + "pixels. Anything else is a 400 naming 'file'.");
        group.MapGet("/{id:int}/cover", async Task<Results<FileContentHttpResult, NotFound>> (ArticleService articles,
            int id, CancellationToken ct) =>
            await articles.CoverAsync(id, CoverImages.Widths[0], ct) is { } jpeg
                ? TypedResults.File(jpeg, "image/jpeg") : TypedResults.NotFound())
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg")
            .WithName("GetPortalArticleCover").WithSummary("See an article's cover")
            .WithDescription("The cover 480 pixels wide (JPEG), public or not; 404 when the article has none.");
    }

    private static void MapCategories(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/portal/categories").WithTags("Portal articles")
            .RequireAuthorization(Policies.Read);
        var write = group.MapGroup("/").RequireAuthorization(Policies.Write);
        group.MapGet("/", (CategoryService categories, CancellationToken ct) => categories.ListAsync(ct))
            .WithName("ListPortalCategories").WithSummary("List article categories")
            .WithDescription("The province's article categories with their names per language and article counts.");
        group.MapGet("/{id:int}", async Task<Results<Ok<CategoryDto>, NotFound>> (CategoryService categories, int id,
            CancellationToken ct) =>
            await categories.GetAsync(id, ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound())
            .WithName("GetPortalCategory").WithSummary("Get an article category")
            .WithDescription("One category; 404 when it is not in the province.");
        write.MapPost("/", async Task<Created<CategoryDto>> (CategoryService categories, CategoryInput input,
            CancellationToken ct) =>
        {
            var saved = await categories.SaveAsync(null, input, ct);
            return TypedResults.Created($"/api/portal/categories/{saved.Id}", (await categories.GetAsync(saved.Id, ct))!);
        })
            .WithName("CreatePortalCategory").WithSummary("Create an article category")
            .WithDescription("A category with its names per language; an empty slug is made from the English (else "
                + "first) name. Bad input is a 400 problem naming the field.");
        write.MapPut("/{id:int}", async Task<Ok<CategoryDto>> (CategoryService categories, int id,
            CategoryInput input, CancellationToken ct) =>
        {
            await categories.SaveAsync(id, input, ct);
            return TypedResults.Ok((await categories.GetAsync(id, ct))!);
        })
            .WithName("UpdatePortalCategory").WithSummary("Update an article category")
            .WithDescription("Replaces the slug and names; send the version read last (a stale one is a 409).");
        write.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (CategoryService categories, int id,
            CancellationToken ct) =>
            await categories.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("DeletePortalCategory").WithSummary("Delete an article category")
            .WithDescription("Removes a category without articles; one that still has articles is a 409.");
    }

    private static void MapComments(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/portal/comments").WithTags("Portal articles")
            .RequireAuthorization(Policies.Write);
        group.MapGet("/", (CommentModeration comments, [AsParameters] CommentQuery query, CancellationToken ct) =>
            comments.ListAsync(query, ct))
            .WithName("ListPortalComments").WithSummary("List readers' comments")
            .WithDescription("The moderation queue: pending comments, oldest first (or the approved or rejected "
                + "ones, last decided first), with their article. Editors and leaders.");
        group.MapPost("/{id:int}/approve", (CommentModeration comments, int id, CancellationToken ct) =>
            DecideAsync(comments, id, CommentStatus.Approved, ct))
            .WithName("ApprovePortalComment").WithSummary("Approve a comment")
            .WithDescription("The comment shows under its article from now on; 409 when it was already decided.");
        group.MapPost("/{id:int}/reject", (CommentModeration comments, int id, CancellationToken ct) =>
            DecideAsync(comments, id, CommentStatus.Rejected, ct))
            .WithName("RejectPortalComment").WithSummary("Reject a comment")
            .WithDescription("The comment is never shown; 409 when it was already decided.");
    }

    private static async Task<Results<NoContent, NotFound>> DecideAsync(CommentModeration comments, int id,
        CommentStatus decision, CancellationToken ct) =>
        await comments.DecideAsync(id, decision, ct) is null ? TypedResults.NotFound() : TypedResults.NoContent();

    /// <summary>A cover at a web width, for the public: only of an article with a public translation, only the
    /// widths offered; a long-lived cache (the address of a new cover is new).</summary>
    private static async Task<IResult> MediaAsync(string province, int documentId, int width, PortalSites sites,
        AttacheDb db, TimeProvider clock, IOptions<DocumentOptions> options, HttpResponse response,
        CancellationToken ct)
    {
        if (!CoverImages.Widths.Contains(width) || await sites.EnterAsync(province, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var shown = await db.Set<Article>().AnyAsync(a => a.CoverDocumentId == documentId
            && a.Translations.AsQueryable().Any(ArticleVisibility.IsPublic(now)), ct);
        if (!shown || await ArticleService.ScaledAsync(db, options.Value, documentId, width, ct) is not { } jpeg)
        {
            return TypedResults.NotFound();
        }

        response.Headers.CacheControl = "public, max-age=604800";
        return TypedResults.File(jpeg, "image/jpeg");
    }
}
