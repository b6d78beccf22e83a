using Attache.Tests.Browser;
using Microsoft.Playwright;

namespace Attache.Tests.Borders;

/// <summary>Issue 10, point 12: the map is a map. Leaflet draws the Natural Earth countries shipped with the app, the
/// Viet Nam–China and Viet Nam–Laos border lines, and the province's gates, partners and twinned localities as layers
/// with a legend in the page's language and popups that lead to the records; no tile is loaded from the internet.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MapBrowserTests(DemoBrowserFixture app) : IClassFixture<DemoBrowserFixture>
{
    [Theory]
    [InlineData("vi-VN", "Cửa khẩu", "Đối tác nước ngoài", "Địa phương kết nghĩa", "Biên giới Việt Nam – Trung Quốc")]
    [InlineData("en-US", "Border gates", "Foreign partners", "Twinned localities", "Viet Nam–China border")]
    public async Task A_leader_of_Cao_Bang_sees_the_borders_and_the_layers_and_opens_a_gate_from_its_popup(
        string locale, string gates, string partners, string twinnings, string chinaBorder)
    {
        var page = await app.NewPageAsync(locale, height: 1000);
        var offline = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(app.BaseUrl, StringComparison.Ordinal))
            {
                offline.Add(request.Url);
            }
        };
        await app.SignInAsync(page, "leader.caobang@attache.demo");
        await page.GotoAsync($"/culture/{locale[..2]}?back=/map");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/map$"));

        var map = page.Locator("#map.leaflet-container");
        await Assertions.Expect(map).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#map-fallback")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#map.map-ready")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("path.map-border-cn")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("path.map-border-la")).ToHaveCountAsync(1);
        Assert.True((await page.GetAttributeAsync("path.map-border-cn", "d"))?.Length > 200,
            "the Viet Nam–China border is a line of many points");

        // One marker per point of each layer, each reachable from the keyboard and named.
        await Assertions.Expect(page.Locator(".map-marker-borderGate")).ToHaveCountAsync(3);
        Assert.True(await page.Locator(".map-marker-partner").CountAsync() > 0, "partners on the map");
        Assert.True(await page.Locator(".map-marker-twinning").CountAsync() > 0, "twinned localities on the map");
        var taLung = page.Locator(".map-marker-borderGate[title='Tà Lùng']");
        await Assertions.Expect(taLung).ToHaveAttributeAsync("tabindex", "0");

        // The layer control is the legend, in the page's language.
        var legend = page.Locator(".leaflet-control-layers-overlays");
        await Assertions.Expect(legend).ToContainTextAsync(gates);
        await Assertions.Expect(legend).ToContainTextAsync(partners);
        await Assertions.Expect(legend).ToContainTextAsync(twinnings);
        await Assertions.Expect(legend).ToContainTextAsync(chinaBorder);
        await Assertions.Expect(page.Locator(".leaflet-control-attribution")).ToContainTextAsync("Natural Earth");
        await Assertions.Expect(page.Locator(".map-label", new() { HasText = "Trà Lĩnh" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"map-{locale}");

        // A layer switched off leaves the map; on again, it comes back.
        var partnerSwitch = page.Locator(".leaflet-control-layers-overlays label", new() { HasText = partners })
            .Locator("input");
        await partnerSwitch.UncheckAsync();
        await Assertions.Expect(page.Locator(".map-marker-partner")).ToHaveCountAsync(0);
        await partnerSwitch.CheckAsync();
        Assert.True(await page.Locator(".map-marker-partner").CountAsync() > 0, "partners back on the map");

        // Enter on a focused marker opens its popup; the popup's link leads to the gate's record.
        await taLung.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var link = page.Locator(".leaflet-popup-content .map-popup a");
        await Assertions.Expect(link).ToHaveTextAsync("Tà Lùng");
        await Assertions.Expect(page.Locator(".leaflet-popup-content")).ToContainTextAsync(
            locale.StartsWith("vi", StringComparison.Ordinal) ? "Cửa khẩu" : "Border gate");
        await Assertions.Expect(page.Locator(".leaflet-popup")).ToHaveCSSAsync("opacity", "1");
        await BrowserFixture.ScreenshotAsync(page, $"map-popup-{locale}");
        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/border-gates/\\d+$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Tà Lùng");

        Assert.Empty(offline);
    }

    [Fact]
    public async Task Without_the_map_script_the_page_keeps_its_drawing_of_the_gates()
    {
        var page = await app.NewPageAsync();
        await page.RouteAsync("**/js/map*.js", route => route.AbortAsync());
        await app.SignInAsync(page, "officer.caobang@attache.demo");
        await page.GotoAsync("/map");
        await Assertions.Expect(page.Locator("#map-fallback svg a.borderGate")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#map-fallback svg a.borderGate").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#map")).ToBeHiddenAsync();
    }
}
