using Attache.Aid;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Attache.Tests.Aid;

/// <summary>Attache with the demo data on a real port, for a browser.</summary>
public sealed class AidBrowserFactory : AttacheFactory
{
    protected override bool LoadDemoData => true;

    public override ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        return ValueTask.CompletedTask;
    }
}

public sealed class AidBrowserTests(AidBrowserFactory app) : IClassFixture<AidBrowserFactory>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task An_officer_adds_a_disbursement_in_usd_and_sees_its_vnd_equivalent()
    {
        if (!File.Exists(Chromium))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{Chromium} is missing on CI.");
            Assert.Skip($"{Chromium} is not installed.");
        }

        var projectId = await app.WithDbAsync(db => db.Set<AidProject>()
            .Where(p => p.Province!.Code == "VN-01" && p.DefaultCurrency == "USD" && p.Status == ActivityStatus.Implementation)
            .OrderBy(p => p.Identifier).Select(p => p.Id).FirstAsync());

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        var page = await NewPageAsync(browser, "vi-VN");

        await page.GotoAsync("/login");
        await page.FillAsync("#email", "officer.laichau@attache.demo");
        await page.FillAsync("#password", "Demo!2025");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

        await page.GotoAsync($"/aid/{projectId}");
        await page.ClickAsync($"a[href='/aid/{projectId}/transactions/new']");
        await page.SelectOptionAsync("#type", "Disbursement");
        await page.FillAsync("#date", "2025-03-10");
        await page.FillAsync("#value", "12500");
        await page.FillAsync("#currency", "USD");
        await page.FillAsync("#description", "Giải ngân đợt bổ sung (kiểm thử trình duyệt)");
        await page.ClickAsync("form.form button.primary[type=submit]");
        await page.WaitForURLAsync(url => url.Contains($"/aid/{projectId}", StringComparison.Ordinal) && !url.Contains("/new", StringComparison.Ordinal));

        // 12,500 USD at the rate of 2 January 2025 (25,350 VND), the latest on or before 10 March 2025.
        var row = page.Locator("#transactions tr", new() { HasText = "kiểm thử trình duyệt" });
        await Assertions.Expect(row).ToContainTextAsync("12.500 USD");
        await Assertions.Expect(row.Locator("td.vnd")).ToHaveTextAsync("316.875.000 VND");
        await Assertions.Expect(row).ToContainTextAsync("Giải ngân");
        await row.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Screenshot("aid-transaction-vnd"), FullPage = true });
    }

    [Fact]
    public async Task The_list_the_rates_and_the_import_preview_show_what_an_officer_needs()
    {
        if (!File.Exists(Chromium))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{Chromium} is missing on CI.");
            Assert.Skip($"{Chromium} is not installed.");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        var page = await NewPageAsync(browser, "vi-VN");
        await page.GotoAsync("/login");
        await page.FillAsync("#email", "officer.caobang@attache.demo");
        await page.FillAsync("#password", "Demo!2025");
        await page.ClickAsync("form button.primary[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

        await page.GotoAsync("/aid?commune=Trùng Khánh");
        await Assertions.Expect(page.Locator("table.figures")).ToContainTextAsync("Vốn vay ODA");
        await Assertions.Expect(page.Locator("table.grid").Last).ToContainTextAsync("Trùng Khánh");
        await page.ScreenshotAsync(new() { Path = Screenshot("aid-list"), FullPage = true });

        await page.GotoAsync("/aid/exchange-rates?currency=USD");
        await Assertions.Expect(page.Locator("#rates")).ToContainTextAsync("25.350");
        await page.ScreenshotAsync(new() { Path = Screenshot("aid-exchange-rates"), FullPage = true });

        var file = Path.Combine(Path.GetTempPath(), $"donor-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(file, IatiFiles.DonorFile().Replace("Lai Châu", "Cao Bằng", StringComparison.Ordinal).Replace("VN-01", "VN-04", StringComparison.Ordinal)
            .Replace("Lai Chau", "Cao Bang", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        await page.GotoAsync("/aid/import");
        await page.SetInputFilesAsync("input[type=file]", file);
        await page.ClickAsync("form button.primary[type=submit]");
        await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync("GB-CHC-202918-VN-LC-WASH");
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("3 tạo mới");
        await page.ScreenshotAsync(new() { Path = Screenshot("aid-import-preview"), FullPage = true });
        await page.ClickAsync("text=Xác nhận nhập");
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Đã nhập.");
        File.Delete(file);
    }

    [Fact]
    public async Task An_officer_creates_a_project_with_the_form_after_fixing_the_sector_shares()
    {
        if (!File.Exists(Chromium))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{Chromium} is missing on CI.");
            Assert.Skip($"{Chromium} is not installed.");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        var page = await NewPageAsync(browser, "en-GB");
        await page.GotoAsync("/culture/en?back=/login");
        await page.FillAsync("#email", "officer.laichau@attache.demo");
        await page.FillAsync("#password", "Demo!2025");
        await page.ClickAsync("form button.primary[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

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
        await Assertions.Expect(page.Locator("form.form")).ToContainTextAsync("The sector percentages must add up to 100.");
        await page.ScreenshotAsync(new() { Path = Screenshot("aid-form-error"), FullPage = true });

        rows = page.Locator("fieldset").Nth(1).Locator(".row");
        await rows.Nth(1).Locator("input").Nth(1).FillAsync("20");
        await page.ClickAsync("form.form button.primary[type=submit]");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Clean water for Huổi Bắc village, Phong Thổ commune");
        await Assertions.Expect(page.Locator("section.columns")).ToContainTextAsync("Basic drinking water supply: 80 %");

        // Saving a demo project's form unchanged keeps everything the form shows: donors, sectors, places, budgets.
        var demoId = await app.WithDbAsync(db => db.Set<AidProject>().Where(p => p.Identifier.StartsWith("XM-DAC-41122-VN01")).Select(p => p.Id).FirstAsync());
        await page.GotoAsync($"/aid/{demoId}");
        var before = await page.Locator("section.columns").InnerTextAsync();
        var donorsBefore = await page.Locator("section").First.InnerTextAsync();
        await page.GotoAsync($"/aid/{demoId}/edit");
        await page.ScreenshotAsync(new() { Path = Screenshot("aid-form-edit"), FullPage = true });
        await page.ClickAsync("form.form button.primary[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/edit", StringComparison.Ordinal));
        Assert.Equal(before, await page.Locator("section.columns").InnerTextAsync());
        Assert.Equal(donorsBefore, await page.Locator("section").First.InnerTextAsync());
        var saved = await app.WithDbAsync(db => db.Set<AidProject>().Include(p => p.Participants).Include(p => p.Budgets).FirstAsync(p => p.Id == demoId));
        Assert.Equal("40", saved.Participants.Single().OrganisationType);
        Assert.Single(saved.Budgets);
    }

    /// <summary>A page with patient time-outs: the machine is shared, and a slow page is not what these tests check.</summary>
    private async Task<IPage> NewPageAsync(IBrowser browser, string locale)
    {
        var page = await browser.NewPageAsync(new() { BaseURL = app.ClientOptions.BaseAddress.ToString().TrimEnd('/'), Locale = locale });
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        return page;
    }

    private static string Screenshot(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")))
        {
            dir = dir.Parent;
        }

        var folder = Path.Combine(dir?.FullName ?? Directory.GetCurrentDirectory(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }
}
