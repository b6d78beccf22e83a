using Attache.Documents;
using Attache.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Attache.Portal;

/// <summary>A section of the province's news ("Politisches System", "Lokal"), named in each language it is used in;
/// its slug is the address part of its listing.</summary>
public sealed class ArticleCategory : ProvinceEntity
{
    public required string Slug { get; set; }
    public List<ArticleCategoryName> Names { get; set; } = [];
}

public sealed class ArticleCategoryName : Entity, IAuditChild
{
    public int CategoryId { get; set; }
    public ArticleCategory? Category { get; set; }
    public required string Lang { get; set; }
    public required string Name { get; set; }

    public (string Entity, int Id) AuditParent => ("articleCategory", CategoryId);
}

/// <summary>A news article of the portal: what is common to its translations (category, author, source, cover
/// image). Each translation has its own text and its own editorial stage; only published translations are public.</summary>
public sealed class Article : ProvinceEntity, ISearchable
{
    public int CategoryId { get; set; }
    public ArticleCategory? Category { get; set; }

    /// <summary>The author as the byline shows it, and its slug (the address part of the author's listing).</summary>
    public required string Author { get; set; }
    public required string AuthorSlug { get; set; }

    /// <summary>Where the article was first published, when it was (the source link).</summary>
    public string? SourceUrl { get; set; }

    /// <summary>The cover image: a stored document of this article (owner "article"), kept at its original size;
    /// the web sizes are derived from it.</summary>
    public int? CoverDocumentId { get; set; }
    public StoredDocument? CoverDocument { get; set; }

    public List<ArticleTranslation> Translations { get; set; } = [];

    public string SearchText { get; set; } = string.Empty;

    public IEnumerable<string?> SearchTerms() =>
        [Author, .. Translations.Select(t => t.Title), .. Translations.Select(t => t.Summary)];
}

/// <summary>The editorial stages of one translation. Draft → in review → published, or scheduled for a moment
/// (Vietnam time) at which it becomes published; a published translation can be withdrawn.</summary>
public enum TranslationStatus
{
    Draft,
    InReview,
    Scheduled,
    Published,
    Withdrawn,
}

/// <summary>An article in one language: its own title, summary, body (Markdown), alt text of the cover, tags and
/// editorial stage. Its changes are in the history of the article.</summary>
public sealed class ArticleTranslation : Entity, IAuditChild
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }

    /// <summary>One of <see cref="PortalLanguages"/>; one translation per language.</summary>
    public required string Lang { get; set; }

    /// <summary>The readable tail of the article's address (<c>/p/lai-chau/de/articles/12/{slug}</c>).</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }
    public required string Summary { get; set; }

    /// <summary>Markdown; rendered with Markdig and sanitised with HtmlSanitizer before it is shown.</summary>
    public required string Body { get; set; }

    public string? CoverAlt { get; set; }

    public TranslationStatus Status { get; set; }

    /// <summary>The moment (UTC) a scheduled translation becomes public.</summary>
    public DateTime? PublishAt { get; set; }

    /// <summary>The moment (UTC) it became public: the article's date for readers.</summary>
    public DateTime? PublishedAt { get; set; }
    public string? PublishedById { get; set; }

    public List<ArticleTag> Tags { get; set; } = [];

    public (string Entity, int Id) AuditParent => ("article", ArticleId);
}

/// <summary>A tag of one translation (tags are words of a language), with its slug for the tag's listing.</summary>
public sealed class ArticleTag : Entity
{
    public int TranslationId { get; set; }
    public ArticleTranslation? Translation { get; set; }
    public required string Slug { get; set; }
    public required string Label { get; set; }
}

internal sealed class ArticleCategoryConfiguration : IEntityTypeConfiguration<ArticleCategory>
{
    public void Configure(EntityTypeBuilder<ArticleCategory> b)
    {
        b.Property(c => c.Slug).HasMaxLength(100);
        b.HasIndex(c => new { c.ProvinceId, c.Slug }).IsUnique();
        b.HasMany(c => c.Names).WithOne(n => n.Category).HasForeignKey(n => n.CategoryId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleCategoryNameConfiguration : IEntityTypeConfiguration<ArticleCategoryName>
{
    public void Configure(EntityTypeBuilder<ArticleCategoryName> b)
    {
        b.Property(n => n.Lang).HasMaxLength(5);
        b.Property(n => n.Name).HasMaxLength(200);
        b.HasIndex(n => new { n.CategoryId, n.Lang }).IsUnique();
    }
}

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> b)
    {
        b.Property(a => a.Author).HasMaxLength(200);
        b.Property(a => a.AuthorSlug).HasMaxLength(100);
        b.Property(a => a.SourceUrl).HasMaxLength(1000);
        b.HasOne(a => a.Category).WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.CoverDocument).WithMany().HasForeignKey(a => a.CoverDocumentId)
            .OnDelete(DeleteBehavior.SetNull);
        b.HasMany(a => a.Translations).WithOne(t => t.Article).HasForeignKey(t => t.ArticleId)
            .OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => new { a.ProvinceId, a.CategoryId });
        b.HasIndex(a => new { a.ProvinceId, a.AuthorSlug });
    }
}

internal sealed class ArticleTranslationConfiguration : IEntityTypeConfiguration<ArticleTranslation>
{
    public void Configure(EntityTypeBuilder<ArticleTranslation> b)
    {
        b.Property(t => t.Lang).HasMaxLength(5);
        b.Property(t => t.Slug).HasMaxLength(200);
        b.Property(t => t.Title).HasMaxLength(300);
        b.Property(t => t.Summary).HasMaxLength(1000);
        b.Property(t => t.Body).HasMaxLength(100000);
        b.Property(t => t.CoverAlt).HasMaxLength(300);
        b.Property(t => t.PublishedById).HasMaxLength(450);
        b.HasIndex(t => new { t.ArticleId, t.Lang }).IsUnique();
        b.HasIndex(t => new { t.Lang, t.Status, t.PublishedAt });
        b.HasIndex(t => new { t.Status, t.PublishAt });
        b.HasMany(t => t.Tags).WithOne(g => g.Translation).HasForeignKey(g => g.TranslationId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleTagConfiguration : IEntityTypeConfiguration<ArticleTag>
{
    public void Configure(EntityTypeBuilder<ArticleTag> b)
    {
        b.Property(g => g.Slug).HasMaxLength(100);
        b.Property(g => g.Label).HasMaxLength(100);
        b.HasIndex(g => new { g.TranslationId, g.Slug }).IsUnique();
        b.HasIndex(g => g.Slug);
    }
}

/// <summary>When a translation is public — the one rule every public read and the scheduler use: published, or
/// scheduled and its moment has come (so a scheduled article is public at its time even before the scheduler ran).</summary>
public static class ArticleVisibility
{
    public static System.Linq.Expressions.Expression<Func<ArticleTranslation, bool>> IsPublic(DateTime nowUtc) =>
        t => t.Status == TranslationStatus.Published
            || (t.Status == TranslationStatus.Scheduled && t.PublishAt != null && t.PublishAt <= nowUtc);
}
