using Attache.Tests.Browser;
using Microsoft.Playwright;

namespace Attache.Tests.Labour;

/// <summary>The local-cooperation pages as staff see them: twinnings, events, labour programmes, and worker names
/// shown to an officer but not to a viewer.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CooperationBrowserTests(DemoBrowserFixture app) : IClassFixture<DemoBrowserFixture>
{
    [Fact]
    public async Task An_officer_sees_the_registers_and_the_workers_by_name()
    {
        var page = await app.SignedInPageAsync("officer.laichau@attache.demo");

        await page.GotoAsync("/twinnings");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("6 quan hệ kết nghĩa");
        await BrowserFixture.ScreenshotAsync(page, "cooperation-twinnings");

        await page.GotoAsync("/events?kind=PressDelegation");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("5 sự kiện");
        await page.ClickAsync("text=HBO");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Vietnam: Above the Clouds");
        await BrowserFixture.ScreenshotAsync(page, "cooperation-event");

        await page.GotoAsync("/labour");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("25.000.000 – 40.000.000");
        await page.ClickAsync("text=Lao động thời vụ Lai Châu – Mungyeong");
        await page.ClickAsync("text=Đợt 2023");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Đồng Văn Toàn");
        await BrowserFixture.ScreenshotAsync(page, "cooperation-workers-officer");

        await page.ClickAsync("text=Đồng Văn Toàn");
        await page.FillAsync("#pay", "38000000");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/edit$"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("38.000.000");

        await page.ClickAsync("text=Thêm người lao động");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Trường này là bắt buộc.");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Đồng Văn Toàn");
        await page.FillAsync("#fullName", "Lò Văn Mới");
        await page.FillAsync("#commune", "Phong Thổ");
        await page.SelectOptionAsync("#gender", "Male");
        await page.FillAsync("#birthYear", "1995");
        await page.ClickAsync("text=Thêm người lao động");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Lò Văn Mới");

        await page.GotoAsync("/culture/en?back=/events%3Ffrom%3D2020-01-01%26to%3D2025-12-31");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("People-to-people exchange");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Foreign press delegation");
        await BrowserFixture.ScreenshotAsync(page, "cooperation-events-en");
    }

    [Fact]
    public async Task A_new_twinning_is_saved_through_the_form()
    {
        var page = await app.SignedInPageAsync("officer.caobang@attache.demo");

        await page.GotoAsync("/twinnings/new");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Trường này là bắt buộc.");

        await page.FillAsync("#localityName", "Xã Quang Long");
        await page.SelectOptionAsync("#localityKind", "Commune");
        await page.SelectOptionAsync("#partner", new SelectOptionValue { Label = "Trấn Long Bang (Trung Quốc)" });
        await BrowserFixture.FillDateAsync(page, "#signedOn", new DateOnly(2025, 3, 1));
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/new$"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Xã Quang Long");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Trấn Long Bang");

        await BrowserFixture.FillDateAsync(page, "#activityDate", new DateOnly(2025, 4, 2));
        await page.FillAsync("#activityTitle", "Gặp mặt đầu xuân");
        await page.ClickAsync("text=Thêm hoạt động");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Gặp mặt đầu xuân");
        await BrowserFixture.ScreenshotAsync(page, "cooperation-twinning-detail");

        await page.GotoAsync("/events/new");
        await page.SelectOptionAsync("#kind", "CulturalExchange");
        await BrowserFixture.FillDateAsync(page, "#startsOn", new DateOnly(2026, 2, 10));
        await page.FillAsync("#title", "Giao lưu mùa xuân Trà Lĩnh – Long Bang");
        await page.SelectOptionAsync("#partners", new[]
        {
            new SelectOptionValue { Label = "Trấn Long Bang (Trung Quốc)" },
            new SelectOptionValue { Label = "Thành phố Tĩnh Tây (Trung Quốc)" },
        });
        await page.SelectOptionAsync("#countries", "CN");
        await page.FillAsync("#participantsTotal", "150");
        await page.FillAsync("#participantsForeign", "60");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/new$"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Trấn Long Bang");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Thành phố Tĩnh Tây");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("150");
        await BrowserFixture.ScreenshotAsync(page, "cooperation-event-saved");
    }

    [Fact]
    public async Task A_viewer_sees_the_counts_but_no_names()
    {
        var page = await app.SignedInPageAsync("viewer.laichau@attache.demo");

        await page.GotoAsync("/labour");
        await page.ClickAsync("text=Lao động thời vụ Lai Châu – Mungyeong");
        await page.ClickAsync("text=Đợt 2023");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("dữ liệu cá nhân");
        Assert.DoesNotContain("Đồng Văn Toàn", await page.InnerTextAsync("main"));
        await BrowserFixture.ScreenshotAsync(page, "cooperation-workers-viewer");
    }
}
