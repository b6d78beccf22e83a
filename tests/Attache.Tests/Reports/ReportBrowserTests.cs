using Attache.Partners;
using Attache.Tests.Browser;
using Attache.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;

namespace Attache.Tests.Reports;

/// <summary>Attache on a real port, for a real browser: provinces, the demo accounts and a few Cao Bằng
/// partners.</summary>
public sealed class ReportBrowserFactory : BrowserFixture
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var caoBang = await ProvinceIdAsync("VN-04");
        await WithDbAsync(async (db, _) =>
        {
            db.AddRange(
                new Partner
                {
                    ProvinceId = caoBang, Kind = PartnerKind.ForeignLocality, Country = "CN",
                    NameLatin = "Baise"
                },
                new Partner
                {
                    ProvinceId = caoBang, Kind = PartnerKind.ForeignLocality, Country = "CN",
                    NameLatin = "Chongzuo"
                },
                new Partner
                {
                    ProvinceId = caoBang, Kind = PartnerKind.Enterprise, Country = "CN",
                    NameLatin = "Guangxi Border Trade Co."
                });
            await db.SaveChangesAsync();
        });
    }
}

[Collection(BrowserCollection.Name)]
public sealed class ReportBrowserTests(ReportBrowserFactory app) : IClassFixture<ReportBrowserFactory>
{
    [Fact]
    public async Task An_officer_picks_a_period_sees_the_charts_and_downloads_the_word_report()
    {
        var page = await app.SignedInPageAsync("officer.caobang@attache.demo");

        await page.ClickAsync("nav.mainnav >> text=Báo cáo");
        await BrowserFixture.FillDateAsync(page, "input[name=from]", new DateOnly(2020, 1, 1));
        await BrowserFixture.FillDateAsync(page, "input[name=to]", new DateOnly(2025, 12, 31));
        await BrowserFixture.FillDateAsync(page, "input[name=compareFrom]", new DateOnly(2016, 1, 1));
        await BrowserFixture.FillDateAsync(page, "input[name=compareTo]", new DateOnly(2019, 12, 31));
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

        await BrowserFixture.ScreenshotAsync(page, "reports");

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
