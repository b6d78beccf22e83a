using Attache.Tests.Browser;
using Attache.Tests.Delegations;
using Microsoft.Playwright;

namespace Attache.Tests.Home;

[Collection(BrowserCollection.Name)]
public sealed class HomeBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_home_page_compares_this_year_so_far_with_the_same_part_of_last_year()
    {
        var thisYear = app.Today.Year;
        var newYear = new DateOnly(thisYear, 1, 1);
        var lastNewYear = new DateOnly(thisYear - 1, 1, 1);
        // Delegations that took place (issue 9): a leader takes them through approval.
        using (var api = await app.LeaderAsync())
        {
            await DelegationBuilder.Delegation().Inbound().Titled("Đoàn tỉnh Phông-xa-lỳ chúc Tết").From("LA").On(newYear, newYear).People(5, 5).CreateHeldAsync(api);
            await DelegationBuilder.Delegation().Inbound().Titled("Đoàn huyện Kim Bình chúc Tết").From("CN").On(lastNewYear, lastNewYear).People(4, 4).CreateHeldAsync(api);
            await DelegationBuilder.Delegation().Inbound().Titled("Đoàn thành phố Mungyeong").From("KR").On(lastNewYear, lastNewYear).People(3, 3).CreateHeldAsync(api);
            // Last year after today's date: outside the part of last year that is compared.
            var lateLastYear = new DateOnly(thisYear - 1, 12, 31);
            if (lateLastYear > app.Today.AddYears(-1))
            {
                await DelegationBuilder.Delegation().Inbound().Titled("Đoàn cuối năm").From("CN").On(lateLastYear, lateLastYear).People(9, 9).CreateHeldAsync(api);
            }
        }

        var page = await app.SignedInPageAsync("officer.laichau@attache.demo");
        var received = page.Locator("section.cards a.card", new() { HasText = "Đoàn vào" });
        await Assertions.Expect(received.Locator(".figure")).ToHaveTextAsync("1");
        await Assertions.Expect(received.Locator(".delta")).ToHaveTextAsync($"2 năm {thisYear - 1}");
        var visitors = page.Locator("section.cards a.card", new() { HasText = "Số khách nước ngoài" });
        await Assertions.Expect(visitors.Locator(".figure")).ToHaveTextAsync("5");
        await Assertions.Expect(visitors.Locator(".delta")).ToHaveTextAsync($"7 năm {thisYear - 1}");
        // Partners have no date of their own, so their card counts the register without a comparison.
        await Assertions.Expect(page.Locator("section.cards a.card", new() { HasText = "Đối tác nước ngoài" }).Locator(".delta")).ToHaveTextAsync("trong danh mục");
        await BrowserFixture.ScreenshotAsync(page, "home-figures");
    }
}
