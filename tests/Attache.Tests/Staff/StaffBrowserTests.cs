using System.Text.RegularExpressions;
using Attache.Tests.Browser;
using Microsoft.Playwright;

namespace Attache.Tests.Staff;

/// <summary>The roster's pages on the demo data, in Vietnamese and English at 1366 px: the list, a member added
/// through the form (a level off its scale refused on its field first), the detail, and the language coverage.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StaffBrowserTests(DemoBrowserFixture app) : IClassFixture<DemoBrowserFixture>
{
    [GeneratedRegex(@"/staff/\d+$")]
    private static partial Regex MemberPage();

    [Fact]
    public async Task An_officer_adds_an_interpreter_and_sees_the_departments_language_coverage()
    {
        var page = await app.NewPageAsync("vi-VN", width: 1366);
        await app.SignInAsync(page, "officer.caobang@attache.demo");
        var main = page.Locator("main");

        await page.GotoAsync("/staff");
        await Assertions.Expect(main).ToContainTextAsync("Nguyễn Anh Quế");
        await Assertions.Expect(main).ToContainTextAsync("tiếng Trung HSK 7");
        await BrowserFixture.ScreenshotAsync(page, "staff-list-vi");

        await page.GotoAsync("/staff/new");
        await page.FillAsync("#fullName", "Hoàng Văn Phiên");
        await page.FillAsync("#position", "Chuyên viên");
        await page.CheckAsync("#isInterpreter");
        // The language is picked by its name ("tiếng Hàn"); the form sends the code.
        await page.SelectOptionAsync("select[name='Input.Languages[0].Language']",
            new SelectOptionValue { Label = "tiếng Hàn" });
        await page.FillAsync("input[name='Input.Languages[0].Level']", "B2");
        await page.FillAsync("input[name='Input.Trainings[0].Course']", "Kỹ năng phiên dịch hội đàm");
        await BrowserFixture.FillDateAsync(page, "input[name='Input.Trainings[0].StartsOn']", new(2026, 3, 17));
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(main).ToContainTextAsync("Không phải một bậc của thang đo này");
        await page.FillAsync("input[name='Input.Languages[0].Level']", "4");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(MemberPage());
        await Assertions.Expect(main).ToContainTextAsync("TOPIK 4");
        await Assertions.Expect(main).ToContainTextAsync("Kỹ năng phiên dịch hội đàm");
        await BrowserFixture.ScreenshotAsync(page, "staff-detail-vi");
        var memberUrl = page.Url;

        await page.GotoAsync("/staff/languages");
        await Assertions.Expect(main).ToContainTextAsync("Khả năng ngoại ngữ của Sở");
        await Assertions.Expect(main).ToContainTextAsync("tiếng Hàn");
        await BrowserFixture.ScreenshotAsync(page, "staff-languages-vi");

        await page.GotoAsync("/culture/en?back=/staff/languages");
        await Assertions.Expect(main).ToContainTextAsync("The department's language coverage");
        await Assertions.Expect(main).ToContainTextAsync("Korean");
        await BrowserFixture.ScreenshotAsync(page, "staff-languages-en");
        await page.GotoAsync("/staff?interpreter=true");
        await Assertions.Expect(main).ToContainTextAsync("Hoàng Văn Phiên");
        await BrowserFixture.ScreenshotAsync(page, "staff-list-en");
        await page.GotoAsync(memberUrl);
        await Assertions.Expect(main).ToContainTextAsync("Interpreter");
        await Assertions.Expect(main).ToContainTextAsync("TOPIK 4");
        await BrowserFixture.ScreenshotAsync(page, "staff-detail-en");
    }
}
