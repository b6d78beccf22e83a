using Attache.Tests.Browser;
using Microsoft.Playwright;

namespace Attache.Tests.Agreements;

[Collection(BrowserCollection.Name)]
public sealed class AgreementBrowserTests(DemoBrowserFixture app) : IClassFixture<DemoBrowserFixture>
{
    [Fact]
    public async Task The_register_lists_Cao_Bangs_69_agreements_and_shows_Ban_Gioc()
    {
        var page = await app.SignedInPageAsync("officer.caobang@attache.demo");
        await page.GotoAsync("/agreements");
        Assert.Contains("69 thỏa thuận", await page.InnerTextAsync(".count"));
        await BrowserFixture.ScreenshotAsync(page, "agreements-list");

        await page.GotoAsync("/agreements?search=" + Uri.EscapeDataString("Bản Giốc"));
        await page.ClickAsync("table.grid a");
        Assert.Contains("Đức Thiên", await page.InnerTextAsync("h1"));
        var body = await page.InnerTextAsync("main");
        Assert.Contains("Bộ Ngoại giao", body);
        Assert.Contains("Chính thức vận hành", body);
        await BrowserFixture.ScreenshotAsync(page, "agreement-detail");
    }

    [Fact]
    public async Task An_officer_registers_a_proposal_and_a_leader_approves_it()
    {
        var officer = await app.SignedInPageAsync("officer.laichau@attache.demo");
        await officer.GotoAsync("/agreements/new");
        await officer.FillAsync("#titleVi", "Biên bản ghi nhớ hợp tác giáo dục với thành phố Mungyeong");
        await officer.FillAsync("#provinceParty", "Sở Giáo dục và Đào tạo tỉnh Lai Châu");
        await officer.SelectOptionAsync("#kind", "MemorandumOfUnderstanding");
        await officer.SelectOptionAsync("#partners",
            new SelectOptionValue { Label = "Thành phố Mungyeong (Hàn Quốc)" });
        await officer.SelectOptionAsync("#fields", "education");
        await BrowserFixture.ScreenshotAsync(officer, "agreement-form");
        await officer.ClickAsync("button.primary");
        await Assertions.Expect(officer).ToHaveURLAsync(new
            System.Text.RegularExpressions.Regex("/agreements/[0-9]+$"));
        Assert.Contains("Đề xuất", await officer.InnerTextAsync("main"));
        var url = officer.Url;

        await officer.ClickAsync("button[value=Consulting]");
        await officer.FillAsync("#consultationBody", "Bộ Ngoại giao");
        await BrowserFixture.FillDateAsync(officer, "#consultationSentOn", new DateOnly(2025, 10, 1));
        await officer.ClickAsync("text=Thêm văn bản xin ý kiến");
        // The request comes back to the same address: wait for its row (in the consultations and in the history).
        await Assertions.Expect(officer.Locator("table.grid tbody tr", new() { HasText = "Bộ Ngoại giao" }).First)
            .ToBeVisibleAsync();
        Assert.Contains("Đang xin ý kiến", await officer.InnerTextAsync("main"));
        Assert.Contains("Lãnh đạo Sở ghi nhận quyết định phê duyệt.", await officer.InnerTextAsync("main"));
        Assert.Equal(0, await officer.Locator("button[value=Approved]").CountAsync());

        var leader = await app.SignedInPageAsync("leader.laichau@attache.demo");
        await leader.GotoAsync(url);
        await leader.FillAsync("#approvalAuthority", "Chủ tịch Ủy ban nhân dân tỉnh Lai Châu");
        await leader.FillAsync("#approvalNumber", "1520/QĐ-UBND");
        await BrowserFixture.FillDateAsync(leader, "#approvedOn", new DateOnly(2025, 11, 3));
        await leader.ClickAsync("button[value=Approved]");
        await leader.WaitForSelectorAsync("text=Đã phê duyệt");
        Assert.Contains("1520/QĐ-UBND", await leader.InnerTextAsync("main"));

        await BrowserFixture.FillDateAsync(leader, "#transitionSignedOn", new DateOnly(2025, 10, 30));
        await leader.ClickAsync("button[value=Signed]");
        // The refusal comes back to the same address: wait for its text rather than read the page at once.
        await Assertions.Expect(leader.Locator("main"))
            .ToContainTextAsync("Không thể ký thỏa thuận trước ngày được phê duyệt.");
        await BrowserFixture.ScreenshotAsync(leader, "agreement-transition-refused");

        await leader.GotoAsync(url + "/edit?culture=en-GB");
        Assert.Equal("Biên bản ghi nhớ hợp tác giáo dục với thành phố Mungyeong",
            await leader.InputValueAsync("#titleVi"));
        await leader.FillAsync("#titleEn", "Memorandum on education cooperation with Mungyeong City");
        await leader.ClickAsync("button.primary");
        await leader.WaitForSelectorAsync("text=Memorandum on education cooperation with Mungyeong City");
        await BrowserFixture.ScreenshotAsync(leader, "agreement-detail-edited");
    }

    [Fact]
    public async Task The_home_page_lists_agreements_without_activity_for_a_year()
    {
        var page = await app.SignedInPageAsync("officer.caobang@attache.demo");
        await page.GotoAsync("/");
        Assert.Contains("Thỏa thuận cần theo dõi", await page.InnerTextAsync("main"));
        await BrowserFixture.ScreenshotAsync(page, "agreement-reminders");
    }
}
