using Attache.Tests.Browser;
using Microsoft.Playwright;

namespace Attache.Tests.Partners;

[Collection(BrowserCollection.Name)]
public sealed class PartnerBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_officer_creates_a_partner_finds_it_without_accents_and_sees_its_history()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "officer.caobang@attache.demo");

        await page.GotoAsync("/partners/new");
        await page.SelectOptionAsync("#kind", "ForeignLocality");
        await page.SelectOptionAsync("#country", "CN");
        await page.FillAsync("#nameLatin", "Longzhou Shuikou Town");
        await page.FillAsync("#nameNative", "龙州县水口镇");
        await page.FillAsync("#nameVietnamese", "Thị trấn Thủy Khẩu");
        await page.FillAsync("input[name='Input.Contacts[0].Name']", "Lý Minh");
        await page.FillAsync("input[name='Input.Contacts[0].Email']", "li.ming@longzhou.example.cn");
        await page.ClickAsync("button.primary");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/partners/\d+$"));
        Assert.Equal("Thị trấn Thủy Khẩu", (await page.TextContentAsync("h1"))?.Trim());

        await page.GotoAsync("/partners");
        await page.FillAsync("input[name=search]", "thi tran thuy khau");
        await page.PressAsync("input[name=search]", "Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("search="));
        await page.ClickAsync("text=Thị trấn Thủy Khẩu");
        await page.WaitForSelectorAsync("section.history");
        var history = await page.TextContentAsync("section.history");
        Assert.Contains("Longzhou Shuikou Town", history);
        // Who made the change by name, not by account.
        Assert.Contains("Chuyên viên Cao Bằng", history);
        Assert.DoesNotContain("officer.caobang@attache.demo", history);
        Assert.Contains("li.ming@longzhou.example.cn", history);
        // Fields by their Vietnamese labels, the country by its name, the moment in Viet Nam time (09:00 there).
        Assert.Contains("Tên (chữ Latinh)", history);
        Assert.Contains("Trung Quốc", history);
        Assert.DoesNotContain("nameLatin", history);
        Assert.Contains(" 09:", history);
        await BrowserFixture.ScreenshotAsync(page, "partner-detail");
    }

    [Fact]
    public async Task The_form_shows_validation_messages_in_vietnamese()
    {
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, "officer.laichau@attache.demo");
        await page.GotoAsync("/partners/new");
        await page.ClickAsync("button.primary");
        await page.WaitForSelectorAsync(".validation-message");
        var text = await page.TextContentAsync("form.form");
        Assert.Contains("Trường này là bắt buộc.", text);
        await BrowserFixture.ScreenshotAsync(page, "partner-form-errors");
    }

    [Fact]
    public async Task The_login_page_switches_to_english()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/login");
        Assert.Equal("Đăng nhập", (await page.TextContentAsync("h1"))?.Trim());
        await page.ClickAsync("a[lang=en]");
        await page.WaitForSelectorAsync("h1:has-text('Sign in')");
        await BrowserFixture.ScreenshotAsync(page, "login-en");
    }
}
