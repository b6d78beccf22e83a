using Attache.Tests.Browser;
using Microsoft.Playwright;

namespace Attache.Tests.PortalSite;

/// <summary>The province's public pages as a visitor sees them, on the demo data, at 1366 px in three languages; and
/// the contact form sent from a browser (no script needed).</summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalSiteBrowserTests(DemoBrowserFixture app) : IClassFixture<DemoBrowserFixture>
{
    [Theory]
    [InlineData("vi", "Số liệu chính", "Cơ hội đầu tư")]
    [InlineData("en", "Key figures", "Investment opportunities")]
    [InlineData("de", "Kennzahlen", "Investitionsmöglichkeiten")]
    public async Task The_province_and_investor_pages_read_in_their_language(string lang, string figures,
        string investors)
    {
        var page = await app.NewPageAsync(width: 1366);
        await page.GotoAsync($"/p/cao-bang/{lang}/province");
        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(page.Locator("#figures")).ToHaveTextAsync(figures);
        Assert.True(await page.Locator("table.gates tbody tr").CountAsync() >= 3);
        Assert.True(await page.Locator(".public-map .feature").CountAsync() >= 3);
        Assert.Equal(0, await page.Locator(".public-map a").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, $"portal-province-{lang}");

        await page.GotoAsync($"/p/cao-bang/{lang}/investors");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(investors);
        Assert.Equal(2, await page.Locator("ul.opportunities li").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, $"portal-investors-{lang}");
    }

    [Fact]
    public async Task An_investor_writes_through_the_contact_form_and_lands_on_the_thanks_page()
    {
        var page = await app.NewPageAsync(width: 1366);
        await page.GotoAsync("/p/lai-chau/en/investors");
        await page.ClickAsync("ul.opportunities a");
        await page.ClickAsync("text=Write to us about an investment");
        await page.ClickAsync("button[type=submit]");
        Assert.True(await page.Locator("p.error").CountAsync() >= 3);
        await BrowserFixture.ScreenshotAsync(page, "portal-contact-errors-en");
        await page.FillAsync("#name", "Kenji Sato");
        await page.FillAsync("#email", "kenji.sato@example.jp");
        await page.SelectOptionAsync("#country", "JP");
        await page.FillAsync("#subject", "Tea processing plant");
        await page.FillAsync("#message", "Could we visit the tea growing area in March?");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/contact/thanks$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Thank you");
    }
}
