using Attache.Tests.Browser;
using Microsoft.Playwright;

namespace Attache.Tests.PortalSite;

/// <summary>The portal's staff pages besides the articles, in a real browser on the demo data: an editor offers an
/// investment opportunity that investors then read, an officer follows an enquiry through its stages, and each page
/// (categories, comments, profile, opportunities, enquiries, released figures) is seen in Vietnamese and English.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalStaffBrowserTests(DemoBrowserFixture app) : IClassFixture<DemoBrowserFixture>
{
    [Fact]
    public async Task An_editor_offers_an_opportunity_that_investors_then_read()
    {
        var editor = await app.SignedInPageAsync("editor.laichau@attache.demo");
        await editor.GotoAsync("/portal/opportunities/new");
        await editor.ClickAsync("form.form button[type=submit]");
        Assert.True(await editor.Locator(".validation-message, .error p").CountAsync() >= 1);
        await BrowserFixture.ScreenshotAsync(editor, "portal-opportunity-errors-vi");

        await editor.SelectOptionAsync("#sector", "Tourism");
        await editor.FillAsync("#place", "Sìn Hồ");
        await editor.FillAsync("#contact", "xuctiendautu@laichau.example");
        await editor.CheckAsync("#published");
        await editor.FillAsync("fieldset.language[lang=vi] input[name$='.Title']", "Làng du lịch cộng đồng Sìn Hồ");
        await editor.FillAsync("fieldset.language[lang=en] input[name$='.Title']", "Sìn Hồ community tourism village");
        await editor.ClickAsync("form.form button[type=submit]");
        // A text needs its description too, and the page says so under the field.
        await Assertions.Expect(editor.Locator("fieldset.language[lang=en] .validation-message")).ToHaveCountAsync(1);
        await editor.FillAsync("fieldset.language[lang=vi] textarea", "Homestay của người Mông, cách cửa khẩu 40 km.");
        await editor.FillAsync("fieldset.language[lang=en] textarea", "Hmong homestays, 40 km from the border gate.");
        await editor.ClickAsync("form.form button[type=submit]");
        await editor.WaitForLoadStateAsync();
        await BrowserFixture.ScreenshotAsync(editor, "portal-opportunity-saved-vi");
        await Assertions.Expect(editor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/portal/opportunities$"));
        await Assertions.Expect(editor.Locator("table.grid")).ToContainTextAsync("Làng du lịch cộng đồng Sìn Hồ");
        await BrowserFixture.ScreenshotAsync(editor, "portal-opportunities-vi");

        var investor = await app.NewPageAsync("en-GB", width: 1366);
        await investor.GotoAsync("/p/lai-chau/en/investors");
        await Assertions.Expect(investor.Locator("ul.opportunities")).ToContainTextAsync("Sìn Hồ community tourism village");
    }

    [Fact]
    public async Task An_officer_follows_an_enquiry_and_its_history_says_so()
    {
        var officer = await app.SignedInPageAsync("officer.laichau@attache.demo");
        await officer.GotoAsync("/portal/enquiries");
        await BrowserFixture.ScreenshotAsync(officer, "portal-enquiries-vi");
        // The enquiry's own address, opened directly: a click could race the list's loading under load.
        await officer.GotoAsync(await officer.Locator("table.grid tbody tr a").First.GetAttributeAsync("href") ?? "");
        await officer.WaitForSelectorAsync("#status");
        await officer.SelectOptionAsync("#status", "Answered");
        await officer.FillAsync("#notes", "Đã gọi điện, hẹn gửi hồ sơ quy hoạch.");
        await officer.ClickAsync("form.form button[type=submit]");
        await Assertions.Expect(officer.Locator("dl.facts")).ToContainTextAsync("Đã trả lời");
        await BrowserFixture.ScreenshotAsync(officer, "portal-enquiry-vi");
        await Assertions.Expect(officer.Locator("section.history")).ToContainTextAsync("Đã trả lời");
    }

    [Fact]
    public async Task Released_figures_print_with_their_unit_in_the_pages_language()
    {
        var leader = await app.SignedInPageAsync("leader.laichau@attache.demo");
        await leader.GotoAsync("/portal/figures");
        var released = leader.Locator("table.grid tbody tr").First;
        await Assertions.Expect(released).ToContainTextAsync("49.837.765.000 VND");
        Assert.DoesNotContain("count", await released.InnerTextAsync(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Pages => new()
    {
        { "editor.laichau@attache.demo", "/portal/categories", "categories" },
        { "editor.laichau@attache.demo", "/portal/comments", "comments" },
        { "editor.laichau@attache.demo", "/portal/profile", "profile" },
        { "leader.laichau@attache.demo", "/portal/figures", "figures" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_staff_page_reads_in_Vietnamese_and_English(string email, string path, string name)
    {
        var page = await app.SignedInPageAsync(email);
        foreach (var lang in new[] { "vi", "en" })
        {
            await page.GotoAsync($"/culture/{lang}?back={Uri.EscapeDataString(path)}");
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            Assert.Equal(lang, (await page.GetAttributeAsync("html", "lang"))?[..2]);
            Assert.Equal(0, await page.Locator("[role=alert]").CountAsync());
            await BrowserFixture.ScreenshotAsync(page, $"portal-staff-{name}-{lang}");
        }
    }
}
