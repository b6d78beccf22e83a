using Attache.Partners;
using Attache.Tests.Browser;
using Microsoft.Playwright;

namespace Attache.Tests.Reports.Signing;

/// <summary>Attaché on a real port with two Cao Bằng partners, for a leader to sign a report.</summary>
public sealed class SignedReportBrowserFactory : BrowserFixture
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
                });
            await db.SaveChangesAsync();
        });
    }
}

[Collection(BrowserCollection.Name)]
public sealed class SignedReportBrowserTests(SignedReportBrowserFactory app) : IClassFixture<SignedReportBrowserFactory>
{
    [Fact]
    public async Task A_leader_signs_from_the_report_page_sees_what_changed_since_and_follows_a_figure_to_its_records()
    {
        var page = await app.SignedInPageAsync("leader.caobang@attache.demo");
        await page.GotoAsync("/reports?from=2020-01-01&to=2025-12-31");
        await Assertions.Expect(page.Locator("article.report")).ToContainTextAsync("I. QUAN HỆ ĐỐI TÁC");

        await page.ClickAsync("text=Ký báo cáo này");
        var signedRow = page.Locator("section.signed-reports tr[data-signed-report]");
        await Assertions.Expect(signedRow).ToHaveCountAsync(1);
        await Assertions.Expect(signedRow).ToContainTextAsync("VN-04");
        await Assertions.Expect(signedRow.Locator("a", new() { HasText = "PDF" }))
            .ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"^/api/reports/signed/\d+\.pdf$"));
        await Assertions.Expect(page.Locator("p.signature-status"))
            .ToContainTextAsync("Không có số liệu nào thay đổi kể từ khi ký.");

        // A record added after signing: the live report shows the signed value beside each figure it changed.
        var caoBang = await app.ProvinceIdAsync("VN-04");
        await app.WithDbAsync(async (db, _) =>
        {
            db.Add(new Partner
            {
                ProvinceId = caoBang, Kind = PartnerKind.ForeignLocality, Country = "CN",
                NameLatin = "Napo"
            });
            await db.SaveChangesAsync();
        });
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("p.signature-status")).ToContainTextAsync("khác với báo cáo đã ký");
        var changed = page.Locator("article.report td.changed");
        await Assertions.Expect(changed.First).ToContainTextAsync("3");
        await Assertions.Expect(changed.First.Locator(".at-signing")).ToHaveTextAsync("lúc ký: 2");
        await BrowserFixture.ScreenshotAsync(page, "signed-report-differences");

        // Every figure leads to the records it counts.
        await page.Locator("article.report td.num a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(
            @"/reports/records\?section=Partners&province=VN-04&from=2020-01-01&to=2025-12-31"));
        var rows = page.Locator("table.report-records tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("table.report-records thead")).ToContainTextAsync("Tên");
        await Assertions.Expect(page.Locator("table.report-records tbody")).ToContainTextAsync("Địa phương nước ngoài");
        await BrowserFixture.ScreenshotAsync(page, "report-records");
    }

    [Fact]
    public async Task An_officer_sees_the_signed_reports_but_no_sign_button()
    {
        var page = await app.SignedInPageAsync("officer.caobang@attache.demo");
        await page.GotoAsync("/reports?from=2020-01-01&to=2025-12-31");
        await Assertions.Expect(page.Locator("article.report")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("section.signed-reports h2")).ToHaveTextAsync("Báo cáo đã ký");
        Assert.Equal(0, await page.Locator("form.sign-form").CountAsync());
    }
}
