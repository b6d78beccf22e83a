using Attache.Accounts;
using Attache.Demo;
using Attache.Partners;
using Attache.Provinces;
using Attache.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace Attache.Tests.Reports;

/// <summary>Attache on a real port, for a real browser: provinces, the demo accounts and a few Cao Bằng partners.</summary>
public sealed class ReportBrowserFactory : AttacheFactory
{
    public override async ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        await WithDbAsync(async (db, services) =>
        {
            var demo = new DemoContext();
            await new ProvinceDemoData().SeedAsync(db, demo, default);
            await new AccountDemoData(services).SeedAsync(db, demo, default);
            db.AddRange(
                new Partner { ProvinceId = demo.CaoBang.Id, Kind = PartnerKind.ForeignLocality, Country = "CN", NameLatin = "Baise" },
                new Partner { ProvinceId = demo.CaoBang.Id, Kind = PartnerKind.ForeignLocality, Country = "CN", NameLatin = "Chongzuo" },
                new Partner { ProvinceId = demo.CaoBang.Id, Kind = PartnerKind.Enterprise, Country = "CN", NameLatin = "Guangxi Border Trade Co." });
            await db.SaveChangesAsync();
        });
    }
}

public sealed class ReportBrowserTests(ReportBrowserFactory app) : IClassFixture<ReportBrowserFactory>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task An_officer_picks_a_period_sees_the_charts_and_downloads_the_word_report()
    {
        if (!File.Exists(Chromium))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{Chromium} is missing on CI.");
            Assert.Skip($"{Chromium} is not installed.");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        await using var context = await browser.NewContextAsync(new() { BaseURL = app.ClientOptions.BaseAddress.ToString(), AcceptDownloads = true, Locale = "vi-VN" });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/login");
        await page.FillAsync("#email", "officer.caobang@attache.demo");
        await page.FillAsync("#password", AccountDemoData.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

        await page.ClickAsync("nav.mainnav >> text=Báo cáo");
        await page.FillAsync("input[name=from]", "2020-01-01");
        await page.FillAsync("input[name=to]", "2025-12-31");
        await page.FillAsync("input[name=compareFrom]", "2016-01-01");
        await page.FillAsync("input[name=compareTo]", "2019-12-31");
        await page.FillAsync("input[name=signer]", "Nguyễn Anh Quế");
        await page.ClickAsync("text=Xem báo cáo");

        await page.WaitForSelectorAsync("section.charts");
        var captions = await page.Locator("figure.chart figcaption").AllInnerTextsAsync();
        Assert.Contains(captions, c => c.StartsWith("Đoàn ra, đoàn vào theo năm", StringComparison.Ordinal));
        Assert.Contains(captions, c => c.StartsWith("Viện trợ theo loại", StringComparison.Ordinal));
        Assert.Contains(captions, c => c.StartsWith("Viện trợ theo lĩnh vực", StringComparison.Ordinal));
        Assert.Contains(captions, c => c.StartsWith("Thu ngân sách qua cửa khẩu theo năm", StringComparison.Ordinal));
        // The partner register has figures in this branch: its chart draws one bar per kind.
        Assert.Equal(2, await page.Locator("figure.chart svg rect").CountAsync());
        Assert.Contains("I. QUAN HỆ ĐỐI TÁC", await page.InnerTextAsync("article.report"));
        Assert.Contains("Danh mục đối tác của tỉnh gồm 3 đối tác", await page.InnerTextAsync("article.report"));

        var screenshot = Path.Combine(Artifacts.Root, "screenshots", "reports.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("text=Word (VI)"));
        Assert.Equal("bao-cao-VN-04-2020-2025.docx", download.SuggestedFilename);
        var file = Path.Combine(Artifacts.Root, "reports", "downloaded-" + download.SuggestedFilename);
        await download.SaveAsAsync(file);
        using var word = WordprocessingDocument.Open(file, false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("UBND TỈNH CAO BẰNG", text);
        Assert.Contains("Nguyễn Anh Quế", text);
    }
}
