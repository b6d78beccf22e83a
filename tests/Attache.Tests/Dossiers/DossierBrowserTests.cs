using Attache.Tests.Browser;
using Attache.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Attache.Tests.Dossiers;

/// <summary>The dossier pages in a browser, in both languages at 1366 px: a consular officer sees the applicant and
/// moves the dossier a step; the list shows the overdue dossier and the ABTC renewal reminder.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DossierBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("vi-VN", "Đã tiếp nhận", "Đang thẩm định")]
    [InlineData("en-US", "Received", "Checking")]
    public async Task A_consular_officer_opens_a_dossier_and_moves_it_a_step(string locale, string received,
        string checking)
    {
        using var consular = await app.ConsularAsync();
        var reference = "ABTC-B-" + locale[..2];
        var created = await (await consular.PostJsonAsync("/api/dossiers", new
        {
            kind = "Abtc", reference, receivedOn = "2026-11-02", cardNumber = "VN-ABTC-7",
            cardExpiresOn = app.Today.AddDays(30).ToString("yyyy-MM-dd"),
            persons = new[] { new { fullName = "Hoàng Thị Lan", identityNumber = "004187006120", nationality = "VN" } },
        })).JsonAsync(System.Net.HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();

        var page = await app.NewPageAsync(locale, 1366);
        await app.SignInAsync(page, "consular.laichau@attache.demo");
        await page.GotoAsync($"/culture/{locale[..2]}?back=/dossiers");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/dossiers$"));
        await Assertions.Expect(page.Locator("#renewal-reminder")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr.overdue", new() { HasText = reference })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"dossiers-list-{locale}");

        await page.GotoAsync($"/dossiers/{id}");
        await Assertions.Expect(page.Locator("#applicants")).ToContainTextAsync("Hoàng Thị Lan");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync(received);
        await page.ClickAsync("#to-Checking");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync(checking);
        await BrowserFixture.ScreenshotAsync(page, $"dossier-detail-{locale}");

        await page.GotoAsync($"/dossiers/{id}/edit");
        await Assertions.Expect(page.Locator("#reference")).ToHaveValueAsync(reference);
        await BrowserFixture.ScreenshotAsync(page, $"dossier-edit-{locale}");
    }

    [Fact]
    public async Task The_administrator_adds_a_holiday_on_its_page()
    {
        var page = await app.NewPageAsync("vi-VN", 1366);
        await app.SignInAsync(page, AttacheFactory.AdminEmail, AttacheFactory.AdminPassword);
        await page.GotoAsync("/holidays");
        await BrowserFixture.FillDateAsync(page, "#holidayDate", new DateOnly(2032, 1, 1));
        await page.FillAsync("#holidayName", "Tết Dương lịch");
        await page.FillAsync("#holidayNameEnglish", "New Year's Day");
        await page.ClickAsync("#holiday-form button[type=submit]");
        await Assertions.Expect(page.Locator("#holidays")).ToContainTextAsync("Tết Dương lịch");
        await BrowserFixture.ScreenshotAsync(page, "holidays-vi-VN");
    }
}
