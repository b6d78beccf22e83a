using System.Globalization;
using Attache.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Attache.Tests.Browser;

/// <summary>Attaché on a real loopback port (provinces and demo accounts only), with the run's one headless Debian
/// Chromium to drive it. Without Chromium the tests are skipped on a developer machine and fail in CI (CI=true),
/// where .ci/run installs it.</summary>
public partial class BrowserFixture : AttacheFactory
{
    public const string Chromium = "/usr/bin/chromium";

    // One browser for the whole run: a Chromium per class (or per test) competed with the app for two cores.
    private static readonly SemaphoreSlim Launching = new(1, 1);
    private static IPlaywright? playwright;
    private static IBrowser? browser;

    static BrowserFixture() =>
        // Patient: CI runs the browser tests beside the rest of the suite on two cores; speed is not what they check.
        Assertions.SetDefaultExpectTimeout(60_000);

    private readonly List<IBrowserContext> contexts = [];

    public BrowserFixture() => UseKestrel(0);

    public string BaseUrl { get; private set; } = "";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
    }

    private static async Task<IBrowser?> BrowserAsync()
    {
        if (!File.Exists(Chromium))
        {
            return null;
        }

        await Launching.WaitAsync();
        try
        {
            if (browser is not { IsConnected: true })
            {
                playwright ??= await Playwright.CreateAsync();
                browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = Chromium,
                    Headless = true,
                    Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
                });
            }

            return browser;
        }
        finally
        {
            Launching.Release();
        }
    }

    /// <summary>A fresh browser page (own cookies), in the given UI language.</summary>
    public async Task<IPage> NewPageAsync(string locale = "vi-VN", int width = 1280, int height = 900)
    {
        var chromium = await BrowserAsync();
        if (chromium is null)
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", $"Chromium is missing at {Chromium}; CI must install it.");
            Assert.Skip($"Chromium is not installed at {Chromium} (apt-get install chromium).");
        }

        var context = await chromium.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            AcceptDownloads = true,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        lock (contexts)
        {
            contexts.Add(context);
        }

        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>A new page signed in as the given account, on the home page.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string locale = "vi-VN")
    {
        var page = await NewPageAsync(locale);
        await SignInAsync(page, email);
        return page;
    }

    public async Task SignInAsync(IPage page, string email, string? password = null)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password ?? Password);
        await page.ClickAsync("button[type=submit]");
        try
        {
            // Polls the address instead of waiting for navigation events and the load event: under load the redirect
            // after the post could land before the wait began, and a wait for "load" then never ended.
            await Assertions.Expect(page).Not.ToHaveURLAsync(LoginPage(), new() { Timeout = 90_000 });
            // Attached, not visible: on a phone's width the navigation waits behind its menu button.
            await page.Locator("nav.mainnav").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        }
        catch (PlaywrightException e)
        {
            // What the page showed instead is the only clue to why a sign-in did not go through.
            var shown = await page.InnerTextAsync("body");
            await ScreenshotAsync(page, "sign-in-failed-" + email);
            throw new TimeoutException($"Sign-in as {email} stayed on {page.Url}, showing: {shown[..Math.Min(shown.Length, 600)]}", e);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("/login")]
    private static partial System.Text.RegularExpressions.Regex LoginPage();

    /// <summary>Enters a date in a date field whichever way the page shows it: through its flatpickr calendar when
    /// wwwroot/js/dates.js has enhanced it (the selector may name the hidden ISO field or the visible dd/mm/yyyy box,
    /// which carries the field's id), else as the ISO value of the browser's own date field.</summary>
    public static async Task FillDateAsync(IPage page, string selector, DateOnly date)
    {
        var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // dates.js enhances the fields when the document's content has loaded; after that the selector is stable.
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var enhanced = await page.Locator(selector).First.EvaluateAsync<bool>("""
            (field, iso) => {
                const before = field.previousElementSibling;
                const picker = field._flatpickr ?? (before?._flatpickr?.altInput === field ? before._flatpickr : null);
                if (!picker) return false;
                picker.setDate(iso, true);
                return true;
            }
            """, iso);
        if (!enhanced)
        {
            await page.FillAsync(selector, iso);
        }
    }

    public static string Screenshot(string name)
    {
        var folder = Path.Combine(Artifacts.Root, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot(name), FullPage = true });

    public override async ValueTask DisposeAsync()
    {
        // The browser stays for the next class and ends with the test process; this class's pages go now.
        foreach (var context in contexts)
        {
            await context.CloseAsync();
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The browser fixture with the whole demo data set.</summary>
public sealed class DemoBrowserFixture : BrowserFixture
{
    protected override bool LoadDemoData => true;
}

/// <summary>Browser tests run one class at a time: each drives a page of a real server, and two cores shared with
/// the rest of the suite cannot serve several of those at once without the waits turning into time-outs.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    public const string Name = "browser";
}
