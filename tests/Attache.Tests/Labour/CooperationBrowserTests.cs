using Attache.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Attache.Tests.Labour;

/// <summary>The demo data served on a real port, for a headless Chromium.</summary>
public sealed class CooperationBrowserFactory : AttacheFactory
{
    protected override bool LoadDemoData => true;

    // The base class touches the in-memory TestServer, which a Kestrel-hosted factory does not have; the demo data
    // (accounts included) is loaded by the app's start-up.
    public override ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        return ValueTask.CompletedTask;
    }
}

/// <summary>The local-cooperation pages as staff see them: twinnings, events, labour programmes, and worker names
/// shown to an officer but not to a viewer.</summary>
public sealed class CooperationBrowserTests(CooperationBrowserFactory app) : IClassFixture<CooperationBrowserFactory>
{
    private const string Chromium = "/usr/bin/chromium";

    private static string Screenshot(string name)
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Attache.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        var folder = Path.Combine(dir ?? ".", "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    private async Task<(IPlaywright, IBrowser, IPage)> SignInAsync(string email)
    {
        if (!File.Exists(Chromium))
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", "Chromium is missing on CI.");
            Assert.Skip("No Chromium at " + Chromium);
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        var page = await browser.NewPageAsync(new() { BaseURL = app.ClientOptions.BaseAddress.ToString().TrimEnd('/'), Locale = "vi-VN" });
        page.SetDefaultTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(90_000);
        await page.GotoAsync("/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", AttacheFactory.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        return (playwright, browser, page);
    }

    [Fact]
    public async Task An_officer_sees_the_registers_and_the_workers_by_name()
    {
        var (playwright, browser, page) = await SignInAsync("officer.laichau@attache.demo");
        using var _ = playwright;
        await using var __ = browser;

        await page.GotoAsync("/twinnings");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("6 quan hệ kết nghĩa");
        await page.ScreenshotAsync(new() { Path = Screenshot("cooperation-twinnings"), FullPage = true });

        await page.GotoAsync("/events?kind=PressDelegation");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("5 sự kiện");
        await page.ClickAsync("text=HBO");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Vietnam: Above the Clouds");
        await page.ScreenshotAsync(new() { Path = Screenshot("cooperation-event"), FullPage = true });

        await page.GotoAsync("/labour");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("25.000.000 – 40.000.000");
        await page.ClickAsync("text=Lao động thời vụ Lai Châu – Mungyeong");
        await page.ClickAsync("text=Đợt 2023");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Đồng Văn Toàn");
        await page.ScreenshotAsync(new() { Path = Screenshot("cooperation-workers-officer"), FullPage = true });

        await page.ClickAsync("text=Đồng Văn Toàn");
        await page.FillAsync("#pay", "38000000");
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync(url => !url.EndsWith("/edit", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("38.000.000");

        await page.ClickAsync("text=Thêm người lao động");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Trường này là bắt buộc.");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Đồng Văn Toàn");
        await page.FillAsync("#fullName", "Lò Văn Mới");
        await page.FillAsync("#commune", "Phong Thổ");
        await page.SelectOptionAsync("#gender", "Male");
        await page.FillAsync("#birthYear", "1995");
        await page.ClickAsync("text=Thêm người lao động");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Lò Văn Mới");

        await page.GotoAsync("/culture/en?back=/events%3Ffrom%3D2020-01-01%26to%3D2025-12-31");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("People-to-people exchange");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Foreign press delegation");
        await page.ScreenshotAsync(new() { Path = Screenshot("cooperation-events-en"), FullPage = true });
    }

    [Fact]
    public async Task A_new_twinning_is_saved_through_the_form()
    {
        var (playwright, browser, page) = await SignInAsync("officer.caobang@attache.demo");
        using var _ = playwright;
        await using var __ = browser;

        await page.GotoAsync("/twinnings/new");
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Trường này là bắt buộc.");

        await page.FillAsync("#localityName", "Xã Quang Long");
        await page.SelectOptionAsync("#localityKind", "Commune");
        await page.SelectOptionAsync("#partner", new SelectOptionValue { Label = "Trấn Long Bang (CN)" });
        await page.FillAsync("#signedOn", "2025-03-01");
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync(url => !url.EndsWith("/new", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Xã Quang Long");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Trấn Long Bang");

        await page.FillAsync("#activityDate", "2025-04-02");
        await page.FillAsync("#activityTitle", "Gặp mặt đầu xuân");
        await page.ClickAsync("text=Thêm hoạt động");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Gặp mặt đầu xuân");
        await page.ScreenshotAsync(new() { Path = Screenshot("cooperation-twinning-detail"), FullPage = true });

        await page.GotoAsync("/events/new");
        await page.SelectOptionAsync("#kind", "CulturalExchange");
        await page.FillAsync("#startsOn", "2026-02-10");
        await page.FillAsync("#title", "Giao lưu mùa xuân Trà Lĩnh – Long Bang");
        await page.SelectOptionAsync("#partners", new[] { new SelectOptionValue { Label = "Trấn Long Bang (CN)" }, new SelectOptionValue { Label = "Thành phố Tĩnh Tây (CN)" } });
        await page.FillAsync("#countries", "cn");
        await page.FillAsync("#participantsTotal", "150");
        await page.FillAsync("#participantsForeign", "60");
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync(url => !url.EndsWith("/new", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Trấn Long Bang");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Thành phố Tĩnh Tây");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("150");
        await page.ScreenshotAsync(new() { Path = Screenshot("cooperation-event-saved"), FullPage = true });
    }

    [Fact]
    public async Task A_viewer_sees_the_counts_but_no_names()
    {
        var (playwright, browser, page) = await SignInAsync("viewer.laichau@attache.demo");
        using var _ = playwright;
        await using var __ = browser;

        await page.GotoAsync("/labour");
        await page.ClickAsync("text=Lao động thời vụ Lai Châu – Mungyeong");
        await page.ClickAsync("text=Đợt 2023");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("dữ liệu cá nhân");
        Assert.DoesNotContain("Đồng Văn Toàn", await page.InnerTextAsync("main"));
        await page.ScreenshotAsync(new() { Path = Screenshot("cooperation-workers-viewer"), FullPage = true });
    }
}
