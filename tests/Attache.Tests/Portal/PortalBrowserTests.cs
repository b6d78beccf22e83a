using Attache.Portal;
using Attache.Tests.Browser;
using Microsoft.Playwright;
using static Attache.Tests.Portal.PortalTestData;

namespace Attache.Tests.Portal;

/// <summary>A reader in a real browser: reads in German, switches to Vietnamese, follows "same category", comments
/// and sees the comment once a moderator approved it on the staff moderation page; axe-core finds no serious or critical violation on the public pages; the
/// Vietnamese, Chinese, Korean and Lao text is drawn with fonts that hold its glyphs.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string Vietnamese = "Thương mại biên giới sôi động ở Lai Châu";
    private const string Chinese = "莱州边境贸易繁荣";
    private const string Korean = "라이쩌우 국경 무역 활기";
    private const string Lao = "ການຄ້າຊາຍແດນທີ່ຄຶກຄັກໃນລາຍເຈົາ";

    private int first;
    private int second;

    public async ValueTask InitializeAsync()
    {
        var province = await SiteAsync(app);
        var category = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .FirstOrDefaultAsync(db.Set<ArticleCategory>().Where(c => c.Slug == "lokal").Select(c => c.Id)));
        if (category == 0)
        {
            category = await CategoryAsync(app, province, "lokal", "Lokal", "Địa phương");
        }

        // The class's tests share one server: the articles are written once.
        var existing = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .FirstOrDefaultAsync(db.Set<ArticleTranslation>().Where(t => t.Title == Vietnamese).Select(t => t.ArticleId)));
        if (existing != 0)
        {
            first = existing;
            return;
        }

        second = await ArticleAsync(app, province, category, "Ngọc Anh", 3,
            new Translation("de", TranslationStatus.Published, "Neue Straße zum Grenzübergang Ma Lù Thàng", "Verkehr"),
            new Translation("vi", TranslationStatus.Published, "Đường mới đến cửa khẩu Ma Lù Thàng", "Giao thông"));
        first = await ArticleAsync(app, province, category, "Ngọc Anh", 1,
            new Translation("de", TranslationStatus.Published, "Grenzhandel in Lai Châu blüht", "Handel", "Grenze"),
            new Translation("vi", TranslationStatus.Published, Vietnamese, "Thương mại"),
            new Translation("zh", TranslationStatus.Published, Chinese, "贸易"),
            new Translation("ko", TranslationStatus.Published, Korean, "무역"),
            new Translation("lo", TranslationStatus.Published, Lao, "ການຄ້າ"),
            new Translation("en", TranslationStatus.Draft, "Border trade draft"));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string ArticlePath(string lang) => $"/p/{Site}/{lang}/articles/{first}";

    [Fact]
    public async Task A_reader_reads_in_German_switches_to_Vietnamese_follows_the_category_and_comments()
    {
        var page = await app.NewPageAsync("de-DE");
        await page.GotoAsync(ArticlePath("de")); // redirected to the canonical address
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Grenzhandel in Lai Châu blüht");
        Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));
        var switcher = page.Locator("nav.languages");
        await Assertions.Expect(switcher.Locator("a, span")).ToHaveCountAsync(5); // de vi zh ko lo, not the English draft

        await switcher.Locator("a[hreflang=vi]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Vietnamese);
        Assert.Equal("vi", await page.GetAttributeAsync("html", "lang"));

        await page.Locator(".related section:has(h2:text('Cùng chuyên mục')) a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Đường mới đến cửa khẩu Ma Lù Thàng");

        await page.GotoAsync(ArticlePath("vi"));
        await page.FillAsync("#comment-name", "Minh Thư");
        await page.FillAsync("#comment-text", "Tin rất hay <b>cảm ơn</b>!");
        await page.ClickAsync("#comment-form button[type=submit]");
        await Assertions.Expect(page.Locator("#comment-form .notice")).ToContainTextAsync("đang chờ kiểm duyệt");
        await Assertions.Expect(page.Locator(".comments ol")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "portal-article-comment-pending-vi");

        // A moderator (the province's leader) approves it on the staff moderation page.
        var moderator = await app.NewPageAsync();
        await app.SignInAsync(moderator, "leader.laichau@attache.demo");
        await moderator.GotoAsync("/portal/comments");
        var row = moderator.Locator("#comments tbody tr", new() { HasText = "Minh Thư" });
        await Assertions.Expect(row).ToContainTextAsync("Tin rất hay");
        await BrowserFixture.ScreenshotAsync(moderator, "portal-comments-vi");
        await row.Locator("button[value=Approved]").ClickAsync();
        await Assertions.Expect(moderator.Locator("#comments tbody tr", new() { HasText = "Minh Thư" }))
            .ToHaveCountAsync(0);

        await page.GotoAsync(ArticlePath("vi"));
        await Assertions.Expect(page.Locator(".comments ol li")).ToContainTextAsync("Tin rất hay cảm ơn !");
        await Assertions.Expect(page.Locator(".comments ol li strong")).ToHaveTextAsync("Minh Thư");
    }

    public static TheoryData<string> Languages => ["de", "vi", "zh"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_article_page_is_screenshot_wide_and_narrow(string lang)
    {
        foreach (var width in new[] { 1366, 390 })
        {
            var page = await app.NewPageAsync(width: width, height: width > 500 ? 900 : 844);
            await page.GotoAsync(ArticlePath(lang));
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow, $"The {lang} article scrolls sideways at {width} px.");
            await BrowserFixture.ScreenshotAsync(page, $"portal-article-{lang}-{width}");
        }
    }

    [Fact]
    public async Task Axe_core_finds_no_serious_or_critical_violation_on_the_public_pages()
    {
        string[] paths =
        [
            $"/p/{Site}/de", $"/p/{Site}/vi", ArticlePath("de"), ArticlePath("vi"), ArticlePath("lo"),
            $"/p/{Site}/de/category/lokal", $"/p/{Site}/de/tag/handel", $"/p/{Site}/vi/author/{Slug("Ngọc Anh")}",
            $"/p/{Site}/vi/articles/{first}/{Slug(Vietnamese)}?comment=invalid",
        ];
        var problems = new List<string>();
        foreach (var path in paths)
        {
            var page = await app.NewPageAsync();
            await Axe.AddToAsync(page);
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            problems.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{path} {v}"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    public static TheoryData<string, string, string> Scripts => new()
    {
        { "vi", Vietnamese, "Noto Sans" },
        { "zh", Chinese, "Noto Sans CJK SC" },
        { "ko", Korean, "Noto Sans CJK KR" },
        { "lo", Lao, "Noto Sans Lao" },
    };

    /// <summary>Chromium names the fonts it drew a node's text with (DevTools CSS.getPlatformFontsForNode): the title
    /// is drawn entirely by the chosen family, which holds every glyph of it, so nothing falls back to a box.</summary>
    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task The_title_is_drawn_with_a_font_holding_its_glyphs(string lang, string title, string family)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(ArticlePath(lang));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var document = await cdp.SendAsync("DOM.getDocument");
        var root = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        var h1 = await cdp.SendAsync("DOM.querySelector", new Dictionary<string, object> { ["nodeId"] = root, ["selector"] = "h1" });
        var fonts = await cdp.SendAsync("CSS.getPlatformFontsForNode",
            new Dictionary<string, object> { ["nodeId"] = h1!.Value.GetProperty("nodeId").GetInt32() });
        var used = fonts!.Value.GetProperty("fonts").EnumerateArray()
            .Select(f => (Family: f.GetProperty("familyName").GetString()!, Glyphs: f.GetProperty("glyphCount").GetDouble()))
            .ToList();
        // Every glyph but the spaces comes from the chosen family (the spaces may come from another).
        var spaces = title.Count(char.IsWhiteSpace);
        Assert.True(used.Any(f => f.Family == family) && used.All(f => f.Family == family || f.Glyphs <= spaces),
            $"{lang}: drawn with {string.Join(", ", used.Select(f => $"{f.Family} ({f.Glyphs})"))}");

        // And that family holds a glyph for every character (a missing one would be drawn as its box, still
        // "by" the family): fontconfig answers only when the family covers the whole set.
        var chars = string.Join(' ', title.Where(c => !char.IsWhiteSpace(c)).Distinct().Select(c => ((int)c).ToString("x")));
        var query = new System.Diagnostics.ProcessStartInfo("fc-list", [$"{family}:charset={chars}", "family"])
        {
            RedirectStandardOutput = true,
        };
        var fc = System.Diagnostics.Process.Start(query)!;
        var covering = await fc.StandardOutput.ReadToEndAsync();
        await fc.WaitForExitAsync();
        Assert.False(string.IsNullOrWhiteSpace(covering), $"{family} lacks a glyph of \"{title}\".");
    }
}
