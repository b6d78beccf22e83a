using Attache.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Attache.Tests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class CalendarAddressBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_owner_renews_the_calendar_address_on_the_calendar_page()
    {
        var page = await app.NewPageAsync(width: 1400, height: 1000);
        await app.SignInAsync(page, "viewer.laichau@attache.demo");
        await page.GotoAsync("/calendar");
        var address = page.Locator("#feed-url");
        var before = await address.InputValueAsync();

        await page.ClickAsync("#feed-renew");
        await Assertions.Expect(address).Not.ToHaveValueAsync(before);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("calendar-address-renewed"), FullPage = true });
        var token = await app.WithDbAsync(db =>
            db.Users.Where(u => u.Email == "viewer.laichau@attache.demo").Select(u => u.CalendarToken).FirstAsync());
        Assert.EndsWith($"/calendar/{token}.ics", await address.InputValueAsync());
    }
}
