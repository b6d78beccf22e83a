using System.Text;
using Attache.Tests.Browser;
using Microsoft.Playwright;

namespace Attache.Tests.Borders;

[Collection(BrowserCollection.Name)]
public sealed class BorderBrowserTests(DemoBrowserFixture app) : IClassFixture<DemoBrowserFixture>
{
    [Fact]
    public async Task An_officer_uploads_gate_figures_and_sees_the_revenue_chart_and_the_map()
    {
        var page = await app.NewPageAsync(height: 1000);
        await app.SignInAsync(page, "officer.caobang@attache.demo");

        // A file with one bad row is refused whole, with the row, the column and the reason.
        await page.GotoAsync("/border-gates/import");
        await page.SetInputFilesAsync("#file", new FilePayload
        {
            Name = "cua-khau-2026.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("gate,year,stateRevenueVnd,passengers\n"
                + "Tà Lùng,2026,1012345678900,260000\nTrà Lĩnh,2026,nhiều,140000\n"),
        });
        await page.ClickAsync("form[enctype] button[type=submit]");
        var rowError = page.Locator("table.row-errors tbody tr");
        await Assertions.Expect(rowError).ToHaveCountAsync(1);
        await Assertions.Expect(rowError).ToContainTextAsync("3");
        await Assertions.Expect(rowError).ToContainTextAsync("stateRevenueVnd");
        await ScreenshotAsync(page, "borders-upload-refused");

        await page.SetInputFilesAsync("#file", new FilePayload
        {
            Name = "cua-khau-2026.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("gate,year,stateRevenueVnd,passengers\n"
                + "Tà Lùng,2026,1012345678900,260000\nTrà Lĩnh,2026,712000000000,140000\n"
                + "Lý Vạn,2026,126500000000,30100\n"),
        });
        await page.ClickAsync("form[enctype] button[type=submit]");
        await Assertions.Expect(page.Locator("p.success")).ToContainTextAsync("3");

        // The article's figures with the new year drawn in the chart.
        await page.GotoAsync("/border-gates?from=2020-01-01&to=2025-12-31&compareFrom=2016-01-01&compareTo=2019-12-31");
        await Assertions.Expect(page.Locator("dd.revenue")).ToContainTextAsync("6.900.000.000.000");
        await Assertions.Expect(page.Locator("dd.growth")).ToHaveTextAsync("249,0 %");
        await Assertions.Expect(page.Locator("dd.share")).ToHaveTextAsync("46,0 %");
        var bars = page.Locator("svg rect.bar");
        await Assertions.Expect(bars).ToHaveCountAsync(11);
        await Assertions.Expect(page.Locator("svg g.category text").Last).ToHaveTextAsync("2026");
        await ScreenshotAsync(page, "borders-revenue-chart");

        await page.ClickAsync("table.grid a:has-text('Tà Lùng')");
        await Assertions.Expect(page.Locator("table.events")).ToContainTextAsync("Nâng cấp thành cửa khẩu quốc tế");
        await Assertions.Expect(page.Locator("table.figures")).ToContainTextAsync("1.012.345.678.900");
        await Assertions.Expect(page.Locator("svg rect.bar")).ToHaveCountAsync(11);
        await ScreenshotAsync(page, "borders-gate-detail", fullPage: false);

        // The Leaflet map (MapBrowserTests looks at it closely); its drawing without script stays in the page.
        await page.GotoAsync("/map");
        await Assertions.Expect(page.Locator(".map-marker-borderGate")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator(".map-marker-borderGate[title='Trà Lĩnh']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".map-marker-partner").First).ToBeAttachedAsync();
        await Assertions.Expect(page.Locator("#map-fallback svg a.borderGate")).ToHaveCountAsync(3);
        await ScreenshotAsync(page, "borders-map");
    }

    [Fact]
    public async Task An_officer_records_a_gate_its_route_its_opening_and_a_figure_by_form()
    {
        // Lai Châu's officer: the other test checks Cao Bằng's totals and map, which a new gate would change.
        var page = await app.SignedInPageAsync("officer.laichau@attache.demo");

        await page.GotoAsync("/border-gates/new");
        await page.FillAsync("#name", "Pò Peo");
        await page.SelectOptionAsync("#type", "Secondary");
        await page.FillAsync("#counterpartLatin", "Yuewei");
        await page.FillAsync("#latitude", "95");
        await page.FillAsync("fieldset .route input >> nth=0", "Pò Peo II");
        await page.SelectOptionAsync("fieldset .route select >> nth=0", "CrossingRoute");
        await page.ClickAsync("button[type=submit].primary");
        await Assertions.Expect(page.Locator(".validation-message"))
            .ToContainTextAsync("Giá trị nằm ngoài phạm vi cho phép.");

        await page.FillAsync("#latitude", "22.95");
        await page.FillAsync("#longitude", "106.52");
        await page.ClickAsync("button[type=submit].primary");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/border-gates/\\d+$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Pò Peo – Yuewei");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Pò Peo II");
        var gateUrl = page.Url;

        await page.ClickAsync("a[href$='/events/new']");
        await page.SelectOptionAsync("#kind", "Suspended");
        await BrowserFixture.FillDateAsync(page, "#date", new DateOnly(2020, 3, 1));
        await page.ClickAsync("button[type=submit].primary");
        await Assertions.Expect(page.Locator("[role=alert]"))
            .ToContainTextAsync("Sự kiện đầu tiên của cửa khẩu là mở cửa khẩu (Mở cửa khẩu).");
        await page.SelectOptionAsync("#kind", "Opened");
        await page.FillAsync("#decisionNumber", "45/QĐ-UBND");
        await page.ClickAsync("button[type=submit].primary");
        await Assertions.Expect(page).ToHaveURLAsync(gateUrl);
        await Assertions.Expect(page.Locator("table.events")).ToContainTextAsync("45/QĐ-UBND");

        await page.ClickAsync("a[href$='/figures/new']");
        await page.FillAsync("#year", "2024");
        await page.FillAsync("#stateRevenueVnd", "1234567");
        await page.FillAsync("#passengers", "5400");
        await page.ClickAsync("button[type=submit].primary");
        await Assertions.Expect(page).ToHaveURLAsync(gateUrl);
        await Assertions.Expect(page.Locator("table.figures")).ToContainTextAsync("1.234.567");
        await Assertions.Expect(page.Locator("svg rect.bar")).ToHaveCountAsync(1);
        await ScreenshotAsync(page, "borders-gate-by-form", fullPage: false);

        await page.ClickAsync("a[href$='/edit']");
        await Assertions.Expect(page.Locator("fieldset .route input >> nth=0")).ToHaveValueAsync("Pò Peo II");
    }

    private static Task ScreenshotAsync(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot(name), FullPage = fullPage });
}
