using Attache.Aid;
using Attache.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Attache.Tests.Aid;

[Collection(BrowserCollection.Name)]
public sealed class AidBrowserTests(DemoBrowserFixture app) : IClassFixture<DemoBrowserFixture>
{
    [Fact]
    public async Task An_officer_adds_a_disbursement_in_usd_and_sees_its_vnd_equivalent()
    {
        var projectId = await app.WithDbAsync(db => db.Set<AidProject>()
            .Where(p => p.Province!.Code == "VN-01" && p.DefaultCurrency == "USD"
                && p.Status == ActivityStatus.Implementation)
            .OrderBy(p => p.Identifier).Select(p => p.Id).FirstAsync());

        var page = await app.SignedInPageAsync("officer.laichau@attache.demo");

        await page.GotoAsync($"/aid/{projectId}");
        await page.ClickAsync($"a[href='/aid/{projectId}/transactions/new']");
        await page.SelectOptionAsync("#type", "Disbursement");
        await BrowserFixture.FillDateAsync(page, "#date", new DateOnly(2025, 3, 10));
        await page.FillAsync("#value", "12500");
        await page.FillAsync("#currency", "USD");
        await page.FillAsync("#description", "Giải ngân đợt bổ sung (kiểm thử trình duyệt)");
        await page.ClickAsync("form.form button.primary[type=submit]");
        await Assertions.Expect(page)
            .ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/aid/{projectId}([#?].*)?$"));

        // 12,500 USD at the rate of 2 January 2025 (25,350 VND), the latest on or before 10 March 2025.
        var row = page.Locator("#transactions tr", new() { HasText = "kiểm thử trình duyệt" });
        await Assertions.Expect(row).ToContainTextAsync("12.500 USD");
        await Assertions.Expect(row.Locator("td.vnd")).ToHaveTextAsync("316.875.000 VND");
        await Assertions.Expect(row).ToContainTextAsync("Giải ngân");
        await row.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "aid-transaction-vnd");

        // Entered by mistake: removed after a confirmation, and the project's other transactions stay.
        var others = await page.Locator("#transactions tbody tr").CountAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await row.Locator("button.danger").ClickAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#transactions tbody tr")).ToHaveCountAsync(others - 1);
    }

    [Fact]
    public async Task The_list_the_rates_and_the_import_preview_show_what_an_officer_needs()
    {
        var page = await app.SignedInPageAsync("officer.caobang@attache.demo");

        await page.GotoAsync("/aid?commune=Trùng Khánh");
        await Assertions.Expect(page.Locator("table.figures")).ToContainTextAsync("Vốn vay ODA");
        await Assertions.Expect(page.Locator("table.grid").Last).ToContainTextAsync("Trùng Khánh");
        await BrowserFixture.ScreenshotAsync(page, "aid-list");

        await page.GotoAsync("/aid/exchange-rates?currency=USD");
        await Assertions.Expect(page.Locator("#rates")).ToContainTextAsync("25.350");
        await BrowserFixture.ScreenshotAsync(page, "aid-exchange-rates");

        // A rate typed wrong is removed again, after a confirmation.
        await page.GotoAsync("/aid/exchange-rates?currency=THB");
        await page.FillAsync("#rateCurrency", "THB");
        await BrowserFixture.FillDateAsync(page, "#rateDate", new DateOnly(2025, 6, 30));
        await page.FillAsync("#rateValue", "7777");
        await page.ClickAsync("form:has(#rateCurrency) button[type=submit]");
        var wrong = page.Locator("#rates tbody tr", new() { HasText = "7.777" });
        await Assertions.Expect(wrong).ToHaveCountAsync(1);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await wrong.Locator("button.danger").ClickAsync();
        await Assertions.Expect(wrong).ToHaveCountAsync(0);

        var file = Path.Combine(Path.GetTempPath(), $"donor-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(file, IatiFiles.DonorFile()
            .Replace("Lai Châu", "Cao Bằng", StringComparison.Ordinal)
            .Replace("VN-01", "VN-04", StringComparison.Ordinal)
            .Replace("Lai Chau", "Cao Bang", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        await page.GotoAsync("/aid/import");
        await page.SetInputFilesAsync("input[type=file]", file);
        await page.ClickAsync("form button.primary[type=submit]");
        await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync("GB-CHC-202918-VN-LC-WASH");
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("3 tạo mới");
        await BrowserFixture.ScreenshotAsync(page, "aid-import-preview");
        await page.ClickAsync("text=Xác nhận nhập");
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Đã nhập.");
        File.Delete(file);
    }

    [Fact]
    public async Task An_officer_creates_a_project_with_the_form_after_fixing_the_sector_shares()
    {
        var page = await app.NewPageAsync("en-GB");
        await page.GotoAsync("/culture/en?back=/login");
        await page.FillAsync("#email", "officer.laichau@attache.demo");
        await page.FillAsync("#password", "Demo!2025");
        await page.ClickAsync("form button.primary[type=submit]");
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login"));

        await page.GotoAsync("/aid/new");
        await page.FillAsync("#identifier", "VN01-NRA-2025-FORM");
        await page.FillAsync("#titleVi", "Nước sạch cho bản Huổi Bắc, xã Phong Thổ");
        await page.FillAsync("#titleEn", "Clean water for Huổi Bắc village, Phong Thổ commune");
        await page.SelectOptionAsync("#status", "Implementation");
        var rows = page.Locator("fieldset").Nth(1).Locator(".row");
        await rows.Nth(0).Locator("input").Nth(0).FillAsync("14031");
        await rows.Nth(0).Locator("input").Nth(1).FillAsync("80");
        await rows.Nth(1).Locator("input").Nth(0).FillAsync("14030");
        await rows.Nth(1).Locator("input").Nth(1).FillAsync("10");
        await page.Locator("fieldset").Nth(2).Locator("input").First.FillAsync("Phong Thổ");
        await page.ClickAsync("form.form button.primary[type=submit]");
        await Assertions.Expect(page.Locator("form.form"))
            .ToContainTextAsync("The sector percentages must add up to 100.");
        await BrowserFixture.ScreenshotAsync(page, "aid-form-error");

        rows = page.Locator("fieldset").Nth(1).Locator(".row");
        await rows.Nth(1).Locator("input").Nth(1).FillAsync("20");
        await page.ClickAsync("form.form button.primary[type=submit]");
        await Assertions.Expect(page.Locator("h1"))
            .ToHaveTextAsync("Clean water for Huổi Bắc village, Phong Thổ commune");
        await Assertions.Expect(page.Locator("section.columns"))
            .ToContainTextAsync("Basic drinking water supply: 80 %");

        // Saving a demo project's form unchanged keeps everything the form shows: donors, sectors, places, budgets.
        var demoId = await app.WithDbAsync(db => db.Set<AidProject>()
            .Where(p => p.Identifier.StartsWith("XM-DAC-41122-VN01")).Select(p => p.Id).FirstAsync());
        await page.GotoAsync($"/aid/{demoId}");
        var before = await page.Locator("section.columns").InnerTextAsync();
        var donorsBefore = await page.Locator("section").First.InnerTextAsync();
        await page.GotoAsync($"/aid/{demoId}/edit");
        await BrowserFixture.ScreenshotAsync(page, "aid-form-edit");
        await page.ClickAsync("form.form button.primary[type=submit]");
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/edit"));
        Assert.Equal(before, await page.Locator("section.columns").InnerTextAsync());
        Assert.Equal(donorsBefore, await page.Locator("section").First.InnerTextAsync());
        var saved = await app.WithDbAsync(db => db.Set<AidProject>().Include(p => p.Participants)
            .Include(p => p.Budgets).FirstAsync(p => p.Id == demoId));
        Assert.Equal("40", saved.Participants.Single().OrganisationType);
        Assert.Single(saved.Budgets);
    }
}
