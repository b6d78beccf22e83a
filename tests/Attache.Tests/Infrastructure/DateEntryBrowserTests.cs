using System.Globalization;
using System.Text.RegularExpressions;
using Attache.Tests.Browser;
using Microsoft.Playwright;

namespace Attache.Tests.Infrastructure;

/// <summary>Dates follow the staff UI's culture whatever the browser's own language (issue 10): in an English (US)
/// browser the date fields (wwwroot/js/dates.js over flatpickr) show and take dd/mm/yyyy, with Vietnamese month
/// names in the Vietnamese UI, while the form still submits the ISO date; the pages print dd/mm/yyyy.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DateEntryBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string Officer = "officer.laichau@attache.demo";

    private static string Shown(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ILocator Weekdays(IPage page) => page.Locator(".flatpickr-calendar.open .flatpickr-weekday");

    /// <summary>The text of the month the open calendar shows.</summary>
    private static Task<string> CalendarMonthAsync(IPage page) =>
        page.Locator(".flatpickr-calendar.open select.flatpickr-monthDropdown-months")
            .EvaluateAsync<string>("s => s.options[s.selectedIndex].text");

    [Fact]
    public async Task In_an_English_browser_the_Vietnamese_UI_takes_and_shows_dates_day_first()
    {
        // Late in a December some years ahead: the day (24) cannot be read as a month.
        var start = new DateOnly(app.Today.Year + 1, 12, 24);
        var end = start.AddDays(4);
        var page = await app.NewPageAsync("en-US");
        await app.SignInAsync(page, Officer);
        await page.GotoAsync("/culture/vi?back=/delegations/new");

        // The label names the visible box, which shows the form's proposed start day first; an empty date stays
        // empty (the widget fills nothing in) and says how to write one.
        var startBox = page.GetByLabel("Ngày bắt đầu dự kiến");
        await Assertions.Expect(startBox).ToHaveAttributeAsync("id", "plannedStart");
        await Assertions.Expect(startBox).ToHaveAttributeAsync("type", "text");
        await Assertions.Expect(startBox).ToHaveValueAsync(DayFirst());
        await Assertions.Expect(page.Locator("#actualStart")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("#actualStart")).ToHaveAttributeAsync("placeholder", "dd/mm/yyyy");

        await page.SelectOptionAsync("#direction", "Outbound");
        await page.SelectOptionAsync("#level", "PeoplesCommitteeViceChair");
        await page.FillAsync("#title", "Đoàn kiểm thử ngày tháng");
        await page.FillAsync("#headName", "Lò Văn Thắng");
        await page.SelectOptionAsync("#countries", "KR");

        // The officer types the start day first; the calendar opens in Vietnamese, weeks from Monday.
        await startBox.FillAsync(Shown(start));
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("input[name='Input.PlannedStart']")).ToHaveValueAsync(Iso(start));
        await Assertions.Expect(startBox).ToHaveValueAsync(Shown(start));

        await startBox.ClickAsync();
        await Assertions.Expect(page.Locator(".flatpickr-calendar.open")).ToBeVisibleAsync();
        Assert.Equal("Tháng mười hai", await CalendarMonthAsync(page));
        await Assertions.Expect(Weekdays(page).First).ToHaveTextAsync("T2");
        await Assertions.Expect(page.Locator(".flatpickr-calendar.open .flatpickr-day.selected")).ToHaveTextAsync("24");
        await BrowserFixture.ScreenshotAsync(page, "dates-vi-calendar");
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("#plannedEnd").FillAsync(Shown(end));
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("input[name='Input.PlannedEnd']")).ToHaveValueAsync(Iso(end));

        await page.FillAsync("#places", "Mungyeong");
        await page.FillAsync("#memberCount", "3");
        await page.ClickAsync("#save");
        await Assertions.Expect(page).ToHaveURLAsync(DetailUrl());
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"{Shown(start)} – {Shown(end)}");
        await BrowserFixture.ScreenshotAsync(page, "dates-vi-detail");

        // Editing shows the stored dates day first.
        var detail = new Uri(page.Url).AbsolutePath;
        await page.GotoAsync(detail + "/edit");
        await Assertions.Expect(page.Locator("#plannedStart")).ToHaveValueAsync(Shown(start));
        await Assertions.Expect(page.Locator("#plannedEnd")).ToHaveValueAsync(Shown(end));
        await Assertions.Expect(page.Locator("#actualStart")).ToHaveValueAsync("");

        // The English UI writes dates day first too (en-GB), with English month names in the calendar.
        await page.GotoAsync($"/culture/en?back={detail}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"{Shown(start)} – {Shown(end)}");
        await page.GotoAsync(detail + "/edit");
        await Assertions.Expect(page.Locator("#plannedStart")).ToHaveValueAsync(Shown(start));
        await page.ClickAsync("#plannedStart");
        await Assertions.Expect(page.Locator(".flatpickr-calendar.open")).ToBeVisibleAsync();
        Assert.Equal("December", await CalendarMonthAsync(page));
        await Assertions.Expect(Weekdays(page).First).ToHaveTextAsync("Mon");
        await BrowserFixture.ScreenshotAsync(page, "dates-en-calendar");
    }

    [Fact]
    public async Task A_required_date_stays_required()
    {
        var page = await app.NewPageAsync("en-US");
        await app.SignInAsync(page, Officer);
        await page.GotoAsync("/culture/vi?back=/reports");
        var from = page.Locator("input[name=from] + input");
        await Assertions.Expect(from).ToHaveAttributeAsync("required", "");
        await Assertions.Expect(from).ToHaveAttributeAsync("type", "text");
        await from.FillAsync("");
        await page.Keyboard.PressAsync("Tab");
        Assert.False(await from.EvaluateAsync<bool>("f => f.checkValidity()"));
        await BrowserFixture.ScreenshotAsync(page, "dates-vi-report");
    }

    [GeneratedRegex(@"^\d\d/\d\d/\d{4}$")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"/delegations/\d+$")]
    private static partial Regex DetailUrl();
}
