using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Portal;

public enum CommentStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>A reader's comment under one translation of an article: plain text (no HTML survives), invisible until a
/// moderator approves it; then it shows the name the author chose and its date.</summary>
public sealed class ArticleComment : ProvinceEntity
{
    public const int BodyLength = 2000;

    public int TranslationId { get; set; }
    public ArticleTranslation? Translation { get; set; }
    public required string AuthorName { get; set; }
    public required string Body { get; set; }
    public CommentStatus Status { get; set; }
    public DateTime SubmittedAt { get; set; }
    public DateTime? ModeratedAt { get; set; }
    public string? ModeratedById { get; set; }

    /// <summary>A keyed hash of the sender's address (never the address itself), to see abuse from one place.</summary>
    public string? ClientHash { get; set; }
}

internal sealed class ArticleCommentConfiguration : IEntityTypeConfiguration<ArticleComment>
{
    public void Configure(EntityTypeBuilder<ArticleComment> b)
    {
        b.Property(c => c.AuthorName).HasMaxLength(100);
        b.Property(c => c.Body).HasMaxLength(ArticleComment.BodyLength);
        b.Property(c => c.ModeratedById).HasMaxLength(450);
        b.Property(c => c.ClientHash).HasMaxLength(64);
        b.HasOne(c => c.Translation).WithMany().HasForeignKey(c => c.TranslationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.TranslationId, c.Status, c.SubmittedAt });
        b.HasIndex(c => new { c.ProvinceId, c.Status });
    }
}
