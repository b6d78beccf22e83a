using System.Globalization;
using System.Text.RegularExpressions;
using Attache.Tests.Browser;
using Microsoft.Playwright;

namespace Attache.Tests.Partners;

/// <summary>The pickers (select[data-picker], made search boxes by pickers.js on tom-select): an officer finds a
/// partner and a country by typing a few letters without accents, and the form sends the codes behind the names.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PickerBrowserTests(DemoBrowserFixture app) : IClassFixture<DemoBrowserFixture>
{
    private static async Task PickAsync(IPage page, string select, string typed, string expected)
    {
        // The keyboard alone: the box's search field takes the focus and the typing, as with Tab.
        await page.FocusAsync($"#{select}-ts-control");
        await page.Keyboard.TypeAsync(typed);
        var option = page.Locator($"#{select}-ts-dropdown .option")
            .Filter(new() { HasTextRegex = new Regex("^" + Regex.Escape(expected)) });
        await Assertions.Expect(option.First).ToBeVisibleAsync();
        await option.First.ClickAsync();
        await page.Keyboard.PressAsync("Escape");
    }

    private static Task<string[]> ChosenAsync(IPage page, string select) =>
        page.EvalOnSelectorAsync<string[]>($"#{select}", "s => [...s.selectedOptions].map(o => o.value)");

    [Fact]
    public async Task An_officer_picks_a_partner_and_a_country_by_typing_without_accents()
    {
        var page = await app.NewPageAsync(width: 1400, height: 1000);
        await app.SignInAsync(page, "officer.caobang@attache.demo");
        await page.GotoAsync("/delegations/new");
        var start = app.Today.AddDays(10);
        await page.SelectOptionAsync("#direction", "Inbound");
        await page.SelectOptionAsync("#level", "PeoplesCommitteeViceChair");
        await page.FillAsync("#title", "Đoàn trấn Long Bang thăm cửa khẩu Trà Lĩnh");
        await page.FillAsync("#headName", "Hoàng Vĩ");

        // The kind is shown under each name and searched too; "tran long bang" finds "Trấn Long Bang (Trung Quốc)".
        await page.FocusAsync("#partners-ts-control");
        await page.Keyboard.TypeAsync("dia phuong");
        await Assertions.Expect(page.Locator("#partners-ts-dropdown .option").First)
            .ToContainTextAsync("Địa phương nước ngoài");
        await BrowserFixture.ScreenshotAsync(page, "picker-partner-open-vi");
        await page.Keyboard.PressAsync("Escape");
        await page.FillAsync("#partners-ts-control", "");
        await PickAsync(page, "partners", "tran long bang", "Trấn Long Bang");
        await PickAsync(page, "countries", "trung quoc", "Trung Quốc");
        var partner = Assert.Single(await ChosenAsync(page, "partners"));
        Assert.Equal(["CN"], await ChosenAsync(page, "countries"));
        await BrowserFixture.ScreenshotAsync(page, "picker-delegation-vi");

        await page.FillAsync("#plannedStart", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#plannedEnd", start.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#memberCount", "5");
        await page.ClickAsync("#save");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/delegations/\d+$"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Trấn Long Bang");
        Assert.Contains("Trung Quốc", await page.InnerTextAsync("#countries"));
        Assert.Equal(1, await page.Locator($"main a[href='/partners/{partner}']").CountAsync());

        // The edit form shows what was chosen, as names.
        await page.GotoAsync(new Uri(page.Url).AbsolutePath + "/edit");
        await Assertions.Expect(page.Locator(".ts-control:has(#partners-ts-control)")).ToContainTextAsync("Trấn Long Bang");
        await Assertions.Expect(page.Locator(".ts-control:has(#countries-ts-control)")).ToContainTextAsync("Trung Quốc");
    }

    [Fact]
    public async Task In_english_a_country_is_found_by_its_english_name_or_its_code_and_sent_as_the_code()
    {
        var page = await app.NewPageAsync("en-GB");
        await app.SignInAsync(page, "officer.laichau@attache.demo");
        await page.GotoAsync("/partners/new");
        await PickAsync(page, "country", "korea", "South Korea");
        Assert.Equal(["KR"], await ChosenAsync(page, "country"));
        await PickAsync(page, "country", "LA", "Laos");
        Assert.Equal(["LA"], await ChosenAsync(page, "country"));
        await BrowserFixture.ScreenshotAsync(page, "picker-partner-country-en");

        // Without a match the box says so in the page's language.
        await page.FocusAsync("#country-ts-control");
        await page.Keyboard.TypeAsync("zzqx");
        await Assertions.Expect(page.Locator("#country-ts-dropdown .no-results"))
            .ToHaveTextAsync("No country matches.");
    }
}
