using Attache.Infrastructure;
using Attache.Portal;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Attache.Tests.Portal;

/// <summary>Public-side test data written straight to the database: a province's site (profile in several
/// languages), a category, articles with translations in given stages, comments. Dates are fixed relative to the
/// factory's clock start.</summary>
public static class PortalTestData
{
    public const string Site = "lai-chau";

    /// <summary>One translation to write: its language, stage and title (the slug, summary and body follow from it).</summary>
    public sealed record Translation(string Lang, TranslationStatus Status, string Title, params string[] Tags);

    /// <summary>The site of Lai Châu (VN-01) with its name in de, vi, en, zh, ko and lo; nothing when it exists.</summary>
    public static Task<int> SiteAsync(AttacheFactory app, string code = "VN-01", string slug = Site) =>
        app.WithDbAsync(async db =>
        {
            var provinceId = await db.Provinces.Where(p => p.Code == code).Select(p => p.Id).FirstAsync();
            if (!await db.Set<ProvinceProfile>().AnyAsync(p => p.ProvinceId == provinceId))
            {
                db.Add(new ProvinceProfile
                {
                    ProvinceId = provinceId,
                    Slug = slug,
                    DefaultLang = "vi",
                    Texts =
                    [
                        new() { Lang = "de", Name = "Provinz Lai Châu", Tagline = "Am Oberlauf des Roten Flusses", About = "Grenzprovinz." },
                        new() { Lang = "vi", Name = "Tỉnh Lai Châu", Tagline = "Miền biên viễn Tây Bắc", About = "Tỉnh biên giới." },
                        new() { Lang = "en", Name = "Lai Châu Province", About = "A border province." },
                        new() { Lang = "zh", Name = "莱州省", About = "边境省份。" },
                        new() { Lang = "ko", Name = "라이쩌우성", About = "국경 지방." },
                        new() { Lang = "lo", Name = "ແຂວງລາຍເຈົາ", About = "ແຂວງຊາຍແດນ." },
                    ],
                });
                await db.SaveChangesAsync();
            }

            return provinceId;
        });

    /// <summary>A category of the province named in de, vi and zh.</summary>
    public static Task<int> CategoryAsync(AttacheFactory app, int provinceId, string slug, string german,
        string vietnamese) =>
        app.WithDbAsync(async db =>
        {
            var category = new ArticleCategory
            {
                ProvinceId = provinceId,
                Slug = slug,
                Names =
                [
                    new() { Lang = "de", Name = german },
                    new() { Lang = "vi", Name = vietnamese },
                    new() { Lang = "zh", Name = "地方新闻" },
                ],
            };
            db.Add(category);
            await db.SaveChangesAsync();
            return category.Id;
        });

    /// <summary>An article of the province with the given translations; public ones are dated <paramref name="daysAgo"/>
    /// days before the clock's start.</summary>
    public static Task<int> ArticleAsync(AttacheFactory app, int provinceId, int categoryId, string author,
        int daysAgo, params Translation[] translations) =>
        app.WithDbAsync(async db =>
        {
            var published = AttacheFactory.Start.UtcDateTime.AddDays(-daysAgo);
            var article = new Article
            {
                ProvinceId = provinceId,
                CategoryId = categoryId,
                Author = author,
                AuthorSlug = Slug(author),
                SourceUrl = "https://www.example.org/original",
                Translations = [.. translations.Select(t => new ArticleTranslation
                {
                    Lang = t.Lang,
                    Slug = Slug(t.Title),
                    Title = t.Title,
                    Summary = "Summary: " + t.Title,
                    Body = $"## {t.Title}\n\nThe body of *{t.Title}*.",
                    CoverAlt = null,
                    Status = t.Status,
                    PublishedAt = t.Status is TranslationStatus.Published or TranslationStatus.Withdrawn ? published : null,
                    Tags = [.. t.Tags.Select(g => new ArticleTag { Slug = Slug(g), Label = g })],
                })],
            };
            db.Add(article);
            await db.SaveChangesAsync();
            return article.Id;
        });

    /// <summary>A comment under the article's translation in the language, in the given status.</summary>
    public static Task<int> CommentAsync(AttacheFactory app, int articleId, string lang, string name, string body,
        CommentStatus status) =>
        app.WithDbAsync(async db =>
        {
            var translation = await db.Set<ArticleTranslation>().Include(t => t.Article)
                .FirstAsync(t => t.ArticleId == articleId && t.Lang == lang);
            var comment = new ArticleComment
            {
                ProvinceId = translation.Article!.ProvinceId,
                TranslationId = translation.Id,
                AuthorName = name,
                Body = body,
                Status = status,
                SubmittedAt = AttacheFactory.Start.UtcDateTime.AddHours(-1),
            };
            db.Add(comment);
            await db.SaveChangesAsync();
            return comment.Id;
        });

    /// <summary>Approves every pending comment of the article (as a moderator would) and evicts the site's pages.</summary>
    public static Task ApproveAllAsync(AttacheFactory app, int articleId) =>
        app.WithDbAsync(async (db, services) =>
        {
            var pending = await db.Set<ArticleComment>()
                .Where(c => c.Translation!.ArticleId == articleId && c.Status == CommentStatus.Pending).ToListAsync();
            foreach (var comment in pending)
            {
                comment.Status = CommentStatus.Approved;
                comment.ModeratedAt = AttacheFactory.Start.UtcDateTime;
            }

            await db.SaveChangesAsync();
            var cache = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<PortalCache>(services);
            await cache.EvictAsync(pending.Select(c => c.ProvinceId).FirstOrDefault(), default);
        });

    public static string Slug(string text) => Attache.Portal.Editorial.Slugs.From(text);
}
