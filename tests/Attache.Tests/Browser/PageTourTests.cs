using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Attache.Tests.Browser;

/// <summary>Every main page opens with the demo data in both languages, wide (1366 px) and narrow (390 px, a phone),
/// without an error, without scrolling sideways and without a serious or critical axe-core violation; the screenshots
/// in artifacts/screenshots/tour-{page}-{vi|en}-{width}.png are what a reviewer looks at.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTourTests(DemoBrowserFixture app) : IClassFixture<DemoBrowserFixture>
{
    private static readonly (string Name, string Path)[] Tour =
    [
        ("home", "/"),
        ("partners", "/partners"),
        ("partners-korea", "/partners?country=KR"),
        ("plans", "/plans"),
        ("delegations", "/delegations"),
        ("calendar", "/calendar"),
        ("agreements", "/agreements"),
        ("aid", "/aid"),
        ("border-gates", "/border-gates"),
        ("map", "/map"),
        ("twinnings", "/twinnings"),
        ("events", "/events"),
        ("labour", "/labour"),
        ("reports", "/reports?from=2020-01-01&to=2025-12-31&compareFrom=2016-01-01&compareTo=2019-12-31"),
        ("foreign-organisations", "/foreign-organisations"),
        ("foreigner-visits", "/foreigner-visits"),
        ("foreigner-incidents", "/foreigner-incidents"),
        ("citizen-cases", "/citizen-cases"),
        ("border-handovers", "/border-handovers"),
        ("dossiers", "/dossiers"),
        ("personal-data", "/personal-data"),
        ("staff", "/staff"),
        ("staff-languages", "/staff/languages"),
        ("gifts", "/gifts"),
        ("gifts-register", "/gifts/register?year=2025"),
        ("spending-norms", "/spending-norms"),
        ("notifications", "/notifications"),
        ("notification-preferences", "/notifications/preferences"),
    ];

    private const int Phone = 390;

    private static readonly int[] Widths = [1366, Phone];

    // The leader signs in once per server; each case's fresh browser context gets the cookies.
    private static readonly ConditionalWeakTable<BrowserFixture, Task<BrowserContextCookiesResult[]>> Leader = new();

    public static TheoryData<string, string, int> Pages
    {
        get
        {
            var pages = new TheoryData<string, string, int>();
            foreach (var (name, path) in Tour)
            {
                foreach (var width in Widths)
                {
                    pages.Add(name, path, width);
                }
            }

            return pages;
        }
    }

    /// <summary>One case per page and width, both languages inside it: a browser case costs a sign-in.</summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_leader_of_Cao_Bang_opens_the_page_in_both_languages(string name, string path, int width)
    {
        var page = await LeaderPageAsync(width);
        await Axe.AddToAsync(page);
        var problems = new List<string>();
        foreach (var lang in new[] { "vi", "en" })
        {
            var response = await page.GotoAsync($"/culture/{lang}?back={Uri.EscapeDataString(path)}");
            Assert.Equal(200, response!.Status);
            Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
            Assert.DoesNotContain(lang == "vi" ? "Không tìm thấy" : "Not found", await page.TextContentAsync("main"));
            await BrowserFixture.ScreenshotAsync(page, $"tour-{name}-{lang}-{width}");
            var where = $"{path} ({lang}, {width} px)";
            problems.AddRange((await SidewaysAsync(page)).Select(e => $"{where} scrolls sideways: {e}"));
            if (width == Phone)
            {
                // Once per page and language, at the width whose layout differs: axe-core takes seconds a page.
                problems.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{where} {v}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>The sign-in page, before any account: the email field has the focus, the page fits a phone.</summary>
    [Fact]
    public async Task The_sign_in_page_focuses_the_email_and_fits_a_phone()
    {
        var problems = new List<string>();
        foreach (var width in Widths)
        {
            var page = await app.NewPageAsync(width: width, height: Height(width));
            await Axe.AddToAsync(page);
            foreach (var lang in new[] { "vi", "en" })
            {
                await page.GotoAsync($"/culture/{lang}?back=/login");
                Assert.Equal("email", await page.EvaluateAsync<string>("document.activeElement.id"));
                await BrowserFixture.ScreenshotAsync(page, $"tour-login-{lang}-{width}");
                var where = $"/login ({lang}, {width} px)";
                problems.AddRange((await SidewaysAsync(page)).Select(e => $"{where} scrolls sideways: {e}"));
                problems.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{where} {v}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>At 390 px the navigation is one menu button that opens the list; the first Tab reaches a skip link
    /// that leads past the header to the page's content, and the focused control shows an outline.</summary>
    [Fact]
    public async Task On_a_phone_the_navigation_is_a_menu_and_a_skip_link_leads_to_the_content()
    {
        var page = await app.NewPageAsync(width: 390, height: Height(390));
        await app.SignInAsync(page, "leader.caobang@attache.demo");
        var partners = page.Locator("nav.mainnav a[href='/partners']");
        await Assertions.Expect(partners).ToBeHiddenAsync();
        await page.ClickAsync("details.mainmenu > summary");
        await BrowserFixture.ScreenshotAsync(page, "tour-menu-vi-390");
        await partners.ClickAsync();
        await page.WaitForURLAsync("**/partners");
        await Assertions.Expect(partners).ToBeHiddenAsync();

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        Assert.NotEqual("none", await skip.EvaluateAsync<string>("a => getComputedStyle(a).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main#main")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('main').contains(document.activeElement)"));
    }

    private async Task<IPage> LeaderPageAsync(int width)
    {
        var cookies = await Leader.GetValue(app, async fixture =>
        {
            var signedIn = await fixture.SignedInPageAsync("leader.caobang@attache.demo");
            return [.. await signedIn.Context.CookiesAsync()];
        });
        var page = await app.NewPageAsync(width: width, height: Height(width));
        await page.Context.AddCookiesAsync(cookies.Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires,
            HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        return page;
    }

    private static int Height(int width) => width > 500 ? 900 : 844;

    /// <summary>The outermost elements that reach past the window's right edge when the document is wider than the
    /// window (a table scrolling inside its own wrapper does not widen the document).</summary>
    private static async Task<IReadOnlyList<string>> SidewaysAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            () => {
                if (document.documentElement.scrollWidth <= window.innerWidth) return [];
                const past = e => e.getBoundingClientRect().right > window.innerWidth + 1;
                const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '');
                const outermost = [...document.body.querySelectorAll('*')]
                    .filter(e => past(e) && !past(e.parentElement)).slice(0, 6).map(name);
                return [document.documentElement.scrollWidth + ' px wide', ...outermost];
            }
            """);

    [Fact]
    public async Task The_consular_menu_opens_without_script_and_leads_to_the_desks()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "consular.caobang@attache.demo");
        await page.GotoAsync("/");
        const string consular = "details.navgroup:has(a[href='/citizen-cases'])";
        await page.ClickAsync($"{consular} > summary");
        await page.ClickAsync($"{consular} a[href='/citizen-cases']");
        await page.WaitForURLAsync("**/citizen-cases");
        Assert.Equal("Bảo hộ công dân", (await page.TextContentAsync("details.navgroup a.active"))?.Trim());
        await page.ClickAsync($"{consular} > summary");
        await BrowserFixture.ScreenshotAsync(page, "tour-consular-menu");

        // The reception group beside it leads to the staff roster.
        await page.GotoAsync("/");
        const string reception = "details.navgroup:has(a[href='/gifts'])";
        await page.ClickAsync($"{reception} > summary");
        await page.ClickAsync($"{reception} a[href='/staff']");
        await page.WaitForURLAsync("**/staff");
        Assert.Equal("Cán bộ", (await page.TextContentAsync("details.navgroup a.active"))?.Trim());

        // One group open at a time (issue 10: two open lists lay over each other): opening one closes the other.
        await page.EvalOnSelectorAsync(reception, "d => d.open = true");
        await page.EvalOnSelectorAsync(consular, "d => d.open = false");
        await page.ClickAsync($"{consular} > summary");
        Assert.True(await page.EvalOnSelectorAsync<bool>(consular, "d => d.open"));
        Assert.False(await page.EvalOnSelectorAsync<bool>(reception, "d => d.open"));
    }

    [Fact]
    public async Task The_first_plan_opens_with_its_progress_in_english()
    {
        var page = await app.NewPageAsync("en-GB");
        await app.SignInAsync(page, "officer.laichau@attache.demo");
        await page.GotoAsync("/culture/en?back=/plans");
        await page.ClickAsync("table.grid a");
        await page.WaitForSelectorAsync("table.progress");
        Assert.Contains("Planned against done", await page.TextContentAsync("main"));
        await BrowserFixture.ScreenshotAsync(page, "tour-plan-detail-en");
    }
}
