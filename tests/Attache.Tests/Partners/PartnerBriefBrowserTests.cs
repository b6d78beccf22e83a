using System.Text.RegularExpressions;
using Attache.Partners;
using Attache.Tests.Browser;
using Attache.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Attache.Tests.Partners;

/// <summary>Issue 10, point 3: the partner's page is its history. An officer of Lai Châu opens Gyeongsangbuk-do, whose
/// records are mostly those of Mungyeong City under it (the demo data), sees its delegations and agreements with their
/// counts, opens the brief for a meeting and downloads it as a .docx that Word can open.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PartnerBriefBrowserTests(DemoBrowserFixture app) : IClassFixture<DemoBrowserFixture>
{
    private const string LabourAgreementVi = "Thỏa thuận hợp tác về việc đưa lao động thời vụ sang làm việc";
    private const string LabourAgreementEn = "Agreement on seasonal agricultural workers from Lai Chau Province";

    private Task<int> PartnerAsync(string latin) =>
        app.WithDbAsync(db => db.Set<Partner>().Where(p => p.NameLatin == latin).Select(p => p.Id).FirstAsync());

    [Fact]
    public async Task A_partner_page_lists_its_delegations_and_agreements_and_its_brief_downloads_as_docx()
    {
        var id = await PartnerAsync("Gyeongsangbuk-do");
        var page = await app.NewPageAsync(width: 1366, height: 900);
        await app.SignInAsync(page, "officer.laichau@attache.demo");
        await page.GotoAsync($"/partners/{id}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tỉnh Gyeongsang Bắc");

        // A section per kind, its count in the heading and on its card, as many rows as the count says.
        var delegations = page.Locator("section#records-delegation");
        var delegationRows = await delegations.Locator("tbody tr").CountAsync();
        Assert.True(delegationRows > 0);
        await Assertions.Expect(delegations.Locator("h3")).ToContainTextAsync($"({delegationRows})");
        await Assertions.Expect(page.Locator("a.card[data-kind=Delegation] .figure"))
            .ToHaveTextAsync(delegationRows.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var agreements = page.Locator("section#records-agreement");
        var agreementRows = await agreements.Locator("tbody tr").CountAsync();
        Assert.True(agreementRows >= 2, $"{agreementRows} agreements");
        await Assertions.Expect(agreements.Locator("h3")).ToContainTextAsync($"({agreementRows})");
        // Mungyeong's agreement, under the province through its city, linked by its title.
        var labour = agreements.Locator("tbody tr", new() { HasText = LabourAgreementVi });
        await Assertions.Expect(labour.Locator("td").Last).ToHaveTextAsync("Thành phố Mungyeong");
        await Assertions.Expect(labour.Locator("a")).ToHaveAttributeAsync("href", new Regex(@"^/agreements/\d+$"));
        // Newest first: the dates (dd/MM/yyyy) of the delegations never go up.
        var days = (await delegations.Locator("tbody tr td:first-child").AllInnerTextsAsync())
            .Select(t => DateOnly.ParseExact(t.Split(' ')[0], "dd/MM/yyyy",
                System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(days.OrderDescending(), days);
        await Assertions.Expect(page.Locator("section#records-twinning")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "partner-history-vi");

        await page.ClickAsync("#brief");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/partners/{id}/brief$"));
        await Assertions.Expect(page.Locator("article.brief h1")).ToHaveTextAsync("Tỉnh Gyeongsang Bắc");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("Hàn Quốc");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync("Thành phố Mungyeong");
        await Assertions.Expect(page.Locator("#signed")).ToContainTextAsync(LabourAgreementVi);
        await Assertions.Expect(page.Locator("#visits tbody tr").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "partner-brief-vi");

        // On paper the navigation and the buttons are gone, and the brief keeps to one A4 page.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("header.topbar")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#print")).ToBeHiddenAsync();
        await BrowserFixture.ScreenshotAsync(page, "partner-brief-print-vi");
        var pdf = await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true });
        Artifacts.Save("partner-brief-print-vi.pdf", pdf, "documents");
        var pages = Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]");
        Assert.True(pages == 1, $"The printed brief has {pages} pages.");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#brief-docx"));
        Assert.StartsWith("tom-tat-doi-tac-gyeongsangbuk-do-", download.SuggestedFilename, StringComparison.Ordinal);
        var text = PartnerHistoryTests.Text(await File.ReadAllBytesAsync((await download.PathAsync())!));
        Assert.Contains("Tóm tắt chuẩn bị làm việc", text);
        Assert.Contains("Tỉnh Gyeongsang Bắc", text);
        Assert.Contains(LabourAgreementVi, text);

        // The same in English, the download from the partner's page itself.
        var english = await app.NewPageAsync("en-GB", width: 1366, height: 900);
        await app.SignInAsync(english, "officer.laichau@attache.demo");
        await english.GotoAsync($"/partners/{id}");
        await Assertions.Expect(english.Locator("h1")).ToHaveTextAsync("Gyeongsangbuk-do");
        await Assertions.Expect(english.Locator("section#records-agreement h3"))
            .ToContainTextAsync($"Agreements ({agreementRows})");
        await Assertions.Expect(english.Locator("section#records-agreement")).ToContainTextAsync(LabourAgreementEn);
        await BrowserFixture.ScreenshotAsync(english, "partner-history-en");
        var englishDocx = await english.RunAndWaitForDownloadAsync(() => english.ClickAsync("#brief-docx"));
        Assert.StartsWith("partner-brief-gyeongsangbuk-do-", englishDocx.SuggestedFilename, StringComparison.Ordinal);
        var englishText = PartnerHistoryTests.Text(await File.ReadAllBytesAsync((await englishDocx.PathAsync())!));
        Assert.Contains("Brief for a meeting", englishText);
        Assert.Contains(LabourAgreementEn, englishText);
        await english.GotoAsync($"/partners/{id}/brief");
        await Assertions.Expect(english.Locator("#signed h3").First).ToHaveTextAsync("Agreements in force");
        await BrowserFixture.ScreenshotAsync(english, "partner-brief-en");
    }

    [Fact]
    public async Task A_partner_without_records_says_so_and_another_provinces_brief_is_not_found()
    {
        var id = await PartnerAsync("HBO");
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "officer.laichau@attache.demo");
        await page.GotoAsync($"/partners/{id}");
        await Assertions.Expect(page.Locator("section#records-aidproject p.empty"))
            .ToHaveTextAsync("Chưa có dự án viện trợ nào với đối tác này.");

        var caoBang = await app.NewPageAsync();
        await app.SignInAsync(caoBang, "officer.caobang@attache.demo");
        var response = await caoBang.GotoAsync($"/partners/{id}/brief");
        Assert.Equal(404, response!.Status);
    }
}
