using Attache.Accounts;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Portal.Editorial;

public sealed record CommentRow(int Id, int ArticleId, string Lang, string ArticleTitle, string AuthorName,
    string Body, CommentStatus Status, DateTime SubmittedAt, DateTime? ModeratedAt, int Version);

public sealed class CommentQuery : PageRequest
{
    /// <summary>Pending (the default: the moderation queue), Approved or Rejected.</summary>
    public CommentStatus? Status { get; set; }
}

/// <summary>The moderation of readers' comments: the queue of pending ones (oldest first) and the decision of an
/// editor or leader. An approved comment becomes visible under its article, so the site's cache is evicted.</summary>
public sealed class CommentModeration(AttacheDb db, CurrentUser user, PortalCache cache, TimeProvider clock)
    : IFeatureService
{
    public const string AlreadyModerated = "This comment is already {0}.";

    public Task<Paged<CommentRow>> ListAsync(CommentQuery q, CancellationToken ct)
    {
        InputValidation.Check(q);
        var status = q.Status ?? CommentStatus.Pending;
        var query = db.Set<ArticleComment>().AsNoTracking().Where(c => c.Status == status);
        query = status == CommentStatus.Pending
            ? query.OrderBy(c => c.SubmittedAt).ThenBy(c => c.Id)
            : query.OrderByDescending(c => c.ModeratedAt).ThenByDescending(c => c.Id);
        return query.Select(c => new CommentRow(c.Id, c.Translation!.ArticleId, c.Translation.Lang,
            c.Translation.Title, c.AuthorName, c.Body, c.Status, c.SubmittedAt, c.ModeratedAt, c.Version))
            .ToPageAsync(q, ct);
    }

    /// <summary>Approves or rejects a pending comment (409 when it was already decided); null when there is no such
    /// comment in the province.</summary>
    public async Task<ArticleComment?> DecideAsync(int id, CommentStatus decision, CancellationToken ct)
    {
        var comment = await db.Set<ArticleComment>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (comment is null)
        {
            return null;
        }

        if (comment.Status != CommentStatus.Pending)
        {
            throw ProblemException.Refusal(StatusCodes.Status409Conflict, AlreadyModerated, comment.Status);
        }

        comment.Status = decision;
        comment.ModeratedAt = clock.GetUtcNow().UtcDateTime;
        comment.ModeratedById = user.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        await db.SaveChangesAsync(ct);
        if (decision == CommentStatus.Approved)
        {
            await cache.EvictAsync(comment.ProvinceId, ct);
        }

        return comment;
    }
}
