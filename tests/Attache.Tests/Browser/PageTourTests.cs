using Microsoft.Playwright;

namespace Attache.Tests.Browser;

/// <summary>Every main page opens with the demo data, in both languages, without an error; the screenshots in
/// artifacts/screenshots/tour-*.png are what a reviewer looks at.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTourTests(DemoBrowserFixture app) : IClassFixture<DemoBrowserFixture>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "home", "/" },
        { "partners", "/partners" },
        { "partners-korea", "/partners?country=KR" },
        { "plans", "/plans" },
        { "delegations", "/delegations" },
        { "calendar", "/calendar" },
        { "agreements", "/agreements" },
        { "aid", "/aid" },
        { "border-gates", "/border-gates" },
        { "map", "/map" },
        { "twinnings", "/twinnings" },
        { "events", "/events" },
        { "labour", "/labour" },
        { "reports", "/reports?from=2020-01-01&to=2025-12-31&compareFrom=2016-01-01&compareTo=2019-12-31" },
        { "foreign-organisations", "/foreign-organisations" },
        { "foreigner-visits", "/foreigner-visits" },
        { "foreigner-incidents", "/foreigner-incidents" },
        { "citizen-cases", "/citizen-cases" },
        { "border-handovers", "/border-handovers" },
        { "dossiers", "/dossiers" },
        { "personal-data", "/personal-data" },
        { "staff", "/staff" },
        { "staff-languages", "/staff/languages" },
        { "gifts", "/gifts" },
        { "gifts-register", "/gifts/register?year=2025" },
        { "spending-norms", "/spending-norms" },
        { "notifications", "/notifications" },
        { "notification-preferences", "/notifications/preferences" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_leader_of_Cao_Bang_opens_the_page(string name, string path)
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "leader.caobang@attache.demo");
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        Assert.DoesNotContain("Không tìm thấy", await page.TextContentAsync("main"));
        await BrowserFixture.ScreenshotAsync(page, $"tour-{name}");
    }

    [Fact]
    public async Task The_consular_menu_opens_without_script_and_leads_to_the_desks()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "consular.caobang@attache.demo");
        await page.GotoAsync("/");
        const string consular = "details.navgroup:has(a[href='/citizen-cases'])";
        await page.ClickAsync($"{consular} > summary");
        await page.ClickAsync($"{consular} a[href='/citizen-cases']");
        await page.WaitForURLAsync("**/citizen-cases");
        Assert.Equal("Bảo hộ công dân", (await page.TextContentAsync("details.navgroup a.active"))?.Trim());
        await page.ClickAsync($"{consular} > summary");
        await BrowserFixture.ScreenshotAsync(page, "tour-consular-menu");

        // The reception group beside it leads to the staff roster.
        await page.GotoAsync("/");
        const string reception = "details.navgroup:has(a[href='/gifts'])";
        await page.ClickAsync($"{reception} > summary");
        await page.ClickAsync($"{reception} a[href='/staff']");
        await page.WaitForURLAsync("**/staff");
        Assert.Equal("Cán bộ", (await page.TextContentAsync("details.navgroup a.active"))?.Trim());

        // One group open at a time (issue 10: two open lists lay over each other): opening one closes the other.
        await page.EvalOnSelectorAsync(reception, "d => d.open = true");
        await page.EvalOnSelectorAsync(consular, "d => d.open = false");
        await page.ClickAsync($"{consular} > summary");
        Assert.True(await page.EvalOnSelectorAsync<bool>(consular, "d => d.open"));
        Assert.False(await page.EvalOnSelectorAsync<bool>(reception, "d => d.open"));
    }

    [Fact]
    public async Task The_first_plan_opens_with_its_progress_in_english()
    {
        var page = await app.NewPageAsync("en-GB");
        await app.SignInAsync(page, "officer.laichau@attache.demo");
        await page.GotoAsync("/culture/en?back=/plans");
        await page.ClickAsync("table.grid a");
        await page.WaitForSelectorAsync("table.progress");
        Assert.Contains("Planned against done", await page.TextContentAsync("main"));
        await BrowserFixture.ScreenshotAsync(page, "tour-plan-detail-en");
    }
}
