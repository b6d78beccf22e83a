using System.Net;
using Attache.Tests.Browser;
using Attache.Tests.Delegations;
using Attache.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Attache.Tests.Reception;

/// <summary>The gifts register in the browser: a gift received from a Korean delegation with its handling is found in
/// the province's yearly register, in Vietnamese and English, at 1366 and 390 px, beside the norms and the cost lines
/// above them. (The gift form is filled in by <see cref="ReceptionBrowserTests"/>.)</summary>
[Collection(BrowserCollection.Name)]
public sealed class GiftBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_gift_received_from_a_Korean_delegation_is_shown_in_the_yearly_register()
    {
        int delegation;
        using (var admin = await app.AdminAsync())
        {
            await (await admin.PostJsonAsync("/api/spending-norms?province=VN-01", new
            {
                kind = "PerBanquetHead", level = "ViceMinisterial", amount = "1000000",
                decision = "Quyết định số 15/2024/QĐ-UBND", validFrom = "2024-07-01",
            })).JsonAsync(HttpStatusCode.Created);
        }

        using (var api = await app.OfficerAsync("VN-01"))
        {
            delegation = await DelegationBuilder.Delegation().From("KR").Titled("Đoàn Thành phố Mungyeong thăm Lai Châu")
                .On(new DateOnly(2025, 9, 15), new DateOnly(2025, 9, 17)).CreateAsync(api);
            await (await api.PostJsonAsync($"/api/delegations/{delegation}/reception/costs", new
            {
                kind = "PerBanquetHead", level = "ViceMinisterial", description = "Tiệc chiêu đãi", units = 14,
                days = 1, unitAmount = "1300000",
            })).JsonAsync(HttpStatusCode.Created);
            // The gift form itself is filled in by the reception's browser test; here the gift comes by the API.
            await (await api.PostJsonAsync("/api/gifts", new
            {
                direction = "Received", item = "Bộ ấm chén gốm Mungyeong", value = "2400000",
                counterparty = "Kim Jae-won, Thị trưởng", occasion = "Hội đàm", date = "2025-09-16",
                delegationId = delegation, handling = "Kept", handlingNote = "Trưng bày tại phòng khách đối ngoại",
            })).JsonAsync(HttpStatusCode.Created);
        }

        var page = await app.NewPageAsync("vi-VN", width: 1366);
        await app.SignInAsync(page, "officer.laichau@attache.demo");
        await page.GotoAsync("/gifts/register?year=2025");
        await Assertions.Expect(page.Locator("table.gifts")).ToContainTextAsync("Bộ ấm chén gốm Mungyeong");
        await Assertions.Expect(page.Locator("tr[data-handling=Kept]")).ToContainTextAsync("2.400.000");
        await Assertions.Expect(page.Locator("tr.received")).ToContainTextAsync("2.400.000");
        await BrowserFixture.ScreenshotAsync(page, "gift-register-vi");
        await page.GotoAsync("/gifts?year=2025");
        await BrowserFixture.ScreenshotAsync(page, "gifts-vi");
        await page.GotoAsync($"/delegations/{delegation}/reception/costs");
        await Assertions.Expect(page.Locator("tr.over")).ToContainTextAsync("Tiệc chiêu đãi");
        await BrowserFixture.ScreenshotAsync(page, "reception-costs-vi");

        var narrow = await app.NewPageAsync("vi-VN", width: 390);
        await app.SignInAsync(narrow, "officer.laichau@attache.demo");
        await narrow.GotoAsync("/gifts/register?year=2025");
        await Assertions.Expect(narrow.Locator("table.gifts")).ToContainTextAsync("Bộ ấm chén gốm Mungyeong");
        await BrowserFixture.ScreenshotAsync(narrow, "gift-register-vi-390");

        var english = await app.NewPageAsync("en-US", width: 1366);
        await app.SignInAsync(english, "leader.laichau@attache.demo");
        await english.GotoAsync("/gifts/register?year=2025&culture=en-GB");
        await Assertions.Expect(english.Locator("tr[data-handling=Kept]")).ToContainTextAsync("2,400,000");
        await Assertions.Expect(english.Locator("main")).ToContainTextAsync("Gifts register 2025");
        await BrowserFixture.ScreenshotAsync(english, "gift-register-en");
        await english.GotoAsync("/spending-norms?culture=en-GB");
        await BrowserFixture.ScreenshotAsync(english, "spending-norms-en");
        await english.GotoAsync($"/delegations/{delegation}/reception/costs?culture=en-GB");
        await Assertions.Expect(english.Locator("form.approve button")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(english, "reception-costs-en");

        var englishNarrow = await app.NewPageAsync("en-US", width: 390);
        await app.SignInAsync(englishNarrow, "officer.laichau@attache.demo");
        await englishNarrow.GotoAsync("/gifts/register?year=2025&culture=en-GB");
        await Assertions.Expect(englishNarrow.Locator("table.gifts")).ToContainTextAsync("Kept");
        await BrowserFixture.ScreenshotAsync(englishNarrow, "gift-register-en-390");
    }
}
