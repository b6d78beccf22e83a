using System.Net;
using System.Text.RegularExpressions;
using Attache.Tests.Browser;
using Attache.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Attache.Tests.Foreigners;

/// <summary>The foreigners' desk in the browser, in Vietnamese and English at 1366 px: a consular officer records the
/// consular notification and closes an incident; the lists and the detail are screenshotted. The persons of a visit
/// are added and removed from its edit page by a consular officer; an officer sees no persons editor.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ForeignersBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_consular_officer_records_the_notification_and_closes_an_incident_in_both_languages()
    {
        int incident;
        using (var api = await app.ConsularAsync("VN-01"))
        {
            await (await api.PostJsonAsync("/api/foreign-organisations", new
            {
                name = "Plan International", nameVietnamese = "Tổ chức Plan International", kind = "Ngo",
                country = "GB", permitNumber = "318/GĐK-BNG", permitValidTo = "2027-02-14", areas = "Mường Tè",
            })).JsonAsync(HttpStatusCode.Created);
            await (await api.PostJsonAsync("/api/foreigner-visits", new
            {
                purpose = "Journalism", subject = "Phóng sự ruộng bậc thang", country = "KR", organisation = "KBS",
                places = "Sìn Hồ", startsOn = "2026-11-02", endsOn = "2026-11-05",
                persons = new[] { new { fullName = "Kim Min-jun", nationality = "KR" } },
            })).JsonAsync(HttpStatusCode.Created);
            incident = (await (await api.PostJsonAsync("/api/foreigner-incidents", new
            {
                kind = "Accident", occurredOn = "2026-11-24", reportedOn = "2026-11-24", place = "Đèo Ô Quy Hồ",
                summary = "Tai nạn xe máy",
                persons = new[] { new { fullName = "Julien Moreau", nationality = "FR", identityNumber = "FR961234" } },
            })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        }

        var page = await app.NewPageAsync("vi-VN", width: 1366);
        await app.SignInAsync(page, "consular.laichau@attache.demo");
        await page.GotoAsync("/foreign-organisations");
        await Assertions.Expect(page.Locator("table.grid")).ToContainTextAsync("Tổ chức Plan International");
        await BrowserFixture.ScreenshotAsync(page, "foreign-organisations-vi");
        await page.GotoAsync("/foreigner-visits");
        await Assertions.Expect(page.Locator("table.grid")).ToContainTextAsync("1 người");
        await BrowserFixture.ScreenshotAsync(page, "foreigner-visits-vi");

        await page.GotoAsync($"/foreigner-incidents/{incident}/edit");
        await page.FillAsync("#missionNotified", "Đại sứ quán Pháp tại Hà Nội");
        await BrowserFixture.FillDateAsync(page, "#missionNotifiedOn", new DateOnly(2026, 11, 25));
        await page.SelectOptionAsync("#status", "Closed");
        await BrowserFixture.FillDateAsync(page, "#closedOn", new DateOnly(2026, 11, 28));
        await page.ClickAsync("button.primary");
        // Closing without an outcome is refused next to the field, in Vietnamese.
        await Assertions.Expect(page.Locator("form.form")).ToContainTextAsync("Hãy ghi kết quả xử lý");
        await page.FillAsync("#outcome", "Du khách xuất viện, về Hà Nội");
        await page.ClickAsync("button.primary");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/foreigner-incidents/{incident}$"));
        var body = page.Locator("main");
        await Assertions.Expect(body).ToContainTextAsync("Đã kết thúc");
        await Assertions.Expect(body).ToContainTextAsync("Julien Moreau");
        await Assertions.Expect(body).ToContainTextAsync("Số ngày từ khi nhận tin đến khi thông báo lãnh sự");
        await BrowserFixture.ScreenshotAsync(page, "foreigner-incident-vi");

        var english = await app.NewPageAsync("en-US", width: 1366);
        await app.SignInAsync(english, "officer.laichau@attache.demo");
        await english.GotoAsync($"/foreigner-incidents/{incident}?culture=en-GB");
        await Assertions.Expect(english.Locator("main")).ToContainTextAsync("Days the case was open");
        await Assertions.Expect(english.Locator("main")).Not.ToContainTextAsync("Julien Moreau");
        await BrowserFixture.ScreenshotAsync(english, "foreigner-incident-en");
        await english.GotoAsync("/foreigner-incidents?culture=en-GB");
        await Assertions.Expect(english.Locator("table.grid")).ToContainTextAsync("1 person (FR)");
        await BrowserFixture.ScreenshotAsync(english, "foreigner-incidents-en");
        await english.GotoAsync("/foreign-organisations?permitExpiring=true&culture=en-GB");
        await Assertions.Expect(english.Locator("table.grid")).ToContainTextAsync("Plan International");
        await BrowserFixture.ScreenshotAsync(english, "foreign-organisations-en");
    }

    [Fact]
    public async Task A_consular_officer_adds_and_removes_the_persons_of_a_visit_that_an_officer_cannot_see()
    {
        using var api = await app.ConsularAsync("VN-01");
        var visit = (await (await api.PostJsonAsync("/api/foreigner-visits", new
        {
            purpose = "ProjectExpert", subject = "Khảo sát thủy điện Nậm Na", country = "KR", organisation = "KOICA",
            places = "Phong Thổ", startsOn = "2026-10-12", endsOn = "2026-10-14",
            persons = new[] { new { fullName = "Lee Seo-yeon", nationality = "KR", identityNumber = "M48213377" } },
        })).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var edit = $"/foreigner-visits/{visit}/edit";
        var names = "main input[name$='.FullName']";

        // An officer edits the visit without a persons editor, and the save leaves the persons as they are.
        var officer = await app.NewPageAsync("vi-VN", width: 1366);
        await app.SignInAsync(officer, "officer.laichau@attache.demo");
        await officer.GotoAsync(edit);
        await Assertions.Expect(officer.Locator("#notes")).ToBeVisibleAsync();
        await Assertions.Expect(officer.Locator(names)).ToHaveCountAsync(0);
        Assert.DoesNotContain("Lee Seo-yeon", await officer.ContentAsync(), StringComparison.Ordinal);
        await officer.FillAsync("#notes", "Đoàn đi cùng cán bộ Sở Công Thương");
        await officer.ClickAsync("button.primary");
        await Assertions.Expect(officer).ToHaveURLAsync(new Regex($"/foreigner-visits/{visit}$"));
        await Assertions.Expect(officer.Locator("main")).ToContainTextAsync("1 người (KR)");

        // The consular officer sees the stored person (its identity number not echoed) and adds one in the empty row.
        var page = await app.NewPageAsync("vi-VN", width: 1366);
        await app.SignInAsync(page, "consular.laichau@attache.demo");
        await page.GotoAsync(edit);
        await Assertions.Expect(page.Locator(names)).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(names).First).ToHaveValueAsync("Lee Seo-yeon");
        Assert.DoesNotContain("M48213377", await page.ContentAsync(), StringComparison.Ordinal);
        var added = page.Locator("main .person").Last;
        await added.Locator("input[name$='.FullName']").FillAsync("Choi Dong-hyun");
        await added.Locator("input[name$='.Nationality']").FillAsync("KR");
        await added.Locator("input[name$='.BirthYear']").FillAsync("1979");
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/foreigner-visits/{visit}$"));
        await Assertions.Expect(page.Locator("main table.grid").First).ToContainTextAsync("Choi Dong-hyun");
        // (A full-page screenshot taken before the click leaves headless Chromium's viewport emulated: the click
        // then submits nothing. So the page is pictured after the save.)
        await BrowserFixture.ScreenshotAsync(page, "foreigner-visit-persons-vi");
        await Assertions.Expect(page.Locator("main table.grid").First).ToContainTextAsync("M48213377");

        var stored = (await (await api.GetAsync($"/api/foreigner-visits/{visit}")).JsonAsync()).GetProperty("persons");
        Assert.Equal(["Lee Seo-yeon", "Choi Dong-hyun"],
            stored.EnumerateArray().Select(p => p.GetProperty("fullName").GetString()));
        Assert.Equal("M48213377", stored[0].GetProperty("identityNumber").GetString());
        Assert.Equal(1979, stored[1].GetProperty("birthYear").GetInt32());

        // A row left empty removes its person; the list counts in English with the singular.
        await page.GotoAsync(edit);
        var first = page.Locator("main .person").First;
        await Assertions.Expect(first.Locator("input[name$='.FullName']")).ToHaveValueAsync("Lee Seo-yeon");
        await first.Locator("input[name$='.FullName']").FillAsync("");
        await page.ClickAsync("button.primary");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/foreigner-visits/{visit}$"));
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Lee Seo-yeon");
        await officer.GotoAsync("/foreigner-visits?search=nam na&culture=en-GB");
        await Assertions.Expect(officer.Locator("table.grid")).ToContainTextAsync("1 person (KR)");
        await officer.GotoAsync($"/foreigner-visits/{visit}?culture=en-GB");
        await Assertions.Expect(officer.Locator("main")).ToContainTextAsync("1 person (KR)");
        await Assertions.Expect(officer.Locator("main")).Not.ToContainTextAsync("Choi Dong-hyun");
    }
}
