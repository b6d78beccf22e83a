using System.Net;
using System.Security.Cryptography;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Attache.Documents;
using Attache.Portal;
using Attache.Portal.Editorial;
using Attache.Portal.Public;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using static Attache.Tests.Portal.PortalTestData;

namespace Attache.Tests.Portal;

/// <summary>The public article side over HTTP: only public translations reach readers, withdrawn ones are gone
/// (410), comments are plain text and wait for moderation, feeds, sitemap and JSON-LD are what machines expect, and
/// a page asked twice is served from memory without a database query.</summary>
public sealed partial class PublicArticleTests(PortalFactory app) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private int province;
    private int local;

    public async ValueTask InitializeAsync()
    {
        province = await SiteAsync(app);
        local = await app.WithDbAsync(async db => await db.Set<ArticleCategory>().Where(c => c.Slug == "lokal")
            .Select(c => (int?)c.Id).FirstOrDefaultAsync()) ?? await CategoryAsync(app, province, "lokal", "Lokal", "Địa phương");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private HttpClient Client() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static string Path(int id, string lang, string title) => $"/p/{Site}/{lang}/articles/{id}/{Slug(title)}";

    [Fact]
    public async Task A_draft_and_an_in_review_translation_are_not_public_and_the_switcher_offers_only_public_languages()
    {
        var id = await ArticleAsync(app, province, local, "Anna Berger", 2,
            new Translation("de", TranslationStatus.Published, "Sichtbar auf Deutsch"),
            new Translation("vi", TranslationStatus.Draft, "Bản nháp"),
            new Translation("en", TranslationStatus.InReview, "Under review"),
            new Translation("zh", TranslationStatus.Scheduled, "未来的文章"));
        using var client = Client();

        var german = await client.GetAsync(Path(id, "de", "Sichtbar auf Deutsch"));
        Assert.Equal(HttpStatusCode.OK, german.StatusCode);
        var html = await german.Content.ReadAsStringAsync();
        Assert.Contains("hreflang=\"de\"", html);
        Assert.DoesNotContain("hreflang=\"vi\"", html);
        Assert.DoesNotContain("hreflang=\"en\"", html);
        Assert.DoesNotContain("hreflang=\"zh\"", html);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/p/{Site}/vi/articles/{id}/ban-nhap")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/p/{Site}/en/articles/{id}/under-review")).StatusCode);
        // Scheduled without a moment: not public.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/p/{Site}/zh/articles/{id}/article")).StatusCode);
        Assert.DoesNotContain("Bản nháp", await client.GetStringAsync($"/p/{Site}/vi/category/lokal"));
        Assert.DoesNotContain("Under review", await client.GetStringAsync($"/p/{Site}/en/feed.atom"));
        // Another province's site does not show it either.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/p/cao-bang/de/articles/{id}/x")).StatusCode);
    }

    [Fact]
    public async Task A_withdrawn_translation_is_gone_and_an_unknown_article_is_not_found()
    {
        var id = await ArticleAsync(app, province, local, "Anna Berger", 3,
            new Translation("de", TranslationStatus.Withdrawn, "Zurueckgezogen"),
            new Translation("vi", TranslationStatus.Published, "Vẫn còn"));
        using var client = Client();
        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync(Path(id, "de", "Zurueckgezogen"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Path(id, "vi", "Vẫn còn"))).StatusCode);
        Assert.DoesNotContain("hreflang=\"de\"", await client.GetStringAsync(Path(id, "vi", "Vẫn còn")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/p/{Site}/de/articles/999999/x")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/p/{Site}/xx/articles/{id}/x")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/p/nowhere/de/articles/{id}/x")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_slug_redirects_permanently_to_the_canonical_address()
    {
        var id = await ArticleAsync(app, province, local, "Anna Berger", 4, new Translation("de", TranslationStatus.Published, "Kanonisch"));
        using var client = Client();
        foreach (var wrong in new[] { $"/p/{Site}/de/articles/{id}/falsch", $"/p/{Site}/de/articles/{id}" })
        {
            var response = await client.GetAsync(wrong);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(Path(id, "de", "Kanonisch"), response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task A_chinese_title_keeps_its_letters_in_the_address_and_the_redirect_to_it_is_percent_encoded()
    {
        var id = await ArticleAsync(app, province, local, "Li Wei", 6, new Translation("zh", TranslationStatus.Published, "边境贸易"));
        using var client = Client();
        var response = await client.GetAsync($"/p/{Site}/zh/articles/{id}/x");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Equal($"/p/{Site}/zh/articles/{id}/{Uri.EscapeDataString("边境贸易")}", location);
        var page = await client.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1>边境贸易</h1>", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_article_page_shows_its_parts_in_the_language_and_links_the_same_category_and_author()
    {
        var id = await ArticleAsync(app, province, local, "Dieter Kraus", 1,
            new Translation("de", TranslationStatus.Published, "Grenzhandel blueht", "Handel", "Grenze"));
        var other = await ArticleAsync(app, province, local, "Dieter Kraus", 5,
            new Translation("de", TranslationStatus.Published, "Zweiter Bericht", "Handel"));
        using var client = Client();
        var response = await client.GetAsync(Path(id, "de", "Grenzhandel blueht"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"de\">", html);
        Assert.Contains("<h1>Grenzhandel blueht</h1>", html);
        Assert.Contains("Summary: Grenzhandel blueht", html);
        Assert.Contains("<h2>Grenzhandel blueht</h2>", html); // the Markdown body
        Assert.Contains("29. November 2026", html); // the German date, on the calendar of Viet Nam
        Assert.Contains($"href=\"/p/{Site}/de/category/lokal\">Lokal</a>", html);
        Assert.Contains($"href=\"/p/{Site}/de/tag/handel\">Handel</a>", html);
        Assert.Contains($"href=\"/p/{Site}/de/author/dieter-kraus\">Dieter Kraus</a>", html);
        Assert.Contains("https://www.example.org/original", html);
        Assert.Contains("Vom selben Autor", html);
        Assert.Contains("In derselben Rubrik", html);
        Assert.Contains($"href=\"{Path(other, "de", "Zweiter Bericht")}\"", html);
        Assert.Contains("rel=\"canonical\" href=\"http://localhost" + Path(id, "de", "Grenzhandel blueht") + "\"", html);
        Assert.Contains("property=\"og:title\" content=\"Grenzhandel blueht\"", html);
        Assert.True(html.Length < 100_000, $"The page weighs {html.Length} characters.");

        Assert.Contains("Grenzhandel blueht", await client.GetStringAsync($"/p/{Site}/de/tag/handel"));
        Assert.Contains("Zweiter Bericht", await client.GetStringAsync($"/p/{Site}/de/author/dieter-kraus"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/p/{Site}/de/tag/nichts")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/p/{Site}/de/author/niemand")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/p/{Site}/de/category/nichts")).StatusCode);
    }

    [Fact]
    public async Task A_listing_is_paged()
    {
        var category = await CategoryAsync(app, province, "seiten", "Seiten", "Trang");
        for (var i = 0; i < PublicArticles.PageSize + 1; i++)
        {
            await ArticleAsync(app, province, category, "Paul Seiten", 10 + i, new Translation("de", TranslationStatus.Published, $"Seite Nummer {i}"));
        }

        using var client = Client();
        var first = await client.GetStringAsync($"/p/{Site}/de/category/seiten");
        Assert.Equal(PublicArticles.PageSize, CardTitles().Count(first));
        Assert.Contains("Seite 1 von 2", first);
        Assert.Contains($"href=\"/p/{Site}/de/category/seiten?page=2\"", first);
        Assert.Contains("Seite Nummer 0", first); // newest first
        var second = await client.GetStringAsync($"/p/{Site}/de/category/seiten?page=2");
        Assert.Equal(1, CardTitles().Count(second));
        Assert.Contains("Seite Nummer 10", second);
    }

    [Fact]
    public async Task A_listing_offers_only_the_languages_it_has_public_articles_in()
    {
        var category = await CategoryAsync(app, province, "sprachen", "Sprachen", "Ngôn ngữ");
        await ArticleAsync(app, province, category, "Lena Sprache", 4,
            new Translation("de", TranslationStatus.Published, "Auf Deutsch und Vietnamesisch"),
            new Translation("vi", TranslationStatus.Published, "Bằng tiếng Đức và tiếng Việt"));
        await ArticleAsync(app, province, category, "Lena Sprache", 5,
            new Translation("de", TranslationStatus.Published, "Nur auf Deutsch"),
            new Translation("zh", TranslationStatus.Draft, "草稿"));
        using var client = Client();

        var german = await client.GetStringAsync($"/p/{Site}/de/category/sprachen");
        var switcher = LanguageSwitcher().Match(german).Value;
        Assert.Contains($"hreflang=\"vi\" href=\"/p/{Site}/vi/category/sprachen\"", switcher);
        Assert.Contains("aria-current=\"true\">Deutsch", switcher);
        foreach (var absent in new[] { "zh", "en", "ko", "lo" })
        {
            Assert.DoesNotContain($"hreflang=\"{absent}\"", german); // a draft, or no article at all
        }

        // The author's listing follows the same rule.
        var author = await client.GetStringAsync($"/p/{Site}/vi/author/{Slug("Lena Sprache")}");
        Assert.Contains($"hreflang=\"de\" href=\"/p/{Site}/de/author/{Slug("Lena Sprache")}\"", author);
    }

    [GeneratedRegex("<nav class=\"languages\".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex LanguageSwitcher();

    [Fact]
    public async Task A_cover_offers_the_web_sizes_it_has_and_states_its_proportions()
    {
        const string title = "Mit Titelbild";
        var id = await ArticleAsync(app, province, local, "Bild Redaktion", 2,
            new Translation("de", TranslationStatus.Published, title));
        var png = Png(1200, 800);
        var document = await app.WithDbAsync(async db =>
        {
            var cover = new StoredDocument
            {
                ProvinceId = province,
                OwnerEntity = ArticleService.Owner,
                OwnerId = id,
                FileName = "cover.png",
                ContentType = "image/png",
                Size = png.Length,
                Sha256 = Convert.ToHexString(SHA256.HashData(png)),
                Content = png,
            };
            db.Add(cover);
            await db.SaveChangesAsync();
            (await db.Set<Article>().FirstAsync(a => a.Id == id)).CoverDocumentId = cover.Id;
            await db.SaveChangesAsync();
            return cover.Id;
        });
        using var client = Client();

        var html = await client.GetStringAsync(Path(id, "de", title));
        var media = $"/p/{Site}/media/{document}";
        Assert.Contains($"srcset=\"{media}/480 480w, {media}/960 960w, {media}/1600 1200w\"", html);
        Assert.Contains($"sizes=\"{CoverPicture.Sizes}\" width=\"960\" height=\"640\"", html);
        using var largest = SKBitmap.Decode(await client.GetByteArrayAsync($"{media}/1600"));
        Assert.Equal(1200, largest.Width); // never scaled up
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [GeneratedRegex("<li>\\s*<article>")]
    private static partial Regex CardTitles();

    [Fact]
    public async Task Script_and_HTML_in_a_comment_are_neutralised_and_a_pending_comment_is_invisible()
    {
        var id = await ArticleAsync(app, province, local, "Anna Berger", 6, new Translation("de", TranslationStatus.Published, "Kommentiert"));
        using var client = Client();
        var post = await client.PostAsync($"/p/{Site}/de/articles/{id}/comments", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["name"] = "<b>Eva</b>",
                ["comment"] = "Schön! <script>alert('x')</script><img src=x onerror=alert(1)> 3 < 4",
                ["website"] = "",
            }));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal($"/p/{Site}/de/articles/{id}/kommentiert?comment=pending#comment-form", post.Headers.Location!.OriginalString);
        Assert.False(post.Headers.Contains("Set-Cookie"));

        var stored = await app.WithDbAsync(db => db.Set<ArticleComment>().SingleAsync(c => c.Translation!.ArticleId == id));
        Assert.Equal(CommentStatus.Pending, stored.Status);
        Assert.Equal("Eva", stored.AuthorName);
        Assert.Equal("Schön! 3 < 4", stored.Body);
        Assert.Equal(64, stored.ClientHash!.Length);

        var waiting = await client.GetStringAsync(post.Headers.Location.OriginalString);
        Assert.Contains("Danke: Ihr Kommentar wartet auf die Freigabe.", waiting);
        Assert.DoesNotContain("Schön!", waiting);

        await ApproveAllAsync(app, id);
        var shown = await client.GetStringAsync(Path(id, "de", "Kommentiert"));
        Assert.Contains("Schön! 3 &lt; 4", shown);
        Assert.DoesNotContain("alert", shown);
        Assert.Contains("<strong>Eva</strong>", shown);
    }

    [Fact]
    public async Task A_filled_honeypot_is_accepted_silently_and_not_stored_and_an_empty_comment_is_refused()
    {
        var id = await ArticleAsync(app, province, local, "Anna Berger", 7, new Translation("de", TranslationStatus.Published, "Honigtopf"));
        using var client = Client();
        var robot = await client.PostAsync($"/p/{Site}/de/articles/{id}/comments", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["name"] = "Bot", ["comment"] = "Buy now", ["website"] = "http://spam" }));
        Assert.Equal(HttpStatusCode.Redirect, robot.StatusCode);
        Assert.Contains("comment=pending", robot.Headers.Location!.OriginalString);
        var empty = await client.PostAsync($"/p/{Site}/de/articles/{id}/comments", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["name"] = "Eva", ["comment"] = "<p></p>" }));
        Assert.Contains("comment=invalid", empty.Headers.Location!.OriginalString);
        var tooLong = await client.PostAsync($"/p/{Site}/de/articles/{id}/comments", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["name"] = "Eva", ["comment"] = new string('a', ArticleComment.BodyLength + 1) }));
        Assert.Contains("comment=invalid", tooLong.Headers.Location!.OriginalString);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ArticleComment>().CountAsync(c => c.Translation!.ArticleId == id)));
        var unknown = await client.PostAsync($"/p/{Site}/de/articles/999999/comments", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["name"] = "Eva", ["comment"] = "Hallo" }));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_feeds_parse_as_Atom_with_the_public_articles_of_their_language_and_category()
    {
        var other = await CategoryAsync(app, province, "politik", "Politisches System", "Hệ thống chính trị");
        var id = await ArticleAsync(app, province, other, "Anna Berger", 0,
            new Translation("de", TranslationStatus.Published, "Politik im Feed"), new Translation("vi", TranslationStatus.Published, "Chính trị"));
        await ArticleAsync(app, province, local, "Anna Berger", 0, new Translation("de", TranslationStatus.Draft, "Entwurf im Feed"));
        await app.WithDbAsync(async (_, services) =>
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<PortalCache>(services).EvictAsync(province, default));
        using var client = Client();

        var response = await client.GetAsync($"/p/{Site}/de/feed.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = SyndicationFeed.Load(XmlReader.Create(await response.Content.ReadAsStreamAsync()));
        Assert.Equal("de", feed.Language);
        var item = Assert.Single(feed.Items, i => i.Title.Text == "Politik im Feed");
        Assert.Equal("http://localhost" + Path(id, "de", "Politik im Feed"), item.Links[0].Uri.ToString());
        Assert.DoesNotContain(feed.Items, i => i.Title.Text == "Entwurf im Feed");
        Assert.DoesNotContain(feed.Items, i => i.Title.Text == "Chính trị");

        var category = SyndicationFeed.Load(XmlReader.Create(
            await client.GetStreamAsync($"/p/{Site}/de/category/politik/feed.atom")));
        Assert.Equal(["Politik im Feed"], category.Items.Select(i => i.Title.Text));
        Assert.Equal("politik", category.Items.Single().Categories.Single().Name);
    }

    [Fact]
    public async Task The_sitemap_lists_each_public_translation_with_its_alternates_and_robots_names_it()
    {
        var id = await ArticleAsync(app, province, local, "Anna Berger", 8,
            new Translation("de", TranslationStatus.Published, "Karte Deutsch"), new Translation("vi", TranslationStatus.Published, "Bản đồ"),
            new Translation("en", TranslationStatus.Draft, "Map draft"));
        await app.WithDbAsync(async (_, services) =>
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<PortalCache>(services).EvictAsync(province, default));
        using var client = Client();

        var robots = await client.GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /api/", robots);
        Assert.Contains("Disallow: /\n", robots);
        Assert.Contains("Allow: /p/", robots);
        Assert.Contains($"Sitemap: http://localhost/p/{Site}/sitemap.xml", robots);

        var xml = XDocument.Parse(await client.GetStringAsync($"/p/{Site}/sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var german = "http://localhost" + Path(id, "de", "Karte Deutsch");
        var url = Assert.Single(xml.Root!.Elements(sm + "url"), u => u.Element(sm + "loc")!.Value == german);
        var alternates = url.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal(["de", "vi"], alternates.Keys.Order());
        Assert.Equal("http://localhost" + Path(id, "vi", "Bản đồ"), alternates["vi"]);
        Assert.Contains(xml.Root.Elements(sm + "url"), u => u.Element(sm + "loc")!.Value == alternates["vi"]);
        Assert.DoesNotContain("map-draft", xml.ToString());
        Assert.Contains(xml.Root.Elements(sm + "url"), u => u.Element(sm + "loc")!.Value == $"http://localhost/p/{Site}/de");
    }

    [Fact]
    public async Task The_JSON_LD_parses_as_a_NewsArticle_even_with_markup_in_the_title()
    {
        const string title = "Handel & Wandel </script><b>";
        var id = await ArticleAsync(app, province, local, "Anna Berger", 9, new Translation("de", TranslationStatus.Published, title, "Handel"));
        using var client = Client();
        var html = await client.GetStringAsync(Path(id, "de", title));
        var scripts = JsonLd().Matches(html);
        var json = Assert.Single(scripts).Groups[1].Value;
        Assert.DoesNotContain("</script", json, StringComparison.OrdinalIgnoreCase);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal(title, root.GetProperty("headline").GetString());
        Assert.Equal("de", root.GetProperty("inLanguage").GetString());
        Assert.Equal("Anna Berger", root.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("Lokal", root.GetProperty("articleSection").GetString());
        Assert.StartsWith("2026-11-21T", root.GetProperty("datePublished").GetString());
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();

    [Fact]
    public async Task A_second_request_for_an_article_is_served_from_memory_without_a_database_query()
    {
        var id = await ArticleAsync(app, province, local, "Anna Berger", 11, new Translation("de", TranslationStatus.Published, "Aus dem Speicher"));
        using var client = Client();
        var path = Path(id, "de", "Aus dem Speicher");

        var before = app.Commands.Count;
        var first = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(app.Commands.Count > before, "The first request reads the database.");
        Assert.False(first.Headers.Contains("Set-Cookie"), "A public page sets no cookie (it could not be cached).");

        var between = app.Commands.Count;
        var second = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(between, app.Commands.Count);
        Assert.True(second.Headers.Age is not null, "The output cache answered (Age header).");

        // A publication evicts the site's pages: the next request reads the database again.
        await app.WithDbAsync(async (_, services) =>
            await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
                .GetRequiredService<PortalCache>(services).EvictAsync(province, default));
        var evicted = app.Commands.Count;
        await client.GetAsync(path);
        Assert.True(app.Commands.Count > evicted);
    }

    [Fact]
    public void Plain_text_of_a_comment_removes_every_tag_and_keeps_the_words()
    {
        Assert.Equal("Hallo Welt", PublicComments.PlainText("<p>Hallo <em>Welt</em></p>"));
        Assert.Equal("a", PublicComments.PlainText("a<script type=x>document.cookie</script>"));
        Assert.Equal("a", PublicComments.PlainText("a<style>p{}</style>"));
        Assert.Equal("x", PublicComments.PlainText("x<img src=x onerror=alert(1)"));
        Assert.Equal("1 < 2 and I <3 it", PublicComments.PlainText("1 < 2 and I <3 it"));
        Assert.Equal("line one\nline two", PublicComments.PlainText("line one\nline two\u0007"));
        Assert.Equal(string.Empty, PublicComments.PlainText("   "));
    }
}

/// <summary>The public may post only so often: beyond the limit per address the answer is 429.</summary>
public sealed class PortalRateLimitTests(StrictPortalFactory app) : IClassFixture<StrictPortalFactory>
{
    [Fact]
    public async Task Beyond_the_limit_a_comment_is_answered_429()
    {
        var province = await SiteAsync(app);
        var category = await CategoryAsync(app, province, "lokal", "Lokal", "Địa phương");
        var id = await ArticleAsync(app, province, category, "Anna Berger", 1, new Translation("de", TranslationStatus.Published, "Begrenzt"));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Task<HttpResponseMessage> PostAsync(int i) => client.PostAsync($"/p/{Site}/de/articles/{id}/comments",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Eva", ["comment"] = $"Nummer {i}" }));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(i)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostAsync(3)).StatusCode);
        Assert.Equal(3, await app.WithDbAsync(db => db.Set<ArticleComment>().CountAsync()));
    }
}
