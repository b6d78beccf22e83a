using Attache.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Attache.Tests.Agreements;

/// <summary>Attaché with the demo data on a real port, driven by headless Chromium. Kept in this folder so it does
/// not depend on shared browser plumbing.</summary>
public sealed class AgreementBrowserApp : AttacheFactory
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? playwright;

    protected override bool LoadDemoData => true;

    public IBrowser? Browser { get; private set; }
    public string BaseUrl { get; private set; } = "";

    public override async ValueTask InitializeAsync()
    {
        // The base starts the in-memory test server; a browser needs Kestrel, and the demo load needs nothing else.
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        if (File.Exists(Chromium))
        {
            playwright = await Playwright.CreateAsync();
            Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
            });
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
    }
}

public sealed class AgreementBrowserTests(AgreementBrowserApp app) : IClassFixture<AgreementBrowserApp>
{
    private async Task<IPage> SignInAsync(string email)
    {
        if (app.Browser is null)
        {
            Assert.True(Environment.GetEnvironmentVariable("CI") != "true", $"Chromium is missing at {AgreementBrowserApp.Chromium}.");
            Assert.Skip($"Chromium is not installed at {AgreementBrowserApp.Chromium}.");
        }

        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseUrl,
            Locale = "vi-VN",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        // Generous: the machine is shared and a first sign-in hashes the password and warms the app up.
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", AttacheFactory.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }

    private static Task ScreenshotAsync(IPage page, string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Attache.slnx")))
        {
            dir = dir.Parent;
        }

        var folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    [Fact]
    public async Task The_register_lists_Cao_Bangs_69_agreements_and_shows_Ban_Gioc()
    {
        var page = await SignInAsync("officer.caobang@attache.demo");
        await page.GotoAsync("/agreements");
        Assert.Contains("69 thỏa thuận", await page.InnerTextAsync(".count"));
        await ScreenshotAsync(page, "agreements-list");

        await page.GotoAsync("/agreements?search=" + Uri.EscapeDataString("Bản Giốc"));
        await page.ClickAsync("table.grid a");
        Assert.Contains("Đức Thiên", await page.InnerTextAsync("h1"));
        var body = await page.InnerTextAsync("main");
        Assert.Contains("Bộ Ngoại giao", body);
        Assert.Contains("Chính thức vận hành", body);
        await ScreenshotAsync(page, "agreement-detail");
    }

    [Fact]
    public async Task An_officer_registers_a_proposal_and_a_leader_approves_it()
    {
        var officer = await SignInAsync("officer.laichau@attache.demo");
        await officer.GotoAsync("/agreements/new");
        await officer.FillAsync("#titleVi", "Biên bản ghi nhớ hợp tác giáo dục với thành phố Mungyeong");
        await officer.FillAsync("#provinceParty", "Sở Giáo dục và Đào tạo tỉnh Lai Châu");
        await officer.SelectOptionAsync("#kind", "MemorandumOfUnderstanding");
        await officer.SelectOptionAsync("#partners", new SelectOptionValue { Label = "Thành phố Mungyeong (KR)" });
        await officer.SelectOptionAsync("#fields", "education");
        await ScreenshotAsync(officer, "agreement-form");
        await officer.ClickAsync("button.primary");
        await officer.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/agreements/[0-9]+$"));
        Assert.Contains("Đề xuất", await officer.InnerTextAsync("main"));
        var url = officer.Url;

        await officer.ClickAsync("button[value=Consulting]");
        await officer.FillAsync("#consultationBody", "Bộ Ngoại giao");
        await officer.FillAsync("#consultationSentOn", "2025-10-01");
        await officer.ClickAsync("text=Thêm văn bản xin ý kiến");
        Assert.Contains("Đang xin ý kiến", await officer.InnerTextAsync("main"));
        Assert.Contains("Lãnh đạo Sở ghi nhận quyết định phê duyệt.", await officer.InnerTextAsync("main"));
        Assert.Equal(0, await officer.Locator("button[value=Approved]").CountAsync());

        var leader = await SignInAsync("leader.laichau@attache.demo");
        await leader.GotoAsync(url);
        await leader.FillAsync("#approvalAuthority", "Chủ tịch Ủy ban nhân dân tỉnh Lai Châu");
        await leader.FillAsync("#approvalNumber", "1520/QĐ-UBND");
        await leader.FillAsync("#approvedOn", "2025-11-03");
        await leader.ClickAsync("button[value=Approved]");
        await leader.WaitForSelectorAsync("text=Đã phê duyệt");
        Assert.Contains("1520/QĐ-UBND", await leader.InnerTextAsync("main"));

        await leader.FillAsync("#transitionSignedOn", "2025-10-30");
        await leader.ClickAsync("button[value=Signed]");
        Assert.Contains("Không thể ký thỏa thuận trước ngày được phê duyệt.", await leader.InnerTextAsync("main"));
        await ScreenshotAsync(leader, "agreement-transition-refused");

        await leader.GotoAsync(url + "/edit?culture=en-GB");
        Assert.Equal("Biên bản ghi nhớ hợp tác giáo dục với thành phố Mungyeong", await leader.InputValueAsync("#titleVi"));
        await leader.FillAsync("#titleEn", "Memorandum on education cooperation with Mungyeong City");
        await leader.ClickAsync("button.primary");
        await leader.WaitForSelectorAsync("text=Memorandum on education cooperation with Mungyeong City");
        await ScreenshotAsync(leader, "agreement-detail-edited");
    }

    [Fact]
    public async Task The_home_page_lists_agreements_without_activity_for_a_year()
    {
        var page = await SignInAsync("officer.caobang@attache.demo");
        await page.GotoAsync("/");
        Assert.Contains("Thỏa thuận cần theo dõi", await page.InnerTextAsync("main"));
        await ScreenshotAsync(page, "agreement-reminders");
    }
}
