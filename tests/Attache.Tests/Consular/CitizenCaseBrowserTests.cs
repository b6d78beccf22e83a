using System.Text.RegularExpressions;
using Attache.Consular;
using Attache.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Attache.Tests.Consular;

/// <summary>The consular desk's citizen pages on the demo data: a case opened from a seasonal worker who did not come
/// back, notified and closed through the forms; identities shown to the consular officer only.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CitizenCaseBrowserTests(DemoBrowserFixture app) : IClassFixture<DemoBrowserFixture>
{
    [GeneratedRegex(@"/citizen-cases/\d+$")]
    private static partial Regex CasePage();

    [Fact]
    public async Task A_consular_officer_opens_a_case_from_a_worker_records_the_notification_and_closes_it()
    {
        var page = await app.NewPageAsync("vi-VN", width: 1366);
        await app.SignInAsync(page, "consular.laichau@attache.demo");

        await page.GotoAsync("/labour");
        await page.ClickAsync("text=Lao động thời vụ Lai Châu – Mungyeong");
        await page.ClickAsync("text=Đợt 2023");
        await page.ClickAsync("text=Mở vụ việc bảo hộ công dân");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(CasePage());
        var main = page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("Bị mắc kẹt");
        await Assertions.Expect(main).ToContainTextAsync("Hàn Quốc");
        await Assertions.Expect(main).ToContainTextAsync("người lao động thời vụ không về nước");
        var caseUrl = page.Url;

        await page.ClickAsync("main a:has-text('Sửa')");
        await page.FillAsync("#mission", "Đại sứ quán Việt Nam tại Hàn Quốc");
        await BrowserFixture.FillDateAsync(page, "#missionInformedOn", new DateOnly(2026, 11, 30));
        await page.FillAsync("#familyContact", "Mẹ, xã Phong Thổ, 0912 345 000");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(CasePage());
        await Assertions.Expect(main).ToContainTextAsync("Đại sứ quán Việt Nam tại Hàn Quốc");
        await Assertions.Expect(main).ToContainTextAsync("0912 345 000");

        await BrowserFixture.FillDateAsync(page, "#actionOn", new DateOnly(2026, 11, 30));
        await page.FillAsync("#actionText", "Gửi công hàm đề nghị xác minh nơi ở");
        await page.ClickAsync("text=Thêm bước xử lý");
        await Assertions.Expect(main).ToContainTextAsync("Gửi công hàm đề nghị xác minh nơi ở");

        await page.ClickAsync("main a:has-text('Sửa')");
        await page.SelectOptionAsync("#status", "Closed");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(main).ToContainTextAsync("Nhập ngày kết thúc vụ việc.");
        await Assertions.Expect(main).ToContainTextAsync("Ghi kết quả của vụ việc.");
        await BrowserFixture.FillDateAsync(page, "#closedOn", new DateOnly(2026, 11, 30));
        await page.FillAsync("#outcome", "Người lao động liên lạc với gia đình và về nước.");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(caseUrl);
        await Assertions.Expect(main).ToContainTextAsync("Đã kết thúc");
        await Assertions.Expect(main).ToContainTextAsync("Người lao động liên lạc với gia đình và về nước.");
        await BrowserFixture.ScreenshotAsync(page, "consular-citizen-case-vi");

        await page.GotoAsync("/citizen-cases");
        await Assertions.Expect(main).ToContainTextAsync("3 vụ việc");
        await BrowserFixture.ScreenshotAsync(page, "consular-citizen-cases-vi");
        await page.GotoAsync("/culture/en?back=/citizen-cases");
        await Assertions.Expect(main).ToContainTextAsync("3 cases");
        await BrowserFixture.ScreenshotAsync(page, "consular-citizen-cases-en");
        await page.GotoAsync(caseUrl);
        await Assertions.Expect(main).ToContainTextAsync("Stranded ·");
        await BrowserFixture.ScreenshotAsync(page, "consular-citizen-case-en");
    }

    [Fact]
    public async Task Names_identity_numbers_and_the_family_contact_are_on_the_page_for_the_consular_officer_only()
    {
        var id = await app.WithDbAsync(db => db.Set<CitizenCase>().Where(c => c.Summary.Contains("Dào San"))
            .Select(c => c.Id).FirstAsync());
        string[] secrets = ["Vàng A Sử", "011203004512", "0389 112 233"];
        foreach (var reader in new[] { "viewer.laichau@attache.demo", "officer.laichau@attache.demo" })
        {
            var page = await app.SignedInPageAsync(reader);
            await page.GotoAsync($"/citizen-cases/{id}");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Bị bắt, tạm giữ");
            var html = await page.ContentAsync();
            await page.GotoAsync("/citizen-cases");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("vụ việc");
            html += await page.ContentAsync();
            Assert.All(secrets, s => Assert.DoesNotContain(s, html, StringComparison.Ordinal));
        }

        var consular = await app.SignedInPageAsync("consular.laichau@attache.demo");
        await consular.GotoAsync($"/citizen-cases/{id}");
        foreach (var secret in secrets)
        {
            await Assertions.Expect(consular.Locator("main")).ToContainTextAsync(secret);
        }

        var handovers = await app.NewPageAsync("vi-VN", width: 1366);
        await app.SignInAsync(handovers, "consular.caobang@attache.demo");
        await handovers.GotoAsync("/border-handovers");
        await Assertions.Expect(handovers.Locator("main")).ToContainTextAsync("tiếp nhận tại Tà Lùng (4 lần)");
        await Assertions.Expect(handovers.Locator("main")).ToContainTextAsync("Hoàng Văn Lâm");
        await BrowserFixture.ScreenshotAsync(handovers, "consular-border-handovers-vi");
        await handovers.GotoAsync("/culture/en?back=/border-handovers");
        await Assertions.Expect(handovers.Locator("main")).ToContainTextAsync("received at Trà Lĩnh (3 handovers)");
        await BrowserFixture.ScreenshotAsync(handovers, "consular-border-handovers-en");
    }
}
