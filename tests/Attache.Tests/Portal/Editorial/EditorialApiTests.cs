using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Attache.Portal;
using Attache.Portal.Editorial;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Attache.Tests.Portal.Editorial;

/// <summary>The editorial side of the portal against a database: the translation workflow (an editor writes, a
/// leader publishes; the scheduler publishes at the fake clock's moment), categories, validation naming every bad
/// field, cover images resized for the web, and comment moderation.</summary>
public sealed class EditorialApiTests(AttacheFactory app) : IClassFixture<AttacheFactory>
{
    private Task<HttpClient> EditorAsync(string province = "VN-01") =>
        app.ClientForAsync($"editor.{(province == "VN-01" ? "laichau" : "caobang")}@attache.demo");

    private static async Task<int> CategoryAsync(HttpClient editor, string en) =>
        (await (await editor.PostJsonAsync("/api/portal/categories",
            new { names = new[] { new { lang = "en", name = en }, new { lang = "de", name = en + " (de)" } } }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private static async Task<int> ArticleAsync(HttpClient editor, string category)
    {
        var categoryId = await CategoryAsync(editor, category);
        var article = await (await editor.PostJsonAsync("/api/portal/articles",
            new { categoryId, author = "Báo Lai Châu", sourceUrl = "https://baolaichau.vn/a" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("bao-lai-chau", article.GetProperty("authorSlug").GetString());
        return article.GetProperty("id").GetInt32();
    }

    private static async Task<JsonElement> WriteAsync(HttpClient editor, int id, string lang, string title) =>
        await (await editor.PutJsonAsync($"/api/portal/articles/{id}/translations/{lang}", new
        {
            title, summary = "Kurz.", body = "Ein **Text**.", tags = "Außenpolitik, Lai Châu, außenpolitik",
        })).JsonAsync();

    private static Task<HttpResponseMessage> MoveAsync(HttpClient client, int id, string lang, string to,
        DateTime? publishAt = null) =>
        client.PostJsonAsync($"/api/portal/articles/{id}/translations/{lang}/status",
            new { to, publishAt = publishAt?.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) });

    private Task<List<string>> PublicLanguagesAsync(int id) => app.WithDbAsync(db =>
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        return db.Set<ArticleTranslation>().Where(t => t.ArticleId == id).Where(ArticleVisibility.IsPublic(now))
            .Select(t => t.Lang).OrderBy(l => l).ToListAsync();
    });

    private static TranslationStatus Stage(JsonElement article, string lang) =>
        Enum.Parse<TranslationStatus>(article.GetProperty("translations").EnumerateArray()
            .Single(t => t.GetProperty("lang").GetString() == lang).GetProperty("status").GetString()!);

    [Fact]
    public async Task An_editor_writes_and_hands_in_a_leader_publishes_schedules_and_withdraws()
    {
        using var editor = await EditorAsync();
        using var leader = await app.LeaderAsync();
        var id = await ArticleAsync(editor, "Workflow");
        var written = await WriteAsync(editor, id, "de", "Lai Châu: Außenpolitik für Über-Größe");
        var de = written.GetProperty("translations")[0];
        Assert.Equal("lai-chau-aussenpolitik-fuer-ueber-groesse", de.GetProperty("slug").GetString());
        Assert.Equal(["aussenpolitik", "lai-chau"],
            de.GetProperty("tagSlugs").EnumerateArray().Select(t => t.GetString()!).ToArray());
        await WriteAsync(editor, id, "vi", "Đối ngoại Lai Châu");

        // Draft and in review are not public.
        Assert.Empty(await PublicLanguagesAsync(id));
        (await MoveAsync(editor, id, "de", "InReview")).EnsureSuccessStatusCode();
        Assert.Empty(await PublicLanguagesAsync(id));

        // An editor may not publish; a draft cannot jump to published.
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(editor, id, "de", "Published")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await MoveAsync(leader, id, "vi", "Published")).StatusCode);

        var published = await (await MoveAsync(leader, id, "de", "Published")).JsonAsync();
        Assert.Equal(TranslationStatus.Published, Stage(published, "de"));
        Assert.Equal(["de"], await PublicLanguagesAsync(id));

        // Scheduling: in the future (Vietnam time), else 400 naming publishAt.
        (await MoveAsync(editor, id, "vi", "InReview")).EnsureSuccessStatusCode();
        var vietnamNow = app.Clock.GetUtcNow().UtcDateTime.AddHours(7);
        Assert.Equal(["publishAt"],
            await (await MoveAsync(leader, id, "vi", "Scheduled", vietnamNow.AddMinutes(-5))).ProblemFieldsAsync());
        Assert.Equal(["publishAt"], await (await MoveAsync(leader, id, "vi", "Scheduled")).ProblemFieldsAsync());
        var scheduled = await (await MoveAsync(leader, id, "vi", "Scheduled", vietnamNow.AddMinutes(10))).JsonAsync();
        Assert.Equal(TranslationStatus.Scheduled, Stage(scheduled, "vi"));
        Assert.Equal(["de"], await PublicLanguagesAsync(id));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ArticleScheduler>().RunOnceAsync(default));
        }

        app.Clock.Advance(TimeSpan.FromMinutes(11));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ArticleScheduler>().RunOnceAsync(default));
        }

        var after = await (await leader.GetAsync($"/api/portal/articles/{id}")).JsonAsync();
        Assert.Equal(TranslationStatus.Published, Stage(after, "vi"));
        Assert.Equal(["de", "vi"], await PublicLanguagesAsync(id));

        // Withdrawing is a leader's; a withdrawn translation is not public and goes back to draft.
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(editor, id, "de", "Withdrawn")).StatusCode);
        (await MoveAsync(leader, id, "de", "Withdrawn")).EnsureSuccessStatusCode();
        Assert.Equal(["vi"], await PublicLanguagesAsync(id));
        (await MoveAsync(editor, id, "de", "Draft")).EnsureSuccessStatusCode();

        // Each move is in the article's history.
        var history = await app.WithDbAsync(db => db.Set<Attache.Audit.AuditEntry>()
            .CountAsync(e => e.ParentEntity == "article" && e.ParentId == id));
        Assert.True(history >= 6, $"{history} audit entries");

        // Another province does not see it.
        using var stranger = await EditorAsync("VN-04");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/portal/articles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await MoveAsync(stranger, id, "vi", "InReview")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_every_bad_field_named()
    {
        using var editor = await EditorAsync();
        Assert.Equal(["author", "categoryId", "sourceUrl"],
            (await (await editor.PostJsonAsync("/api/portal/articles", new { sourceUrl = "not a link" }))
                .ProblemFieldsAsync()).Order().ToArray());
        var id = await ArticleAsync(editor, "Validation");
        Assert.Equal(["body", "summary", "title"],
            (await (await editor.PutJsonAsync($"/api/portal/articles/{id}/translations/de", new { coverAlt = "x" }))
                .ProblemFieldsAsync()).Order().ToArray());
        Assert.Equal(["lang"], await (await editor.PutJsonAsync($"/api/portal/articles/{id}/translations/xx",
            new { title = "T", summary = "S", body = "B" })).ProblemFieldsAsync());
        Assert.Equal(["names"], await (await editor.PostJsonAsync("/api/portal/categories", new { slug = "x" }))
            .ProblemFieldsAsync());
        Assert.Equal(["categoryId"], await (await editor.PutJsonAsync($"/api/portal/articles/{id}",
            new { categoryId = 999999, author = "A", version = 1 })).ProblemFieldsAsync());
        // An officer reads the articles but does not write them.
        using var officer = await app.OfficerAsync();
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/portal/articles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutJsonAsync($"/api/portal/articles/{id}/translations/de",
            new { title = "T", summary = "S", body = "B" })).StatusCode);
    }

    [Fact]
    public async Task Categories_are_named_per_language_and_keep_their_articles()
    {
        using var editor = await EditorAsync();
        var category = await (await editor.PostJsonAsync("/api/portal/categories", new
        {
            names = new[]
            {
                new { lang = "de", name = "Politisches System" }, new { lang = "vi", name = "Hệ thống chính trị" },
                new { lang = "en", name = "Political system" },
            },
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("political-system", category.GetProperty("slug").GetString());
        Assert.Equal(3, category.GetProperty("names").GetArrayLength());
        var id = category.GetProperty("id").GetInt32();
        Assert.Equal(["slug"], await (await editor.PostJsonAsync("/api/portal/categories",
            new { names = new[] { new { lang = "en", name = "Political system" } } })).ProblemFieldsAsync());

        await (await editor.PostJsonAsync("/api/portal/articles", new { categoryId = id, author = "A" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Conflict, (await editor.DeleteAsync($"/api/portal/categories/{id}")).StatusCode);
        var empty = await CategoryAsync(editor, "Empty one");
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync($"/api/portal/categories/{empty}")).StatusCode);

        using var stranger = await EditorAsync("VN-04");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/portal/categories/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_cover_is_served_to_the_public_at_480_pixels_once_a_translation_is_public()
    {
        var province = await app.ProvinceIdAsync("VN-01");
        await app.WithDbAsync(async (db, _) =>
        {
            if (!await db.Set<ProvinceProfile>().AnyAsync(p => p.Slug == "lai-chau"))
            {
                db.Add(new ProvinceProfile { ProvinceId = province, Slug = "lai-chau" });
                await db.SaveChangesAsync();
            }
        });
        using var editor = await EditorAsync();
        using var leader = await app.LeaderAsync();
        var id = await ArticleAsync(editor, "Covers");
        await WriteAsync(editor, id, "de", "Mit Bild");

        using var notImage = new MultipartFormDataContent
        {
            { new ByteArrayContent("not a picture"u8.ToArray()), "file", "cover.png" },
        };
        Assert.Equal(["file"], await (await editor.PostAsync($"/api/portal/articles/{id}/cover", notImage))
            .ProblemFieldsAsync());

        using var png = new MultipartFormDataContent { { new ByteArrayContent(Png(1200, 800)), "file", "cover.png" } };
        png.First().Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var document = await (await editor.PostAsync($"/api/portal/articles/{id}/cover", png))
            .JsonAsync(HttpStatusCode.Created);
        var documentId = document.GetProperty("id").GetInt32();

        using var anonymous = app.CreateClient();
        var media = $"/p/lai-chau/media/{documentId}/480";
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(media)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/p/lai-chau/media/{documentId}/500")).StatusCode);

        (await MoveAsync(editor, id, "de", "InReview")).EnsureSuccessStatusCode();
        (await MoveAsync(leader, id, "de", "Published")).EnsureSuccessStatusCode();
        var response = await anonymous.GetAsync(media);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.Public);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((480, 320), (bitmap.Width, bitmap.Height));

        // The staff see it too, and a huge image is refused before it is decoded.
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/api/portal/articles/{id}/cover")).StatusCode);
        Assert.Equal(CoverImages.Refusal.TooLarge, CoverImages.Check(Png(8000, 6000)));
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.Orange };
            canvas.DrawCircle(width / 2f, height / 2f, height / 3f, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public async Task A_moderator_approves_or_rejects_pending_comments_once()
    {
        using var editor = await EditorAsync();
        var id = await ArticleAsync(editor, "Comments");
        await WriteAsync(editor, id, "de", "Kommentiert");
        var (approve, reject) = await app.WithDbAsync(async db =>
        {
            var translation = await db.Set<ArticleTranslation>().Include(t => t.Article)
                .SingleAsync(t => t.ArticleId == id);
            ArticleComment Comment(string body) => new()
            {
                ProvinceId = translation.Article!.ProvinceId, TranslationId = translation.Id, AuthorName = "Anna",
                Body = body, SubmittedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            var a = Comment("Schön.");
            var r = Comment("Spam spam.");
            db.AddRange(a, r);
            await db.SaveChangesAsync();
            return (a.Id, r.Id);
        });

        var queue = await (await editor.GetAsync("/api/portal/comments?pageSize=200")).JsonAsync();
        var pending = queue.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(approve, pending);
        Assert.Contains(reject, pending);

        using var officer = await app.OfficerAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync($"/api/portal/comments/{approve}/approve",
            new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostJsonAsync($"/api/portal/comments/{approve}/approve",
            new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostJsonAsync($"/api/portal/comments/{reject}/reject",
            new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await editor.PostJsonAsync($"/api/portal/comments/{approve}/reject",
            new { })).StatusCode);

        var approved = await (await editor.GetAsync("/api/portal/comments?status=Approved&pageSize=200")).JsonAsync();
        Assert.Contains(approved.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetInt32() == approve);
        using var stranger = await EditorAsync("VN-04");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostJsonAsync($"/api/portal/comments/{reject}/approve",
            new { })).StatusCode);
    }
}
